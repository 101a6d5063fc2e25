import { walk } from './walk.mjs';

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Rehype plugin: puts every table in a region that scrolls sideways on its own, so a wide table
 * never makes a phone's page wider than the screen. The region can take focus (keyboard users
 * scroll it with the arrow keys) and is named after the table's caption.
 */
export function rehypeTableScroll() {
  return (tree) => {
    const tables = [];
    walk(tree, (node, parent) => {
      if (node.type === 'element' && node.tagName === 'table' && parent && !parent.properties?.className?.includes('table-scroll')) tables.push([node, parent]);
    });
    for (const [table, parent] of tables) {
      const caption = table.children.find((c) => c.type === 'element' && c.tagName === 'caption');
      const wrapper = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: caption ? textOf(caption).trim() : 'Table' },
        children: [table],
      };
      parent.children[parent.children.indexOf(table)] = wrapper;
    }
  };
}
