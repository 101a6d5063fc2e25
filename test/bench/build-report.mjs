#!/usr/bin/env node
// Prints, per built page, the HTML and JavaScript it loads (gzipped bytes), and the Pagefind index size.
// Usage: npm run report (after npm run build).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', '..', 'dist');
if (!existsSync(dist)) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}

const gz = (path) => gzipSync(readFileSync(path)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

// Follows static imports between built modules, so a page's figure counts every chunk it loads
// before hydration; each chunk is counted once per page.
function moduleClosure(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g)) {
    if (spec.startsWith('.')) moduleClosure(join(entry, '..', spec), seen);
    else if (spec.startsWith('/')) moduleClosure(join(dist, spec.replace(/^\/[^/]*\/(?=_astro)/, '/')), seen);
  }
  return seen;
}

function scriptsOf(html) {
  const urls = new Set();
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) urls.add(src);
  for (const [, src] of html.matchAll(/component-url="([^"]+)"/g)) urls.add(src);
  for (const [, src] of html.matchAll(/renderer-url="([^"]+)"/g)) urls.add(src);
  for (const [, src] of html.matchAll(/import\s*["'](\/[^"']+\.js)["']/g)) urls.add(src);
  return [...urls].filter((u) => u.startsWith('/')).map((u) => join(dist, u.replace(/^\/(?:[^/]+\/)?(_astro\/)/, '/$1')));
}

const pages = [...walk(dist)].filter((p) => p.endsWith('.html')).sort();
const rows = pages.map((page) => {
  const html = readFileSync(page, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const modules = new Set();
  for (const entry of scriptsOf(html)) moduleClosure(entry, modules);
  const js = [...modules].reduce((sum, m) => sum + gz(m), 0) + (inline ? gzipSync(inline).length : 0);
  return { page: '/' + relative(dist, page).replace(/index\.html$/, ''), html: gz(page), js, modules: modules.size };
});

const width = Math.max(...rows.map((r) => r.page.length), 4);
console.log(`${'page'.padEnd(width)}  ${'HTML gz'.padStart(10)}  ${'JS gz'.padStart(10)}  modules`);
for (const r of rows) console.log(`${r.page.padEnd(width)}  ${kb(r.html).padStart(10)}  ${kb(r.js).padStart(10)}  ${r.modules}`);

const pagefindDir = join(dist, 'pagefind');
if (existsSync(pagefindDir)) {
  const files = [...walk(pagefindDir)];
  const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const index = files.filter((f) => /\.(pf_index|pf_fragment|pf_meta|pf_filter)$/.test(f));
  const indexBytes = index.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`\nPagefind: ${files.length} files, ${kb(total)} on disk; index and fragments ${kb(indexBytes)} (already compressed); loaded on demand by /search/ only.`);
} else {
  console.log('\nPagefind: no index in dist/pagefind (run `npm run build`).');
}
