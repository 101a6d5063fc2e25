import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHash } from './csp.mjs';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * `html` with the hash of every inline `<style>` in its CSP meta's style-src (unchanged when all are
 * there, or when the page has no policy); `added` counts the hashes it had to add.
 */
export function withStyleHashes(html) {
  const meta = META.exec(html);
  if (!meta) return { html, added: 0 };
  const directives = meta[2].split(';').map((d) => d.trim());
  const at = directives.findIndex((d) => d.split(/\s+/)[0] === 'style-src');
  if (at === -1) return { html, added: 0 };
  const missing = [...new Set([...html.matchAll(STYLE)].map((m) => `'${cspHash(m[1])}'`))].filter((h) => !directives[at].includes(h));
  if (missing.length === 0) return { html, added: 0 };
  directives[at] = `${directives[at]} ${missing.join(' ')}`;
  return { html: html.replace(META, `$1${directives.filter(Boolean).join('; ')};$3`), added: missing.length };
}

/**
 * Astro integration: after the build, adds the hashes Astro's CSP leaves out. Astro 7.3 does not hash
 * the styles of components that an MDX chapter imports when it inlines them (the callout's, the answer
 * box's), so Chromium refused them; this runs before the search index and the service worker read the pages.
 */
export function cspStyleHashes() {
  return {
    name: 'pvc:csp-style-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        let hashes = 0;
        for (const file of readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.html'))) {
          const path = join(root, file);
          const { html, added } = withStyleHashes(readFileSync(path, 'utf8'));
          if (added === 0) continue;
          writeFileSync(path, html);
          pages += 1;
          hashes += added;
        }
        logger.info(`${hashes} inline style hash(es) Astro left out added to the policy of ${pages} page(s).`);
      },
    },
  };
}
