/** Formatting helpers for the "Open the model" page. */
import type { Parameter, SourceRef } from '@evaluation';
import { withBase } from './url';

const SOURCE_NAMES: Record<SourceRef['key'], string> = {
  cordella2017: 'Cordella et al. (2017)',
  osborne2016: 'Osborne et al. (2016)',
  sorrentino2018: 'Sorrentino et al. (2018)',
  'review-strategic-triangle': 'Review of co-production and the strategic triangle',
  'bovaird-cfp': 'Bovaird et al. (call for papers)',
};

/** True for a model parameter (an object with label, value, source and rationale). */
export function isParameter(value: unknown): value is Parameter<unknown> {
  return typeof value === 'object' && value !== null && 'label' in value && 'value' in value && 'source' in value && 'rationale' in value;
}

/** A source reference as text: "Cordella et al. (2017), Table 1". */
export function sourceText(source: SourceRef): string {
  return `${SOURCE_NAMES[source.key] ?? source.key}, ${source.locator}`;
}

/** The bibliography entry of a source key. */
export function sourceHref(key: string): string {
  return withBase(`/bibliography/#bib-${key}`);
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
