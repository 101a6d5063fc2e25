// Helpers shared by the end-to-end specs: the built site's page list.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Every page path in the built sitemap (e.g. "/chapters/01-why-public-value/"). */
export function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const xml = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Every widget's embed page in the build (e.g. "/embed/modes/"); embeds stay out of the sitemap. */
export function embedPaths(): string[] {
  return readdirSync(join(dist, 'embed'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/embed/${entry.name}/`);
}
