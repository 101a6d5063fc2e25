// The typology map in the built site: keyboard alone, the URL round trip, Back, a bad link, "check my placement", the embed page and the no-JavaScript view.
import { test, expect, type Page } from '@playwright/test';
import { embedHeights, expectHeightMessages } from './embed';
import { classifyPlacement, decodeState, describeResult as describeResult, encodeState, placeAnswers, type TypologyState } from '@evaluation';
import { typologyWidget } from '@components/typology-map/meta';

const CHAPTER = '/chapters/06-typology/';
const START = typologyWidget.stateFromProps({ caseId: 'care-package-design' });
const noSignals = { resistance: false, conflictingAims: false, divisiveEffects: false };

const widget = (page: Page, id = 'typology') => page.locator(`#${id}`);
const handle = (page: Page, id = 'typology') => widget(page, id).getByRole('slider', { name: /Case marker/ });
const description = (page: Page, id = 'typology') => page.locator(`#${id}-description`);
const stateParam = (page: Page, id = 'typology') => new URL(page.url()).searchParams.get(id);
const text = (state: TypologyState) => describeResult(classifyPlacement(state));

// client:visible hydrates once the widget is in view; until then its controls are disabled.
async function openWidget(page: Page, path = CHAPTER, id = 'typology') {
  await page.goto(path);
  await widget(page, id).scrollIntoViewIfNeeded();
  await expect(handle(page, id)).toBeEnabled();
}

test('the keyboard alone moves the case, and the description and the URL follow', async ({ page }) => {
  await openWidget(page);
  await expect(description(page)).toHaveText(text(START));
  await handle(page).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  const moved = { ...START, locus: Math.round((START.locus + 0.5) * 100) / 100 };
  await expect(description(page)).toHaveText(text(moved));
  await expect(description(page)).toContainText('Quadrant IV, co-innovation.');
  await expect.poll(() => stateParam(page)).toBe(encodeState('typology', moved));
  await expect(widget(page).getByRole('slider', { name: /Locus of co-production/ })).toHaveValue(String(moved.locus));
});

test('answering the questions by keyboard places the case as the model does; Back undoes it', async ({ page }) => {
  await openWidget(page);
  // Radio groups: arrow keys move the choice within a group.
  await widget(page).getByRole('radio', { name: 'One service' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget(page).getByRole('radio', { name: 'The whole system' })).toBeChecked();
  await widget(page).getByRole('radio', { name: 'Improving' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget(page).getByRole('radio', { name: 'Inventing' })).toBeChecked();
  const placed = placeAnswers({ choseToTakePart: 'yes', aware: 'yes', scope: 'system', purpose: 'inventing' });
  const state = { involvement: placed.involvement, locus: placed.locus, coDestruction: noSignals };
  await expect(description(page)).toHaveText(text(state));
  await expect.poll(() => stateParam(page)).toBe(encodeState('typology', state));

  await widget(page).getByRole('checkbox', { name: 'Conflicting aims, or inputs that do not fit' }).focus();
  await page.keyboard.press('Space');
  await expect(description(page)).toContainText('Risk of co-destruction');
  await page.goBack();
  await expect(description(page)).not.toContainText('Risk of co-destruction');
  await expect(description(page)).toHaveText(text(state));
});

test('opening a URL with a state restores it and survives a reload', async ({ page }) => {
  const state: TypologyState = { involvement: 0.1, locus: 0.9, coDestruction: { ...noSignals, resistance: true } };
  await openWidget(page, `${CHAPTER}?typology=${encodeState('typology', state)}#typology`);
  await expect(description(page)).toHaveText(text(state));
  await expect(widget(page).getByRole('checkbox', { name: 'The person resists the service' })).toBeChecked();
  await page.reload();
  await widget(page).scrollIntoViewIfNeeded();
  await expect(description(page)).toHaveText(text(state));
  expect(decodeState('typology', stateParam(page)).state).toEqual(state);
});

test('a bad state in the URL shows a notice and the starting state', async ({ page }) => {
  await openWidget(page, `${CHAPTER}?typology=v1.y.200-0-0`);
  await expect(widget(page).getByRole('alert')).toContainText('Showing the starting state');
  await expect(description(page)).toHaveText(text(START));
});

test('"check my placement" hides the quadrant, then gives feedback with the reasoning and the source', async ({ page }) => {
  await openWidget(page, CHAPTER, 'typology-check');
  const check = widget(page, 'typology-check');
  await expect(check.locator('.check-case')).toContainText('Disabled adults creating alternatives to residential care');
  await expect(check.locator('.check-case')).not.toContainText('co-innovation');
  await handle(page, 'typology-check').focus();
  for (const key of ['Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowRight', 'Shift+ArrowRight']) await page.keyboard.press(key);
  await expect.poll(() => stateParam(page, 'typology-check')).not.toBeNull();
  await check.getByRole('button', { name: 'Check my placement' }).focus();
  await page.keyboard.press('Enter');
  await expect(check.locator('.feedback')).toContainText('Yes: quadrant IV, co-innovation');
  // The book's reasoning and its source follow the verdict (rendered at build time, shown once the reader has checked).
  await expect(check.locator('.feedback-region')).toContainText('Osborne, Radnor & Strokosch (2016), Quadrant IV');
  await expect(check.locator('.feedback-region .case-reading:visible')).toHaveCount(1);
});

test('the embed page posts its height to the parent', async ({ page }) => {
  expectHeightMessages(await embedHeights(page, '/embed/typology/'), 'typology');
});

test('the embed page restores a state from ?state=', async ({ page }) => {
  const state: TypologyState = { involvement: 0.9, locus: 0.1, coDestruction: noSignals };
  await page.goto(`/embed/typology/?state=${encodeState('typology', state)}`);
  // The embed page has one widget and no anchor id (the shell drops it when embedded).
  await expect(page.getByRole('slider', { name: /Case marker/ })).toBeEnabled();
  await expect(page.locator('#state-description')).toHaveText(text(state));
});

test('without JavaScript the page shows the starting placement, its figure and the model’s description', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(widget(page).getByRole('img', { name: /Four-quadrant typology of co-production/ })).toBeVisible();
  await expect(description(page)).toHaveText(text(START));
  await expect(widget(page).getByRole('slider', { name: /Locus of co-production/ })).toBeDisabled();
  await expect(widget(page).getByRole('radio', { name: 'Improving' })).toBeChecked();
  await context.close();
});
