// The practitioner self-assessment in Chromium: keyboard flow, autosave, files, recovery, print, link, respondents, axe.
import { test, expect, type Browser, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { assessmentItems, decodeState, encodeState } from '@evaluation';

const PATH = '/self-assessment/';
const STORE_KEY = 'pvc-assessments';

async function freshPage(browser: Browser, init?: () => void): Promise<Page> {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

async function openApp(page: Page, path = PATH) {
  await page.goto(path);
  await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
}

/** Presses Tab until `target` has focus (a keyboard user's path to it). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

const item = (page: Page, id: string) => page.locator(`fieldset[data-item="${id}"]`);
const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Self-assessment' }).getByRole('button', { name: new RegExp(`^${name}`) });

async function answerSome(page: Page, service: string, answers: Record<string, number>) {
  await page.locator('#sa-service').fill(service);
  for (const [id, level] of Object.entries(answers)) {
    const section = assessmentItems.find((i) => i.id === id)!.section;
    const steps = ['service', 'people', 'phases', 'strategy', 'capacity', 'risks'];
    const stepButton = page.locator('.sa-steps button').nth(steps.indexOf(section) + 1);
    if ((await item(page, id).count()) === 0) await stepButton.click();
    await item(page, id).locator(`input[value="${level}"]`).check();
  }
  await settled(page);
}

/** Waits until the autosave has written the last change. */
async function settled(page: Page) {
  await expect(page.locator('.sa-app')).toHaveAttribute('data-save-pending', 'false');
  await expect(page.locator('.sa-save-status')).toContainText('Saved at');
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const fileText = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'pvc-self-assessment',
    version: 1,
    service: 'Care home, Elm Street',
    presetId: 'residential-care',
    answers: { problemKnown: 3, involvement: 2, locus: 4, valueProposition: 4, authorisation: 2, sponsorship: 2, leadership: 3, organisation: 2, evidence: 3 },
    notes: { sponsorship: 'Grant ends next year.' },
    currentMix: { bureaucracy: 90, innersourcing: 0, crowdsourcing: 10, opensourcing: 0 },
    savedAt: '2025-03-01T10:42:00.000Z',
    ...over,
  });
const asFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('an assessment can be completed by keyboard alone, with focus on each step’s heading and a profile at the end', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  const heading = page.locator('#sa-step-title');
  await tabTo(page, page.locator('#sa-service'));
  await page.keyboard.type('Library outreach');
  await page.keyboard.press('Tab');
  await page.keyboard.type('manager');

  const next = page.getByRole('button', { name: 'Next', exact: true });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  let n = 0;
  for (let step = 1; step <= 6; step++) {
    await expect(heading).toBeFocused();
    const fieldsets = page.locator('fieldset.sa-item');
    const count = await fieldsets.count();
    for (let k = 0; k < count; k++) {
      const level = (n++ % 5) + 1;
      // An unanswered group starts on its checked "Skip" option; ArrowDown wraps round to level 1.
      await tabTo(page, fieldsets.nth(k).locator('input[type=radio]:checked'));
      for (let i = 0; i < level; i++) await page.keyboard.press('ArrowDown');
      await expect(fieldsets.nth(k).locator(`input[value="${level}"]`)).toBeChecked();
    }
    await expect(page.locator('#sa-progress-bar')).toHaveAttribute('value', String(n));
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }
  // The last step: the current mix, by typing into the number fields.
  await expect(heading).toHaveText(/The current mix of modes/);
  await tabTo(page, page.locator('#sa-mix-bureaucracy'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('70');
  await tabTo(page, page.locator('#sa-mix-crowdsourcing'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await expect(page.locator('#sa-mix-total')).toHaveText(/Total 100 %/);
  await tabTo(page, page.getByRole('button', { name: 'See the results' }));
  await page.keyboard.press('Enter');

  const report = page.locator('.sa-report');
  await expect(page.locator('#sa-report-title')).toBeFocused();
  await expect(page.locator('#sa-report-title')).toHaveText('Library outreach');
  await expect(report).toContainText(`${assessmentItems.length} of ${assessmentItems.length} questions answered`);
  await expect(report.locator('#sa-r-typology + *')).toContainText(/Quadrant (I|II|III|IV):/);
  await expect(report).toContainText('70 %');
  const rec = report.locator('.sa-recs > li').first();
  await expect(rec).toContainText('Rule:');
  await expect(rec).toContainText('Because you answered:');
  const read = rec.getByRole('link', { name: /^Read: / });
  expect(await read.getAttribute('href')).toMatch(/^\/chapters\/[\w-]+\/#[\w-]+$/);
  await expect(page.locator('.sa-save-status')).toContainText('Saved at');

  // The mode balancer opens with this service's context (a custom one) and its current mix.
  const balancer = report.getByRole('link', { name: 'Open the mode balancer with this service' });
  const href = (await balancer.getAttribute('href'))!;
  expect(href).toMatch(/^\/chapters\/07-modes-of-production\/\?modes=v2\.m\.\d+-\d+-\d+\._\.70-0-30-0\.[\d-]+#modes$/);
  const decoded = decodeState('modes', new URL(href, 'http://x').searchParams.get('modes'));
  expect(decoded.ok).toBe(true);
  expect(decoded.state).toMatchObject({ preset: null, mix: { bureaucracy: 70, crowdsourcing: 30 } });
  await page.context().close();
});

test('answers autosave, survive a reload, and several assessments are listed with names and dates', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await answerSome(page, 'Recycling, North ward', { problemKnown: 5, modularity: 4 });
  await page.locator('fieldset[data-item="modularity"] details summary').click();
  await page.locator('#sa-note-modularity').fill('Collection rounds data, 2024.');
  await settled(page);
  await page.reload();
  await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
  await expect(item(page, 'modularity').locator('input[value="4"]')).toBeChecked();
  await expect(page.locator('#sa-note-modularity')).toHaveValue('Collection rounds data, 2024.');
  await page.locator('.sa-steps button').first().click();
  await expect(page.locator('#sa-service')).toHaveValue('Recycling, North ward');

  await tab(page, 'Saved assessments').click();
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await answerSome(page, 'Library outreach', { involvement: 4 });
  await page.reload();
  await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
  await tab(page, 'Saved assessments').click();
  const cards = page.locator('.sa-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText('Library outreach');
  await expect(cards.nth(1)).toContainText('Recycling, North ward');
  await expect(cards.nth(1)).toContainText(/Last changed \d{1,2} \w{3} \d{4}/);
  await expect(cards.nth(1)).toContainText('2 of 28 answered');

  // Delete asks first, then removes only that one.
  await cards.nth(1).getByRole('button', { name: /^Delete/ }).click();
  await cards.nth(1).getByRole('button', { name: 'Yes, delete' }).click();
  await expect(cards).toHaveCount(1);
  // The deletion is saved under the tabs' lock, a moment after the card goes.
  const storedServices = async () => (JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORE_KEY))!).assessments as { service: string }[]).map((a) => a.service);
  await expect.poll(storedServices).toEqual(['Library outreach']);
  await page.context().close();
});

test('two tabs of the same browser do not overwrite each other’s saved work', async ({ browser }) => {
  const a = await freshPage(browser);
  await openApp(a);
  await answerSome(a, 'Shared service', { problemKnown: 2 });
  const b = await a.context().newPage();
  await openApp(b);
  await b.locator('.sa-steps button').nth(1).click();
  await item(b, 'modularity').locator('input[value="5"]').check();
  await settled(b);
  // Tab A picks up B's change before its own next save.
  await expect(item(a, 'modularity').locator('input[value="5"]')).toBeChecked();
  await item(a, 'stateAuthority').locator('input[value="1"]').check();
  await settled(a);
  const stored = JSON.parse((await a.evaluate((k) => localStorage.getItem(k), STORE_KEY))!);
  expect(stored.assessments[0].answers).toEqual({ problemKnown: 2, modularity: 5, stateAuthority: 1 });
  await a.context().close();
});

test('an assessment exports to a versioned JSON file and imports back unchanged', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await answerSome(page, 'Care home, Elm Street', { problemKnown: 3, involvement: 2, locus: 4, valueProposition: 4 });
  await tab(page, 'Results').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^self-assessment-care-home-elm-street-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'pvc-self-assessment', version: 1, service: 'Care home, Elm Street', answers: { problemKnown: 3, involvement: 2, locus: 4, valueProposition: 4 } });

  await tab(page, 'Saved assessments').click();
  await page.locator('.sa-card').getByRole('button', { name: /^Delete/ }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.locator('.sa-card')).toHaveCount(0);
  await page.locator('#sa-import-file').setInputFiles(asFile(download.suggestedFilename(), text));
  await expect(page.locator('.sa-notice')).toContainText('Imported “Care home, Elm Street”');
  await expect(page.locator('#sa-report-title')).toHaveText('Care home, Elm Street');
  await expect(page.locator('.sa-report')).toContainText('4 of 28 questions answered');
  await tab(page, 'Questions').click();
  await page.locator('.sa-steps button').nth(2).click();
  await expect(item(page, 'locus').locator('input[value="4"]')).toBeChecked();
  await page.context().close();
});

test('a malformed import file gives a clear message naming the problem and changes nothing', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await answerSome(page, 'Passport office', { problemKnown: 5 });
  await tab(page, 'Saved assessments').click();
  await settled(page);
  const stored = async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORE_KEY))!).assessments;
  const before = await stored();
  const input = page.locator('#sa-import-file');
  const notice = page.locator('.sa-notice.bad');

  for (const [name, text, message] of [
    ['notes.txt', 'this is not json {', /Could not import “notes\.txt”: The file is not JSON.*Nothing was changed\./],
    ['other.json', JSON.stringify({ hello: 'world' }), /not a self-assessment file/],
    ['future.json', fileText({ version: 2 }), /version 2, which is newer than this site understands/],
    ['bad-level.json', fileText({ answers: { locus: 9 } }), /answer for "locus" \(where co-production happens\) must be a whole number 1–5; it is 9/],
  ] as const) {
    await input.setInputFiles(asFile(name, text));
    await expect(notice).toHaveText(message);
    await expect(notice).toHaveAttribute('role', 'alert');
    expect(await stored()).toEqual(before);
    await expect(page.locator('.sa-card')).toHaveCount(1);
  }
  await page.context().close();
});

test('corrupt saved data is kept aside, reported, and the tool starts afresh', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await page.evaluate((k) => localStorage.setItem(k, '{broken'), STORE_KEY);
  await page.reload();
  await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
  const alert = page.locator('.sa-problems');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('could not be read: the data is damaged (not valid JSON)');
  const key = (await alert.textContent())!.match(/pvc-assessments-quarantine-\d+/)![0];
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('{broken');

  // Nothing was lost and the tool still works and saves.
  await answerSome(page, 'Fresh start', { problemKnown: 2 });
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('{broken');
  await tab(page, 'Saved assessments').click();
  await expect(page.locator('.sa-quarantine')).toContainText(key);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.sa-quarantine').getByRole('button', { name: /^Download/ }).click()]);
  expect(await readFile((await download.path())!, 'utf8')).toBe('{broken');
  await page.context().close();
});

test('a damaged saved record is kept aside while the readable ones load', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await answerSome(page, 'Good one', { problemKnown: 2 });
  await page.evaluate((k) => {
    const store = JSON.parse(localStorage.getItem(k)!);
    store.assessments.push({ ...store.assessments[0], id: 'odd', answers: { problemKnown: 'high' } });
    localStorage.setItem(k, JSON.stringify(store));
  }, STORE_KEY);
  await page.reload();
  await expect(page.locator('.sa-problems')).toContainText('1 saved assessment could not be read');
  await tab(page, 'Saved assessments').click();
  await expect(page.locator('.sa-card')).toHaveCount(1);
  await expect(page.locator('.sa-quarantine li')).toHaveCount(1);
  await page.context().close();
});

test('with storage unavailable the tool works without saving and says so', async ({ browser }) => {
  const page = await freshPage(browser, () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(page.locator('.sa-memory')).toContainText('Not saved: this browser is not letting the site store data');
  await page.locator('#sa-service').fill('Private mode');
  await page.locator('.sa-steps button').nth(1).click();
  await item(page, 'problemKnown').locator('input[value="2"]').check();
  await expect(page.locator('.sa-save-status')).toContainText('Not saved');
  await page.getByRole('button', { name: 'See the results' }).click();
  await expect(page.locator('#sa-report-title')).toHaveText('Private mode');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a file' }).click()]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toMatchObject({ service: 'Private mode', answers: { problemKnown: 2 } });
  await tab(page, 'Saved assessments').click();
  await page.locator('#sa-import-file').setInputFiles(asFile('colleague.json', fileText()));
  await expect(page.locator('.sa-notice.warn')).toHaveText(/^Imported “Care home, Elm Street” from “colleague\.json”\. This is on this page only and not saved in this browser/);
  await expect(page.locator('.sa-notice.good')).toHaveCount(0);
  await page.context().close();
});

test('print emulation shows a one-to-two-page report without the navigation or the questions', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await answerSome(page, 'Air quality plan', { problemKnown: 3, involvement: 4, locus: 4, participants: 3, interaction: 4, valueProposition: 4, authorisation: 2, sponsorship: 2, leadership: 3, organisation: 2, evidence: 3, digitalInclusion: 1 });
  await page.emulateMedia({ media: 'print' });
  // Printing from the questions still prints the report.
  await expect(page.locator('.sa-report')).toBeVisible();
  await expect(page.locator('#sa-report-title')).toHaveText('Air quality plan');
  await expect(page.locator('.sa-report')).toContainText('teaching model');
  await expect(page.locator('.sa-report')).toContainText(/Last changed \d{1,2} \w+ \d{4}/);
  for (const hidden of ['.site-header', '.site-footer', '.sa-tabs', '.sa-flow', '.sa-intro', '.sa-actions']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.sa-report')).toBeHidden();
  await page.context().close();
});

test('a shareable link carries the answers, warns that it does, and opens them in another browser', async ({ browser }) => {
  const page = await freshPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await answerSome(page, 'School transport', { problemKnown: 4, equalAccessObligation: 5 });
  await tab(page, 'Results').click();
  await page.getByRole('button', { name: 'Copy a link with these answers' }).click();
  await expect(page.locator('#sa-share-warning')).toContainText('the link contains your answers');
  const link = await page.locator('#sa-share-link').inputValue();
  expect(link).toMatch(/\/self-assessment\/\?a=v2\.a\.\d+-\d+-\d+\.[0-5]{28}&s=School%20transport$/);

  const other = await freshPage(browser);
  await openApp(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.locator('#sa-report-title')).toHaveText('School transport');
  await expect(other.locator('.sa-notice.info')).toHaveText(/Opened answers from a link that names the service “School transport”\. They are saved in this browser as a separate assessment\./);
  expect(new URL(other.url()).search).toBe('');
  await other.goto(`${PATH}?a=v1.a.99`);
  await expect(other.locator('.sa-notice.bad')).toContainText('could not be opened');
  await other.context().close();
  await page.context().close();
});

test('snapshots of one service show what changed, answer by answer and in the headline results', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await answerSome(page, 'Youth centre', { sponsorship: 1, professionals: 2 });
  await tab(page, 'Saved assessments').click();
  await page.getByRole('button', { name: /^Take a snapshot/ }).click();
  await page.getByRole('button', { name: /^Answers/ }).click();
  await answerSome(page, 'Youth centre', { sponsorship: 4 });
  await tab(page, 'Saved assessments').click();
  await page.getByRole('button', { name: /^What changed/ }).click();
  const changes = page.locator('.sa-changes');
  await expect(page.locator('#sa-changes-title')).toBeFocused();
  await expect(changes.getByRole('row', { name: /^funding and sponsorship/ })).toContainText(/1: None beyond goodwill\..*4: Built into budgets and plans\./);
  await expect(changes.getByRole('row', { name: /^Risk flags/ })).toContainText('Sustainability');
  await page.context().close();
});

test('several respondents’ files are compared item by item: where they agree and where they diverge', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await tab(page, 'Compare respondents').click();
  await page.locator('#sa-compare-files').setInputFiles([
    asFile('manager.json', fileText({ respondent: 'manager', answers: { problemKnown: 4, locus: 2, sponsorship: 4 } })),
    asFile('staff.json', fileText({ respondent: 'frontline staff', answers: { problemKnown: 4, locus: 3, sponsorship: 2 } })),
    asFile('user.json', fileText({ respondent: 'service user', answers: { problemKnown: 5, locus: 5 } })),
    asFile('broken.json', '{'),
  ]);
  await expect(page.locator('.sa-errors')).toContainText('“broken.json” was not added: The file is not JSON');
  const table = page.locator('.sa-compare-table');
  await expect(table.locator('thead')).toContainText('manager');
  await expect(table.locator('thead')).toContainText('service user');
  await expect(table.locator('tr[data-item="problemKnown"]')).toHaveAttribute('data-status', 'agree');
  await expect(table.locator('tr[data-item="locus"]')).toHaveAttribute('data-status', 'diverge');
  await expect(table.locator('tr[data-item="sponsorship"]')).toHaveAttribute('data-status', 'diverge');
  await expect(table.locator('tr[data-item="sponsorship"]')).toContainText('–');
  await expect(page.locator('.sa-summary')).toHaveText(/1 question agree, 2 diverge, 25 skipped by everyone/);
  await page.getByLabel('Show only questions where respondents diverge').check();
  await expect(table.locator('tbody tr[data-item]')).toHaveCount(2);
  await page.context().close();
});

test('every view of the self-assessment has no axe violation in light and dark themes', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  const check = async (label: string) => {
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    expect(await axeViolations(page), `${label}, light`).toEqual([]);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await axeViolations(page), `${label}, dark`).toEqual([]);
  };
  await check('start');
  await page.locator('#sa-preset').selectOption('neighbourhood-policing');
  await answerSome(page, 'Neighbourhood watch', { involvement: 4, locus: 2, participants: 4, interaction: 2, coDelivery: 4, valueProposition: 4, authorisation: 3, leadership: 2, organisation: 2, evidence: 3, accountability: 2, professionals: 1 });
  await page.locator('fieldset[data-item="professionals"] details summary').click();
  await check('questions');
  await page.locator('.sa-steps button').last().click();
  await page.locator('#sa-mix-bureaucracy').fill('60');
  await page.locator('#sa-mix-crowdsourcing').fill('40');
  await check('mix');
  await tab(page, 'Results').click();
  await page.getByRole('button', { name: 'Copy a link with these answers' }).click();
  await check('results');
  await tab(page, 'Saved assessments').click();
  await page.getByRole('button', { name: /^Take a snapshot/ }).click();
  await page.getByRole('button', { name: /^What changed/ }).click();
  await check('saved');
  await tab(page, 'Compare respondents').click();
  await page.locator('#sa-compare-files').setInputFiles([asFile('a.json', fileText({ respondent: 'manager' })), asFile('b.json', fileText({ respondent: 'user', answers: { locus: 1 } }))]);
  await check('compare');
  await page.context().close();
});

test('a first visit counts no saved assessment; without JavaScript only the notice that it is needed shows', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await expect(tab(page, 'Saved assessments')).toHaveText('Saved assessments');
  await answerSome(page, 'Counted', { problemKnown: 2 });
  await expect(tab(page, 'Saved assessments')).toHaveText('Saved assessments (1)');
  await page.context().close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(PATH);
  await expect(noJs.locator('.sa-noscript')).toBeVisible();
  await expect(noJs.getByText('Loading the self-assessment…')).toBeHidden();
  await expect(noJs.locator('.sa-app')).toBeHidden();
  await context.close();
});

test('with the storage quota full, saved work stays visible and exportable, and nothing claims to be saved', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  await answerSome(page, 'Kept before the quota filled', { problemKnown: 3 });
  // Fill the site's storage: large pieces first, then smaller ones, until not even one character fits.
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const piece = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, piece);
        } catch {
          break;
        }
      }
    }
  });
  const before = await page.evaluate((k) => localStorage.getItem(k), STORE_KEY);
  await page.reload();
  await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.sa-memory')).toContainText('Not saved: this browser’s storage for this site is full');
  await expect(page.locator('.sa-memory')).toContainText('What was saved before is still here');
  await expect(tab(page, 'Saved assessments')).toHaveText('Saved assessments (1)');
  await tab(page, 'Results').click();
  await expect(page.locator('#sa-report-title')).toHaveText('Kept before the quota filled');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a file' }).click()]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toMatchObject({ service: 'Kept before the quota filled', answers: { problemKnown: 3 } });

  // A change is kept on the page and said not to be saved; what was stored stays as it was.
  await tab(page, 'Questions').click();
  await page.locator('.sa-steps button').nth(1).click();
  await item(page, 'modularity').locator('input[value="2"]').check();
  await expect(page.locator('.sa-save-status')).toHaveText('Latest changes not saved: kept on this page only.');
  await tab(page, 'Saved assessments').click();
  await page.locator('#sa-import-file').setInputFiles(asFile('colleague.json', fileText()));
  await expect(page.locator('.sa-notice.warn')).toContainText('not saved in this browser');
  await expect(page.locator('.sa-notice.good')).toHaveCount(0);
  const after = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORE_KEY))!);
  expect(after.assessments).toEqual(JSON.parse(before!).assessments);
  await page.context().close();
});

test('saved work from a newer version of the book is shown and exportable, and left exactly as it was', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  const raw = JSON.stringify({
    version: 2,
    assessments: [{ id: 'from-the-future', service: 'Written by a newer book', presetId: null, answers: { locus: 5 }, notes: { locus: 'kept' }, currentMix: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', snapshots: [], somethingNew: true }],
    currentId: 'from-the-future',
  });
  await page.evaluate(([k, raw]) => localStorage.setItem(k, raw), [STORE_KEY, raw] as const);
  await page.reload();
  await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.sa-memory')).toContainText('written by a newer version of this book (store version 2; this page reads version 1)');
  await tab(page, 'Saved assessments').click();
  await expect(page.locator('.sa-card')).toHaveCount(1);
  await expect(page.locator('.sa-card')).toContainText('Written by a newer book');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.sa-card').getByRole('button', { name: /^Export/ }).click()]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toMatchObject({ service: 'Written by a newer book', answers: { locus: 5 }, notes: { locus: 'kept' } });
  await page.locator('.sa-card').getByRole('button', { name: /^Answers/ }).click();
  await page.locator('.sa-steps button').nth(1).click();
  await item(page, 'modularity').locator('input[value="2"]').check();
  await expect(page.locator('.sa-save-status')).toHaveText('Latest changes not saved: kept on this page only.');
  expect(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY)).toBe(raw);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pvc-assessments-quarantine-')))).toEqual([]);
  await page.context().close();
});

test('compare keeps one column per respondent when labels and file names repeat', async ({ browser }) => {
  const errors: string[] = [];
  const page = await freshPage(browser);
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await tab(page, 'Compare respondents').click();
  const files = [
    asFile('one.json', fileText({ respondent: 'Manager (2)', answers: { locus: 1 } })),
    asFile('two.json', fileText({ respondent: 'Manager', answers: { locus: 2 } })),
    asFile('three.json', fileText({ respondent: 'Manager', answers: { locus: 3 } })),
    asFile('x (2).json', fileText({ answers: { locus: 4 } })),
    asFile('x.json', fileText({ answers: { locus: 5 } })),
  ];
  await page.locator('#sa-compare-files').setInputFiles(files);
  const head = page.locator('.sa-compare-table thead th');
  await expect(head).toHaveText(['Question', 'Manager (2)', 'Manager', 'Manager (3)', 'x (2)', 'x', 'Spread', 'Verdict']);
  await expect(page.locator('.sa-compare-table tr[data-item="locus"] td')).toHaveText([/^1/, /^2/, /^3/, /^4/, /^5/, '4', 'Diverge']);
  // The same files again: new, distinct columns, and the table stays up to date.
  await page.locator('#sa-compare-files').setInputFiles(files.slice(1, 3));
  await expect(head).toHaveText(['Question', 'Manager (2)', 'Manager', 'Manager (3)', 'x (2)', 'x', 'Manager (4)', 'Manager (5)', 'Spread', 'Verdict']);
  await expect(page.locator('.sa-compare-table tbody tr[data-item]')).toHaveCount(assessmentItems.length);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a file with repeated or missing snapshot ids imports, and “What changed” works, after a reload too', async ({ browser }) => {
  const errors: string[] = [];
  const page = await freshPage(browser);
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  const snapshot = (id: string | undefined, takenAt: string, locus: number) => ({ ...(id === undefined ? {} : { id }), takenAt, answers: { locus }, notes: {}, currentMix: null });
  const snapshots = [snapshot('same', '2025-01-01T10:00:00.000Z', 1), snapshot('same', '2025-01-02T10:00:00.000Z', 2), snapshot(undefined, '2025-01-03T10:00:00.000Z', 3), snapshot(undefined, '2025-01-03T10:00:00.000Z', 4)];
  await tab(page, 'Saved assessments').click();
  await page.locator('#sa-import-file').setInputFiles(asFile('history.json', fileText({ service: 'With history', answers: { locus: 5 }, snapshots })));
  await expect(page.locator('.sa-notice.good')).toContainText('Imported “With history”');
  for (const round of ['imported', 'reloaded']) {
    if (round === 'reloaded') {
      await page.reload();
      await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
    }
    await tab(page, 'Saved assessments').click();
    await expect(page.locator('.sa-card')).toContainText('4 snapshots');
    await page.getByRole('button', { name: /^What changed/ }).click();
    const from = page.locator('.sa-changes select').first();
    await expect(from.locator('option')).toHaveCount(5);
    const values = await from.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(new Set(values).size).toBe(5);
    for (const [k, level] of [[0, 1], [1, 2], [2, 3], [3, 4]] as const) {
      await from.selectOption(values[k]!);
      await expect(page.locator('.sa-changes').getByRole('row', { name: /^where co-production happens/ })).toContainText(`${level}:`);
    }
  }
  // Deleting one of two snapshots that shared an id deletes that one only.
  await page.locator('.sa-changes li').nth(1).getByRole('button', { name: /^Delete/ }).click();
  await expect(page.locator('.sa-changes li')).toHaveCount(3);
  await expect(page.locator('.sa-card')).toContainText('3 snapshots');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the same share link opened twice makes one record, and the words it carries are quoted as the link’s', async ({ browser }) => {
  const page = await freshPage(browser);
  await openApp(page);
  const name = `Official notice: ${'your account is closed '.repeat(8)}`.slice(0, 190);
  const link = `${PATH}?a=${encodeState('assessment', { answers: { locus: 3, problemKnown: 2 } })}&s=${encodeURIComponent(name)}`;
  for (let i = 0; i < 2; i++) {
    await openApp(page, link);
    const notice = page.locator('.sa-notice');
    await expect(notice).toHaveClass(/\binfo\b/);
    await expect(notice).toContainText('Opened answers from a link that names the service “Official notice: your account is closed');
    expect((await notice.textContent())!.length).toBeLessThan(260);
    await expect(notice).toContainText(i === 0 ? 'They are saved in this browser as a separate assessment.' : 'The same answers are already saved in this browser; that assessment is open, and no copy was made.');
  }
  await expect(tab(page, 'Saved assessments')).toHaveText('Saved assessments (1)');
  await page.context().close();
});
