// Guided sequences in the reader's progress and the course kit, end to end: a student predicts in the chapter 4
// sequence, reloads and sees what they predicted, sees it on My progress; a lecturer's assignment holds the sequence
// and ticks it once every step is predicted; the hand-in carries the predictions and the review counts, per step, whose
// first prediction the model bore out. Damaged sequence data in a hand-in or a progress file is named and left out.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const CHAPTER = '/chapters/04-strategic-triangle/';
const ID = 'ch4-guided-triangle-failures';
const TITLE = 'Three ways a triangle fails';
const STEP_1_WRONG = 'More engineers, cameras and money';
const STEP_1_RIGHT = 'Winning over the council, businesses and residents';
const STEP_3_RIGHT = 'Very little: what holds value back is the proposition';

const sequence = (page: Page) => page.locator(`guided-sequence#${ID}`);
const currentStep = (page: Page) => sequence(page).locator('.gs-step:not([hidden])');

async function expectAxeCleanInBothThemes(page: Page, what: string) {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `${what}, ${theme} theme`).toEqual([]);
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
}

async function expectToFit(page: Page, what: string) {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${what} at ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Predicts in the step shown (a choice, or a number on the slider), locks it in and reveals the model's answer. */
async function predict(page: Page, answer: string | number) {
  const step = currentStep(page);
  if (typeof answer === 'string') await step.getByRole('radio', { name: answer }).check();
  else await step.getByRole('slider').fill(String(answer));
  await step.getByRole('button', { name: 'Lock in my prediction' }).click();
  await step.getByRole('button', { name: 'Show the model’s answer' }).click();
  await expect(step.locator('.gs-verdict')).not.toBeEmpty();
}

test('a guided sequence is kept, shown on return and on My progress, ticked on an assignment, handed in and counted in the review', async ({ browser }) => {
  test.setTimeout(180_000);
  // The lecturer builds an assignment holding the sequence.
  const lecturer = await (await browser.newContext()).newPage();
  await lecturer.goto('/assignments/');
  await expect(lecturer.locator('.builder[data-ready="true"]')).toBeVisible();
  await lecturer.getByLabel('Title', { exact: true }).fill('Week 4: the triangle');
  await lecturer.getByRole('button', { name: `Add guided sequence: ${TITLE}` }).click();
  await expect(lecturer.getByRole('status').filter({ hasText: `Added “${TITLE}” as item 1.` })).toHaveCount(1);
  await expect(lecturer.getByRole('button', { name: `Added guided sequence: ${TITLE}` })).toBeDisabled();
  await expect(lecturer.locator('.item-list > li').first()).toContainText('Guided sequence · 3 steps');
  await expect(lecturer.locator('.handout')).toContainText(`${CHAPTER}#${ID}`);
  await expectAxeCleanInBothThemes(lecturer, 'the builder with a guided sequence');
  const address = await lecturer.locator('#assignment-link').inputValue();

  // The student predicts step 1 wrongly, then reloads: the step says what they predicted.
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(address).origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(address);
  await expect(page.locator('.assignment[data-ready="true"]')).toBeVisible();
  const item = page.locator('ol.items > li').first();
  await expect(item).toHaveAttribute('data-done', 'false');
  await item.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${CHAPTER}#${ID}$`));
  await sequence(page).getByRole('button', { name: 'Start' }).click();
  await predict(page, STEP_1_WRONG);
  await expect.poll(() => page.evaluate((id) => JSON.parse(localStorage.getItem('pvc-progress') ?? '{}').sequences?.[id]?.steps, ID)).toEqual({
    1: { first: STEP_1_WRONG, firstRight: false, last: STEP_1_WRONG, right: false, tries: 1 },
  });
  await page.reload();
  await expect(sequence(page).locator('.gs-count')).toHaveText('Step 1 of 3');
  await expect(currentStep(page).locator('.gs-previous')).toHaveText(`Your last prediction, “${STEP_1_WRONG}”, was not borne out by the model.`);
  await expectAxeCleanInBothThemes(page, 'the chapter with a step predicted before');
  await expectToFit(page, 'the chapter with a step predicted before');

  // My progress counts it: chapter 4 has two sequences of three steps each.
  await page.goto('/progress/');
  await expect(page.locator('.my-progress[data-ready="true"]')).toBeVisible();
  const row = page.getByRole('row', { name: /^4\. Public value and the strategic triangle/ });
  await expect(row.locator('td').nth(7)).toHaveText('0 of 2');
  await expect(row.locator('td').nth(8)).toHaveText('1 of 6');
  await expect(page.locator('.totals')).toContainText('0 of 5 guided sequences done');

  // On the assignment: not yet done, the prediction shown.
  await page.goto(address);
  await expect(item).toHaveAttribute('data-done', 'false');
  await expect(item).toContainText(`You predicted: ${STEP_1_WRONG} (not borne out by the model).`);

  // The other two steps, then step 1 again, rightly.
  await page.goto(`${CHAPTER}?${ID}=2#${ID}`);
  await predict(page, 80);
  await sequence(page).getByRole('button', { name: 'Next step' }).click();
  await predict(page, STEP_3_RIGHT);
  await page.goto(`${CHAPTER}?${ID}=1#${ID}`);
  await predict(page, STEP_1_RIGHT);

  await page.goto('/progress/');
  await expect(row.locator('td').nth(7)).toHaveText('1 of 2');
  await expect(row.locator('td').nth(8)).toHaveText('3 of 6');
  await expect(page.locator('.totals')).toContainText('1 of 5 guided sequences done');
  await expectAxeCleanInBothThemes(page, 'My progress with a guided sequence');

  await page.goto(address);
  await expect(page.getByText('(1 of 1 done)')).toBeVisible();
  await expect(item).toHaveAttribute('data-done', 'true');
  await expect(item).toContainText(`Last prediction: ${STEP_1_RIGHT} (borne out), after 2 tries.`);
  await expect(item).toContainText('You predicted: 80 (borne out by the model).');
  await expectAxeCleanInBothThemes(page, 'the assignment page with predictions');
  await expectToFit(page, 'the assignment page with predictions');
  await page.getByLabel('Your name, as your lecturer should see it').fill('Ana García');
  await page.getByLabel('Your name, as your lecturer should see it').blur();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my work' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const handIn = JSON.parse(text);
  expect(handIn.items[0]).toMatchObject({ ref: `sequence:${ID}`, done: true });
  expect(handIn.items[0].predictions.map((p: { step: number; first: string; firstRight: boolean }) => [p.step, p.first, p.firstRight])).toEqual([
    [1, STEP_1_WRONG, false],
    [2, '80', true],
    [3, STEP_3_RIGHT, true],
  ]);
  expect(foreign).toEqual([]);
  await context.close();

  // The review: Ana's hand-in, a second student who predicted step 1 rightly first time, and a third whose file has a
  // damaged prediction (read in part).
  const ben = { ...handIn, student: { name: 'Ben', reader: 'r-ben' }, items: [{ ...handIn.items[0], predictions: handIn.items[0].predictions.map((p: object, i: number) => (i === 0 ? { ...p, first: STEP_1_RIGHT, firstRight: true } : p)) }] };
  const cy = { ...handIn, student: { name: 'Cy', reader: 'r-cy' }, items: [{ ...handIn.items[0], predictions: handIn.items[0].predictions.map((p: object, i: number) => (i === 2 ? { ...p, firstRight: 'yes' } : p)) }] };
  const link = new URL(address).searchParams.get('a')!;
  await lecturer.goto(`/assignments/review/?a=${link}`);
  await expect(lecturer.locator('.review[data-ready="true"]')).toBeVisible();
  await lecturer.locator('.review input[type=file]').setInputFiles(
    [
      [download.suggestedFilename(), text],
      ['ben.json', JSON.stringify(ben)],
      ['cy.json', JSON.stringify(cy)],
    ].map(([name, body]) => ({ name: name!, mimeType: 'application/json', buffer: Buffer.from(body!) })),
  );
  await expect(lecturer.getByTestId('accepted-count')).toHaveText('3');
  await expect(lecturer.locator('.set-aside').filter({ hasText: 'Files read in part (1)' })).toContainText(
    `cy.json: accepted, but what could not be read was left out ("items[0].predictions[2].firstRight" is not true or false; that step's predictions were left out).`,
  );
  const overview = lecturer.locator('.item-review');
  await expect(overview.locator('.completion')).toContainText('3 of 3 completed');
  await expect(overview.locator('.borne-out')).toHaveText([
    'Step 1, Capacity without a mandate: the model bore out 1 of 3 first predictions.',
    'Step 2, A mandate without capacity: the model bore out 3 of 3 first predictions.',
    'Step 3, Efficient delivery of something nobody values: the model bore out 2 of 2 first predictions.',
  ]);
  const step1 = overview.locator('table.distribution').first();
  await expect(step1.locator('tr.right th')).toHaveText(`${STEP_1_RIGHT} (borne out by the model)`);
  await expect(step1.locator('tr.right td')).toHaveText(['1', '3']);
  await expect(step1.locator('tbody tr').filter({ hasText: STEP_1_WRONG }).locator('td')).toHaveText(['2', '0']);
  await expectAxeCleanInBothThemes(lecturer, 'the review with guided steps');
  await expectToFit(lecturer, 'the review with guided steps');

  const [csv] = await Promise.all([lecturer.waitForEvent('download'), lecturer.getByRole('button', { name: 'Export CSV for the gradebook' }).click()]);
  const [header, ...rows] = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
  expect(header).toContain('Guided steps borne out first time,Guided steps predicted,');
  expect(header).toContain(`1. ${TITLE} — step 1 first prediction`);
  expect(rows.map((r) => r.split(',').slice(8, 10).join(','))).toEqual(['2,3', '3,3', '1,2']);
  expect(rows[0]).toMatch(new RegExp(`,1,"${STEP_1_WRONG}",80,${STEP_3_RIGHT}$`));
});

test('a progress file with a damaged guided sequence imports everything else, and says what it left out', async ({ page }) => {
  const at = '2025-03-10T10:00:00.000Z';
  const step = { first: 'A', firstRight: true, last: 'A', right: true, tries: 1 };
  const file = {
    format: 'pvc-progress',
    version: 1,
    savedAt: at,
    progress: {
      reader: 'r-file',
      name: 'Ana',
      chapters: { '04-strategic-triangle': { opened: at, seen: [] } },
      exercises: {},
      setups: {},
      sequences: {
        [ID]: { chapter: '04-strategic-triangle', at, steps: { 1: step, 2: { ...step, first: 80, last: 80 }, 3: step } },
        'ch4-guided-policing': { chapter: '04-strategic-triangle', at, steps: { 1: { ...step, tries: 'many' } } },
      },
      last: null,
    },
  };
  await page.goto('/progress/');
  await expect(page.locator('.my-progress[data-ready="true"]')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('status')).toContainText(
    'Imported “mine.json”: 1 chapter, 0 exercises and 1 guided sequence merged with this browser’s progress. 1 record could not be read and was left out (sequences.ch4-guided-policing: "steps" is not valid).',
  );
  const row = page.getByRole('row', { name: /^4\. Public value and the strategic triangle/ });
  await expect(row.locator('td').nth(7)).toHaveText('1 of 2');
  await expect(row.locator('td').nth(8)).toHaveText('3 of 6');
  // The chapter page shows what was imported.
  await page.goto(`${CHAPTER}?${ID}=2#${ID}`);
  await expect(currentStep(page).locator('.gs-previous')).toHaveText('Your last prediction, 80, was borne out by the model.');
});
