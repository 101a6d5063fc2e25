import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The host configuration file the build writes beside index.html (Netlify's and Cloudflare Pages' format). */
export const HEADERS_FILE = '_headers';

// Headers every response carries.
const EVERYWHERE = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];
// Pages other sites may not frame (the meta CSP cannot say frame-ancestors; old browsers read X-Frame-Options).
const NOT_FRAMED = ["Content-Security-Policy: frame-ancestors 'self'", 'X-Frame-Options: SAMEORIGIN'];
// The embed pages exist to be framed, by a course page or an LMS on any site.
const FRAMED_ANYWHERE = ['Content-Security-Policy: frame-ancestors *'];

const rule = (path, headers) => [path, ...headers.map((h) => `  ${h}`)].join('\n');

/**
 * The `_headers` text for the built site in `dist` served under `base` ("/" or "/book/"). Each page
 * folder gets its own rule rather than one `/*` rule overridden for the embeds, because hosts combine
 * the rules that match a path differently: Netlify lets a later rule replace a header, Cloudflare
 * Pages joins both values, which would forbid framing the embeds too.
 */
export function hostHeaders(dist, base) {
  const root = base.replace(/\/?$/, '/');
  const entries = readdirSync(dist, { withFileTypes: true });
  const hasPages = (dir) => readdirSync(dir, { recursive: true }).some((file) => String(file).endsWith('.html'));
  const pages = entries
    .filter((e) => e.isDirectory() && e.name !== 'embed' && hasPages(join(dist, e.name)))
    .map((e) => `${root}${e.name}/*`)
    .sort();
  const rootPages = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => (e.name === 'index.html' ? root : `${root}${e.name}`));
  return [
    `# Written by the build (src/plugins/host-headers.mjs) for Netlify and Cloudflare Pages: README, "Deploying".`,
    rule(`${root}*`, EVERYWHERE),
    ...[...rootPages.sort(), ...pages].map((path) => rule(path, NOT_FRAMED)),
    ...(entries.some((e) => e.isDirectory() && e.name === 'embed') ? [rule(`${root}embed/*`, FRAMED_ANYWHERE)] : []),
  ].join('\n\n') + '\n';
}

/** Astro integration: after the build, writes `_headers` for the hosts that read one. */
export function hostHeadersFile(base) {
  return {
    name: 'pvc:host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, HEADERS_FILE), hostHeaders(dist, base));
        logger.info(`${HEADERS_FILE}: frame-ancestors, nosniff and Referrer-Policy for Netlify and Cloudflare Pages (other hosts: README, "Deploying").`);
      },
    },
  };
}
