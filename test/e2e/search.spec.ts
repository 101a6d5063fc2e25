// Search: the "/" shortcut, results with sub-results, the type filter, ?q= links, results fetched a few at a
// time as the reader scrolls, keyboard use, clean sub-result titles, no layout shift, axe with results.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('"/" focuses the header search and Enter opens results that include the sample chapter', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('ambulance');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ambulance/);
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#search-results a[href*="/chapters/01-why-public-value/"]').first()).toBeVisible();
  await expect(page.locator('#search-status')).toContainText('found for “ambulance”');
});

test('a pasted ?q= link opens with results, sub-results point at sections', async ({ page }) => {
  await page.goto('/search/?q=school');
  await expect(page.locator('#search-q')).toHaveValue('school');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-results .sub-results a[href*="#"]').first()).toBeVisible();
});

test('the type filter limits results to the glossary and is kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=co-production&type=Glossary');
  await expect(page.locator('input[name=type][value=Glossary]')).toBeChecked();
  const types = page.locator('#search-results > li .result-type');
  await expect(types.first()).toBeVisible();
  for (const text of await types.allTextContents()) expect(text).toBe('Glossary');
  await page.locator('input[name=type][value=""]').check();
  await expect(page).toHaveURL(/\?q=co-production$/);
});

test('only content is indexed: navigation, search and controls sit outside the indexed region or are ignored', async ({ page }) => {
  await page.goto('/chapters/01-why-public-value/');
  const body = page.locator('[data-pagefind-body]');
  await expect(body).toHaveCount(1);
  for (const selector of ['.site-header', '.site-footer', '.sidebar', '.toc', '.pager', '.skip-link']) {
    const inside = await body.locator(selector).count();
    const ignored = await page.locator(`${selector}[data-pagefind-ignore], [data-pagefind-ignore] ${selector}`).count();
    expect(inside === 0 || ignored > 0, selector).toBe(true);
  }
  // Widget controls (forms, buttons) inside the body must be marked as ignored.
  const unignoredControls = await body.locator('button:not([data-pagefind-ignore] button), select:not([data-pagefind-ignore] select)').count();
  expect(unignoredControls).toBe(0);
});

// "co-production" finds 16 pages: enough for several batches of five.
const MANY = '/search/?q=co-production';
const BATCH = 5;

function countFragments(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) urls.push(request.url());
  });
  return urls;
}

test('results arrive five at a time: only their fragments are fetched, the rest as the reader scrolls, each once', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const fragments = countFragments(page);
  await page.goto(MANY, { waitUntil: 'networkidle' });
  await expect(page.locator('#search-status')).toHaveText(/^(\d+) pages found for “co-production”\.$/);
  const total = Number((await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(2 * BATCH);
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(BATCH);
  expect(fragments).toHaveLength(BATCH);
  await expect(page.locator('#search-more')).toBeVisible();

  // Scrolling to the end brings the rest in, batch by batch, until the button has nothing left to show.
  await expect(async () => {
    await page.mouse.wheel(0, 3000);
    await expect(results).toHaveCount(total, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(page.locator('#search-more')).toBeHidden();
  expect(fragments).toHaveLength(total);
  expect(new Set(fragments).size).toBe(total);
});

test('keyboard alone: type a query, Enter, Tab through results, "Show more results" moves focus to the first new result', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('#search-status')).toHaveText(/Type a word/);
  await page.locator('#search-q').focus();
  await page.keyboard.type('co-production');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=co-production$/);
  await expect(page.locator('#search-results > li')).toHaveCount(BATCH);
  // Tab from the form's last control reaches the first result's title link.
  await page.locator('input[name=type][value=Exercises]').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#search-results > li').first().locator('a.result-title')).toBeFocused();
  await page.locator('#search-more').focus();
  await page.keyboard.press('Enter');
  // Focusing the button may already have started the next batch (it came into view); either way focus
  // lands on a result title past the first batch.
  const focused = page.locator('#search-results > li > a.result-title:focus');
  await expect(focused).toHaveCount(1);
  const index = await focused.evaluate((a) => [...a.closest('ol')!.children].indexOf(a.parentElement!));
  expect(index).toBeGreaterThanOrEqual(BATCH);
  expect(index % BATCH).toBe(0);
  await expect(page.locator('#search-more')).toHaveAccessibleName('Show more results');
});

test('sub-result titles are the headings alone, without the hidden "Link to section" text', async ({ page }) => {
  await page.goto('/search/?q=school', { waitUntil: 'networkidle' });
  const subs = page.locator('#search-results .sub-results a');
  await expect(subs.first()).toBeVisible();
  for (const title of await subs.allTextContents()) {
    expect(title).not.toMatch(/Link to|#/);
    expect(title.trim()).not.toBe('');
  }
  expect(await page.locator('#search-results').textContent()).not.toContain('Link to');
});

test('nothing shifts while results arrive: CLS is exactly 0 on /search/?q= at phone and desktop widths, and nothing is wider than the screen', async ({ page }) => {
  // The web fonts are left out: whether one arrives before the first paint is a race on a busy
  // machine, and the fonts' own fallback metrics (not this page) decide what a late one moves.
  // What is measured here is everything the search itself does.
  await page.route(/\.woff2$/, (route) => route.abort());
  for (const viewport of [{ width: 320, height: 640 }, { width: 390, height: 844 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/search/?q=school', { waitUntil: 'networkidle' });
    await expect(page.locator('#search-status')).toContainText('found for “school”');
    await expect(page.locator('#search-results > li')).toHaveCount(BATCH);
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; sources: string[] }[]>((resolve) => {
          const entries: { value: number; sources: string[] }[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
              entries.push({ value: entry.value, sources: entry.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))) });
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // Buffered entries arrive in the first callback; wait a frame past it.
          setTimeout(() => resolve(entries), 300);
        }),
    );
    expect(shifts, `${viewport.width} px`).toEqual([]);
    // Results (long excerpts, section titles) wrap inside the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${viewport.width} px wide`).toBeLessThanOrEqual(viewport.width);
  }
});

test('the results page with a query passes axe in light and dark themes', async ({ page }) => {
  await page.goto(MANY, { waitUntil: 'networkidle' });
  await expect(page.locator('#search-results > li')).toHaveCount(BATCH);
  await expect(page.locator('#search-more')).toBeVisible();
  const violations = async () =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(await violations(), 'light theme').toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await violations(), 'dark theme').toEqual([]);
});

test('when the index cannot be loaded the page says so, and the next search tries again', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/search/?q=school');
  await expect(page.locator('#search-status')).toContainText('Search is not available here');
  await expect(page.locator('#search-results > li')).toHaveCount(0);
  await expect(page.locator('#search-more')).toBeHidden();
  await page.unroute('**/pagefind/pagefind.js');
  await page.locator('#search-q').fill('ambulance');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-status')).toContainText('found for “ambulance”');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});
