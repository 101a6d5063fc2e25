// Side-by-side benchmark (prints figures, asserts nothing): the book against a Starlight site built from
// the same prose of chapters 4 and 7, both served gzipped on loopback like a static host, measured by
// Lighthouse (mobile) in interleaved runs; then the bytes one search query fetches on each site.
//
//   npm run build && npm run bench:peer [-- dist] [--runs=5] [--port=4361] [--query=capacity]
//
// The Starlight site and Lighthouse live in test/bench/peer/ (own package.json and lockfile), installed
// with `npm ci` the first time this runs, never by the project's own install.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './static-server.mjs';
import { findChromium, launchChromium } from './browser.mjs';
import { buildPeerSite, clsText, inlineScriptBytes, interleave, kb, loadBenchPackage, medianFigures, msText, scoreText } from './lighthouse-setup.mjs';

const CHAPTERS = ['04-strategic-triangle', '07-modes-of-production'];

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const runs = Math.max(1, Number(option('runs', 5)));
const port = Number(option('port', 4361));
const queries = option('query', 'capacity,co-production').split(',');

if (!CHAPTERS.every((c) => existsSync(join(dist, 'chapters', c, 'index.html')))) {
  console.error(`No built book at ${dist} (chapters ${CHAPTERS.join(', ')} are missing). Build first: npm run build.`);
  process.exit(1);
}

const ratio = (book, peer) => (Number.isFinite(book) && Number.isFinite(peer) && peer !== 0 ? `${(book / peer).toFixed(2)}×` : book === 0 && peer === 0 ? '=' : '—');

function printComparison(chapter, book, peer) {
  const rows = [
    ['performance score', scoreText(book.score), scoreText(peer.score), ratio(book.score, peer.score)],
    ['FCP', msText(book.fcp), msText(peer.fcp), ratio(book.fcp, peer.fcp)],
    ['LCP', msText(book.lcp), msText(peer.lcp), ratio(book.lcp, peer.lcp)],
    ['TBT', msText(book.tbt), msText(peer.tbt), ratio(book.tbt, peer.tbt)],
    ['CLS', clsText(book.cls), clsText(peer.cls), ratio(book.cls, peer.cls)],
    ...Object.keys(book.bytes).map((type) => [`bytes: ${type}`, kb(book.bytes[type]), kb(peer.bytes[type]), ratio(book.bytes[type], peer.bytes[type])]),
    ['elements', String(book.elements), String(peer.elements), ratio(book.elements, peer.elements)],
    ['JavaScript before scrolling', kb(book.jsBeforeScroll), kb(peer.jsBeforeScroll), ratio(book.jsBeforeScroll, peer.jsBeforeScroll)],
  ];
  console.log(`\nChapter ${chapter} (medians of ${book.runs} / ${peer.runs} runs)`);
  console.log(`  ${'figure'.padEnd(28)} ${'book'.padStart(10)} ${'Starlight'.padStart(10)} ${'book/Starlight'.padStart(15)}`);
  for (const [label, a, b, r] of rows) console.log(`  ${label.padEnd(28)} ${a.padStart(10)} ${b.padStart(10)} ${r.padStart(15)}`);
  const verdict = (met) => (met ? 'met' : 'NOT met');
  console.log(
    `  targets: LCP ≤ Starlight's ${verdict(book.lcp <= peer.lcp)}; TBT ≤ 50 ms ${verdict(book.tbt <= 50)}; ` +
      `cold bytes ≤ Starlight's ${verdict(book.bytes.total <= peer.bytes.total)}; JavaScript before scrolling ≤ Starlight's ${verdict(book.jsBeforeScroll <= peer.jsBeforeScroll)}`,
  );
}

// Bytes of one query, counted from a chapter page a reader has open (its own files already loaded): the
// search code fetched in advance with the page, and everything fetched from the start of the search until
// the first results are shown and the network is quiet.
async function queryBytes(site, query) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    let phase = 'page';
    const bytes = { page: 0, searchCodeWithPage: 0, query: 0, requests: 0 };
    const pending = [];
    const count = async (request, when) => {
      const sizes = await request.sizes().catch(() => null);
      if (!sizes) return;
      const size = sizes.responseBodySize + sizes.responseHeadersSize;
      if (when === 'page') {
        bytes.page += size;
        if (/pagefind/i.test(request.url())) bytes.searchCodeWithPage += size;
      } else {
        bytes.query += size;
        bytes.requests += 1;
      }
    };
    page.on('requestfinished', (request) => pending.push(count(request, phase)));
    await page.goto(`${site.url}/chapters/${CHAPTERS[0]}/`, { waitUntil: 'networkidle' });
    phase = 'query';
    await site.search(page, query);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await Promise.all(pending);
    return bytes;
  } finally {
    await browser.close();
  }
}

// How a reader searches each site from a chapter page: the book's header box, then Enter (results page);
// Starlight's search button, which opens its Pagefind dialog.
const BOOK_SEARCH = async (page, query) => {
  await page.locator('#site-search').fill(query);
  await page.locator('#site-search').press('Enter');
  await page.locator('#search-results > li a').first().waitFor();
};
const PEER_SEARCH = async (page, query) => {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').fill(query);
  await page.locator('.pagefind-ui__result').first().waitFor();
};

try {
  const bench = await loadBenchPackage();
  const peerDist = await buildPeerSite(dist, CHAPTERS, bench.convertChapter);
  const book = await serve(dist, port, '/', { gzip: true });
  const peer = await serve(peerDist, port + 1, '/', { gzip: true });
  const chromePath = findChromium();
  try {
    const items = CHAPTERS.flatMap((chapter) => [
      { label: `book ${chapter}`, url: `${book.url}/chapters/${chapter}/` },
      { label: `Starlight ${chapter}`, url: `${peer.url}/chapters/${chapter}/` },
    ]);
    console.log(`Lighthouse (mobile), ${runs} interleaved runs of ${items.length} pages; book at ${book.url}, Starlight at ${peer.url}.`);
    const inline = new Map();
    for (const item of items) inline.set(item, await inlineScriptBytes(item.url));
    const results = await interleave(items, runs, async (item, round) => {
      const figures = await bench.runLighthouse(item.url, chromePath);
      process.stdout.write(`  run ${round + 1}/${runs} ${item.label}: score ${scoreText(figures.score)}, LCP ${msText(figures.lcp)}, TBT ${msText(figures.tbt)}\n`);
      return { ...figures, inlineScriptBytes: inline.get(item) };
    });
    for (const [index, chapter] of CHAPTERS.entries()) {
      const [bookItem, peerItem] = items.slice(index * 2, index * 2 + 2);
      printComparison(chapter.split('-')[0].replace(/^0/, ''), medianFigures(results.get(bookItem), bench.RESOURCE_TYPES), medianFigures(results.get(peerItem), bench.RESOURCE_TYPES));
    }

    console.log('\nOne search query from an open chapter page (390 px, transfer bytes incl. headers)');
    console.log(`  ${'query'.padEnd(16)} ${'site'.padEnd(10)} ${'search code with page'.padStart(22)} ${'query'.padStart(10)} ${'requests'.padStart(9)} ${'total'.padStart(10)}`);
    for (const query of queries) {
      for (const [name, site] of [['book', { url: book.url, search: BOOK_SEARCH }], ['Starlight', { url: peer.url, search: PEER_SEARCH }]]) {
        const b = await queryBytes(site, query);
        console.log(`  ${query.padEnd(16)} ${name.padEnd(10)} ${kb(b.searchCodeWithPage).padStart(22)} ${kb(b.query).padStart(10)} ${String(b.requests).padStart(9)} ${kb(b.searchCodeWithPage + b.query).padStart(10)}`);
      }
    }
  } finally {
    book.server.close();
    peer.server.close();
  }
} catch (error) {
  // A benchmark reports; it never fails a test run.
  console.error(`bench:peer could not finish: ${error instanceof Error ? error.message : error}`);
}
