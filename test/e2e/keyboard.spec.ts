// The reading tools work by keyboard alone: theme toggle, glossary popovers, exercise hints, quick checks.
import { test, expect } from '@playwright/test';

const SAMPLE = '/chapters/01-why-public-value/';

test('the theme toggle works from the keyboard and is remembered after a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SAMPLE);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.locator('#theme-toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.locator('#theme-toggle').focus();
  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the system theme applies before any script runs when nothing is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(SAMPLE);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a glossary term shows its definition on keyboard focus and hides it with Escape', async ({ page }) => {
  await page.goto(SAMPLE);
  const term = page.locator('.chapter-body .term').first();
  const tip = term.locator('.term-tip');
  await expect(tip).toBeHidden();
  // Tab from the element just before the term, as a keyboard user would.
  await term.locator('.term-link').focus();
  await expect(tip).toBeVisible();
  await expect(term.locator('.term-link')).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('a glossary popover stays open while the pointer moves onto it', async ({ page }) => {
  await page.goto(SAMPLE);
  const term = page.locator('.chapter-body .term').first();
  await term.locator('.term-link').hover();
  const tip = term.locator('.term-tip');
  await expect(tip).toBeVisible();
  await tip.hover();
  await page.waitForTimeout(400);
  await expect(tip).toBeVisible();
});

test('exercise hints open one at a time from the keyboard', async ({ page }) => {
  await page.goto(SAMPLE);
  const exercise = page.locator('.exercise', { has: page.locator('details.hint') }).first();
  const hints = exercise.locator('details.hint');
  const count = await hints.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(hints.nth(1)).toBeHidden();
  await hints.nth(0).locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(hints.nth(0)).toHaveAttribute('open', '');
  await expect(hints.nth(1)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(hints.nth(1).locator('summary')).toBeFocused();
});

test('a quick check explains a wrong answer and confirms a right one, by keyboard', async ({ page }) => {
  await page.goto(SAMPLE);
  const check = page.locator('quick-check').first();
  const radios = check.locator('input[type=radio]');
  // The choices carry no verdict; the explanations (shown after checking, or in the no-JS disclosure) do.
  const rightValue = await check.locator('.qc-explanations li[data-verdict="correct"]').getAttribute('data-choice');
  const wrong = check.locator(`input[type=radio]:not([value="${rightValue}"])`).first();
  const wrongValue = await wrong.getAttribute('value');
  await wrong.focus();
  await page.keyboard.press('Space');
  await check.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  const feedback = check.locator('.qc-feedback');
  await expect(feedback).toHaveAttribute('data-state', 'incorrect');
  await expect(feedback).toContainText('Not quite.');
  await expect(feedback).toContainText((await check.locator(`.qc-explanations li[data-choice="${wrongValue}"] .qc-why`).textContent())!);
  expect(await radios.count()).toBeGreaterThanOrEqual(2);
  await expect(check.locator('input[data-correct], input[data-feedback]')).toHaveCount(0);
  await check.locator(`input[value="${rightValue}"]`).check();
  await check.getByRole('button', { name: 'Check answer' }).press('Enter');
  await expect(feedback).toHaveAttribute('data-state', 'correct');
});

test('heading links give each section a stable, copyable address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(SAMPLE);
  const heading = page.locator('.chapter-body h2').first();
  const id = await heading.getAttribute('id');
  expect(id).toBeTruthy();
  await heading.locator('a.heading-link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
