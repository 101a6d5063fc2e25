import { walk } from './walk.mjs';

const LINKED = new Set(['h2', 'h3']);

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Rehype plugin: gives every h2/h3 a visible "#" link to its own anchor. The link works
 * without JavaScript; the page script upgrades it to copy the section's address.
 */
export function rehypeHeadingLinks() {
  return (tree) => {
    walk(tree, (node) => {
      if (node.type !== 'element' || !LINKED.has(node.tagName) || !node.properties?.id) return;
      const label = textOf(node).trim();
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${node.properties.id}`, dataCopyLink: '', dataPagefindIgnore: 'all' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section: ${label}` }] },
        ],
      });
    });
  };
}
