import { EvaluationError } from '../errors.ts';
import { normaliseMix } from '../validate.ts';
import { MODES, type Level, type Mix } from '../types.ts';

const INT = /^(?:100|[1-9]?[0-9])$/;

/** `count` whole numbers 0–100 joined by "-", or an EvaluationError naming `what`. */
export function ints(text: string, count: number, what: string): number[] {
  const parts = text.split('-');
  if (parts.length !== count || !parts.every((p) => INT.test(p))) {
    throw new EvaluationError('wrong-type', what, `The ${what} should be ${count} whole numbers from 0 to 100.`);
  }
  return parts.map(Number);
}

// An identifier as this book writes them (lower-case words joined by hyphens, short): a link's text of
// this shape can be named back to the reader, as it cannot form a sentence; anything else is not echoed.
const ID_LIKE = /^[a-z][a-z0-9-]{0,23}$/;

/** The sentence saying a link names no such `thing` (e.g. "service preset"), naming it only when it has an identifier's shape. */
export function unknownName(thing: string, name: string): string {
  return ID_LIKE.test(name) ? `There is no ${thing} called "${name}".` : `The ${thing} it names is not one of this book’s.`;
}

/** A share 0–1 as a whole percentage. */
export const pct = (x: number): number => Math.round(x * 100);

// Rounds percentages to whole numbers that still sum to 100 (largest remainder).
function wholeMix(mix: Mix): Mix {
  const { mix: m } = normaliseMix(mix);
  const floors = MODES.map((k) => Math.floor(m[k]));
  let rest = 100 - floors.reduce((a, b) => a + b, 0);
  const order = MODES.map((k, i) => ({ i, frac: m[k] - Math.floor(m[k]) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    rest--;
  }
  return Object.fromEntries(MODES.map((k, i) => [k, floors[i] ?? 0])) as Mix;
}

/** A mix as four whole percentages summing to 100, e.g. "60-0-40-0". */
export function encodeMix(mix: Mix): string {
  const w = wholeMix(mix);
  return MODES.map((k) => w[k]).join('-');
}

/** The mix written by encodeMix; its shares must sum to 100. */
export function decodeMix(text: string): Mix {
  const values = ints(text, MODES.length, 'mix');
  if (values.reduce((a, b) => a + b, 0) !== 100) throw new EvaluationError('out-of-range', 'mix', 'The mix shares should add up to 100.');
  return Object.fromEntries(MODES.map((k, i) => [k, values[i] ?? 0])) as Mix;
}

/** Levels 1–5 as one digit each, 0 for a missing one. */
export function encodeLevels(values: readonly (Level | undefined)[]): string {
  return values.map((v) => String(v ?? 0)).join('');
}

/** The levels written by encodeLevels (with 0 for "skipped" only when `allowSkip`). */
export function decodeLevels(text: string, count: number, allowSkip: boolean, what: string): (Level | undefined)[] {
  const pattern = allowSkip ? /^[0-5]*$/ : /^[1-5]*$/;
  if (text.length !== count || !pattern.test(text)) {
    throw new EvaluationError('wrong-type', what, `The ${what} should be ${count} digits from ${allowSkip ? 0 : 1} to 5.`);
  }
  return [...text].map((ch) => (ch === '0' ? undefined : (Number(ch) as Level)));
}
