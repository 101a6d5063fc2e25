import { walk } from './walk.mjs';

/**
 * Rehype plugin: citations link to `#bib-<key>` in the page's own reference list. Only chapters
 * have one, so in other content (glossary entries) the links go to the whole-book bibliography.
 */
export function rehypeCitationTargets({ base = '/' } = {}) {
  const bibliography = `${base.replace(/\/$/, '')}/bibliography/`;
  return (tree, file) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (path.includes('/content/chapters/')) return;
    walk(tree, (node) => {
      const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string' && href.startsWith('#bib-')) node.properties.href = `${bibliography}${href}`;
    });
  };
}
