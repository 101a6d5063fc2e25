// Every built page: loads, stays on its own origin, and passes axe in both themes.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './site';

// The embed pages are not in the sitemap (they are for iframes) but are pages readers see all the same.
const EMBEDS = ['/embed/triangle/', '/embed/typology/', '/embed/modes/', '/embed/capacities/', '/embed/paradigms/'];
const paths = [...sitemapPaths(), ...EMBEDS];

test('the sitemap lists the home page, every chapter, the back matter and the course kit', () => {
  const listed = sitemapPaths();
  expect(listed).toContain('/');
  expect(listed.some((p) => p.startsWith('/embed/'))).toBe(false);
  expect(listed.filter((p) => p.startsWith('/chapters/') && p !== '/chapters/').length).toBe(11);
  for (const page of ['/glossary/', '/bibliography/', '/exercises/', '/figures/', '/search/', '/about/', '/model/', '/self-assessment/']) expect(listed).toContain(page);
  // The course kit's pages, swept below like every other.
  for (const page of ['/progress/', '/lecturers/', '/assignments/', '/assignments/review/', '/assignment/']) expect(listed).toContain(page);
});

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const path of paths) {
  test(`${path} loads with no request to another origin and no axe violation in light and dark themes`, async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
    // The styles every page shares come as one stylesheet the browser keeps; the page's own are inlined.
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(1);
    expect(await axeViolations(page), 'light theme').toEqual([]);

    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await axeViolations(page), 'dark theme').toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('a chapter carries the styles of its own widgets and of no other', async ({ page }) => {
  const inlineStyles = () => page.evaluate(() => [...document.querySelectorAll('style')].map((style) => style.textContent).join(''));
  // Chapter 4 has the strategic triangle and the mode balancer; chapter 5 only the typology map.
  await page.goto('/chapters/04-strategic-triangle/');
  expect(await inlineStyles()).toMatch(/\.result-card\.svelte-/);
  expect(await inlineStyles()).toMatch(/\.mix-bar\.svelte-/);
  await page.goto('/chapters/05-what-is-co-production/');
  await expect(page.locator('astro-island[component-url*="TypologyMap"]')).toHaveCount(1);
  expect(await inlineStyles()).not.toMatch(/\.result-card\.svelte-|\.mix-bar\.svelte-/);
});

test('an unknown address shows the 404 page with ways back into the book', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Contents' }).first()).toBeVisible();
});
