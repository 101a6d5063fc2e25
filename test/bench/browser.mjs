// Finds a Chromium for scripts run with plain Node (the .mjs twin of test/e2e/browser.ts, which needs TypeScript).
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

/** Launches headless Chromium with the same options as the end-to-end tests. */
export function launchChromium() {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
