// Side-by-side benchmark (prints figures, asserts nothing, never fails): the book against a Starlight
// site built from the same prose of chapters 4 and 7, both served gzipped on loopback like a static
// host, measured by Lighthouse 13 (mobile) in interleaved runs; then the bytes one search query fetches
// on each site.
//
//   npm run build && npm run bench:peer [-- dist] [--runs=5] [--query=capacity,co-production]
//
// The Starlight site and Lighthouse live in test/bench/peer/ (own package.json and lockfile), installed
// with `npm ci` the first time a Lighthouse benchmark runs, never by the project's own install.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './static-server.mjs';
import { findChromium } from './browser.mjs';
import { loadBenchPackage } from './lighthouse-setup.mjs';
import { buildPeerSite } from './peer-site.mjs';
import { measurePages } from './lighthouse-runs.mjs';
import { queryBytes, searchBook, searchStarlight } from './search-bytes.mjs';
import { clsText, countText, kb, msText, printTable, ratioText, scoreText } from './bench-format.mjs';

const CHAPTERS = ['04-strategic-triangle', '07-modes-of-production'];

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const runs = Math.max(1, Number(option('runs', 5)) || 5);
const queries = option('query', 'capacity,co-production').split(',');

function printComparison(chapter, book, peer) {
  const row = (label, format, pick) => [label, format(pick(book)), format(pick(peer)), ratioText(pick(book), pick(peer))];
  console.log(`\nChapter ${chapter} (medians of ${book.runs} / ${peer.runs} runs; bytes transferred, gzipped, cold load)`);
  printTable(['figure', 'book', 'Starlight', 'book/Starlight'], [
    row('performance score', scoreText, (m) => m.score),
    row('FCP', msText, (m) => m.fcp),
    row('LCP', msText, (m) => m.lcp),
    row('TBT', msText, (m) => m.tbt),
    row('CLS', clsText, (m) => m.cls),
    ...Object.keys(book.bytes).map((type) => row(`bytes: ${type}`, kb, (m) => m.bytes[type])),
    row('elements', countText, (m) => m.elements),
    row('JavaScript before scrolling', kb, (m) => m.jsBeforeScroll),
  ], { firstWidth: 28, width: 14 });
  const verdict = (met) => (met ? 'met' : 'NOT met');
  console.log(
    `  targets: LCP ≤ Starlight's ${verdict(book.lcp <= peer.lcp)}; TBT ≤ 50 ms ${verdict(book.tbt <= 50)}; ` +
      `cold bytes ≤ Starlight's ${verdict(book.bytes.total <= peer.bytes.total)}; ` +
      `JavaScript before scrolling ≤ Starlight's ${verdict(book.jsBeforeScroll <= peer.jsBeforeScroll)}`,
  );
}

async function printSearchBytes(book, peer) {
  console.log('\nSearch: bytes fetched for one query from an open chapter 4 page (390 px, transfer incl. headers;');
  console.log('  the book: its /search/?q=… page; Starlight: its Pagefind dialog; the book indexes the whole book, Starlight these 2 chapters)');
  const rows = [];
  for (const query of queries) {
    for (const [name, origin, search] of [['book', book, searchBook], ['Starlight', peer, searchStarlight]]) {
      try {
        const b = await queryBytes(origin, `${origin}/chapters/${CHAPTERS[0]}/`, search, query);
        rows.push([`${query}, ${name}`, kb(b.searchCodeWithPage), kb(b.query), String(b.requests), kb(b.total)]);
      } catch (error) {
        rows.push([`${query}, ${name}`, 'failed:', error instanceof Error ? error.message.split('\n')[0] : String(error)]);
      }
    }
  }
  printTable(['query, site', 'with page', 'query', 'requests', 'total'], rows, { firstWidth: 26, width: 10 });
}

async function main() {
  if (!CHAPTERS.every((c) => existsSync(join(dist, 'chapters', c, 'index.html')))) {
    console.log(`bench:peer skipped: no built book at ${dist} (chapters ${CHAPTERS.join(', ')} are missing). Build first: npm run build.`);
    return;
  }
  const chromePath = findChromium();
  const bench = await loadBenchPackage();
  const peerDist = await buildPeerSite(dist, CHAPTERS, bench.convertChapter);
  const book = await serve(dist, 0, '/', { gzip: true });
  const peer = await serve(peerDist, 0, '/', { gzip: true });
  try {
    const items = CHAPTERS.flatMap((chapter) => [
      { label: `book ${chapter}`, url: `${book.url}/chapters/${chapter}/` },
      { label: `Starlight ${chapter}`, url: `${peer.url}/chapters/${chapter}/` },
    ]);
    console.log(`Lighthouse (mobile), ${runs} interleaved runs of ${items.length} pages in ${chromePath}; book at ${book.url}, Starlight at ${peer.url}.`);
    const medians = await measurePages(items, runs, bench, chromePath);
    for (const [index, chapter] of CHAPTERS.entries()) {
      printComparison(String(Number(chapter.split('-')[0])), medians.get(items[2 * index]), medians.get(items[2 * index + 1]));
    }
    await printSearchBytes(book.url, peer.url);
  } finally {
    book.server.close();
    peer.server.close();
  }
}

try {
  await main();
} catch (error) {
  // A benchmark reports; it never fails a test run.
  console.log(`bench:peer could not finish: ${error instanceof Error ? error.message : error}`);
}
