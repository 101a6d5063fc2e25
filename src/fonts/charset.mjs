/** The characters the book's font files carry, and which file carries which (read by make-fonts.mjs and the coverage test). */

/** Code point ranges ([first, last]) of the main files: Basic Latin, Latin-1, and the punctuation, arrows and signs the text and widgets use. */
export const LATIN = [
  [0x20, 0x7e], [0xa0, 0xff], [0x131, 0x131], [0x152, 0x153], [0x2c6, 0x2c6], [0x2da, 0x2da], [0x2dc, 0x2dc],
  [0x2013, 0x2014], [0x2018, 0x201a], [0x201c, 0x201e], [0x2020, 0x2022], [0x2026, 0x2026], [0x2030, 0x2030],
  [0x2032, 0x2033], [0x2039, 0x203a], [0x2044, 0x2044], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2190, 0x2193],
  [0x2212, 0x2212], [0x2248, 0x2248], [0x2260, 0x2260], [0x2264, 0x2265],
];

/** Latin Extended-A (diacritics in authors' names, e.g. š): a small file a page loads only when it uses one of them. */
export const LATIN_EXT = [[0x100, 0x130], [0x132, 0x151], [0x154, 0x17f]];

/** The weight range the styles use (400 body text to 700 bold); the variable files keep only this part of their axis. */
export const WEIGHTS = { min: 400, max: 700 };

/**
 * The OpenType features the files keep: those browsers apply by default (kerning, ligatures, marks, the variable
 * fonts' weight-dependent glyphs) and the tabular figures the tables ask for. Alternates nobody asks for (small
 * capitals, old-style figures, stylistic sets) would cost a third of each file.
 */
export const FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'rvrn', 'case', 'tnum'];

/** Each face: its Fontsource package, the slices it is cut from, and the fallback kind that stands in until it loads. */
export const FACES = [
  {
    family: 'Source Serif 4 Variable', style: 'normal', kind: 'serif', package: '@fontsource-variable/source-serif-4',
    slices: [
      { source: 'source-serif-4-latin-wght-normal.woff2', file: 'source-serif-4-latin.woff2', ranges: LATIN },
      { source: 'source-serif-4-latin-ext-wght-normal.woff2', file: 'source-serif-4-latin-ext.woff2', ranges: LATIN_EXT },
    ],
  },
  {
    family: 'Source Serif 4 Variable', style: 'italic', kind: 'serif', package: '@fontsource-variable/source-serif-4',
    slices: [
      { source: 'source-serif-4-latin-wght-italic.woff2', file: 'source-serif-4-latin-italic.woff2', ranges: LATIN },
      { source: 'source-serif-4-latin-ext-wght-italic.woff2', file: 'source-serif-4-latin-ext-italic.woff2', ranges: LATIN_EXT },
    ],
  },
  {
    family: 'Inter Variable', style: 'normal', kind: 'sans', package: '@fontsource-variable/inter',
    slices: [
      { source: 'inter-latin-wght-normal.woff2', file: 'inter-latin.woff2', ranges: LATIN },
      { source: 'inter-latin-ext-wght-normal.woff2', file: 'inter-latin-ext.woff2', ranges: LATIN_EXT },
    ],
  },
];

/**
 * The local fonts that stand in, scaled to the web fonts' metrics, until those load: by kind, each with the family
 * name the styles list (src/styles/global.css), the local fonts it may be, and whose metrics those share. Arial and
 * Times New Roman (or their metric twins) are on most desktops and iPhones, Roboto and Noto Serif on Android.
 */
export const FALLBACK_FACES = {
  sans: [
    { family: 'Inter fallback', local: ['Arial', 'Liberation Sans', 'Arimo'], metrics: 'arial' },
    { family: 'Inter fallback Android', local: ['Roboto'], metrics: 'roboto' },
  ],
  serif: [
    { family: 'Source Serif fallback', local: ['Times New Roman', 'Liberation Serif', 'Tinos'], metrics: 'times-new-roman' },
    { family: 'Source Serif fallback Android', local: ['Noto Serif'], metrics: 'noto-serif' },
  ],
};

/** Every character of the given ranges, as one string (the text a subsetter keeps). */
export function rangeText(ranges) {
  return ranges.map(([a, b]) => String.fromCodePoint(...Array.from({ length: b - a + 1 }, (_, i) => a + i))).join('');
}

/** The ranges as a CSS unicode-range value. */
export function unicodeRange(ranges) {
  const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** Whether a code point lies in the ranges. */
export function inRanges(ranges, codePoint) {
  return ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
}
