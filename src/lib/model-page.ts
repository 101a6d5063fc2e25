/** Formatting helpers for the "Open the model" page. */
import { bibliographyPath, type Parameter, type SourceKey } from '@evaluation';
import { withBase } from './url';

/** True for a model parameter (an object with label, value, source and rationale). */
export function isParameter(value: unknown): value is Parameter<unknown> {
  return typeof value === 'object' && value !== null && 'label' in value && 'value' in value && 'source' in value && 'rationale' in value;
}

/** The bibliography entry of a source key. */
export function sourceHref(key: SourceKey): string {
  return withBase(bibliographyPath(key));
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/** A parameter's value as compact, readable text (numbers, lists of weights, nested records). */
export function formatParameterValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (item && typeof item === 'object' && 'field' in item && 'weight' in item) {
          const term = item as { field: string; favours: string; weight: number };
          return `${term.field} (${term.favours}) × ${formatNumber(term.weight)}`;
        }
        return formatParameterValue(item);
      })
      .join(typeof value[0] === 'object' ? '\n' : ', ');
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? `${k}: { ${formatParameterValue(v).replace(/\n/g, ', ')} }` : `${k}: ${formatParameterValue(v)}`))
      .join('\n');
  }
  return String(value);
}
