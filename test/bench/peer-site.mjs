// The Starlight peer site of `npm run bench:peer`: the book's chapters, as built, written as Starlight
// Markdown into test/bench/peer/site/ and built there with the benchmarks' own Astro and Starlight.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PEER_DIR, run } from './lighthouse-setup.mjs';

/** Writes `chapters` of the built book `dist` into the Starlight site with `convertChapter` and builds it; returns its dist folder. */
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
