import type { BalanceResult } from '../balance.ts';
import type { ModesResult } from '../modes.ts';
import { modeParameters } from '../parameters.ts';
import { DIMENSIONS } from '../types.ts';
import { mixText, round } from './text.ts';

/** A mix's evaluation in words: headline values, dimensions, outside resources and warnings. */
export function describeModes(r: ModesResult): string {
  const dims = DIMENSIONS.map((d) => `${d} ${round(r.dimensions[d])}`).join(', ');
  return [
    r.normalisation.message ?? '',
    `Mix: ${mixText(r.mix)}.`,
    `Service value ${round(r.serviceValue)} and aggregate public value ${round(r.aggregatePublicValue)} of 100.`,
    `Dimensions: ${dims}.`,
    `Share of resources from outside the administration: finance ${round(r.resources.finance)} %, staff ${round(r.resources.staff)} %, skills ${round(r.resources.skills)} %, technology ${round(r.resources.technology)} %.`,
    r.warnings.length > 0 ? `Warnings: ${r.warnings.map((w) => `${w.label} — ${w.explanation}`).join(' ')}` : 'No warnings.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The balanced configuration in words: the best mix found and how many modes it uses. */
export function describeBalance(r: BalanceResult): string {
  const what = r.objective === 'aggregatePublicValue' ? 'aggregate public value' : r.objective === 'serviceValue' ? 'service value' : r.objective;
  return `Of ${r.searched} mixes in ${r.step}-point steps, the one with the highest ${what} is ${mixText(r.best.mix)}: service value ${round(r.best.serviceValue)}, aggregate public value ${round(r.best.aggregatePublicValue)} of 100. ${r.modesInUse.length} mode${r.modesInUse.length === 1 ? '' : 's'} hold ${modeParameters.inUseShare.value} % or more.`;
}
