// The course kit end to end: a lecturer builds an assignment; a student, in a fresh browser, works through it (reading, a
// quick check wrong then right, an essay answer, a widget set-up), reloads, and hands in a file; the lecturer imports it
// with damaged, foreign and duplicate files and sees the class overview; 200 hand-ins are imported and timed.
import { readFileSync } from 'node:fs';
import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const CHAPTER = '/chapters/07-modes-of-production/';

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function expectAxeCleanInBothThemes(page: Page, what: string) {
  expect(await axeViolations(page), `${what}, light theme`).toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await axeViolations(page), `${what}, dark theme`).toEqual([]);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
}

/** Builds the test's assignment in the builder, by the controls a lecturer uses, and returns the address students open. */
async function buildAssignment(page: Page): Promise<string> {
  await page.goto('/assignments/');
  await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Week 3: modes of production');
  await page.getByLabel('Due (in words)').fill('Friday 14 March');
  await page.getByLabel('Instructions').fill('Read the section, answer the quick check, write the essay, try the widget.');
  await page.locator('#pick-chapter').selectOption('07-modes-of-production');
  await page.locator('#pick-section').selectOption({ label: 'Balancing the modes' });
  await page.getByRole('button', { name: 'Add reading' }).click();
  await page.locator('#pick-filter-chapter').selectOption('07-modes-of-production');
  await page.locator('#pick-filter-kind').selectOption('quick-check');
  await expect(page.getByText('Showing 3 of')).toBeVisible();
  await page.getByRole('button', { name: 'Add exercise: Which mode is car-pooling?' }).click();
  await page.locator('#pick-filter-kind').selectOption('essay');
  await page.getByRole('button', { name: 'Add exercise: Should the administration become a platform?' }).click();
  await page.locator('#pick-widget').selectOption('modes');
  await page.locator('#pick-choice').selectOption('car-pooling');
  await page.locator('#pick-host').selectOption({ label: '7. Modes of production' });
  await page.getByRole('button', { name: 'Add set-up', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'as item 4' })).toHaveCount(1);
  // The quick check goes first: moved up with the keyboard, focus following the item.
  const up = page.getByRole('button', { name: 'Move “Which mode is car-pooling?” up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-list > li').first()).toContainText('Which mode is car-pooling?');
  await expect(page.getByRole('button', { name: 'Move “Which mode is car-pooling?” down' })).toBeFocused();
  await page.getByLabel('Note for students (optional)').first().fill('Before you read Table 1.');
  const address = await page.locator('#assignment-link').inputValue();
  expect(address).toMatch(/\/assignment\/\?a=1\.[0-9a-z]+\.[A-Za-z0-9_.-]+$/);
  // The builder keeps the draft in its own address (written at most every 300 ms while typing): a reload brings it back.
  await expect(page).toHaveURL(`/assignments/?a=${new URL(address).searchParams.get('a')}`);
  await page.reload();
  await expect(page.locator('#assignment-link')).toHaveValue(address);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Week 3: modes of production');
  await expect(page.locator('.handout')).toContainText('Before you read Table 1.');
  await expect(page.locator('#assignment-snippet')).toHaveValue(new RegExp(`^<p><strong><a href="${address.replace(/[.?]/g, '\\$&')}" target="_blank"`));
  await expectAxeCleanInBothThemes(page, 'the builder with an assignment');
  return address;
}

/** The student's journey; returns the hand-in file's name and text. */
async function studentWorks(browser: Browser, address: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(address).origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(address);
  await expect(page.locator('.assignment[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3: modes of production');
  await expect(page.getByText('(0 of 4 done)')).toBeVisible();
  const items = page.locator('ol.items > li');
  await expect(items).toHaveCount(4);

  // 1. The quick check, answered wrongly, then rightly.
  await items.nth(0).getByRole('link', { name: 'Which mode is car-pooling?' }).click();
  await expect(page).toHaveURL(/#ch7-table1-example$/);
  const check = page.locator('#ch7-table1-example quick-check');
  const right = await check.locator('li[data-verdict="correct"]').getAttribute('data-choice');
  const wrong = right === '0' ? '1' : '0';
  await check.locator(`input[value="${wrong}"]`).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.qc-feedback')).toHaveAttribute('data-state', 'incorrect');
  await check.locator(`input[value="${right}"]`).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.qc-feedback')).toHaveAttribute('data-state', 'correct');

  // 2. The section, read to its end (the next section's heading reached).
  await page.goto(address);
  await items.nth(1).getByRole('link', { name: 'Balancing the modes' }).click();
  await expect(page).toHaveURL(/#balancing-the-modes$/);
  await page.locator('#platforms-and-their-governance').scrollIntoViewIfNeeded();

  // 3. The essay, written in the box under the task.
  const essay = page.locator('#ch7-platform-essay');
  const box = essay.getByLabel('Your answer (kept in this browser only)');
  await box.scrollIntoViewIfNeeded();
  await box.fill('A platform, but one that keeps equal access: the administration sets the rules and watches the divide.');
  await expect(essay.locator('.answer-status')).toHaveText('Saved in this browser.');

  // 4. The widget, opened in the lecturer's set-up and changed by keyboard.
  await page.goto(address);
  await items.nth(3).getByRole('link').click();
  await expect(page).toHaveURL(/\?modes=v2\.m\.[0-9-]+\.car-pooling\./);
  const slider = page.getByRole('slider', { name: 'Bureaucracy', exact: true });
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeEnabled();
  const start = Number(await slider.inputValue());
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const bureaucracy = start + 2;
  await expect(slider).toHaveValue(String(bureaucracy));
  await expect(page).toHaveURL(new RegExp(`\\?modes=v2\\.m\\.[0-9-]+\\.car-pooling\\.${bureaucracy}-`));
  const reached = new URL(page.url()).searchParams.get('modes');

  // A reload keeps everything: the widget state in the address, the essay in its box, the quick check's last answer.
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Bureaucracy', exact: true })).toHaveValue(String(bureaucracy));
  await expect(page.locator('#ch7-platform-essay textarea')).toHaveValue(/^A platform, but one that keeps equal access/);
  await expect(page.locator(`#ch7-table1-example input[value="${right}"]`)).toBeChecked();
  await expect(page.locator('#ch7-table1-example .qc-previous')).toHaveText('Your last answer was right.');
  // The sidebar ticks the chapter's exercises tried.
  await expect(page.locator('.sidebar [data-progress-chapter="07-modes-of-production"]')).toHaveText(/2\/5$/);

  // Back on the assignment: every item ticked, the answers inline; then the hand-in.
  await page.goto(address);
  await expect(page.getByText('(4 of 4 done)')).toBeVisible();
  await expect(items.nth(0)).toContainText('First try:');
  await expect(items.nth(0)).toContainText('(not right)');
  await expect(items.nth(0)).toContainText('after 2 tries');
  await expect(items.nth(2).locator('textarea')).toHaveValue(/^A platform, but one that keeps equal access/);
  await expect(items.nth(3)).toContainText('State you reached: Mode balancer: Car-pooling');
  await expectAxeCleanInBothThemes(page, 'the assignment page with work done');
  await page.getByLabel('Your name, as your lecturer should see it').fill('Ana García');
  await page.getByLabel('Your name, as your lecturer should see it').blur();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my work' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded “hand-in-week-3-modes-of-production-ana-garcia-' })).toHaveCount(1);
  const text = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file.student.name).toBe('Ana García');
  expect(file.items.map((i: { done: boolean }) => i.done)).toEqual([true, true, true, true]);
  expect(file.items[0].checks[0]).toMatchObject({ firstRight: false, right: true, tries: 2 });
  expect(file.items[3].reached).toBe(reached);

  // My progress shows the same, with the essay among the written answers.
  await page.goto('/progress/');
  await expect(page.locator('.my-progress[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('row', { name: /7\. Modes of production/ })).toContainText('2 of 5');
  await expect(page.locator('.answers')).toContainText('A platform, but one that keeps equal access');
  await expectAxeCleanInBothThemes(page, 'My progress with progress');
  expect(foreign).toEqual([]);
  await context.close();
  return { name: download.suggestedFilename(), text, bureaucracy };
}

test('a lecturer builds an assignment, a student works through it and hands in, and the lecturer reviews the class', async ({ browser }) => {
  test.setTimeout(180_000);
  const lecturer = await browser.newContext();
  const page = await lecturer.newPage();
  const address = await buildAssignment(page);
  const handIn = await studentWorks(browser, address);

  const link = new URL(address).searchParams.get('a')!;
  const submission = JSON.parse(handIn.text);
  const foreign = JSON.stringify({ ...submission, assignment: { ...submission.assignment, id: 'zz9zz', title: 'Week 9' }, student: { name: 'Ben', reader: 'r-ben' } });
  const later = JSON.stringify({ ...submission, handedInAt: new Date(Date.parse(submission.handedInAt) + 60_000).toISOString() });
  await page.goto(`/assignments/review/?a=${link}`);
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await expect(page.getByText('Week 3: modes of production', { exact: true })).toBeVisible();
  const files = (list: [string, string][]) => list.map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) }));
  await page.locator('.review input[type=file]').setInputFiles(files([[handIn.name, handIn.text], ['cut-short.json', handIn.text.slice(0, 200)], ['week-9.json', foreign], ['essay.docx', 'PK\u0003\u0004 not a hand-in']]));
  await expect(page.getByTestId('accepted-count')).toHaveText('1');
  const aside = page.locator('.set-aside');
  await expect(aside).toContainText('cut-short.json: Not read: it is not a hand-in file: its text is not JSON');
  await expect(aside).toContainText('week-9.json: For another assignment: “Week 9” (zz9zz)');
  await expect(aside).toContainText('essay.docx: Not read');
  // A second hand-in by the same student replaces the first, which is set aside, not lost.
  await page.locator('.review input[type=file]').setInputFiles(files([['ana-final.json', later]]));
  await expect(page.getByTestId('accepted-count')).toHaveText('1');
  await expect(aside).toContainText(`${handIn.name}: Duplicate: an earlier hand-in by the same student (Ana García); “ana-final.json” is the later one`);

  const overview = page.locator('.item-review');
  await expect(overview).toHaveCount(4);
  for (let i = 0; i < 4; i++) await expect(overview.nth(i).locator('.completion')).toContainText('1 of 1 completed (100 %)');
  const distribution = overview.nth(0).locator('table.distribution');
  await expect(distribution.locator('tr.right td')).toHaveText(['0', '1']);
  await expect(distribution.locator('tbody tr:not(.right)').filter({ hasText: /^.+1\s*0$/ })).toHaveCount(1);
  await expect(overview.nth(2).locator('.answer')).toContainText('Ana García');
  await expect(overview.nth(2).locator('.answer')).toContainText('A platform, but one that keeps equal access');
  await expect(overview.nth(3).locator('svg.mix-spread desc')).toContainText(`Bureaucracy: from ${handIn.bureaucracy} to ${handIn.bureaucracy} %, average ${handIn.bureaucracy} %`);
  await expectAxeCleanInBothThemes(page, 'the review with hand-ins');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV for the gradebook' }).click()]);
  const rows = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
  expect(rows).toHaveLength(2);
  expect(rows[1]).toMatch(/^Ana García,ana-final\.json,[^,]+,4,4,0,1,1,/);
  await lecturer.close();
});

test('200 hand-ins are imported at once, and the time it takes is printed', async ({ page }) => {
  test.setTimeout(120_000);
  const address = await buildAssignment(page);
  const link = new URL(address).searchParams.get('a')!;
  // A template hand-in: built in the page by the book's own code path is slow to repeat, so one is shaped by hand from a real one.
  await page.goto(address);
  await expect(page.locator('.assignment[data-ready="true"]')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my work' }).click()]);
  const template = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const setup = template.items[3].ref.split('|').at(-1) as string;
  await page.goto(CHAPTER);
  const checkName = await page.locator('#ch7-table1-example input[type=radio]').first().getAttribute('name');
  const files = Array.from({ length: 200 }, (_, n) => {
    const bureaucracy = (n * 5) % 100;
    const mix = `${bureaucracy}-0-${100 - bureaucracy}-0`;
    const reached = setup.replace(/\.\d+-\d+-\d+-\d+(\.|$)/, `.${mix}$1`);
    const file = {
      ...template,
      student: { name: `Student ${n + 1}`, reader: `r-class-${n}` },
      items: template.items.map((item: Record<string, unknown>, i: number) => ({
        ...item,
        done: (n + i) % 3 !== 0,
        ...(i === 0 ? { checks: [{ name: checkName, question: 'Which mode fits car-pooling?', first: n % 2 ? 'Opensourcing' : 'Bureaucracy', firstRight: n % 2 === 1, final: 'Opensourcing', right: true, tries: 1 + (n % 2) }] } : {}),
        ...(i === 2 ? { answer: `Answer ${n + 1}: ${'the administration as a platform, with care for equal access. '.repeat(8)}` } : {}),
        ...(i === 3 ? { reached, reachedText: `Mode balancer: ${mix}` } : {}),
      })),
    };
    return { name: `student-${n + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file, null, 2)) };
  });
  await page.goto(`/assignments/review/?a=${link}`);
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  const started = Date.now();
  await page.locator('.review input[type=file]').setInputFiles(files);
  await expect(page.getByTestId('accepted-count')).toHaveText('200', { timeout: 30_000 });
  await expect(page.locator('.item-review')).toHaveCount(4);
  const elapsed = Date.now() - started;
  const inPage = await page.locator('.import-status').textContent();
  console.log(`200 hand-ins: overview drawn ${elapsed} ms after the files were given to the page; the page reports: ${inPage}`);
  expect(inPage).toMatch(/^Read 200 files in \d+ ms: 200 accepted, 0 set aside\.$/);
  expect(elapsed).toBeLessThan(10_000);
  await expect(page.locator('.item-review').nth(2).locator('.answer')).toHaveCount(200);
  await expect(page.locator('.item-review').nth(3).locator('svg.mix-spread desc')).toContainText('Bureaucracy: from 0 to 95 %');
});

test('a damaged or tampered assignment link says so, shows every item it can still read, and changes nothing stored', async ({ page }) => {
  const address = await buildAssignment(page);
  await page.goto(CHAPTER);
  // The chapter page records the visit under the progress Web Lock, a moment after it loads.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pvc-progress') !== null)).toBe(true);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const parts = new URL(address).searchParams.get('a')!.split('.');
  parts[3] = 'AAAA';
  await page.goto(`/assignment/?a=${parts.join('.')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Part of this assignment link could not be read.');
  await expect(alert).toContainText('The link has been changed or cut short since it was made');
  await expect(alert).toContainText('Item 1 could not be read and is left out');
  await expect(page.locator('ol.items > li')).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3: modes of production');
  await expectAxeCleanInBothThemes(page, 'a tampered assignment');
  await page.goto('/assignment/?a=not-an-assignment');
  await expect(page.getByRole('alert')).toContainText('This link holds no assignment this book can read.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No assignment in this link');
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
});

test('with storage blocked the book works as before and says once that progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${CHAPTER}#ch7-table1-example`);
  const notice = page.locator('.progress-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Your progress is not being kept');
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
  const check = page.locator('#ch7-table1-example quick-check');
  await check.locator('input').first().check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.qc-feedback')).not.toBeEmpty();
  await expect(page.locator('.progress-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('damaged progress is left untouched by chapter pages and set aside, downloadable, by My progress', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('pvc-progress', '{"version":1,"reader":"r-1","exercises":{"ch7-x":"broken"}}'));
  await page.goto(CHAPTER);
  await expect(page.locator('.progress-notice')).toContainText('your saved progress could not be read. Nothing was changed');
  expect(await page.evaluate(() => localStorage.getItem('pvc-progress'))).toBe('{"version":1,"reader":"r-1","exercises":{"ch7-x":"broken"}}');
  await page.goto('/progress/');
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('1 saved record of your progress could not be read (exercises.ch7-x: "record" is not valid). It was kept aside in this browser');
  const [download] = await Promise.all([page.waitForEvent('download'), problem.getByRole('button', { name: 'Download the data that could not be read' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toContain('"value":"broken"');
  await page.goto(CHAPTER);
  await expect(page.locator('.progress-notice')).toHaveCount(0);
});

test('My progress exports, imports (merged) and forgets after a confirmation', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.goto('/progress/');
  await expect(page.getByRole('row', { name: /7\. Modes of production/ })).toContainText('Not yet');
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my progress' }).click()]);
  const text = readFileSync((await exported.path())!, 'utf8');
  await page.getByRole('button', { name: 'Forget everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forget everything?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /7\. Modes of production/ })).toContainText('Not yet');
  await page.getByRole('button', { name: 'Forget everything…' }).click();
  await dialog.getByRole('button', { name: 'Forget everything' }).click();
  await expect(page.getByRole('status')).toContainText('Your progress and written answers were deleted from this browser.');
  await expect(page.getByRole('row', { name: /7\. Modes of production/ })).toContainText('Not opened');
  await page.locator('input[type=file]').setInputFiles({ name: 'not-mine.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"pvc-self-assessment"}') });
  await expect(page.getByRole('status')).toContainText('“not-mine.json” was not imported: The file is not a progress file from this book');
  await page.locator('input[type=file]').setInputFiles({ name: exported.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status')).toContainText(`Imported “${exported.suggestedFilename()}”`);
  await expect(page.getByRole('row', { name: /7\. Modes of production/ })).toContainText('Not yet');
});

test('the home page offers to continue where the reader left off', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-progress-continue]')).toBeHidden();
  await page.goto(`${CHAPTER}#balancing-the-modes`);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('pvc-progress') ?? '{}').last?.section)).toBe('Balancing the modes');
  await page.goto('/');
  const resume = page.locator('[data-progress-continue]');
  await expect(resume).toBeVisible();
  await expect(resume.getByRole('link')).toHaveText('Modes of production: Balancing the modes');
  await expect(resume.getByRole('link')).toHaveAttribute('href', `${CHAPTER}#balancing-the-modes`);
});

for (const width of [320, 390]) {
  test(`the course kit's pages fit a ${width}-px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const address = await buildAssignment(page);
    for (const path of ['/progress/', '/assignments/', new URL(address).pathname + new URL(address).search, '/assignments/review/', '/lecturers/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
}
