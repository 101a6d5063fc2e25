// The mode balancer in the built site: keyboard alone, the URL round trip, Back, a bad link, the embed page and the no-JavaScript view.
import { test, expect, type Page } from '@playwright/test';
import { embedHeights, expectHeightMessages } from './embed';
import AxeBuilder from '@axe-core/playwright';
import { decodeState, describeResult as describeResult, encodeState, evaluateMix, findBalancedConfiguration, findPreset } from '@evaluation';

const CHAPTER = '/chapters/07-modes-of-production/';
const RECYCLING = findPreset('recycling-collection')!;

const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });
const description = (page: Page, id = 'modes') => page.locator(`#${id}-description`);
const stateParam = (page: Page) => new URL(page.url()).searchParams.get('modes');

// client:visible hydrates once the widget is in view; until then its controls are disabled.
async function openWidget(page: Page, path = CHAPTER) {
  await page.goto(path);
  await slider(page, 'Bureaucracy').scrollIntoViewIfNeeded();
  await expect(slider(page, 'Bureaucracy')).toBeEnabled();
}

test('the keyboard alone moves a mode, and the description and the URL follow', async ({ page }) => {
  await openWidget(page);
  await expect(description(page)).toHaveText(describeResult(evaluateMix(RECYCLING.startingMix, RECYCLING.context)));
  await page.getByRole('combobox', { name: 'Service' }).focus();
  // Tab from the preset, past the source link, to the first slider.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(slider(page, 'Bureaucracy')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const mix = { bureaucracy: 72, innersourcing: 0, crowdsourcing: 28, opensourcing: 0 };
  await expect(slider(page, 'Crowdsourcing')).toHaveValue('28');
  await expect(description(page)).toHaveText(describeResult(evaluateMix(mix, RECYCLING.context)));
  await expect.poll(() => stateParam(page)).toBe(encodeState('modes', { preset: 'recycling-collection', context: RECYCLING.context, mix }));
});

test('Space locks a mode, which then keeps its share while another moves', async ({ page }) => {
  await openWidget(page, `${CHAPTER}?modes=${encodeState('modes', { preset: 'recycling-collection', context: RECYCLING.context, mix: { bureaucracy: 40, innersourcing: 20, crowdsourcing: 20, opensourcing: 20 } })}`);
  await page.getByRole('checkbox', { name: 'Lock Crowdsourcing' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Lock Crowdsourcing' })).toBeChecked();
  await expect(slider(page, 'Crowdsourcing')).toBeDisabled();
  await slider(page, 'Bureaucracy').focus();
  await page.keyboard.press('End');
  await expect(slider(page, 'Bureaucracy')).toHaveValue('80');
  await expect(slider(page, 'Crowdsourcing')).toHaveValue('20');
  await expect(slider(page, 'Innersourcing')).toHaveValue('0');
});

test('a preset chosen by keyboard and the balanced configuration are history entries that Back undoes', async ({ page }) => {
  await openWidget(page);
  const select = page.getByRole('combobox', { name: 'Service' });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('developer-pooling');
  const pooling = findPreset('developer-pooling')!;
  await expect(slider(page, 'Innersourcing')).toHaveValue(String(pooling.startingMix.innersourcing));
  await expect.poll(() => stateParam(page)).toContain('developer-pooling');

  await page.getByRole('button', { name: 'Show a balanced configuration' }).focus();
  await page.keyboard.press('Enter');
  const balance = findBalancedConfiguration(pooling.context);
  await expect(slider(page, 'Innersourcing')).toHaveValue(String(balance.best.mix.innersourcing));
  await expect(page.getByText(describeResult(balance))).toBeVisible();
  await expect(description(page)).toHaveText(describeResult(balance.best));

  await page.goBack();
  await expect(slider(page, 'Innersourcing')).toHaveValue(String(pooling.startingMix.innersourcing));
  await page.goBack();
  await expect(select).toHaveValue('recycling-collection');
  await expect(slider(page, 'Bureaucracy')).toHaveValue(String(RECYCLING.startingMix.bureaucracy));
});

test('opening a URL with a state restores it, context included, and survives a reload', async ({ page }) => {
  const state = { preset: 'recycling-collection', context: { ...RECYCLING.context, digitalInclusion: 0.15 }, mix: { bureaucracy: 30, innersourcing: 10, crowdsourcing: 40, opensourcing: 20 } };
  const encoded = encodeState('modes', state);
  await openWidget(page, `${CHAPTER}?modes=${encoded}#modes`);
  await expect(slider(page, 'Crowdsourcing')).toHaveValue('40');
  await expect(description(page)).toHaveText(describeResult(evaluateMix(state.mix, state.context)));
  await expect(page.getByText('Digital divide.', { exact: false }).first()).toBeVisible();
  await page.reload();
  await slider(page, 'Bureaucracy').scrollIntoViewIfNeeded();
  await expect(slider(page, 'Opensourcing')).toHaveValue('20');
  expect(decodeState('modes', stateParam(page)).state).toEqual(state);
});

test('a bad state in the URL shows a notice and the starting state', async ({ page }) => {
  await openWidget(page, `${CHAPTER}?modes=v1.m.nowhere.100-0-0-0`);
  await expect(page.locator('#modes').getByRole('alert')).toContainText('could not be read');
  await expect(slider(page, 'Bureaucracy')).toHaveValue(String(RECYCLING.startingMix.bureaucracy));
});

test('chapter 4 starts the balancer on neighbourhood policing', async ({ page }) => {
  const policing = findPreset('neighbourhood-policing')!;
  await openWidget(page, '/chapters/04-strategic-triangle/');
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveValue('neighbourhood-policing');
  await expect(description(page)).toHaveText(describeResult(evaluateMix(policing.startingMix, policing.context)));
});

test('the embed page posts its height to the parent', async ({ page }) => {
  expectHeightMessages(await embedHeights(page, '/embed/modes/'), 'modes');
});

test('without JavaScript the page shows the starting mix, its figures and the model’s description', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const widget = page.locator('#modes');
  await expect(widget.getByRole('img', { name: /mix of modes/ })).toBeVisible();
  await expect(widget.getByRole('img', { name: /Public-value dimensions/ })).toBeVisible();
  await expect(description(page)).toHaveText(describeResult(evaluateMix(RECYCLING.startingMix, RECYCLING.context)));
  await expect(slider(page, 'Bureaucracy')).toBeDisabled();
  await expect(slider(page, 'Bureaucracy')).toHaveValue(String(RECYCLING.startingMix.bureaucracy));
  await context.close();
});

test('the hydrated widget, with every disclosure open and warnings shown, passes axe in both themes', async ({ page }) => {
  const state = { preset: 'car-pooling', context: { ...findPreset('car-pooling')!.context, digitalInclusion: 0.1 }, mix: { bureaucracy: 10, innersourcing: 0, crowdsourcing: 30, opensourcing: 60 } };
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await openWidget(page, `/embed/modes/?state=${encodeState('modes', state)}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('button', { name: 'Show a balanced configuration' }).press('Enter');
    await page.locator('.widget details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await new AxeBuilder({ page }).include('.widget').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
  }
});
