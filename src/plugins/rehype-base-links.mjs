import { walk } from './walk.mjs';

/**
 * Rehype plugin: content links to pages of the book are written site-absolute ("/model/");
 * this prefixes them with the configured base so the book also works under a sub-path.
 */
export function rehypeBaseLinks({ base = '/' } = {}) {
  const prefix = base.replace(/\/$/, '');
  return (tree) => {
    if (!prefix) return;
    walk(tree, (node) => {
      const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        node.properties.href = `${prefix}${href}`;
      }
    });
  };
}
