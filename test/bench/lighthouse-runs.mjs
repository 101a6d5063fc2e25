// Lighthouse runs for the benchmarks: every page measured in interleaved rounds (so a busy machine slows
// all pages alike), then the median of each figure.
import { gzipSync } from 'node:zlib';
import { scoreText } from './bench-format.mjs';

/** The median of the finite `values` (NaN for none). */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Gzipped bytes of the inline scripts of the page at `url` (classic and module scripts without src; not JSON data). */
export async function inlineScriptBytes(url) {
  const html = await (await fetch(url)).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/i.test(attributes) && !/type=["']?application\/(?:ld\+)?json/i.test(attributes))
    .map(([, , body]) => body);
  return scripts.length === 0 ? 0 : gzipSync(scripts.join('\n')).length;
}

/** Runs `measure` on every item `runs` times, interleaved (the order reversed every other round); a failed run is reported and left out. */
export async function interleave(items, runs, measure) {
  const results = new Map(items.map((item) => [item, []]));
  for (let round = 0; round < runs; round += 1) {
    const order = round % 2 === 0 ? items : [...items].reverse();
    for (const item of order) {
      try {
        results.get(item).push(await measure(item, round));
      } catch (error) {
        console.log(`  run ${round + 1} of ${item.label} failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  }
  return results;
}

/** Lighthouse on every `{ label, url }` item `runs` times, interleaved; returns the median figures of each item. */
export async function measurePages(items, runs, { runLighthouse, RESOURCE_TYPES }, chromePath) {
  const inline = new Map();
  for (const item of items) inline.set(item, await inlineScriptBytes(item.url));
  const results = await interleave(items, runs, async (item, round) => {
    const figures = await runLighthouse(item.url, chromePath);
    console.log(`  run ${round + 1}/${runs} ${item.label}: score ${scoreText(figures.score)}`);
    return { ...figures, inlineScriptBytes: inline.get(item) };
  });
  return new Map(items.map((item) => [item, medianFigures(results.get(item), RESOURCE_TYPES)]));
}

/** The medians of every figure of one page's runs; "JavaScript before scrolling" is fetched scripts plus inline ones. */
export function medianFigures(runs, resourceTypes) {
  const of = (pick) => median(runs.map(pick));
  return {
    runs: runs.length,
    score: of((r) => r.score),
    fcp: of((r) => r.fcp),
    lcp: of((r) => r.lcp),
    tbt: of((r) => r.tbt),
    cls: of((r) => r.cls),
    elements: of((r) => r.elements),
    jsBeforeScroll: of((r) => r.scriptBytes + r.inlineScriptBytes),
    bytes: Object.fromEntries(resourceTypes.map((type) => [type, of((r) => r.bytes[type])])),
  };
}
