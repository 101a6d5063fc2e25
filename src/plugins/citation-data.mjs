import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from 'rehype-citation';
import { bibliographyPath, projectRoot } from './paths.mjs';

/**
 * Writes the bibliography as CSL-JSON for rehype-citation's in-text citations and returns its path
 * relative to the project root. An edited book has editors but no author, which rehype-citation
 * cannot handle in a multi-work citation; in text such a book is cited by its editors anyway
 * (APA), so they stand in as its authors here. The reference lists use the BibTeX file itself.
 */
export function writeCitationData() {
  const items = new Cite(readFileSync(bibliographyPath, 'utf8'), { generateGraph: false }).data;
  const data = items.map((item) => (item.author || !item.editor ? item : { ...item, author: item.editor }));
  const dir = join(projectRoot, '.astro');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'citations.json'), JSON.stringify(data));
  return '.astro/citations.json';
}
