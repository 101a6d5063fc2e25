// The build step that completes the CSP: every inline style a page carries is allowed by its hash, and nothing else changes.
import { describe, it, expect } from 'vitest';
import { withStyleHashes } from '../../src/plugins/csp-style-hashes.mjs';
import { cspHash } from '../../src/plugins/csp.mjs';

const page = (policy: string, styles: string[]) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${styles.map((s) => `<style>${s}</style>`).join('')}</head><body></body></html>`;

describe('withStyleHashes', () => {
  it('adds the hash of a style the policy lacks to style-src only, once', () => {
    const known = `'${cspHash('.a{color:red}')}'`;
    const html = page(`default-src 'self'; style-src 'self' ${known}; script-src 'self';`, ['.a{color:red}', '.b{margin:0}', '.b{margin:0}']);
    const { html: out, added } = withStyleHashes(html);
    expect(added).toBe(1);
    const policy = /content="([^"]*)"/.exec(out)![1];
    expect(policy).toBe(`default-src 'self'; style-src 'self' ${known} '${cspHash('.b{margin:0}')}'; script-src 'self';`);
  });

  it('leaves a page alone when every style is allowed or it has no policy', () => {
    const complete = page(`style-src '${cspHash('.a{}')}'`, ['.a{}']);
    expect(withStyleHashes(complete)).toEqual({ html: complete, added: 0 });
    const none = '<html><head><style>.a{}</style></head></html>';
    expect(withStyleHashes(none)).toEqual({ html: none, added: 0 });
  });

  it('hashes a style element with attributes by its text', () => {
    const { html, added } = withStyleHashes(page(`style-src 'self'`, []).replace('</head>', '<style data-x="1">p{}</style></head>'));
    expect(added).toBe(1);
    expect(html).toContain(`'${cspHash('p{}')}'`);
  });
});
