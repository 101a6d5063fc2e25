// Lighthouse 13 (mobile) on every kind of page of the built book (prints figures, asserts nothing, never
// fails), served gzipped on loopback like a static host, as `npm run bench:peer` does; medians of
// interleaved runs.
//
//   npm run build && npm run bench:pages [-- dist] [--runs=3]
//
// Lighthouse lives in test/bench/peer/ (installed with `npm ci` the first time a Lighthouse benchmark runs).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './static-server.mjs';
import { findChromium } from './browser.mjs';
import { loadBenchPackage } from './lighthouse-setup.mjs';
import { measurePages } from './lighthouse-runs.mjs';
import { clsText, countText, kb, msText, printTable, scoreText } from './bench-format.mjs';

// Every kind of page. Every chapter has at least one widget, so "chapter, lightest" is the one with the
// fewest widgets and the smallest page (chapter 2, one widget), beside the one with the most JavaScript
// (chapter 11, three widgets).
const PAGES = [
  ['home', '/'],
  ['contents', '/chapters/'],
  ['chapter, 3 widgets (ch. 11)', '/chapters/11-conclusion/'],
  ['chapter, lightest (ch. 2)', '/chapters/02-bureaucracy/'],
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
const runs = Math.max(1, Number(option('runs', 3)) || 3);

async function main() {
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'pagefind'))) {
    console.log(`bench:pages skipped: no built book at ${dist} (index.html or pagefind/ is missing). Build first: npm run build.`);
    return;
  }
  const chromePath = findChromium();
  const bench = await loadBenchPackage();
  const site = await serve(dist, 0, '/', { gzip: true });
  try {
    const items = PAGES.map(([label, path]) => ({ label, url: `${site.url}${path}` }));
    console.log(`Lighthouse (mobile), ${runs} interleaved runs of ${items.length} pages in ${chromePath}, book at ${site.url}.`);
    const medians = await measurePages(items, runs, bench, chromePath);
    console.log(`\nMedians of ${runs} runs (bytes transferred on a cold load, gzipped; "JS first": JavaScript before scrolling, inline included)`);
    const rows = items.map((item) => {
      const m = medians.get(item);
      return [item.label, scoreText(m.score), msText(m.fcp), msText(m.lcp), msText(m.tbt), clsText(m.cls), kb(m.bytes.total), kb(m.bytes.document), kb(m.bytes.font), kb(m.jsBeforeScroll), countText(m.elements)];
    });
    printTable(['page', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'bytes', 'document', 'fonts', 'JS first', 'elements'], rows, { firstWidth: 28, width: 9 });
    const below = items.filter((item) => !(medians.get(item).score >= TARGET_SCORE)).map((item) => item.label);
    console.log(below.length === 0 ? `\nEvery page kind scores ≥ ${TARGET_SCORE}.` : `\nBelow ${TARGET_SCORE}: ${below.join(', ')}.`);
  } finally {
    site.server.close();
  }
}

try {
  await main();
} catch (error) {
  // A benchmark reports; it never fails a test run.
  console.log(`bench:pages could not finish: ${error instanceof Error ? error.message : error}`);
}
