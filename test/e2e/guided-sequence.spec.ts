// A guided sequence in the built site: stepping through, predicting and revealing, the step and the
// widget's set-up in the URL through Back and Forward, the progress event, axe in both themes, a
// 320-px screen, and the numbered list a reader without JavaScript gets.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { encodeState, evaluateTriangle } from '@evaluation';

const CHAPTER = '/chapters/04-strategic-triangle/';
const ID = 'ch4-guided-triangle-failures';

const sequence = (page: Page) => page.locator(`guided-sequence#${ID}`);
const currentStep = (page: Page) => sequence(page).locator('.gs-step:not([hidden])');
const stepParam = (page: Page) => new URL(page.url()).searchParams.get(ID);
const triangleParam = (page: Page) => new URL(page.url()).searchParams.get('triangle');

async function openSequence(page: Page, query = '') {
  await page.goto(`${CHAPTER}${query}`);
  await sequence(page).scrollIntoViewIfNeeded();
  await expect(sequence(page).locator('.gs-nav')).toBeVisible();
}

test('the reader steps through: predict, lock it in, try, reveal the model’s answer and the explanation', async ({ page }) => {
  await openSequence(page);
  await page.evaluate(() => document.addEventListener('pvc:exercise', (e) => ((window as unknown as { __events: unknown[] }).__events ??= []).push((e as CustomEvent).detail)));
  await expect(sequence(page).locator('.gs-count')).toHaveText('3 steps');
  await expect(sequence(page).locator('.gs-step')).toHaveCount(3);
  await expect(currentStep(page)).toHaveCount(0);
  await sequence(page).getByRole('button', { name: 'Start' }).click();
  await expect(sequence(page).locator('.gs-count')).toHaveText('Step 1 of 3');
  const step = currentStep(page);
  await expect(step.getByRole('heading', { name: 'Capacity without a mandate' })).toBeFocused();
  await expect(step.locator('.gs-explain')).toBeHidden();
  await expect(step.locator('.gs-try')).toBeHidden();

  await step.getByRole('button', { name: 'Lock in my prediction' }).click();
  await expect(step.locator('.gs-verdict')).toHaveText('Choose an answer first.');
  await step.getByRole('radio', { name: 'More engineers, cameras and money' }).check();
  await step.getByRole('button', { name: 'Lock in my prediction' }).click();
  await expect(step.locator('.gs-try')).toBeVisible();
  await expect(step.getByRole('radio', { name: 'More engineers, cameras and money' })).toBeDisabled();
  await step.getByRole('button', { name: 'Show the model’s answer' }).click();
  await expect(step.locator('.gs-verdict')).toHaveText(/^Not quite: Capacity is already the strongest corner/);
  await expect(step.locator('.gs-explain')).toBeVisible();
  await expect(step.locator('.gs-explain')).toContainText(`from ${Math.round(evaluateTriangle({ publicValue: 70, authorisingEnvironment: 25, operationalCapacity: 85 }).realisableValue)} to`);
  await expect(step.getByText('Answers explained')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __events: unknown[] }).__events)).toEqual([
    { id: ID, kind: 'guided-sequence', step: 1, steps: 3, answer: 'More engineers, cameras and money', correct: false },
  ]);
});

test('a slider guess is compared with the model’s figure', async ({ page }) => {
  await openSequence(page, `?${ID}=2`);
  const step = currentStep(page);
  const guess = step.getByRole('slider', { name: /^Predict: If the ministry could bring operational capacity up/ });
  await guess.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(step.locator('output')).toHaveText('80');
  await step.getByRole('button', { name: 'Lock in my prediction' }).press('Enter');
  await step.getByRole('button', { name: 'Show the model’s answer' }).press('Enter');
  await expect(step.locator('.gs-verdict')).toHaveText('You guessed 80; the model says 80: close enough.');
  await expect(step.locator('.gs-answer')).toBeVisible();
});

test('each step sets the widget through the address; the URL records the step, and Back and Forward go through them', async ({ page }) => {
  await openSequence(page);
  await sequence(page).getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => stepParam(page)).toBe('1');
  expect(triangleParam(page)).toBe(encodeState('triangle', { publicValue: 70, authorisingEnvironment: 25, operationalCapacity: 85 }));
  await sequence(page).getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => stepParam(page)).toBe('2');
  expect(triangleParam(page)).toBe(encodeState('triangle', { publicValue: 80, authorisingEnvironment: 80, operationalCapacity: 30 }));
  await expect(sequence(page).locator('.gs-count')).toHaveText('Step 2 of 3');

  const capacity = page.locator('#triangle input[type=range][id$="-operationalCapacity"]');
  await capacity.scrollIntoViewIfNeeded();
  await expect(capacity).toHaveValue('30');

  await page.goBack();
  await expect.poll(() => stepParam(page)).toBe('1');
  await expect(sequence(page).locator('.gs-count')).toHaveText('Step 1 of 3');
  await expect(capacity).toHaveValue('85');
  await page.goForward();
  await expect(sequence(page).locator('.gs-count')).toHaveText('Step 2 of 3');
  await expect(capacity).toHaveValue('30');

  // A shared link opens on its step, with the widget in that step's set-up.
  await page.goto(`${CHAPTER}?${ID}=3&triangle=v1.t.25-75-85#${ID}`);
  await expect(sequence(page).locator('.gs-count')).toHaveText('Step 3 of 3');
  await expect(currentStep(page).getByRole('heading', { name: 'Efficient delivery of something nobody values' })).toBeVisible();
  await expect(sequence(page).getByRole('button', { name: 'Back to the start' })).toBeVisible();
});

test('a step that is not in the sequence opens on its introduction', async ({ page }) => {
  await openSequence(page, `?${ID}=7`);
  await expect(sequence(page).locator('.gs-count')).toHaveText('3 steps');
  await expect(currentStep(page)).toHaveCount(0);
});

test('a sequence with a step revealed passes axe in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await openSequence(page, `?${ID}=1`);
    const step = currentStep(page);
    await step.getByRole('radio', { name: 'Winning over the council, businesses and residents' }).check();
    await step.getByRole('button', { name: 'Lock in my prediction' }).click();
    await step.getByRole('button', { name: 'Show the model’s answer' }).click();
    const results = await new AxeBuilder({ page }).include(`#${ID}`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
  }
});

test('at 320 px each sequence fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const [path, id] of [
    [CHAPTER, ID],
    ['/chapters/06-typology/', 'ch6-guided-three-cases'],
    ['/chapters/09-making-it-work/', 'ch9-guided-achilles-heel'],
  ]) {
    await page.goto(`${path}?${id}=1`);
    const box = await page.locator(`guided-sequence#${id}`).boundingBox();
    expect(box!.x + box!.width, id).toBeLessThanOrEqual(320);
    const wide = await page.locator(`guided-sequence#${id} *`).evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().right > 320.5).map((el) => el.tagName));
    expect(wide, id).toEqual([]);
  }
});

test('without JavaScript the sequence reads as a numbered list, each step with its set-up drawn and its explanation', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const steps = sequence(page).locator('ol.gs-steps > li');
  await expect(steps).toHaveCount(3);
  expect(await sequence(page).locator('ol.gs-steps').evaluate((ol) => getComputedStyle(ol.querySelector('li')!).display)).toBe('list-item');
  for (const [index, title] of ['Capacity without a mandate', 'A mandate without capacity', 'Efficient delivery of something nobody values'].entries()) {
    const step = steps.nth(index);
    await expect(step.getByRole('heading', { name: title })).toBeVisible();
    await expect(step.getByRole('img').first()).toBeVisible();
    await expect(step.locator('figcaption')).toContainText(`Set-up (step ${index + 1} of 3)`);
    await expect(step.locator('.gs-explain')).toBeVisible();
  }
  await expect(sequence(page).locator('.gs-nav')).toBeHidden();
  await expect(sequence(page).getByRole('button', { name: 'Lock in my prediction' }).first()).toBeHidden();
  await context.close();
});
