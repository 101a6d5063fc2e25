// The strategic triangle in Chromium: keyboard alone, pointer drag, URL round trip, Back, bad state, embed height, no-JavaScript render.
import { test, expect, type Page } from '@playwright/test';
import { embedHeights, expectHeightMessages } from './embed';
import { describeResult, encodeState, evaluateTriangle, type TriangleInput } from '@evaluation';

const CHAPTER = '/chapters/04-strategic-triangle/';
const START: TriangleInput = { publicValue: 70, authorisingEnvironment: 35, operationalCapacity: 80 };
const startText = describeResult(evaluateTriangle(START));

/** Scrolls the widget into view (it hydrates when visible) and waits for its toolbar. */
async function openWidget(page: Page, url = CHAPTER) {
  await page.goto(url);
  const widget = page.locator('section#triangle');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole('button', { name: 'Reset' })).toBeVisible();
  return widget;
}

const param = (page: Page) => new URL(page.url()).searchParams.get('triangle');

test('by keyboard alone, a corner handle, a slider and a scenario change the description and the URL', async ({ page }) => {
  const widget = await openWidget(page);
  const description = widget.locator('.widget-description');
  await expect(description).toHaveText(startText);

  // Tab into the widget until the authorising-environment handle has focus, then press End.
  const handle = widget.getByRole('slider', { name: 'Authorising environment (drag handle)' });
  await widget.getByRole('button', { name: 'Reset' }).focus();
  for (let i = 0; i < 10 && !(await handle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(handle).toBeFocused();
  await page.keyboard.press('End');
  const raised = { ...START, authorisingEnvironment: 100 };
  await expect(description).toHaveText(describeResult(evaluateTriangle(raised)));
  expect(param(page)).toBe(encodeState('triangle', raised));
  await page.keyboard.press('Shift+ArrowDown');
  await expect(handle).toHaveAttribute('aria-valuenow', '90');

  const slider = widget.getByLabel('Operational capacity', { exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  const lowered = { ...START, authorisingEnvironment: 90, operationalCapacity: 79 };
  await expect(description).toHaveText(describeResult(evaluateTriangle(lowered)));
  await expect.poll(() => param(page)).toBe(encodeState('triangle', lowered));

  await widget.getByRole('button', { name: 'A mandate without capacity' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.locator('.result-card .binding-name')).toContainText('Operational capacity');
  await expect(description).toContainText('The operational capacity is the binding corner');
});

test('dragging a corner handle with the pointer changes its value and the URL', async ({ page }) => {
  const widget = await openWidget(page);
  const handle = widget.getByRole('slider', { name: 'Public value proposition (drag handle)' });
  // Clear of the sticky site header.
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const box = (await handle.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 5, y + 60, { steps: 5 });
  await page.mouse.up();
  const value = Number(await handle.getAttribute('aria-valuenow'));
  expect(value).toBeLessThan(70);
  expect(value).toBeGreaterThan(0);
  await expect.poll(() => param(page)).toBe(encodeState('triangle', { ...START, publicValue: value }));
  await expect(widget.locator('.widget-description')).toHaveText(describeResult(evaluateTriangle({ ...START, publicValue: value })));
});

test('“Keep this as before” overlays the kept configuration and shows both results', async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByRole('button', { name: 'Keep this as ‘before’' }).focus();
  await page.keyboard.press('Enter');
  await widget.getByRole('slider', { name: 'Authorising environment (drag handle)' }).focus();
  await page.keyboard.press('End');
  await expect(widget.locator('svg path.before')).toHaveCount(1);
  await expect(widget.getByRole('region', { name: 'Before: results' })).toContainText(evaluateTriangle(START).explanation);
  await expect(widget.getByRole('region', { name: 'Now: results' })).toContainText(evaluateTriangle({ ...START, authorisingEnvironment: 100 }).explanation);
  await widget.getByRole('button', { name: 'Clear comparison' }).click();
  await expect(widget.locator('svg path.before')).toHaveCount(0);
});

test('a URL with a state restores it, and Back returns to the previous state', async ({ page }) => {
  const state = { publicValue: 80, authorisingEnvironment: 80, operationalCapacity: 30 };
  const widget = await openWidget(page, `${CHAPTER}?triangle=${encodeState('triangle', state)}#triangle`);
  await expect(widget.locator('.widget-description')).toHaveText(describeResult(evaluateTriangle(state)));
  await expect(widget.getByLabel('Operational capacity', { exact: true })).toHaveValue('30');

  await widget.getByRole('button', { name: 'Efficient delivery of something nobody values' }).click();
  await expect(widget.locator('.widget-description')).toContainText('The public value proposition is the binding corner');
  await page.goBack();
  await expect(widget.locator('.widget-description')).toHaveText(describeResult(evaluateTriangle(state)));
  expect(param(page)).toBe(encodeState('triangle', state));
});

test('a bad state in the URL shows a notice and the starting state', async ({ page }) => {
  const widget = await openWidget(page, `${CHAPTER}?triangle=v1.t.101-0-0`);
  await expect(widget.getByRole('alert')).toContainText('could not be read');
  await expect(widget.locator('.widget-description')).toHaveText(startText);
});

test('the embed page restores its state and posts its height to the parent', async ({ page }) => {
  const state = { publicValue: 25, authorisingEnvironment: 75, operationalCapacity: 85 };
  expectHeightMessages(await embedHeights(page, `/embed/triangle/?state=${encodeState('triangle', state)}`), 'triangle');
  await expect(page.frameLocator('iframe').locator('.widget-description')).toHaveText(describeResult(evaluateTriangle(state)));
});

test('without JavaScript the chapter shows the starting triangle and its description', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const widget = page.locator('section#triangle');
  await expect(widget.locator('svg[role="img"] desc')).toContainText('The binding corner is the authorising environment');
  await expect(widget.locator('svg path.now')).toHaveCount(1);
  await expect(widget.locator('.widget-description')).toHaveText(startText);
  await expect(widget.getByLabel('Authorising environment', { exact: true })).toBeDisabled();
  await expect(widget.getByLabel('Authorising environment', { exact: true })).toHaveValue('35');
  await context.close();
});
