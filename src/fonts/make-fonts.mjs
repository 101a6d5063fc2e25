// Writes the book's web fonts (src/fonts/*.woff2) and their @font-face rules (src/fonts/fonts.css): `npm run fonts`.
// Run it again after changing the character set or the Fontsource packages; the output is committed, so
// neither the build nor CI runs it. A content test (test/content/font-coverage.test.ts) fails when the
// chapters use a character the files lack.
import { readFile, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { fromBuffer } from '@capsizecss/unpack';
import arial from '@capsizecss/metrics/arial';
import roboto from '@capsizecss/metrics/roboto';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import timesNewRomanItalic from '@capsizecss/metrics/timesNewRoman/italic';
import notoSerif from '@capsizecss/metrics/notoSerif';
import notoSerifItalic from '@capsizecss/metrics/notoSerif/italic';
import { FACES, FEATURES, FALLBACK_FACES, WEIGHTS, rangeText, unicodeRange } from './charset.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The metrics of each fallback face's local fonts (Liberation and Arimo/Tinos share Arial's and Times's metrics). */
const METRICS = {
  arial: { normal: arial },
  roboto: { normal: roboto },
  'times-new-roman': { normal: timesNewRoman, italic: timesNewRomanItalic },
  'noto-serif': { normal: notoSerif, italic: notoSerifItalic },
};

const percent = (n) => `${(n * 100).toFixed(2)}%`;

/** An @font-face rule that scales a local font to the web font's average width and vertical metrics, so swapping moves no line. */
function fallbackFace(style, fallback, font) {
  const local = METRICS[fallback.metrics][style];
  const localNames = fallback.local.map((name) => `local('${style === 'italic' ? `${name} Italic` : name}')`);
  const sizeAdjust = (font.xWidthAvg / font.unitsPerEm) / (local.xWidthAvg / local.unitsPerEm);
  return [
    '@font-face {',
    `  font-family: '${fallback.family}';`,
    `  font-style: ${style};`,
    `  src: ${localNames.join(', ')};`,
    `  size-adjust: ${percent(sizeAdjust)};`,
    `  ascent-override: ${percent(font.ascent / font.unitsPerEm / sizeAdjust)};`,
    `  descent-override: ${percent(Math.abs(font.descent) / font.unitsPerEm / sizeAdjust)};`,
    `  line-gap-override: ${percent(font.lineGap / font.unitsPerEm / sizeAdjust)};`,
    '}',
  ].join('\n');
}

const rules = ['/* Written by src/fonts/make-fonts.mjs (`npm run fonts`); do not edit by hand. */'];
const licences = new Set();
for (const face of FACES) {
  const pkgDir = dirname(require.resolve(`${face.package}/package.json`));
  licences.add(face.package);
  let metrics;
  for (const slice of face.slices) {
    const source = await readFile(join(pkgDir, 'files', slice.source));
    const out = await subsetFont(source, rangeText(slice.ranges), { targetFormat: 'woff2', keepFeatures: FEATURES, variationAxes: { wght: WEIGHTS } });
    await writeFile(join(here, slice.file), out);
    // The metrics come from the main (Latin) file: the extension's few glyphs share them.
    metrics ??= await fromBuffer(out);
    rules.push([
      '@font-face {',
      `  font-family: '${face.family}';`,
      `  font-style: ${face.style};`,
      '  font-display: swap;',
      `  font-weight: ${WEIGHTS.min} ${WEIGHTS.max};`,
      `  src: url('./${slice.file}') format('woff2');`,
      `  unicode-range: ${unicodeRange(slice.ranges)};`,
      '}',
    ].join('\n'));
    console.log(`${slice.file}: ${(out.length / 1024).toFixed(1)} KB (from ${(source.length / 1024).toFixed(1)} KB)`);
  }
  for (const fallback of FALLBACK_FACES[face.kind]) rules.push(fallbackFace(face.style, fallback, metrics));
}
await writeFile(join(here, 'fonts.css'), `${rules.join('\n\n')}\n`);
for (const pkg of licences) await copyFile(join(dirname(require.resolve(`${pkg}/package.json`)), 'LICENSE'), join(here, `LICENSE-${pkg.split('/').pop()}.txt`));
