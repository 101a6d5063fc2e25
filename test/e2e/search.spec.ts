// Search: the "/" shortcut, results with sub-results, the type filter, and ?q= links.
import { test, expect } from '@playwright/test';

test('"/" focuses the header search and Enter opens results that include the sample chapter', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('ambulance');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ambulance/);
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#search-results a[href*="/chapters/01-why-public-value/"]').first()).toBeVisible();
  await expect(page.locator('#search-status')).toContainText('found for “ambulance”');
});

test('a pasted ?q= link opens with results, sub-results point at sections', async ({ page }) => {
  await page.goto('/search/?q=school');
  await expect(page.locator('#search-q')).toHaveValue('school');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-results .sub-results a[href*="#"]').first()).toBeVisible();
});

test('the type filter limits results to the glossary and is kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=co-production&type=Glossary');
  await expect(page.locator('input[name=type][value=Glossary]')).toBeChecked();
  const types = page.locator('#search-results > li .result-type');
  await expect(types.first()).toBeVisible();
  for (const text of await types.allTextContents()) expect(text).toBe('Glossary');
  await page.locator('input[name=type][value=""]').check();
  await expect(page).toHaveURL(/\?q=co-production$/);
});

test('only content is indexed: navigation, search and controls sit outside the indexed region or are ignored', async ({ page }) => {
  await page.goto('/chapters/01-why-public-value/');
  const body = page.locator('[data-pagefind-body]');
  await expect(body).toHaveCount(1);
  for (const selector of ['.site-header', '.site-footer', '.sidebar', '.toc', '.pager', '.skip-link']) {
    const inside = await body.locator(selector).count();
    const ignored = await page.locator(`${selector}[data-pagefind-ignore], [data-pagefind-ignore] ${selector}`).count();
    expect(inside === 0 || ignored > 0, selector).toBe(true);
  }
  // Widget controls (forms, buttons) inside the body must be marked as ignored.
  const unignoredControls = await body.locator('button:not([data-pagefind-ignore] button), select:not([data-pagefind-ignore] select)').count();
  expect(unignoredControls).toBe(0);
});
