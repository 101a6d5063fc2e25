// The capacity matrix in Chromium: keyboard alone, URL round trip, Back, bad state, embed height, no-JavaScript render.
import { test, expect, type Page } from '@playwright/test';
import { embedHeights, expectHeightMessages } from './embed';
import { CAPACITY_CELLS, describeResult, encodeState, evaluateCapacities, type CapacityRatings } from '@evaluation';

const CHAPTER = '/chapters/09-making-it-work/';
const START = Object.fromEntries(CAPACITY_CELLS.map((c) => [c, 3])) as CapacityRatings;
const startText = describeResult(evaluateCapacities(START));

/** Scrolls the widget into view (it hydrates when visible) and waits for its toolbar. */
async function openWidget(page: Page, url = CHAPTER) {
  await page.goto(url);
  const widget = page.locator('section#capacities');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole('button', { name: 'Reset' })).toBeVisible();
  return widget;
}

const param = (page: Page) => new URL(page.url()).searchParams.get('capacities');

test('by keyboard alone, a rating select and a profile change the description and the URL', async ({ page }) => {
  const widget = await openWidget(page);
  const description = widget.locator('.widget-description');
  await expect(description).toHaveText(startText);

  // Tab from the first profile button to the organisational-operational select, then lower it by two levels.
  const select = widget.getByRole('combobox', { name: 'Operational capacity, organisational level' });
  await widget.getByRole('button', { name: 'All middling' }).focus();
  for (let i = 0; i < 14 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue('1');
  const weak = { ...START, 'operational.organisational': 1 } as CapacityRatings;
  await expect(description).toHaveText(describeResult(evaluateCapacities(weak)));
  // Two quick key presses: the address follows within the move interval.
  await expect.poll(() => param(page)).toBe(encodeState('capacities', { ratings: weak }));
  const cell = widget.locator('[data-cell="operational.organisational"]');
  await expect(cell).toContainText('▼ weakest · gap 2');
  await expect(cell).toContainText('⚠ Achilles heel');
  await expect(widget.getByRole('heading', { name: /Achilles heel: flagged/ })).toBeVisible();

  await widget.getByRole('button', { name: 'Strong across the board' }).focus();
  await page.keyboard.press('Enter');
  await expect(description).toContainText('No gaps: every rated cell meets its target.');
  await expect.poll(() => param(page)).toBe(encodeState('capacities', { ratings: Object.fromEntries(CAPACITY_CELLS.map((c) => [c, 4])) as CapacityRatings }));
});

test('a URL with a state restores it, and Back returns to the previous state', async ({ page }) => {
  const ratings = { ...START, 'political.systemic': 1, 'analytical.individual': 2 } as CapacityRatings;
  const widget = await openWidget(page, `${CHAPTER}?capacities=${encodeState('capacities', { ratings })}#capacities`);
  await expect(widget.locator('.widget-description')).toHaveText(describeResult(evaluateCapacities(ratings)));
  await expect(widget.getByRole('combobox', { name: 'Political capacity, systemic level' })).toHaveValue('1');

  await widget.getByRole('button', { name: 'Strong staff, weak organisation' }).click();
  await expect(widget.locator('[data-cell="operational.organisational"]')).toContainText('Achilles heel');
  await page.goBack();
  await expect(widget.locator('.widget-description')).toHaveText(describeResult(evaluateCapacities(ratings)));
});

test('a bad state in the URL shows a notice and the starting state', async ({ page }) => {
  const widget = await openWidget(page, `${CHAPTER}?capacities=v1.c.12345`);
  await expect(widget.getByRole('alert')).toContainText('could not be read');
  await expect(widget.locator('.widget-description')).toHaveText(startText);
});

test('the embed page restores its state and posts its height to the parent', async ({ page }) => {
  const ratings = { ...START, 'operational.organisational': 2 } as CapacityRatings;
  expectHeightMessages(await embedHeights(page, `/embed/capacities/?state=${encodeState('capacities', { ratings })}`), 'capacities');
  await expect(page.frameLocator('iframe').locator('.widget-description')).toHaveText(describeResult(evaluateCapacities(ratings)));
});

test('without JavaScript the chapter shows the starting matrix and its description', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const widget = page.locator('section#capacities');
  await expect(widget.locator('svg[role="img"]').first().locator('desc')).toContainText('operational capacity, organisational level: 3 of 5');
  await expect(widget.locator('[data-cell]')).toHaveCount(9);
  await expect(widget.locator('.widget-description')).toHaveText(startText);
  const select = widget.getByRole('combobox', { name: 'Operational capacity, organisational level' });
  await expect(select).toBeDisabled();
  await expect(select).toHaveValue('3');
  await context.close();
});
