// The generated service worker: what it stores for offline reading, and that an update waits for the reader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateServiceWorker, serviceWorkerOptions, SERVICE_WORKER_FILE } from '../../src/plugins/service-worker.mjs';

// A miniature build with one file of every kind the real one has.
const FILES = {
  stored: [
    'index.html',
    '404.html',
    'chapters/01-why-public-value/index.html',
    'embed/modes/index.html',
    'self-assessment/index.html',
    '_astro/ModeBalancer.BEwPZNC2.js',
    '_astro/inter-latin.Dx4kXJAl.woff2',
    '_astro/source-serif-4-latin-ext-italic.B_cmBfNX.woff2',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.en-gb_275d65367e733.pf_meta',
    'pagefind/wasm.en-gb.pagefind',
    'pagefind/index/en-gb_de427a0.pf_index',
    'pagefind/fragment/en-gb_f0535b9.pf_fragment',
    'pagefind/filter/en-gb_60a9a4a.pf_filter',
    'favicon.svg',
    'manifest.webmanifest',
    'model-notices.json',
  ],
  left: [
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-component-ui.js',
    'pagefind/wasm.unknown.pagefind',
    'social-card.png',
    'icons/icon-512.png',
    'sitemap-0.xml',
    'robots.txt',
  ],
};

let dir = '';
let worker = '';
let result: Awaited<ReturnType<typeof generateServiceWorker>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pvc-sw-'));
  for (const file of [...FILES.stored, ...FILES.left]) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), `content of ${file}`);
  }
  result = await generateServiceWorker(dir);
  worker = await readFile(join(dir, SERVICE_WORKER_FILE), 'utf8');
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

const precached = () => [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);

describe('generateServiceWorker()', () => {
  it('stores every page, script, font file and the parts of the search index that search loads', () => {
    expect(precached().sort()).toEqual([...FILES.stored].sort());
    expect(result.count).toBe(FILES.stored.length);
    expect(result.warnings).toEqual([]);
  });

  it('leaves out Pagefind’s unused UIs, the app icons and files no reader opens offline', () => {
    for (const file of FILES.left) expect(precached()).not.toContain(file);
  });

  it('gives unhashed files a revision, so a new deploy replaces them, and hashed ones none', () => {
    expect(worker).toMatch(/url:"index\.html",revision:"[0-9a-f]{32}"/);
    expect(worker).toMatch(/url:"pagefind\/pagefind\.js",revision:"[0-9a-f]{32}"/);
    expect(worker).toMatch(/url:"_astro\/ModeBalancer\.BEwPZNC2\.js",revision:null/);
    expect(worker).toMatch(/url:"pagefind\/index\/en-gb_de427a0\.pf_index",revision:null/);
  });

  it('waits for the reader before a new version takes over: it skips waiting only on the page’s SKIP_WAITING message', () => {
    expect(worker).toContain('SKIP_WAITING');
    expect(worker).toMatch(/addEventListener\("message",.*SKIP_WAITING.*skipWaiting\(\)/s);
    expect(worker).not.toMatch(/addEventListener\("install",[^}]*skipWaiting\(\)/);
  });
});

describe('serviceWorkerOptions()', () => {
  it('serves a page whatever the query (widget states, search terms) and a folder address from its index.html', () => {
    const options = serviceWorkerOptions('/site');
    expect(options.directoryIndex).toBe('index.html');
    expect(options.ignoreURLParametersMatching.every((pattern: RegExp) => pattern.test('modes'))).toBe(true);
    expect(options.skipWaiting).toBe(false);
    expect(options.swDest).toBe(join('/site', 'sw.js'));
  });
});
