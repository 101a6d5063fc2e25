// The host configuration file (_headers) and the Content Security Policy the build gives every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hostHeaders } from '../../src/plugins/host-headers.mjs';
import { contentSecurityPolicy, cspHash } from '../../src/plugins/csp.mjs';
import { THEME_SCRIPT } from '../../src/scripts/theme-inline.mjs';

const FILES = ['index.html', '404.html', 'chapters/01-why-public-value/index.html', 'embed/modes/index.html', 'self-assessment/index.html', '_astro/x.js', 'pagefind/pagefind.js', 'favicon.svg'];

type Rule = { pattern: RegExp; headers: [string, string][] };

/** The rules of a `_headers` text, each path pattern as a regular expression (a splat matches anything, nothing included). */
function parse(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('/')) rules.push({ pattern: new RegExp(`^${line.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`), headers: [] });
    else {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1)!.headers.push([name!.toLowerCase(), value.join(': ')]);
    }
  }
  return rules;
}

/** The headers a path gets: Netlify lets a later matching rule replace a header; Cloudflare Pages joins every matching rule's values. */
function served(rules: Rule[], path: string, host: 'netlify' | 'cloudflare'): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) out.set(name, host === 'cloudflare' && out.has(name) ? `${out.get(name)}, ${value}` : value);
  }
  return out;
}

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'pvc-headers-'));
  for (const file of FILES) {
    await mkdir(dirname(join(dist, file)), { recursive: true });
    await writeFile(join(dist, file), '');
  }
});
afterAll(() => rm(dist, { recursive: true, force: true }));

describe('_headers', () => {
  for (const base of ['/', '/book/']) {
    for (const host of ['netlify', 'cloudflare'] as const) {
      it(`under ${base} on ${host}: embeds may be framed anywhere, other pages only by the site; every response is nosniff with a referrer policy`, () => {
        const rules = parse(hostHeaders(dist, base));
        const at = (path: string) => served(rules, `${base}${path}`, host);
        for (const path of ['', '404.html', 'chapters/01-why-public-value/', 'self-assessment/']) {
          expect(at(path).get('content-security-policy'), path).toBe("frame-ancestors 'self'");
          expect(at(path).get('x-frame-options'), path).toBe('SAMEORIGIN');
        }
        expect(at('embed/modes/').get('content-security-policy')).toBe('frame-ancestors *');
        expect(at('embed/modes/').has('x-frame-options')).toBe(false);
        for (const path of ['', 'embed/modes/', '_astro/x.js', 'favicon.svg']) {
          expect(at(path).get('x-content-type-options'), path).toBe('nosniff');
          expect(at(path).get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
        }
        // Folders without pages (scripts, the search index) need no frame rule.
        expect(rules.some((r) => r.pattern.test(`${base}_astro/x.js`) && r.headers.some(([n]) => n === 'x-frame-options'))).toBe(false);
      });
    }
  }
});

describe('the Content Security Policy', () => {
  it('allows no inline script or style element by a blanket source, and the theme script by its hash', () => {
    const { scriptDirective, styleDirective, directives } = contentSecurityPolicy;
    expect(JSON.stringify({ scriptDirective, directives })).not.toContain('unsafe-inline');
    // Only style attributes (style-src-attr) may be inline: data-driven sizes and positions.
    expect(styleDirective!.resources).toEqual(["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }]);
    const all = JSON.stringify(contentSecurityPolicy);
    expect(all).not.toContain("'unsafe-eval'");
    expect(scriptDirective!.hashes).toEqual([cspHash(THEME_SCRIPT)]);
    expect(directives).toContain("object-src 'none'");
    // A meta element cannot carry frame-ancestors: the host sends it (_headers).
    expect(directives!.some((d: string) => d.startsWith('frame-ancestors'))).toBe(false);
  });

  it('hashes a text as a browser does (SHA-256, base64)', () => {
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});
