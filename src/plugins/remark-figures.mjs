import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unified } from 'unified';
import rehypeCitation from 'rehype-citation';
import { fileLabel, setFrontmatter } from './walk.mjs';
import { buildingBlocksDirs, chaptersDir as defaultChaptersDir } from './paths.mjs';
import { declaredFloats, readFigureIndex } from './figure-index.mjs';
import { normaliseCitations } from './remark-citations.mjs';

/**
 * A cross-reference in the spirit of pandoc-crossref: `@fig:id` prints "Figure 4.2", `-@fig:id`
 * only "4.2". The look-behind keeps e-mail addresses out, as for citations.
 */
const REFERENCE = /(?<![\w@.])(-?)@((?:fig|tab):[\w:-]*[A-Za-z0-9])/g;

/** A cross-reference inside square brackets, which would print the brackets. */
const BRACKETED_REFERENCE = /\[[^\]]*-?@(?:fig|tab):/;

const attribute = (name, value) => ({ type: 'mdxJsxAttribute', name, value });
const isTag = (node, name) => node.type === 'mdxJsxFlowElement' && node.name === name;
const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));

/** The components of components/mdx/ and components/guided/ (and the `Table` tag); any other capitalised block in a chapter is a widget. */
function buildingBlocks() {
  const names = buildingBlocksDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, '')));
  return new Set(['Table', ...names]);
}

/** What a reference prints: "Figure 4.2", or "4.2" for `-@fig:…`. */
function referenceText(entry, numberOnly) {
  return numberOnly ? entry.number : `${entry.label} ${entry.number}`;
}

function requireEntry(index, id, where) {
  const entry = index.get(id);
  if (!entry) throw new Error(`${where}: unknown figure or table "@${id}" (no <Figure id="${id}"> or <Table id="${id}"> in content/chapters/)`);
  return entry;
}

/** The address a reference links to: the anchor on this page, or the other chapter's page. */
function referenceUrl(entry, chapter) {
  return entry.chapter === chapter ? `#${entry.anchor}` : `/chapters/${entry.chapter}/#${entry.anchor}`;
}

/** Splits one text node around its references; returns the replacement nodes. */
function linkReferences(text, index, chapter, where) {
  if (BRACKETED_REFERENCE.test(text.value)) {
    throw new Error(`${where}: write a cross-reference without brackets ("see @fig:modes-recycling"), not inside […]`);
  }
  const parts = [];
  let at = 0;
  for (const match of text.value.matchAll(REFERENCE)) {
    const [whole, dash, id] = match;
    const entry = requireEntry(index, id, where);
    if (match.index > at) parts.push({ type: 'text', value: text.value.slice(at, match.index) });
    parts.push({
      type: 'link',
      url: referenceUrl(entry, chapter),
      title: null,
      data: { hProperties: { className: ['xref'] } },
      children: [{ type: 'text', value: referenceText(entry, dash === '-') }],
    });
    at = match.index + whole.length;
  }
  if (parts.length === 0) return [text];
  if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
  return parts;
}

function resolveReferences(node, index, chapter, where) {
  if (!node.children || node.type === 'link') return;
  node.children = node.children.flatMap((child) => (child.type === 'text' ? linkReferences(child, index, chapter, where) : [child]));
  for (const child of node.children) resolveReferences(child, index, chapter, where);
}

/** Gives a float its number, kind and anchor, and turns its caption into the `caption` slot, so citations and references in it are processed like the text. */
function numberFloat(float, entry) {
  const { node } = float;
  node.attributes = node.attributes.filter((a) => a.name !== 'caption');
  node.attributes.push(attribute('number', entry.number), attribute('kind', entry.kind), attribute('anchor', entry.anchor));
  node.children.push({ type: 'mdxJsxFlowElement', name: 'span', attributes: [attribute('slot', 'caption')], children: [{ type: 'text', value: float.caption }] });
}

/** Fails on a widget outside a `<Figure>` or a Markdown table outside a `<Table>`: every one is numbered. */
function requireNumbering(tree, where, blocks) {
  const visit = (node, inFigure, inTable) => {
    if (node.type === 'table' && !inTable) {
      throw new Error(`${where}: a table must be numbered: put it in <Table id="tab:…" caption="…">, with blank lines around the table (see content/AUTHORING.md)`);
    }
    const isWidget = node.type === 'mdxJsxFlowElement' && /^[A-Z]/.test(node.name ?? '') && !blocks.has(node.name);
    if (isWidget && !inFigure) {
      throw new Error(`${where}: <${node.name} id="${node.attributes?.find((a) => a.name === 'id')?.value ?? ''}"> is a widget, and every widget is a numbered figure: put it in <Figure id="fig:…" caption="…"> (see content/AUTHORING.md)`);
    }
    for (const child of node.children ?? []) visit(child, inFigure || isTag(node, 'Figure'), inTable || isTag(node, 'Table'));
  };
  visit(tree, false, false);
}

/**
 * The caption as plain text for the list of figures and tables: references as "Figure 4.2" and
 * citations formatted by rehype-citation with the book's own options, so they read as in the text.
 */
async function plainCaption(caption, index, where, citation) {
  const resolved = caption.replace(REFERENCE, (_whole, dash, id) => referenceText(requireEntry(index, id, where), dash === '-'));
  if (!citation) return resolved;
  /** @type {import('hast').Root} */
  const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: normaliseCitations(resolved) }] }] };
  await unified().use(rehypeCitation, citation).run(tree);
  return textOf(tree).trim();
}

/**
 * Remark plugin for numbered figures and tables (content/AUTHORING.md, "Figures and tables").
 * In a chapter it numbers every `<Figure id="fig:…" caption="…">` and `<Table id="tab:…" caption="…">`
 * by chapter ("Figure 4.2", from the book-wide index, so numbers follow chapter order), fails on a
 * widget or Markdown table left unnumbered, and records the chapter's floats for the list of figures
 * and tables. In any content it turns `@fig:id` / `@tab:id` into a link reading "Figure 4.2" and
 * fails on an unknown id, naming the file. Runs before remark-citations, which would otherwise read
 * `@fig:…` as a citation key. `citation` is rehype-citation's options (for the list's captions);
 * `chaptersDir` points the index elsewhere in tests.
 * @param {{ citation?: Record<string, unknown>, chaptersDir?: string }} [options]
 */
export function remarkFigures({ citation, chaptersDir = defaultChaptersDir } = {}) {
  const blocks = buildingBlocks();
  return async (tree, file) => {
    const where = fileLabel(file);
    const path = file.path ?? file.history?.[0] ?? '';
    const chapter = path.startsWith(chaptersDir) ? basename(path, '.mdx') : undefined;
    const index = readFigureIndex(chaptersDir);
    const floats = declaredFloats(tree, where);
    if (floats.length > 0 && !chapter) throw new Error(`${where}: figures and tables are numbered by chapter, so <Figure> and <Table> belong in ${join('content', 'chapters')}/`);
    for (const float of floats) {
      const entry = index.get(float.id);
      if (entry?.chapter !== chapter) throw new Error(`${where}: "${float.id}" is not in the figure index for this chapter; save the file and build again`);
      numberFloat(float, entry);
    }
    if (chapter) requireNumbering(tree, where, blocks);
    resolveReferences(tree, index, chapter, where);
    if (!chapter) return;
    const summaries = [];
    for (const float of floats) {
      const { id, kind, label, number, anchor } = index.get(float.id);
      summaries.push({ id, kind, label, number, anchor, caption: await plainCaption(float.caption, index, where, citation) });
    }
    setFrontmatter(file, 'figures', summaries);
  };
}
