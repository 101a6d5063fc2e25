import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/plugins/rehype-table-scroll.mjs';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });
const text = (value: string): Node => ({ type: 'text', value });
const table = (...children: Node[]) => el('table', children);
const transform = (tree: Node) => (rehypeTableScroll() as unknown as (t: Node) => void)(tree);

describe('rehypeTableScroll', () => {
  it('puts each table in a focusable region named after its caption', () => {
    const tree = el('root', [table(el('caption', [text(' Table 1: the modes ')]))]);
    transform(tree);
    const wrapper = tree.children![0]!;
    expect(wrapper.properties).toMatchObject({ className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table 1: the modes' });
    expect(wrapper.children![0]!.tagName).toBe('table');
  });

  it('names a table without a caption by its first column headings, so regions on a page differ', () => {
    const tree = el('root', [table(el('thead', [el('tr', ['Aspect', 'Bureaucracy', 'NPM', 'Public value', 'Co-production'].map((h) => el('th', [text(h)])))]))]);
    transform(tree);
    expect(tree.children![0]!.properties!['ariaLabel']).toBe('Table: Aspect, Bureaucracy, NPM, Public value');
  });

  it('leaves a table already in a scrolling region alone', () => {
    const tree = el('root', [el('div', [table()], { className: ['table-scroll'] })]);
    transform(tree);
    expect(tree.children![0]!.children![0]!.tagName).toBe('table');
  });
});
