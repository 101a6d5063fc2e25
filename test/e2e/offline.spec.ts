// Offline and installable: after one visit the whole book works without a network (pages never
// opened, a widget, search, the self-assessment), a new deploy is offered and taken only when the
// reader accepts, a failed update or a damaged cache never breaks a page, and the same holds under
// a sub-path. The other specs block service workers; this one allows them.
import { test, expect, chromium, type Page, type BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serve } from '../bench/static-server.mjs';
import { chromiumLaunchOptions } from '../bench/browser.mjs';
import { generateServiceWorker } from '../../src/plugins/service-worker.mjs';

test.use({ serviceWorkers: 'allow' });

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

/** Waits until the service worker has stored the book: the footer says so only then. */
async function storedForOffline(page: Page) {
  await expect(page.locator('#offline-status')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A copy of a built site served on a free port, which a test may change as a new deploy would. */
async function servedCopy(from: string): Promise<{ dir: string; url: string; server: Server; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pvc-offline-'));
  await cp(from, dir, { recursive: true });
  const { server, url } = await serve(dir, 0);
  return { dir, url, server, close: async () => (server.close(), await rm(dir, { recursive: true, force: true })) };
}

/** Deploys a "new version": changes the glossary's heading and regenerates the service worker, as a build would. */
async function deployNewVersion(dir: string) {
  const file = join(dir, 'glossary', 'index.html');
  await writeFile(file, (await readFile(file, 'utf8')).replace('>Glossary</h1>', '>Glossary, new edition</h1>'));
  await generateServiceWorker(dir);
}

async function offlineReading(page: Page, context: BrowserContext, base: string) {
  await context.setOffline(true);

  // A chapter this browser never opened, with its widget.
  await page.goto(`${base}chapters/07-modes-of-production/`);
  await expect(page.locator('h1')).toContainText('Modes of production');
  const slider = page.getByRole('slider', { name: 'Bureaucracy', exact: true }).first();
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeEnabled();
  const description = page.locator('.widget-description').first();
  const before = await description.textContent();
  await slider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(description).not.toHaveText(before ?? '');

  // Search: Pagefind's script, WebAssembly, index and fragments all come from the stored copy.
  await page.goto(`${base}search/?q=ambulance`);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-status')).toContainText('found for “ambulance”');

  // The self-assessment: answers are taken and saved in the browser.
  await page.goto(`${base}self-assessment/`);
  await expect(page.locator('.sa-app')).toHaveAttribute('data-ready', 'true');
  await page.locator('#sa-service').fill('Library outreach');
  await page.locator('.sa-steps button').nth(1).click();
  await page.locator('fieldset.sa-item').first().locator('input[value="4"]').check();
  await expect(page.locator('.sa-app')).toHaveAttribute('data-save-pending', 'false');
  await expect(page.locator('.sa-save-status')).toContainText('Saved at');
  await expect(page.locator('#offline-status')).toBeVisible();
}

test('after one visit the whole book works offline: an unopened chapter and its widget, search, the self-assessment', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await storedForOffline(page);
  await offlineReading(page, context, '/');
  expect(errors).toEqual([]);
});

test('the book is installable: a manifest with name, start URL, display, theme colour and 192 and 512 px PNG icons', async ({ page, request, baseURL }) => {
  await page.goto('/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'Public Value & Co-production', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i: { sizes: string; purpose: string }) => i.sizes === `${size}x${size}` && i.purpose === 'any');
    const png = await request.get(icon.src);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    // A PNG's width and height sit at bytes 16–23 of its header.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
  }
  expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  // Chromium's own installability check (the one Lighthouse reports), in a profile that is not
  // incognito (a test context is, and Chromium never installs from one).
  const profile = await mkdtemp(join(tmpdir(), 'pvc-profile-'));
  const installable = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), serviceWorkers: 'allow' });
  try {
    const home = installable.pages()[0] ?? (await installable.newPage());
    await home.goto(baseURL!);
    await storedForOffline(home);
    const cdp = await installable.newCDPSession(home);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await installable.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test.describe('a new deploy', () => {
  let site: Awaited<ReturnType<typeof servedCopy>>;
  test.beforeEach(async () => {
    site = await servedCopy(dist);
  });
  test.afterEach(async () => site.close());

  test('is offered by a notice and shown only once the reader chooses to reload', async ({ page }) => {
    await page.goto(`${site.url}/glossary/`);
    await storedForOffline(page);
    await expect(page.locator('#update-notice')).toBeHidden();
    await deployNewVersion(site.dir);

    // The browser finds the new worker on the next navigation; the page keeps the version being read.
    await page.reload();
    const notice = page.locator('#update-notice');
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('h1')).toHaveText('Glossary');
    await page.goto(`${site.url}/glossary/`);
    await expect(page.locator('h1')).toHaveText('Glossary');
    await expect(notice).toBeVisible({ timeout: 30_000 });

    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const results = await new AxeBuilder({ page }).include('#update-notice').include('#offline-status').analyze();
      expect(results.violations.map((v) => v.id), theme).toEqual([]);
    }

    // "Later" puts the notice away without changing anything.
    await notice.getByRole('button', { name: 'Later' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('h1')).toHaveText('Glossary, new edition');
    await expect(notice).toBeHidden();
    await expect(page.locator('#offline-status')).toBeVisible();
  });

  test('that fails to install leaves the old version working, offline too', async ({ page, context }) => {
    await page.goto(`${site.url}/`);
    await storedForOffline(page);
    await deployNewVersion(site.dir);
    // The deploy is interrupted: the changed page the new worker must store is not on the server.
    await rm(join(site.dir, 'glossary', 'index.html'));

    const outcome = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      const worker = registration.installing;
      if (worker) await new Promise((done) => worker.addEventListener('statechange', () => ['redundant', 'installed'].includes(worker.state) && done(null)));
      return { installing: registration.installing !== null, waiting: registration.waiting !== null, worker: worker?.state ?? 'none' };
    });
    expect(outcome).toEqual({ installing: false, waiting: false, worker: 'redundant' });
    await expect(page.locator('#update-notice')).toBeHidden();

    await context.setOffline(true);
    await page.goto(`${site.url}/glossary/`);
    await expect(page.locator('h1')).toHaveText('Glossary');
    await page.goto(`${site.url}/search/?q=bureaucracy`);
    await expect(page.locator('#search-results > li').first()).toBeVisible();
  });
});

test('a damaged cache falls back to the network: pages and scripts missing from it still load', async ({ page }) => {
  await page.goto('/');
  await storedForOffline(page);
  const removed = await page.evaluate(async () => {
    let count = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (/\/chapters\/02-bureaucracy\/|\/_astro\/.+\.js/.test(request.url)) count += Number(await cache.delete(request));
      }
    }
    return count;
  });
  expect(removed).toBeGreaterThan(5);
  await page.goto('/chapters/02-bureaucracy/');
  await expect(page.locator('h1')).toContainText('Bureaucracy');
  const slider = page.getByRole('slider', { name: 'Bureaucracy', exact: true }).first();
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeEnabled();

  // With the whole store gone, the book is still read from the network.
  await page.evaluate(async () => Promise.all((await caches.keys()).map((name) => caches.delete(name))));
  await page.goto('/chapters/03-new-public-management/');
  await expect(page.locator('h1')).toContainText('New Public Management');
});

test.describe('under a sub-path', () => {
  const subpath = join(root, '.subpath');
  let site: { url: string; server: Server };
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // `npm test` builds it (test:subpath) before the end-to-end tests; a lone run builds it here.
    if (!existsSync(join(subpath, 'book', 'sw.js'))) {
      execFileSync('npx', ['astro', 'build', '--outDir', '.subpath/book'], { cwd: root, env: { ...process.env, BASE_PATH: '/book/' }, stdio: 'ignore' });
    }
    site = await serve(subpath, 0);
  });
  test.afterAll(() => site.server.close());

  test('/book/ registers its worker for /book/ only and reads offline there', async ({ page, context }) => {
    await page.goto(`${site.url}/book/`);
    await storedForOffline(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`${site.url}/book/`);
    expect(await page.locator('link[rel=manifest]').getAttribute('href')).toBe('/book/manifest.webmanifest');
    const manifest = await (await page.request.get(`${site.url}/book/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ start_url: '/book/', scope: '/book/' });
    await offlineReading(page, context, `${site.url}/book/`);
  });
});
