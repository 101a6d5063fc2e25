import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** The service worker's file name, beside the site's index.html (its scope is the site's base). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the service worker stores on its first visit, relative to the built site: every page (the
 * chapters, back matter, self-assessment and embed pages), the scripts and styles, the book's font
 * files (src/fonts/, 126 KB in all), and the parts of the Pagefind index that search loads. (The app icons are
 * read once, when the book is installed, so they are not stored.)
 */
export const PRECACHE_PATTERNS = [
  '**/*.html',
  '_astro/*.{js,css}',
  '_astro/*.woff2',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.en*.pagefind',
  'pagefind/{index,fragment,filter}/*',
  'favicon.svg',
  'manifest.webmanifest',
  'model-notices.json',
];

/**
 * Workbox's options for the built site in `dir`. Updates wait for the reader: the new worker
 * installs beside the old one and takes over only when the page sends SKIP_WAITING (the reader
 * chose "Reload to update"); until then the old version keeps serving every page.
 */
export function serviceWorkerOptions(dir) {
  return {
    globDirectory: dir,
    globPatterns: PRECACHE_PATTERNS,
    swDest: join(dir, SERVICE_WORKER_FILE),
    // The largest page is about 0.2 MB; anything near this limit is a mistake worth a warning.
    maximumFileSizeToCacheInBytes: 1024 * 1024,
    // `/chapters/x/` is served from the precached `chapters/x/index.html`.
    directoryIndex: 'index.html',
    // Query parameters carry widget states and search terms; the page behind them is the same file.
    ignoreURLParametersMatching: [/.*/],
    // Vite's and Pagefind's content-hashed names change with their content, so they need no revision.
    dontCacheBustURLsMatching: /(?:_astro\/.+\.[\w-]{8}\.\w+|\.pf_\w+)$/,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // A page that is not in the book (a mistyped address) comes from the network; offline, the
        // stored "Page not found" page answers instead of the browser's error.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  };
}

/** Generates the service worker for the built site in `dir`; resolves to Workbox's count, size and warnings. */
export async function generateServiceWorker(dir) {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(dir));
  return { count, size, warnings };
}

/** Astro integration: after the build (and the search index), writes the service worker beside index.html. */
export function serviceWorker() {
  return {
    name: 'pvc:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_FILE}: ${count} files precached for offline reading (${(size / 1024 / 1024).toFixed(2)} MB).`);
      },
    },
  };
}
