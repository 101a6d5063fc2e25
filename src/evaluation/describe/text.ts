import { modeProfiles } from '../parameters.ts';
import { MODES, type Mix, type Mode } from '../types.ts';

/** A figure rounded for prose. */
export const round = (x: number): number => Math.round(x);

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A mode's name inside a sentence. */
export const modeName = (m: Mode): string => modeProfiles[m].label.toLowerCase();

/** A mix in words, largest share first, leaving out modes at 0: "60 % bureaucracy and 40 % crowdsourcing". */
export function mixText(mix: Mix): string {
  const used = MODES.filter((m) => mix[m] > 0).sort((a, b) => mix[b] - mix[a]);
  return list(used.map((m) => `${round(mix[m])} % ${modeName(m)}`));
}
