// Runs Lighthouse (mobile, its default preset) on one URL in a fresh headless Chromium and keeps the
// figures the benchmarks print. Lives in the benchmarks' own package so that Lighthouse, installed only
// for them, resolves from here.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

/** The resource types whose bytes the benchmarks print, as Lighthouse's resource summary names them. */
export const RESOURCE_TYPES = ['document', 'script', 'stylesheet', 'font', 'image', 'other', 'total'];

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/**
 * Lighthouse's performance figures for `url`: score (0–1), FCP, LCP, TBT (ms), CLS, transferred bytes by
 * resource type, the page's element count and the bytes of the scripts it fetched while loading.
 */
export async function runLighthouse(url, chromePath) {
  const chrome = await launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return figuresOf(result.lhr);
  } finally {
    await chrome.kill();
  }
}

function figuresOf(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id];
  const bytes = Object.fromEntries(RESOURCE_TYPES.map((type) => [type, 0]));
  for (const item of audit('resource-summary')?.details?.items ?? []) {
    if (item.resourceType in bytes) bytes[item.resourceType] = item.transferSize;
  }
  const requests = audit('network-requests')?.details?.items ?? [];
  const scriptBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    score: lhr.categories.performance.score,
    fcp: audit('first-contentful-paint').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    bytes,
    elements: elementCount(lhr),
    scriptBytes,
  };
}

// Lighthouse 13 reports the DOM size as an insight, whose table has a "Total elements" row.
function elementCount(lhr) {
  const rows = lhr.audits['dom-size-insight']?.details?.items ?? [];
  const total = rows.find((row) => /total/i.test(String(row.statistic)));
  return Number(total?.value?.value ?? Number.NaN);
}
