import { walk } from './walk.mjs';

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

// A table's caption; without one, its column headings ("Table: Aspect, Bureaucracy, …"), so that
// two regions on a page rarely share a name.
function nameOf(table) {
  const caption = table.children.find((c) => c.type === 'element' && c.tagName === 'caption');
  if (caption) return textOf(caption).trim();
  const headings = [];
  walk(table, (node) => {
    if (node.type === 'element' && node.tagName === 'th' && headings.length < 4) headings.push(textOf(node).trim());
  });
  return headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
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
      const wrapper = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: nameOf(table) },
        children: [table],
      };
      parent.children[parent.children.indexOf(table)] = wrapper;
    }
  };
}
