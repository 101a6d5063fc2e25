#!/usr/bin/env node
// Checks every internal link and #anchor of the built site with linkinator, and fails when any is
// broken — or when so few links were checked that the crawl itself must have gone wrong.
// Usage: node test/e2e/check-links.mjs <folder> [<start path in it, e.g. book/ for a sub-path build>]
import { check } from 'linkinator';

// linkinator counts each address once (anchors are checked but not counted): the site has about 50.
const MIN_LINKS = 40;
const root = process.argv[2] ?? 'dist';
const start = process.argv[3];

const result = await check({
  // With a start path, the folder is served as the host's root and the crawl begins below it,
  // as on a host that serves the book under a sub-path.
  ...(start ? { path: start, serverRoot: root } : { path: root }),
  recurse: true,
  checkFragments: true,
  // linkinator serves the folder on 127.0.0.1; any other host is another site (DOIs, the licence,
  // the canonical address), which would need the network.
  linksToSkip: async (link) => /^https?:\/\//.test(link) && !/^http:\/\/127\.0\.0\.1[:/]/.test(link),
});

const checked = result.links.filter((l) => l.state !== 'SKIPPED');
const broken = result.links.filter((l) => l.state === 'BROKEN');
for (const link of broken) console.error(`BROKEN ${link.status ?? ''} ${link.url}  (on ${link.parent ?? '?'})`);
console.log(`${checked.length} internal addresses checked (with their #anchors), ${broken.length} broken, ${result.links.length - checked.length} external skipped.`);
if (checked.length < MIN_LINKS) {
  console.error(`Only ${checked.length} links were checked (expected at least ${MIN_LINKS}): the crawl did not reach the site.`);
  process.exit(1);
}
process.exit(broken.length > 0 ? 1 : 0);
