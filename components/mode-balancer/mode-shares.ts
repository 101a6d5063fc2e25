/**
 * Coupled sliders for the mode balancer: whole-percent shares that always sum to 100, where moving
 * one mode rescales the unlocked others in proportion and locked modes never move.
 */
import { MODES, type Mix, type Mode } from '@evaluation';

/** Which modes the reader has locked. */
export type Locks = Record<Mode, boolean>;

/** No mode locked. */
export const NO_LOCKS: Readonly<Locks> = Object.freeze({ bureaucracy: false, innersourcing: false, crowdsourcing: false, opensourcing: false });

const TOTAL = 100;

/**
 * Splits `total` whole points among `weights` in proportion (largest remainder). Equal weights or
 * all-zero weights give an equal split; leftover points go to the earliest modes, so the result is
 * deterministic.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = sum > 0 ? weights.map((w) => (w / sum) * total) : weights.map(() => total / weights.length);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - (floors[i] ?? 0) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    rest--;
  }
  return floors;
}

/** Any mix as whole percentages summing to 100, in proportion to the shares given (equal shares when all are 0). */
export function toWholeMix(mix: Mix): Mix {
  const weights = MODES.map((m) => (Number.isFinite(mix[m]) && mix[m] > 0 ? mix[m] : 0));
  const shares = apportion(TOTAL, weights);
  return Object.fromEntries(MODES.map((m, i) => [m, shares[i] ?? 0])) as Mix;
}

/** The highest share `mode` can take: what the locked other modes leave (its own share if every other mode is locked). */
export function maxShare(mix: Mix, mode: Mode, locks: Locks): number {
  const others = MODES.filter((m) => m !== mode);
  if (locks[mode] || others.every((m) => locks[m])) return mix[mode];
  return TOTAL - others.filter((m) => locks[m]).reduce((sum, m) => sum + mix[m], 0);
}

/** The lowest share `mode` can take: 0, unless it is locked or every other mode is locked. */
export function minShare(mix: Mix, mode: Mode, locks: Locks): number {
  const others = MODES.filter((m) => m !== mode);
  return locks[mode] || others.every((m) => locks[m]) ? mix[mode] : 0;
}

/**
 * Sets one mode's share (rounded and clamped to what the locked modes leave) and rescales the
 * unlocked others in proportion to their current shares so the total stays exactly 100. When the
 * unlocked others are all at 0 the remainder is spread equally among them. A locked mode, or a mode
 * whose others are all locked, cannot move: the mix comes back unchanged. `mix` must be whole
 * percentages summing to 100 (see `toWholeMix`).
 */
export function setShare(mix: Mix, mode: Mode, value: number, locks: Locks = NO_LOCKS): Mix {
  const free = MODES.filter((m) => m !== mode && !locks[m]);
  if (locks[mode] || free.length === 0 || !Number.isFinite(value)) return { ...mix };
  const target = Math.min(maxShare(mix, mode, locks), Math.max(0, Math.round(value)));
  const lockedTotal = MODES.filter((m) => m !== mode && locks[m]).reduce((sum, m) => sum + mix[m], 0);
  const shares = apportion(TOTAL - lockedTotal - target, free.map((m) => mix[m]));
  const next = { ...mix, [mode]: target };
  free.forEach((m, i) => (next[m] = shares[i] ?? 0));
  return next;
}
