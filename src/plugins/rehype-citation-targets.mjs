import { walk } from './walk.mjs';
import { authorlessTitles } from './citation-data.mjs';

/** Splits a text node around `title`, putting the title in italics (APA cites such works by italic title). */
function italicise(text, title) {
  const at = text.value.indexOf(title);
  if (at < 0) return [text];
  const parts = [];
  if (at > 0) parts.push({ type: 'text', value: text.value.slice(0, at) });
  parts.push({ type: 'element', tagName: 'i', properties: {}, children: [{ type: 'text', value: title }] });
  const rest = text.value.slice(at + title.length);
  if (rest) parts.push({ type: 'text', value: rest });
  return parts;
}

const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));

/**
 * Mends a link rehype-citation misplaces when APA merges works by the same authors: in
 * "(Osborne et al., 2013, 2016)" it links the closing bracket instead of "2016". The link moves
 * back onto the year (or "n.d.") just before it.
 */
function mendYearLinks(parent) {
  const children = parent.children ?? [];
  for (let i = 1; i < children.length; i++) {
    const link = children[i];
    const before = children[i - 1];
    if (link.type !== 'element' || link.tagName !== 'a' || /[\p{L}\d]/u.test(textOf(link)) || before.type !== 'text') continue;
    const year = /(\d{4}[a-z]?|n\.d\.(?:-[a-z])?)$/.exec(before.value);
    if (!year) continue;
    const punctuation = textOf(link);
    before.value = before.value.slice(0, year.index);
    link.children = [{ type: 'text', value: year[1] }];
    children.splice(i + 1, 0, { type: 'text', value: punctuation });
  }
}

/**
 * Rehype plugin for rehype-citation's output. Citations link to `#bib-<key>` in the page's own
 * reference list; only chapters have one, so in other content (glossary entries) the links go to
 * the whole-book bibliography. A work without an author is cited by its title, in italics, and a
 * link misplaced in a same-author citation is mended.
 */
export function rehypeCitationTargets({ base = '/' } = {}) {
  const bibliography = `${base.replace(/\/$/, '')}/bibliography/`;
  const titles = new Map([...authorlessTitles()].map(([key, title]) => [key.toLowerCase(), title]));
  return (tree, file) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const isChapter = path.includes('/content/chapters/');
    walk(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'span' && String(node.properties?.id ?? '').startsWith('citation--')) mendYearLinks(node);
      const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('#bib-')) return;
      const title = titles.get(href.slice('#bib-'.length));
      if (title) node.children = node.children.flatMap((child) => (child.type === 'text' ? italicise(child, title) : [child]));
      if (!isChapter) node.properties.href = `${bibliography}${href}`;
    });
  };
}
