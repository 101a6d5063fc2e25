/** The virtual module Vite wraps every dynamic import with (`__vitePreload(() => import(…), deps)`). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** What the helper becomes: run the import and nothing else. */
export const LEAN_PRELOAD_HELPER = 'export const __vitePreload = (load) => load();';

/**
 * Vite plugin: replaces Vite's preload helper (about 0.9 KB gzipped, loaded with the first chunk that
 * holds a dynamic import) by one that only runs the import. The helper preloads a lazy chunk's
 * dependencies and stylesheets; on this site both are already there — Astro inlines every page's
 * CSS, including that of lazily loaded components, and the chunks a lazy component imports are the
 * ones its widget has loaded — so the full helper would only cost bytes. The browser build also gets
 * no dependency lists (`modulePreload.resolveDependencies` returns none), which nothing would read.
 */
export function leanPreloadHelper() {
  return {
    name: 'pvc-lean-preload-helper',
    enforce: /** @type {const} */ ('pre'),
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: { polyfill: false, resolveDependencies: () => [] } } } : null;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? LEAN_PRELOAD_HELPER : null;
    },
  };
}
