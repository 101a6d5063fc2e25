// The copied embed code on a plain page of another site (a stand-in for a course page): the frame fits the widget's
// height, and with the script stripped (as many LMSs do) its fixed height still shows the whole widget.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, type Page } from '@playwright/test';

// The "LMS": a plain web server of its own on this machine, so the course page has another origin than the book's
// (Chromium refuses to let a page with no real address, such as a routed one, frame a local site).
let lms: Server;
let lmsBody = '';
test.beforeAll(async () => {
  lms = createServer((_, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><head><title>Week 3</title></head><body style="margin:0"><h1>Week 3</h1><div style="width:760px">${lmsBody}</div><p>After the widget.</p></body></html>`);
  });
  await new Promise<void>((done) => lms.listen(0, '127.0.0.1', done));
});
test.afterAll(() => new Promise<void>((done) => lms.close(() => done())));

/** Copies the mode balancer's embed code with the widget's own button, as a lecturer would. */
async function copiedEmbedCode(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chapters/07-modes-of-production/#modes');
  const widget = page.locator('section.widget#modes');
  await expect(widget.getByRole('button', { name: 'Copy embed code' })).toBeVisible();
  await widget.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(widget.locator('.widget-status')).toHaveText('Embed code copied.');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens a plain page of the "LMS" holding `body`. */
async function openLmsPage(page: Page, body: string) {
  lmsBody = body;
  await page.goto(`http://127.0.0.1:${(lms.address() as AddressInfo).port}/course/week-3.html`);
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
const widgetHeight = (page: Page) =>
  page.frameLocator('iframe').locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));

test('the embed code sizes its frame to the widget on a plain page, and follows it when the widget grows', async ({ page }) => {
  const code = await copiedEmbedCode(page);
  expect(code).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\/modes\/\?state=v2\.m\.[^"]+" title="Mode balancer" width="100%" height="(\d+)" style="border:0;width:100%;height:\1px" loading="lazy"><\/iframe>\n<script src="http:\/\/localhost:\d+\/embed-resize\.js" async><\/script>$/);
  await openLmsPage(page, code);
  await expect(page.frameLocator('iframe').getByRole('slider', { name: 'Bureaucracy', exact: true })).toBeEnabled();
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await widgetHeight(page))), { message: 'frame within 20 px of the widget' }).toBeLessThanOrEqual(20);
  // The data table opens below the widget: the frame follows.
  const before = await frameHeight(page);
  console.log(`Embed on a plain page: frame ${before} px for a widget page of ${await widgetHeight(page)} px`);
  await page.frameLocator('iframe').getByText('Data table').click();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 50);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await widgetHeight(page)))).toBeLessThanOrEqual(20);
  // The inner page has nothing to scroll.
  expect(await page.frameLocator('iframe').locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(1);
});

test('where the script is stripped, the fixed height still shows the whole widget', async ({ page }) => {
  const code = await copiedEmbedCode(page);
  const fixed = Number(/height="(\d+)"/.exec(code)![1]);
  await openLmsPage(page, code.replace(/\n<script[^>]*><\/script>$/, ''));
  await expect(page.frameLocator('iframe').getByRole('slider', { name: 'Bureaucracy', exact: true })).toBeEnabled();
  expect(await frameHeight(page)).toBe(fixed);
  const needed = await widgetHeight(page);
  console.log(`Embed without its script: fixed height ${fixed} px for a widget page of ${needed} px`);
  // The height the widget had when copied: its whole height here, give or take the difference in width.
  expect(fixed).toBeGreaterThanOrEqual(needed - 40);
  expect(fixed).toBeLessThanOrEqual(needed + 200);
});

test('the resize script ignores height messages from frames of other sites and from other windows', async ({ page }) => {
  const code = await copiedEmbedCode(page);
  await openLmsPage(page, code);
  await expect(page.frameLocator('iframe').getByRole('slider', { name: 'Bureaucracy', exact: true })).toBeEnabled();
  const settled = await frameHeight(page);
  await page.evaluate(() => window.postMessage({ type: 'pvc:height', height: 5000 }, '*'));
  await page.waitForTimeout(200);
  expect(await frameHeight(page)).toBe(settled);
});
