// How the benchmarks print figures: units, ratios and plain-text tables.

/** Bytes as kilobytes with one decimal ("—" when unknown). */
export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');
/** Milliseconds rounded ("—" when unknown). */
export const msText = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '—');
/** A Lighthouse score (0–1) with two decimals ("—" when unknown). */
export const scoreText = (score) => (Number.isFinite(score) ? score.toFixed(2) : '—');
/** A cumulative layout shift with three decimals ("—" when unknown). */
export const clsText = (cls) => (Number.isFinite(cls) ? cls.toFixed(3) : '—');
/** A count ("—" when unknown). */
export const countText = (n) => (Number.isFinite(n) ? String(Math.round(n)) : '—');

/** `a / b` as "1.23×"; "=" when both are 0; "—" when it has no meaning (b is 0 or unknown). */
export function ratioText(a, b) {
  if (a === 0 && b === 0) return '=';
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '—';
}

/** Prints `rows` (arrays of cells) under `header`, the first column left-aligned to `firstWidth`, the others right-aligned to `width`. */
export function printTable(header, rows, { firstWidth = 30, width = 10 } = {}) {
  const line = ([first, ...rest]) => `  ${String(first).padEnd(firstWidth)} ${rest.map((cell) => String(cell).padStart(width)).join(' ')}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
