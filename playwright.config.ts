import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/bench/browser.mjs';

// End-to-end tests run against the production build (dist/) served by `astro preview`.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
    // Each test is a fresh browser; a service worker would store the whole book (3–4 MB) in each one.
    // test/e2e/offline.spec.ts allows it, and tests what it does.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx astro preview --port ${port} --host localhost`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
