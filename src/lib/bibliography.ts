/**
 * The book's bibliography: content/bibliography.bib parsed by citation-js and formatted in APA by
 * citeproc — the same engine rehype-citation uses for the in-text citations.
 */
import { Cite } from 'rehype-citation';
// Imported as text so the bundled build needs no file path at run time.
import bibtex from '../../content/bibliography.bib?raw';

/** One formatted bibliography entry. */
export interface BibEntry {
  /** Citation key, also the anchor `bib-<key>` that in-text citations link to. */
  key: string;
  /** The APA reference as HTML (italics from the style); DOIs are links. */
  html: string;
  /** Position in APA order (by author, year, title). */
  rank: number;
}

interface CslItem {
  id: string;
  'citation-key'?: string;
}

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
}

let cache: Map<string, BibEntry> | undefined;

function tidy(entry: string): string {
  const inner = entry.trim().replace(/^<div class="csl-entry">/, '').replace(/<\/div>$/, '');
  // citeproc prints DOIs and URLs as text; make them links.
  return inner.replace(/(https?:\/\/[^\s<]+[^\s<.,;])/g, '<a href="$1">$1</a>');
}

/** All entries of content/bibliography.bib in APA order, keyed by citation key. */
export function loadBibliography(): Map<string, BibEntry> {
  if (cache) return cache;
  const cite = new Cite(bibtex, { generateGraph: false });
  const items = cite.data as CslItem[];
  const keyOf = new Map(items.map((item) => [item.id, item['citation-key'] ?? item.id]));
  const config = (Cite as unknown as { plugins: { config: { get(name: string): { engine(...args: unknown[]): CiteprocEngine } } } })
    .plugins.config.get('@csl');
  const engine = config.engine(items, 'apa', 'en-US', 'html');
  engine.updateItems(items.map((item) => item.id));
  const [meta, html] = engine.makeBibliography();
  const entries = new Map<string, BibEntry>();
  meta.entry_ids.forEach(([id], rank) => {
    const key = keyOf.get(id!) ?? id!;
    entries.set(key, { key, html: tidy(html[rank]!), rank });
  });
  cache = entries;
  return entries;
}

/** The entries for the given keys in APA order, failing on an unknown key. */
export function referencesFor(keys: readonly string[], where: string): BibEntry[] {
  const all = loadBibliography();
  return [...new Set(keys)]
    .map((key) => {
      const entry = all.get(key);
      if (!entry) throw new Error(`${where}: unknown citation key "${key}" (not in content/bibliography.bib)`);
      return entry;
    })
    .sort((a, b) => a.rank - b.rank);
}

/** Every entry of the bibliography in APA order. */
export function allReferences(): BibEntry[] {
  return [...loadBibliography().values()].sort((a, b) => a.rank - b.rank);
}
