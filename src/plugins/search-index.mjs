import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Writes the Pagefind search index into `<dir>/pagefind/` for the built pages in `dir` and returns
 * how many pages it indexed; throws with Pagefind's own messages when it cannot.
 */
export async function writeSearchIndex(dir) {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Astro integration: builds the search index as part of `astro build`, so every build (the
 * sub-path one too) is searchable and the service worker, which runs after it, can precache it.
 */
export function searchIndex() {
  return {
    name: 'pvc:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind read ${pages} pages (those marked data-pagefind-body are searchable) and wrote pagefind/.`);
      },
    },
  };
}
