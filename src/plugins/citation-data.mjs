import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from 'rehype-citation';
import { bibliographyPath, projectRoot } from './paths.mjs';

/** The bibliography as CSL-JSON items, parsed by citation-js as rehype-citation does. */
function readItems() {
  return new Cite(readFileSync(bibliographyPath, 'utf8'), { generateGraph: false }).data;
}

/**
 * The in-text title APA gives a work without author or editor, as citeproc renders it: the short
 * title in title case, e.g. "Co-Production as a New Mode of Public Value Creation".
 */
function inTextTitle(item) {
  const engine = Cite.plugins.config.get('@csl').engine([item], 'apa', 'en-US', 'html');
  engine.updateItems([item.id]);
  const [[, html]] = engine.processCitationCluster({ citationItems: [{ id: item.id }], properties: { noteIndex: 0 } }, [], [])[1];
  const title = /<i>(.*?)<\/i>/.exec(html)?.[1] ?? /^\((.*), [^,]*\)$/.exec(html)?.[1];
  return title ?? item['title-short'] ?? item.title;
}

/** Works with neither author nor editor, by citation key, with the title APA cites them by in text. */
export function authorlessTitles() {
  return new Map(readItems().filter((item) => !item.author && !item.editor).map((item) => [item['citation-key'] ?? item.id, inTextTitle(item)]));
}

/**
 * Writes the bibliography as CSL-JSON for rehype-citation's in-text citations and returns its path
 * relative to the project root. rehype-citation cannot handle a work without an author in a
 * multi-work citation (it compares author lists and links each work by its rendered name), so:
 * an edited book's editors stand in as its authors (APA cites it by them anyway), and a work with
 * neither gets its in-text title as a literal name, which rehype-citation-targets then italicises.
 * The reference lists use the BibTeX file itself, so there the title takes the author's place.
 */
export function writeCitationData() {
  const data = readItems().map((item) => {
    if (item.author) return item;
    if (item.editor) return { ...item, author: item.editor };
    return { ...item, author: [{ literal: inTextTitle(item) }] };
  });
  const dir = join(projectRoot, '.astro');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'citations.json'), JSON.stringify(data));
  return '.astro/citations.json';
}
