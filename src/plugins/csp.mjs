import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from '../scripts/theme-inline.mjs';

/** A CSP source for `text` as an inline script or style (the hash of its exact bytes). */
export function cspHash(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The Content Security Policy every page carries (Astro's `security.csp`, written as a
 * `<meta http-equiv>` in each page's head). Astro adds the hashes of the scripts and styles it
 * bundles or inlines; the only hand-written inline script, the no-flash theme, is allowed by its
 * hash. Nothing is allowed from another origin and nothing inline runs unhashed: no 'unsafe-inline'
 * for scripts or style elements (only for style attributes, below). The search page adds 'wasm-unsafe-eval' for Pagefind's WebAssembly
 * (src/pages/search.astro); Pagefind's worker is a same-origin file. `frame-ancestors` cannot be
 * given in a meta element: the host sends it (public/_headers, README "Deploying").
 *
 * @type {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>}
 */
export const contentSecurityPolicy = {
  algorithm: 'SHA-256',
  // default-src covers images, fonts, fetches, workers (Pagefind's, the service worker), the manifest
  // and frames; the other three do not fall back to it.
  directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptDirective: { resources: ["'self'"], hashes: [cspHash(THEME_SCRIPT)] },
  // Style attributes carry data-driven sizes and positions (bar widths, marker places) in the pages'
  // markup and the islands' updates; an attribute holds no selector and cannot run script, and images
  // and fonts still load only from the site. Style elements stay hashed.
  styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};
