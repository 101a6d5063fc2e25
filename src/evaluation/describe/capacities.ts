import { cellLabel, describeCell, type CapacityResult } from '../capacities.ts';
import { CAPACITY_CELLS } from '../types.ts';
import { list } from './text.ts';

/** A capacity profile in words: the weakest cell, the gaps against targets and the Achilles heel. */
export function describeCapacities(r: CapacityResult): string {
  const parts = [
    r.weakest
      ? `Weakest cell: ${cellLabel(r.weakest.cell)}, rated ${r.weakest.rating} of 5 — ${r.weakest.anchor}`
      : r.missing.length === CAPACITY_CELLS.length
        ? 'No cell rated yet.'
        : 'All rated cells are at the same level, so no single cell is the weakest link.',
    r.gaps.length > 0
      ? `Gaps against what the service needs: ${list(r.gaps.map((g) => `${cellLabel(g.cell)} (${g.rating}, needs ${g.target})`))}.`
      : 'No gaps: every rated cell meets its target.',
    r.achillesHeel.explanation,
    r.missing.length > 0 ? `${r.missing.length} cell${r.missing.length === 1 ? '' : 's'} not rated.` : '',
  ];
  if (r.weakest) parts.splice(1, 0, `(${describeCell(r.weakest.cell)})`);
  return parts.filter(Boolean).join(' ');
}
