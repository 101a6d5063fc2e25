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

/**
 * Rehype plugin for rehype-citation's output. Citations link to `#bib-<key>` in the page's own
 * reference list; only chapters have one, so in other content (glossary entries) the links go to
 * the whole-book bibliography. A work without an author is cited by its title, in italics.
 */
export function rehypeCitationTargets({ base = '/' } = {}) {
  const bibliography = `${base.replace(/\/$/, '')}/bibliography/`;
  const titles = new Map([...authorlessTitles()].map(([key, title]) => [key.toLowerCase(), title]));
  return (tree, file) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const isChapter = path.includes('/content/chapters/');
    walk(tree, (node) => {
      const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('#bib-')) return;
      const title = titles.get(href.slice('#bib-'.length));
      if (title) node.children = node.children.flatMap((child) => (child.type === 'text' ? italicise(child, title) : [child]));
      if (!isChapter) node.properties.href = `${bibliography}${href}`;
    });
  };
}
