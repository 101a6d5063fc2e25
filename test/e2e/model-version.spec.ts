// Citable widget configurations and the versioned model in the built site: a citation names the
// book, the figure, the model version and a link that reopens the state; a link made with the
// current model opens without remark, one made with an older model says its figures now differ,
// why, and what the older model computed; "Open the model" shows the version, the rule and the changelog.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { MODEL_VERSION, encodeState, findPreset } from '@evaluation';

const CHAPTER = '/chapters/07-modes-of-production/';
const RECYCLING = findPreset('recycling-collection')!;
const MIX = { bureaucracy: 70, innersourcing: 0, crowdsourcing: 30, opensourcing: 0 };
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });
const widget = (page: Page) => page.locator('section.widget#modes');

async function openWidget(page: Page, path: string) {
  await page.goto(path);
  await slider(page, 'Bureaucracy').scrollIntoViewIfNeeded();
  await expect(slider(page, 'Bureaucracy')).toBeEnabled();
}

test('a link made with the current model opens as it was, and its citation reopens exactly that state', async ({ page }) => {
  const state = encodeState('modes', { preset: RECYCLING.id, context: RECYCLING.context, mix: MIX });
  expect(state.startsWith(`v2.m.${MODEL_VERSION.replaceAll('.', '-')}.`)).toBe(true);
  await openWidget(page, `${CHAPTER}?modes=${state}`);
  await expect(slider(page, 'Bureaucracy')).toHaveValue('70');
  await expect(widget(page).locator('.widget-notice')).toHaveCount(0);

  await widget(page).getByText('Cite this configuration').click();
  // The citation is built once the disclosure has opened.
  await expect(widget(page).locator('.cite-text')).toHaveCount(2);
  const [apa, bibtex] = await widget(page).locator('.cite-text').allTextContents();
  const link = `https://public-value.example.org${CHAPTER}?modes=${state}#modes`;
  expect(apa).toBe(
    `Public Value & Co-production. (${new Date().getFullYear()}). Figure 7.1: Mode balancer [Interactive figure; model version ${MODEL_VERSION}]. In Public Value & Co-production: An explorable textbook. Retrieved ${new Date().toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' })}, from ${link}`,
  );
  expect(bibtex).toContain(`url          = {${link}},`);

  // The citation's link, opened on this server, shows the same configuration.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await widget(page).getByRole('button', { name: 'Copy APA' }).click();
  await expect(widget(page).locator('.widget-status')).toHaveText('APA citation copied.');
  const cited = new URL(link);
  await openWidget(page, `${cited.pathname}${cited.search}`);
  await expect(slider(page, 'Bureaucracy')).toHaveValue('70');
  await expect(slider(page, 'Crowdsourcing')).toHaveValue('30');
});

test('a link made with an older model (1.0.0, simulated) says its figures now differ, why, and what 1.0.0 computed', async ({ page }) => {
  await openWidget(page, `${CHAPTER}?modes=v2.m.1-0-0.recycling-collection.70-0-30-0`);
  const notice = widget(page).locator('.widget-notice');
  await expect(notice).toContainText('This link was made with model 1.0.0.');
  await expect(notice).toContainText(`The figures shown are model ${MODEL_VERSION}’s and differ from what it showed.`);
  await expect(notice).toContainText('Model 1.0.0 balanced this service at 70 % crowdsourcing and 30 % bureaucracy (aggregate public value 50.8)');
  await expect(slider(page, 'Bureaucracy')).toHaveValue('70');

  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await widget(page).locator('details.widget-cite').evaluate((d: HTMLDetailsElement) => (d.open = true));
    const results = await new AxeBuilder({ page }).include('section.widget#modes').analyze();
    expect(results.violations.map((v) => v.id), theme).toEqual([]);
  }
  // At 320 px the notice and the open citation (with its long link) stay within the screen.
  await page.setViewportSize({ width: 320, height: 800 });
  const overflowing = await widget(page).evaluate((section) =>
    [section, ...section.querySelectorAll('.widget-notice, .widget-cite, .widget-cite *')].filter((el) => el.getBoundingClientRect().right > 320.5).map((el) => el.className),
  );
  expect(overflowing).toEqual([]);

  await notice.getByRole('link', { name: 'What changed in model 2.0.0, and why' }).click();
  await expect(page).toHaveURL(/\/model\/#model-2-0-0$/);
  const entry = page.locator('section.release', { has: page.locator('#model-2-0-0') });
  await expect(entry).toContainText('Figures changed: mode balancer, self-assessment.');
  await expect(entry.getByRole('row', { name: /Recycling/ })).toContainText('Bureaucracy 30 %, Crowdsourcing 70 % (50.8; capture)');
});

test('an old-format link (v1) still opens; only a widget whose figures a version since changed says so', async ({ page }) => {
  await openWidget(page, `${CHAPTER}?modes=v1.m.recycling-collection.70-0-30-0`);
  await expect(widget(page).locator('.widget-notice')).toContainText('does not say which version made it');
  await page.goto('/chapters/04-strategic-triangle/?triangle=v1.t.70-35-80');
  const triangle = page.locator('section.widget#triangle');
  // The notices are looked up once the widget hydrates; the triangle's figures never changed, so it shows none.
  const looked = page.waitForResponse((r) => r.url().endsWith('/model-notices.json'));
  await triangle.scrollIntoViewIfNeeded();
  await looked;
  await expect(triangle.getByLabel('Authorising environment', { exact: true })).toHaveValue('35');
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await expect(triangle.locator('.widget-notice')).toHaveCount(0);
});

test('"Open the model" shows the version, the rule for older links and files, and a changelog entry per version', async ({ page }) => {
  await page.goto('/model/');
  await expect(page.locator('.model-version')).toContainText(`This is model version ${MODEL_VERSION}.`);
  const rule = page.locator('#versions ~ ul').first();
  await expect(rule).toContainText('goes up when any figure that an existing link or file shows changes');
  for (const version of ['1.0.0', '2.0.0', MODEL_VERSION]) await expect(page.locator(`#model-${version.replaceAll('.', '-')}`)).toBeVisible();
});
