// Finds a Chromium without downloading one (this project's machines cannot): used by the
// end-to-end tests (playwright.config.ts) and the benchmark scripts alike.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser path from PLAYWRIGHT_CHROMIUM / CHROME_PATH, the system, or Playwright's own; throws with install advice when there is none. */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PLAYWRIGHT_CHROMIUM/CHROME_PATH points to ${fromEnv}, which does not exist.`);
  }
  const system = CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set PLAYWRIGHT_CHROMIUM=/path/to/chrome.',
  );
}

/** Launch options for headless Chromium on a locked-down machine (root, no network beyond localhost). */
export function chromiumLaunchOptions() {
  return {
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

/** Launches headless Chromium with the same options as the end-to-end tests. */
export function launchChromium() {
  return chromium.launch(chromiumLaunchOptions());
}
