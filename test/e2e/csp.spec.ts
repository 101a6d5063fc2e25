// The Content Security Policy every page carries (src/plugins/csp.mjs): the site's own pages and embeds
// load under it with no violation, it stops a script injected into a page, and hostile widget links
// (random bytes, out-of-range numbers, NaN, 100 KB strings, markup and script, old and future
// versions) leave the embeds whole, say so, and run nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { embedPaths, sitemapPaths } from './site';

const dist = join(import.meta.dirname, '..', '..', 'dist');

interface Watched {
  /** Every `securitypolicyviolation` event since the document started: directive and what was blocked. */
  violations(): Promise<string[]>;
  /** Page errors and console errors since the last `clear()`. */
  errors: string[];
  clear(): void;
}

/** Records CSP violations in every document the page opens (from before its first script) and every error. */
async function watch(page: Page): Promise<Watched> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const watched: Watched = {
    errors: [],
    clear: () => void watched.errors.splice(0),
    violations: () => page.evaluate(() => [...(window as unknown as { __violations: string[] }).__violations]),
  };
  page.on('pageerror', (error) => watched.errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(`console: ${message.text()}`);
  });
  return watched;
}

/** Scrolls the whole page into view, a screen at a time, so every `client:visible` island hydrates; then waits until every displayed one has (a later step of a guided sequence is not displayed until the reader gets there). */
async function hydrateAll(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    }
  });
  const waiting = () => page.evaluate(() => [...document.querySelectorAll('astro-island[ssr]')].filter((island) => island.getClientRects().length > 0).map((island) => island.getAttribute('component-url')));
  await expect.poll(waiting, { timeout: 20_000 }).toEqual([]);
}

test('every page in the sitemap and every embed loads and hydrates under the policy with no violation and no error', async ({ page }) => {
  test.setTimeout(240_000);
  const watched = await watch(page);
  const paths = [...sitemapPaths(), ...embedPaths(), '/404.html'];
  const problems: string[] = [];
  for (const path of paths) {
    watched.clear();
    await page.goto(path, { waitUntil: 'load' });
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
    await hydrateAll(page);
    // The theme script ran (allowed by its hash) and an icon is named.
    expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toMatch(/^(light|dark)$/);
    await expect(page.locator('link[rel="icon"]'), path).toHaveCount(1);
    problems.push(...(await watched.violations()).map((v) => `${path} ${v}`), ...watched.errors.map((e) => `${path} ${e}`));
  }
  // Search runs Pagefind (WebAssembly, a worker): the one page the policy allows 'wasm-unsafe-eval'.
  watched.clear();
  await page.goto('/search/?q=co-production');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  problems.push(...(await watched.violations()).map((v) => `search ${v}`), ...watched.errors.map((e) => `search ${e}`));
  // Printing lays the page out again with the print style: still nothing blocked.
  await page.goto('/chapters/04-strategic-triangle/');
  await hydrateAll(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  problems.push(...(await watched.violations()).map((v) => `print ${v}`));
  console.log(`CSP: ${paths.length} pages and embeds loaded and hydrated, plus search and print; ${problems.length} violations or errors.`);
  expect(problems).toEqual([]);
});

test('the policy blocks a script injected into a copy of a page, and lets the page’s own scripts run', async ({ page }) => {
  const watched = await watch(page);
  const html = readFileSync(join(dist, 'chapters', '04-strategic-triangle', 'index.html'), 'utf8');
  expect(html).toMatch(/<meta http-equiv="content-security-policy"/);
  const injected = html.replace(
    '</head>',
    '<script>window.__injected = "element";</script></head>',
  ).replace(
    '<main id="main"',
    '<img src="/favicon.svg" alt="" onload="window.__injected = \'attribute\'"><main id="main"',
  );
  expect(injected).not.toBe(html);
  await page.route('**/chapters/04-strategic-triangle/', (route) => route.fulfill({ body: injected, contentType: 'text/html' }));
  await page.goto('/chapters/04-strategic-triangle/');
  await hydrateAll(page);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  const violations = await watched.violations();
  expect(violations.some((v) => v.startsWith('script-src-elem: inline'))).toBe(true);
  expect(violations.some((v) => v.startsWith('script-src-attr: inline'))).toBe(true);
  expect(violations.every((v) => /^script-src-(elem|attr): inline/.test(v))).toBe(true);
  // The page's own scripts, bundled and inline, still ran: the theme, and the widget's island.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
  await expect(page.locator('.widget-tools').first()).toBeVisible();
});

test('without JavaScript a widget says a shared set-up needs it, above its figure', () => {
  // Chromium with scripts turned off still parses <noscript> as text, so the built markup is what is checked.
  const html = readFileSync(join(dist, 'embed', 'triangle', 'index.html'), 'utf8');
  const note = html.indexOf('<noscript><p class="widget-static-note');
  expect(note).toBeGreaterThan(html.indexOf('class="widget-head'));
  expect(note).toBeLessThan(html.indexOf('class="widget-body'));
  expect(html.slice(note, html.indexOf('</noscript>', note))).toContain('Without JavaScript this widget shows its starting state: its controls, and a set-up opened from a shared link, need JavaScript.');
});

// ---- Hostile widget links ----

/** mulberry32: a small seeded generator, so every run tries the same links. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

const CODES = { triangle: 't', typology: 'y', modes: 'm', capacities: 'c', paradigms: 'p' } as const;
type Kind = keyof typeof CODES;
const MODEL = '2-1-0';
// Each sets window.__pwned if it ever runs, whether as markup, an attribute, a URL or a template.
const INJECTIONS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '</p><a href="javascript:window.__pwned=1">Click</a>',
];
const NUMBERS = ['101', '-1', '-0', '1e3', '0x10', '9'.repeat(30), '3.5', 'NaN', 'Infinity', '-Infinity', 'undefined', 'null', '', ' ', '+5', '١٠'];

/** A payload of the right shape for `kind` with at least one field out of range or not a number. */
function badPayload(kind: Kind, g: ReturnType<typeof generator>): string {
  const bad = () => g.pick(NUMBERS);
  const ok = () => String(g.int(101));
  switch (kind) {
    case 'triangle':
      return [bad(), ok(), ok()].sort(() => g.next() - 0.5).join('-');
    case 'typology':
      return g.next() < 0.5 ? [bad(), ok(), String(g.int(8))].join('-') : [ok(), ok(), String(8 + g.int(90))].join('-');
    case 'modes':
      return `${g.pick(['recycling-collection', 'passport-issuance', '_', 'atlantis'])}.${[bad(), ok(), ok(), ok()].join('-')}`;
    case 'capacities':
      return [...Array(9)].map(() => g.pick(['1', '2', '3', '6', '9', 'x', '-'])).join('').replace(/^./, '9');
    case 'paradigms':
      return `${g.pick(['passport-issuance', 'Passport-Issuance', 'atlantis'])}.${g.pick(['taylorism', 'NPM', 'x'.repeat(g.int(40) + 1), ''])}`;
  }
}

/** At least `count` hostile values for `kind`'s `state` parameter, the same on every run. */
function hostileStates(kind: Kind, count: number): string[] {
  const g = generator(0x5eed + kind.length * 7919 + CODES[kind].charCodeAt(0));
  const code = CODES[kind];
  const randomText = (length: number) =>
    String.fromCodePoint(...[...Array(length)].map(() => {
      const c = g.int(0x2fff);
      return c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
    }));
  const makers: (() => string)[] = [
    () => randomText(1 + g.int(60)),
    () => `v2.${code}.${MODEL}.${randomText(1 + g.int(40))}`,
    () => `v2.${code}.${MODEL}.${badPayload(kind, g)}`,
    () => `v1.${code}.${badPayload(kind, g)}`,
    () => `v2.${code}.${MODEL}.${g.pick(INJECTIONS)}`,
    () => `v2.${code}.${MODEL}.${badPayload(kind, g)}${g.pick(INJECTIONS)}`,
    () => `${g.pick(INJECTIONS)}`,
    () => `v2.${code}.${MODEL}.${g.pick(['A', '9', '<b>', '%'])!.repeat(100_000)}`,
    () => `v${g.pick(['0', '3', '9', '99', '9999', '-1', 'NaN'])}.${code}.${MODEL}.${badPayload(kind, g)}`,
    () => `v2.${code}.${g.pick(['99-0-0', '0-0-0', '1000-0-0', 'NaN-NaN-NaN', '2-1', ''])}.${badPayload(kind, g)}`,
    () => `v2.${g.pick(['q', 'z', 'T', 'ý', ...Object.values(CODES).filter((c) => c !== code)])}.${MODEL}.${badPayload(kind, g)}`,
    () => `v2.${code}.${MODEL}.${badPayload(kind, g)}.${randomText(1 + g.int(10))}`,
  ];
  return [...Array(count)].map((_, i) => makers[i % makers.length]!());
}

// Every tenth link is opened as a new page load; the others arrive as Back and Forward deliver an
// address (history entry + popstate), which the widget reads by the same path, at a fraction of the time.
const FULL_LOAD_EVERY = 10;

for (const kind of Object.keys(CODES) as Kind[]) {
  test(`${kind}: 200 hostile links each leave the embed whole, with a notice, nothing injected run and no NaN or undefined shown`, async ({ page }) => {
    test.setTimeout(180_000);
    const watched = await watch(page);
    // The built page itself, whatever the address's length (a 100 KB link is past what a server's request line takes).
    const html = readFileSync(join(dist, 'embed', kind, 'index.html'), 'utf8');
    await page.route((url) => url.pathname === `/embed/${kind}/`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    const notice = page.locator('.widget-notice[role="alert"]');
    const states = hostileStates(kind, 200);
    const problems: string[] = [];
    let loads = 0;
    for (const [i, state] of states.entries()) {
      const address = `/embed/${kind}/?state=${encodeURIComponent(state)}`;
      if (i % FULL_LOAD_EVERY === 0) {
        await page.goto(address);
        loads++;
      } else {
        // From a clean address first, so the notice seen next is this link's, not the last one's.
        await page.evaluate(() => {
          history.pushState(null, '', location.pathname);
          dispatchEvent(new PopStateEvent('popstate'));
        });
        await expect(notice).toHaveCount(0);
        await page.evaluate((url) => {
          history.pushState(null, '', url);
          dispatchEvent(new PopStateEvent('popstate'));
        }, address);
      }
      await expect(notice, `case ${i}`).toBeVisible();
      const { text, pwned, shown } = await page.evaluate(() => ({
        text: document.querySelector('.widget-notice[role="alert"]')?.textContent ?? '',
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        shown: document.body.innerText,
      }));
      const where = `case ${i} (${JSON.stringify(state.slice(0, 60))})`;
      if (!/^The link’s widget state could not be read: .+ Showing the starting state\.$/.test(text)) problems.push(`${where}: notice ${JSON.stringify(text)}`);
      // The notice names what is wrong; it does not repeat the link (at most an identifier-shaped name).
      if (text.length > 240 || /[<>{}$%]|pwned|javascript:/i.test(text)) problems.push(`${where}: notice echoes the link: ${JSON.stringify(text)}`);
      if (pwned !== undefined) problems.push(`${where}: injected script ran`);
      if (/\bNaN\b|\bundefined\b/.test(shown)) problems.push(`${where}: NaN or undefined on screen`);
      problems.push(...(await watched.violations()).map((v) => `${where}: ${v}`), ...watched.errors.map((e) => `${where}: ${e}`));
      watched.clear();
    }
    console.log(`${kind}: ${states.length} hostile links (${loads} page loads, ${states.length - loads} Back/Forward address changes); ${problems.length} problems.`);
    expect(problems).toEqual([]);
  });
}
