// Shared by `npm run bench:peer` and `npm run bench:pages`: installs the benchmarks' own package
// (test/bench/peer/: Lighthouse, and Starlight for the peer site) when it is missing or its lockfile
// changed, builds the Starlight peer site, measures medians and formats the figures.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The benchmarks' own package: its package.json, lockfile, the Lighthouse runner and the peer site. */
export const PEER_DIR = join(dirname(fileURLToPath(import.meta.url)), 'peer');
const STAMP = join(PEER_DIR, 'node_modules', '.installed-lock-hash');

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}

/**
 * Installs test/bench/peer/ from its committed lockfile (`npm ci`) unless the installed copy matches it;
 * then returns the Lighthouse runner and the chapter converter, which resolve their packages there.
 */
export async function loadBenchPackage() {
  const lockHash = createHash('sha256').update(readFileSync(join(PEER_DIR, 'package-lock.json'))).digest('hex');
  if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== lockHash) {
    console.log('Installing the benchmarks\' own package (test/bench/peer/: Lighthouse, Astro, Starlight) with npm ci…');
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEER_DIR });
    writeFileSync(STAMP, lockHash);
  }
  const lighthouse = await import(pathToFileURL(join(PEER_DIR, 'lighthouse.mjs')).href);
  const convert = await import(pathToFileURL(join(PEER_DIR, 'convert.mjs')).href);
  return { ...lighthouse, ...convert };
}

/** Writes the chapters of the built book `dist` as Markdown into the Starlight site and builds it; returns its dist folder. */
export async function buildPeerSite(dist, chapters, convertChapter) {
  const site = join(PEER_DIR, 'site');
  const docs = join(site, 'src', 'content', 'docs', 'chapters');
  rmSync(docs, { recursive: true, force: true });
  for (const chapter of chapters) await convertChapter(join(dist, 'chapters', chapter, 'index.html'), join(docs, `${chapter}.md`));
  console.log(`Building the Starlight site from chapters ${chapters.join(', ')} of ${dist}…`);
  run(join(PEER_DIR, 'node_modules', '.bin', 'astro'), ['build', '--root', site, '--silent'], {
    cwd: PEER_DIR,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return join(site, 'dist');
}

/** The median of `values` (NaN for none). */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Gzipped bytes of the inline scripts of the page at `url` (classic and module scripts without src). */
export async function inlineScriptBytes(url) {
  const html = await (await fetch(url)).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/i.test(attributes) && !/type=["']?application\/(?:ld\+)?json/i.test(attributes))
    .map(([, , body]) => body);
  return scripts.length === 0 ? 0 : gzipSync(scripts.join('\n')).length;
}

/** Runs `measure` over `items` `runs` times, interleaved (every item once per round, the order reversed every other round). */
export async function interleave(items, runs, measure) {
  const results = new Map(items.map((item) => [item, []]));
  for (let round = 0; round < runs; round += 1) {
    const order = round % 2 === 0 ? items : [...items].reverse();
    for (const item of order) {
      try {
        results.get(item).push(await measure(item, round));
      } catch (error) {
        console.log(`  run ${round + 1} of ${item.label}: ${error instanceof Error ? error.message : error}`);
      }
    }
  }
  return results;
}

/** Medians of every figure of the runs of one page. */
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

export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');
export const msText = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '—');
export const scoreText = (score) => (Number.isFinite(score) ? score.toFixed(2) : '—');
export const clsText = (cls) => (Number.isFinite(cls) ? cls.toFixed(3) : '—');
