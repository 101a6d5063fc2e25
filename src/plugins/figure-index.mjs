import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { parse } from 'yaml';
import { walk, jsxAttribute } from './walk.mjs';
import { chaptersDir, projectRoot } from './paths.mjs';

/** The two kinds of numbered float, by MDX tag: the kind, the id's prefix and the label in the text. */
export const FLOATS = {
  Figure: { kind: 'figure', prefix: 'fig', label: 'Figure' },
  Table: { kind: 'table', prefix: 'tab', label: 'Table' },
};

const ID = /^(?:fig|tab):[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The HTML anchor of a float id: `fig:triangle-policing` → `fig-triangle-policing` (a colon would need escaping in CSS and querySelector). */
export function anchorFor(id) {
  return id.replace(':', '-');
}

/**
 * The `<Figure id caption>` and `<Table id caption>` elements of an MDX tree, in document order,
 * validated: the id has the kind's prefix and is kebab-case, and the caption is a non-empty string.
 * `where` names the file in the errors.
 */
export function declaredFloats(tree, where) {
  const found = [];
  walk(tree, (node) => {
    if (!node.type?.startsWith('mdxJsx') || !Object.hasOwn(FLOATS, node.name ?? '')) return;
    const spec = FLOATS[node.name];
    const id = jsxAttribute(node, 'id');
    const tag = `<${node.name} id="${id ?? ''}">`;
    if (node.type !== 'mdxJsxFlowElement') throw new Error(`${where}: ${tag} must stand on lines of its own, with blank lines around it`);
    if (!id || !ID.test(id) || !id.startsWith(`${spec.prefix}:`)) {
      throw new Error(`${where}: ${tag} needs an id like "${spec.prefix}:modes-recycling" ("${spec.prefix}:" and kebab-case)`);
    }
    const caption = jsxAttribute(node, 'caption')?.trim();
    if (!caption) throw new Error(`${where}: ${tag} needs a caption="…" saying what it shows (and its source, if adapted from one)`);
    found.push({ id, kind: spec.kind, label: spec.label, caption, node });
  });
  return found;
}

/** A chapter file's `order` (from its frontmatter) and its MDX body. */
function splitChapter(text, where) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  const order = match ? parse(match[1])?.order : undefined;
  if (!match || !Number.isInteger(order)) throw new Error(`${where}: a chapter needs frontmatter with an integer "order"`);
  return { order, body: match[2] };
}

let cache;

/**
 * Every numbered figure and table of the book, by id: its kind, label, number ("4.2": chapter
 * order, then its position among the chapter's figures or tables), chapter slug, anchor, caption
 * and file. Read from the chapters' MDX with the MDX parser the build uses; kept until a chapter
 * file changes. An id used twice fails, naming both files.
 */
export function readFigureIndex(dir = chaptersDir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const signature = `${dir}|${files.map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`).join('|')}`;
  if (cache?.signature === signature) return cache.index;
  const index = new Map();
  const processor = createProcessor();
  for (const file of files) {
    const where = relative(projectRoot, join(dir, file));
    const { order, body } = splitChapter(readFileSync(join(dir, file), 'utf8'), where);
    const counts = { figure: 0, table: 0 };
    for (const float of declaredFloats(processor.parse(body), where)) {
      const earlier = index.get(float.id);
      if (earlier) throw new Error(`${where}: the id "${float.id}" is already used in ${earlier.file}; figure and table ids are unique in the book`);
      counts[float.kind] += 1;
      index.set(float.id, {
        id: float.id,
        kind: float.kind,
        label: float.label,
        number: `${order}.${counts[float.kind]}`,
        chapter: file.replace(/\.mdx$/, ''),
        order,
        anchor: anchorFor(float.id),
        caption: float.caption,
        file: where,
      });
    }
  }
  cache = { signature, index };
  return index;
}
