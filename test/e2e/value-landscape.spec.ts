// The mode balancer's value landscape in the built site: fetched only on opening, the keyboard cursor,
// the held mode, Figure 2, the data tables, axe in both themes, one origin, and a 320-px screen.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { computeLandscape, computeValuePath, describeLandscape, describeValuePath, encodeState, findPreset, mixText } from '@evaluation';

const CHAPTER_4 = '/chapters/04-strategic-triangle/';
const POLICING = findPreset('neighbourhood-policing')!;

/** Loads a page, records every script it requests, and waits until the balancer is hydrated. */
async function openChapter(page: Page, path = CHAPTER_4) {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(path);
  const slider = page.getByRole('slider', { name: 'Bureaucracy', exact: true });
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeEnabled();
  return scripts;
}

async function openLandscape(page: Page) {
  const summary = page.locator('details.landscape > summary');
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
  await expect(page.getByRole('img', { name: /^Aggregate public value over the mixes of/ })).toBeVisible();
}

test('the map’s code loads only when the reader opens it, and shows the model’s landscape for this mix', async ({ page }) => {
  const scripts = await openChapter(page);
  await expect(page.getByText(/^The map is drawn in your browser when you open this section/)).toBeHidden();
  expect(scripts.filter((s) => s.includes('LandscapeView'))).toEqual([]);
  await openLandscape(page);
  expect(scripts.filter((s) => s.includes('LandscapeView'))).toHaveLength(1);
  const landscape = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0 });
  await expect(page.locator('p.text', { hasText: describeLandscape(landscape) })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Opensourcing (0 %)' })).toBeChecked();
});

test('the keyboard alone moves the cursor over the map and reads each mix and its value', async ({ page }) => {
  await openChapter(page);
  await openLandscape(page);
  const cursor = page.getByRole('slider', { name: /^Landscape cursor/ });
  await cursor.focus();
  await expect(cursor).toHaveAttribute('aria-valuetext', new RegExp(`^${mixText(POLICING.startingMix)}: aggregate public value \\d+`));
  await page.keyboard.press('ArrowLeft');
  await expect(cursor).toHaveAttribute('aria-valuetext', /^90 % bureaucracy, 8 % crowdsourcing and 2 % innersourcing: /);
  await expect(page.locator('[data-landscape-mount] p', { hasText: 'At the cursor:' })).toContainText('90 % bureaucracy, 8 % crowdsourcing and 2 % innersourcing');
  await page.keyboard.press('End');
  const landscape = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0 });
  await expect(cursor).toHaveAttribute('aria-valuenow', String(Math.round(landscape.highest.aggregatePublicValue)));
  await expect(cursor).toHaveAttribute('aria-valuetext', new RegExp(`^${mixText(landscape.highest.mix)}: `));
});

test('holding another mode by keyboard redraws the map; moving a slider moves this mix on it', async ({ page }) => {
  await openChapter(page);
  await openLandscape(page);
  await page.getByRole('radio', { name: 'Opensourcing (0 %)' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Bureaucracy (90 %)' })).toBeChecked();
  await expect(page.getByRole('img', { name: /with bureaucracy held at 90 %/ })).toBeVisible();
  await expect(page.locator('p.text', { hasText: describeLandscape(computeLandscape(POLICING.context, { fixed: 'bureaucracy', fixedShare: 90 })) })).toBeVisible();
  await page.getByRole('slider', { name: 'Bureaucracy', exact: true }).focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('radio', { name: 'Bureaucracy (80 %)' })).toBeChecked();
});

test('Figure 2 along the path to crowdsourcing shows the policing pattern, in the model’s words', async ({ page }) => {
  await openChapter(page);
  await openLandscape(page);
  await expect(page.getByRole('radio', { name: 'Crowdsourcing', exact: true })).toBeChecked();
  const text = describeValuePath(computeValuePath(POLICING.context, POLICING.startingMix, 'crowdsourcing'));
  expect(text).toContain('The two part ways');
  await expect(page.locator('p.text', { hasText: text })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Service value and aggregate public value from this mix to all crowdsourcing/ })).toBeVisible();
});

test('the data tables give the landscape at 10-point steps and the path', async ({ page }) => {
  await openChapter(page);
  await openLandscape(page);
  await page.getByText('Data tables of the landscape and the path').click();
  const grid = page.getByRole('table', { name: /^Aggregate public value \(0–100\) with opensourcing at 0 %/ });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('row')).toHaveCount(12);
  await expect(page.getByRole('table', { name: 'From this mix to all crowdsourcing' }).getByRole('row')).toHaveCount(12);
});

test('the opened landscape passes axe in both themes and asks nothing of another origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await openChapter(page, `/embed/modes/?state=${encodeState('modes', { preset: POLICING.id, context: POLICING.context, mix: POLICING.startingMix })}`);
    await openLandscape(page);
    await page.getByText('Data tables of the landscape and the path').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).include('[data-landscape-mount]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test('at 320 px the opened landscape fits the screen and no label of its figures is cut off', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openChapter(page);
  await openLandscape(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const clipped = await page.locator('[data-landscape-mount] svg').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5);
        })
        .map((t) => t.textContent);
    }),
  );
  expect(clipped).toEqual([]);
});

test('the service context’s sliders load on opening and move the model', async ({ page }) => {
  await openChapter(page);
  await page.locator('#modes details.context > summary').click();
  const field = page.getByRole('slider', { name: 'How far the people concerned can take part online' });
  await expect(field).toBeEnabled();
  await field.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('#modes details.context > summary')).toHaveText('Service context (edited)');
});

test('without JavaScript the landscape says it needs JavaScript, and the service context shows its values', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER_4);
  await page.locator('#modes details.landscape > summary').click();
  await expect(page.getByText('The map is drawn in your browser when you open this section; it needs JavaScript.')).toBeVisible();
  await page.locator('#modes details.context > summary').click();
  const field = page.getByRole('slider', { name: 'How far the people concerned can take part online' });
  await expect(field).toBeDisabled();
  await expect(field).toHaveValue(String(POLICING.context.digitalInclusion));
  await context.close();
});
