import { quadrantProfiles } from '../parameters.ts';
import type { TypologyResult } from '../typology.ts';
import { list } from './text.ts';

/** A typology placement in words: the quadrant and why, borderline readings, value at stake, co-destruction. */
export function describeTypology(r: TypologyResult): string {
  const usual = r.valuesAtStake.filter((v) => v.usuallyDiscussed).map((v) => `Type ${v.numeral}, ${v.label.toLowerCase()}`);
  const parts = [
    `Quadrant ${r.numeral}, ${r.label.toLowerCase()}.`,
    r.reasoning,
    r.borderline ? `The case sits near a boundary and can also be read as ${list(r.alternatives.map((q) => `${quadrantProfiles[q].label.toLowerCase()} (${quadrantProfiles[q].numeral})`))}.` : '',
    `Value usually discussed here: ${list(usual)}; other types remain possible.`,
    r.coDestruction.length > 0 ? `Risk of co-destruction: ${r.coDestruction.map((f) => f.explanation).join(' ')}` : '',
    'The quadrants are not a ladder: none is better or more advanced than another.',
  ];
  return parts.filter(Boolean).join(' ');
}
