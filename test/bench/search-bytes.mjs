// What one search query costs a reader, measured in Chromium (390 px phone): from a chapter page already
// open (its own files loaded), the bytes transferred from the start of the search until the first results
// show and the network is quiet, plus any search code the chapter page fetched in advance. Service workers
// are blocked, so the book's offline precache does not count as search (a first-time reader's case).
import { launchChromium } from './browser.mjs';

/** The book's search: the results page for the query, as the header box's Enter opens it. */
export async function searchBook(page, origin, query) {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('main li a[href]').first().waitFor();
}

/** Starlight's search: its header button opens the Pagefind dialog, where the reader types the query. */
export async function searchStarlight(page, _origin, query) {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').fill(query);
  await page.locator('.pagefind-ui__result').first().waitFor();
}

/** Transfer bytes (bodies and headers) of one `query` run by `search` from the page `startUrl` of the site at `origin`. */
export async function queryBytes(origin, startUrl, search, query) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    let phase = 'page';
    const bytes = { searchCodeWithPage: 0, query: 0, requests: 0 };
    const pending = [];
    const count = async (request, when) => {
      const sizes = await request.sizes().catch(() => null);
      if (!sizes) return;
      const size = sizes.responseBodySize + sizes.responseHeadersSize;
      if (when === 'query') {
        bytes.query += size;
        bytes.requests += 1;
      } else if (/pagefind/i.test(request.url())) bytes.searchCodeWithPage += size;
    };
    page.on('requestfinished', (request) => pending.push(count(request, phase)));
    await page.goto(startUrl, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    phase = 'query';
    await search(page, origin, query);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await Promise.all(pending);
    return { ...bytes, total: bytes.searchCodeWithPage + bytes.query };
  } finally {
    await browser.close();
  }
}
