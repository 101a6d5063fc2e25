// Lighthouse (mobile) on every kind of page of the built book (prints figures, asserts nothing), served
// gzipped on loopback like a static host, as `npm run bench:peer` does; medians of interleaved runs.
//
//   npm run build && npm run bench:pages [-- dist] [--runs=3] [--port=4363]
//
// Lighthouse lives in test/bench/peer/ (installed with `npm ci` the first time a Lighthouse benchmark runs).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './static-server.mjs';
import { findChromium } from './browser.mjs';
import { clsText, inlineScriptBytes, interleave, kb, loadBenchPackage, medianFigures, msText, scoreText } from './lighthouse-setup.mjs';

// Every kind of page. Every chapter has at least one widget, so the chapter without widgets is the one
// with the fewest (chapter 2), beside the one that loads the most JavaScript (chapter 11).
const PAGES = [
  ['home', '/'],
  ['contents', '/chapters/'],
  ['chapter, 3 widgets (ch. 11)', '/chapters/11-conclusion/'],
  ['chapter, 1 widget (ch. 2)', '/chapters/02-bureaucracy/'],
  ['glossary', '/glossary/'],
  ['bibliography', '/bibliography/'],
  ['model', '/model/'],
  ['exercises', '/exercises/'],
  ['figures and tables', '/figures/'],
  ['search with a query', '/search/?q=capacity'],
  ['self-assessment', '/self-assessment/'],
  ['embed (mode balancer)', '/embed/modes/'],
  ['my progress', '/progress/'],
  ['build an assignment', '/assignments/'],
  ['for lecturers', '/lecturers/'],
];
const TARGET_SCORE = 0.98;

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const runs = Math.max(1, Number(option('runs', 3)));
const port = Number(option('port', 4363));

if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'pagefind'))) {
  console.error(`No built book at ${dist} (index.html or pagefind/ is missing). Build first: npm run build.`);
  process.exit(1);
}

try {
  const bench = await loadBenchPackage();
  const site = await serve(dist, port, '/', { gzip: true });
  const chromePath = findChromium();
  try {
    const items = PAGES.map(([label, path]) => ({ label, url: `${site.url}${path}` }));
    console.log(`Lighthouse (mobile), ${runs} interleaved runs of ${items.length} pages at ${site.url}.`);
    const inline = new Map();
    for (const item of items) inline.set(item, await inlineScriptBytes(item.url));
    const results = await interleave(items, runs, async (item, round) => {
      const figures = await bench.runLighthouse(item.url, chromePath);
      process.stdout.write(`  run ${round + 1}/${runs} ${item.label}: score ${scoreText(figures.score)}\n`);
      return { ...figures, inlineScriptBytes: inline.get(item) };
    });
    const columns = ['score', 'FCP', 'LCP', 'TBT', 'CLS', 'total', 'JS first', 'fonts', 'elements'];
    console.log(`\nMedians of ${runs} runs (bytes transferred, gzipped; "JS first": JavaScript before scrolling, inline included)`);
    console.log(`  ${'page'.padEnd(30)} ${columns.map((c) => c.padStart(9)).join(' ')}`);
    const below = [];
    for (const item of items) {
      const m = medianFigures(results.get(item), bench.RESOURCE_TYPES);
      if (!(m.score >= TARGET_SCORE)) below.push(item.label);
      const cells = [scoreText(m.score), msText(m.fcp), msText(m.lcp), msText(m.tbt), clsText(m.cls), kb(m.bytes.total), kb(m.jsBeforeScroll), kb(m.bytes.font), String(m.elements)];
      console.log(`  ${item.label.padEnd(30)} ${cells.map((c) => c.padStart(9)).join(' ')}`);
    }
    console.log(below.length === 0 ? `\nEvery page kind scores ≥ ${TARGET_SCORE}.` : `\nBelow ${TARGET_SCORE}: ${below.join(', ')}.`);
  } finally {
    site.server.close();
  }
} catch (error) {
  // A benchmark reports; it never fails a test run.
  console.error(`bench:pages could not finish: ${error instanceof Error ? error.message : error}`);
}
