// Numbered figures and tables: numbers by chapter, cross-references, and build errors that name the file and the id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { readFigureIndex } from '../../src/plugins/figure-index.mjs';
import { remarkFigures } from '../../src/plugins/remark-figures.mjs';
import { writeCitationData } from '../../src/plugins/citation-data.mjs';
import { projectRoot } from '../../src/plugins/paths.mjs';

interface Node {
  type: string;
  name?: string;
  value?: string;
  url?: string;
  attributes?: { name: string; value: unknown }[];
  children?: Node[];
}

const chapter = (order: number, body: string) => `---\ntitle: Test\norder: ${order}\n---\n\n${body}\n`;

const TRIANGLE_FIGURE = `<Figure id="fig:triangle" caption="The triangle [@moore1995, p. 71], after @fig:modes.">
  <StrategicTriangle id="triangle" />
</Figure>`;
const MODES_FIGURE = `<Figure id="fig:modes" caption="The balancer.">
  <ModeBalancer id="modes" preset="car-pooling" />
</Figure>`;
const TABLE = `<Table id="tab:waves" caption="Three waves.">

| a | b |
| --- | --- |
| 1 | 2 |

</Table>`;

let dir: string;

function makeBook(files: Record<string, string>): string {
  const folder = mkdtempSync(join(dir, 'book-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

/** Runs remark-figures on `body` as the file `name` in `folder` (a chapter when `folder` is the chapters folder); returns the tree and the file. */
async function run(folder: string, name: string, body: string, citation?: Record<string, unknown>, chaptersDir = folder) {
  const processor = createProcessor({ remarkPlugins: [remarkGfm] });
  const file = new VFile({ path: join(folder, name), value: body });
  const tree = processor.parse(file) as unknown as Node;
  await remarkFigures({ chaptersDir, citation })(tree, file);
  return { tree, file };
}

function find(tree: Node, test: (n: Node) => boolean): Node[] {
  const found: Node[] = [];
  const visit = (n: Node) => {
    if (test(n)) found.push(n);
    n.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

const attr = (node: Node, name: string) => node.attributes?.find((a) => a.name === name)?.value;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'figures-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFigureIndex()', () => {
  it('numbers figures and tables separately, by the chapter order in the frontmatter and position in the chapter', () => {
    const folder = makeBook({
      '01-first.mdx': chapter(3, `${MODES_FIGURE}\n\n${TABLE}`),
      '02-second.mdx': chapter(1, TRIANGLE_FIGURE),
    });
    const index = readFigureIndex(folder);
    expect([...index.values()].map((e) => [e.id, e.label, e.number, e.chapter, e.anchor])).toEqual([
      ['fig:modes', 'Figure', '3.1', '01-first', 'fig-modes'],
      ['tab:waves', 'Table', '3.1', '01-first', 'tab-waves'],
      ['fig:triangle', 'Figure', '1.1', '02-second', 'fig-triangle'],
    ]);
  });

  it('fails on an id used twice in the book, naming both files', () => {
    const folder = makeBook({ '01-a.mdx': chapter(1, MODES_FIGURE), '02-b.mdx': chapter(2, MODES_FIGURE) });
    expect(() => readFigureIndex(folder)).toThrow(/02-b\.mdx: the id "fig:modes" is already used in .*01-a\.mdx/);
  });

  it.each([
    ['a table with a figure id', '<Table id="fig:x" caption="c.">\n\n| a |\n| --- |\n| 1 |\n\n</Table>', /<Table id="fig:x"> needs an id like "tab:/],
    ['an id that is not kebab-case', '<Figure id="fig:Modes_1" caption="c.">\n  <ModeBalancer id="m" />\n</Figure>', /<Figure id="fig:Modes_1"> needs an id like "fig:/],
    ['a figure without a caption', '<Figure id="fig:x">\n  <ModeBalancer id="m" />\n</Figure>', /<Figure id="fig:x"> needs a caption/],
    ['a figure inside a paragraph', 'Text <Figure id="fig:x" caption="c.">x</Figure> text.', /<Figure id="fig:x"> must stand on lines of its own/],
  ])('fails on %s, naming the file', (_case, body, message) => {
    const folder = makeBook({ '01-a.mdx': chapter(1, body) });
    expect(() => readFigureIndex(folder)).toThrow(message);
    expect(() => readFigureIndex(folder)).toThrow(/01-a\.mdx/);
  });
});

describe('remarkFigures()', () => {
  it('gives each figure and table its number, kind and anchor, and turns its caption into the caption slot', async () => {
    const folder = makeBook({ '01-a.mdx': chapter(2, `${MODES_FIGURE}\n\n${TABLE}`) });
    const { tree } = await run(folder, '01-a.mdx', `${MODES_FIGURE}\n\n${TABLE}`);
    const [figure, table] = find(tree, (n) => n.name === 'Figure' || n.name === 'Table');
    expect([attr(figure!, 'number'), attr(figure!, 'kind'), attr(figure!, 'anchor'), attr(figure!, 'caption')]).toEqual(['2.1', 'figure', 'fig-modes', undefined]);
    expect([attr(table!, 'number'), attr(table!, 'kind'), attr(table!, 'anchor')]).toEqual(['2.1', 'table', 'tab-waves']);
    const slot = figure!.children!.at(-1)!;
    expect([slot.name, attr(slot, 'slot'), slot.children![0]!.value]).toEqual(['span', 'caption', 'The balancer.']);
  });

  it('links a reference with its number, to the anchor on the page or in another chapter', async () => {
    const folder = makeBook({ '01-a.mdx': chapter(1, MODES_FIGURE), '02-b.mdx': chapter(2, `${TRIANGLE_FIGURE}\n\n${TABLE}`) });
    const { tree } = await run(folder, '02-b.mdx', `See @fig:triangle and @tab:waves, then Figures -@fig:modes and 2.1; mail me@fig:example.org.\n\n${TRIANGLE_FIGURE}\n\n${TABLE}`);
    const links = find(tree, (n) => n.type === 'link').map((l) => [l.children![0]!.value, l.url]);
    expect(links).toEqual([
      ['Figure 2.1', '#fig-triangle'],
      ['Table 2.1', '#tab-waves'],
      ['1.1', '/chapters/01-a/#fig-modes'],
      // The caption's own reference, once the caption is part of the text.
      ['Figure 1.1', '/chapters/01-a/#fig-modes'],
    ]);
  });

  it('resolves references outside the chapters too (a glossary entry), to the chapter page', async () => {
    const folder = makeBook({ '01-a.mdx': chapter(1, MODES_FIGURE) });
    const { tree } = await run(join(dir, 'glossary'), 'term.md', 'As @fig:modes shows.', undefined, folder);
    expect(find(tree, (n) => n.type === 'link').map((l) => [l.children![0]!.value, l.url])).toEqual([['Figure 1.1', '/chapters/01-a/#fig-modes']]);
  });

  it.each([
    ['an unknown id', 'As @fig:nowhere shows.', /01-a\.mdx: unknown figure or table "@fig:nowhere"/],
    ['a reference in brackets', 'As shown [see @fig:modes].', /01-a\.mdx: write a cross-reference without brackets/],
    ['a widget outside a figure', '<TypologyMap id="typology" caseId="faith-schools" />', /01-a\.mdx: <TypologyMap id="typology"> is a widget.*<Figure id="fig:…" caption="…">/],
    ['a Markdown table outside a <Table>', '| a |\n| --- |\n| 1 |', /01-a\.mdx: a table must be numbered: put it in <Table id="tab:…" caption="…">/],
  ])('fails the build on %s, naming the file', async (_case, extra, message) => {
    const folder = makeBook({ '01-a.mdx': chapter(1, MODES_FIGURE) });
    await expect(run(folder, '01-a.mdx', `${MODES_FIGURE}\n\n${extra}`)).rejects.toThrow(message);
  });

  it('lets building blocks (Callout, Exercise, QuickCheck…) stand outside figures', async () => {
    const folder = makeBook({ '01-a.mdx': chapter(1, '') });
    await expect(run(folder, '01-a.mdx', '<Callout title="t">\n  Text.\n</Callout>\n\n<Exercise id="ch1-x" kind="essay" title="t">\n  Task.\n</Exercise>')).resolves.toBeDefined();
  });

  it('records the chapter’s floats for the list of figures and tables, with citations formatted as in the text', async () => {
    const folder = makeBook({ '01-a.mdx': chapter(1, `${MODES_FIGURE}\n\n${TRIANGLE_FIGURE}`) });
    const citation = { bibliography: writeCitationData(), path: projectRoot, csl: 'apa', linkCitations: true, suppressBibliography: true };
    const { file } = await run(folder, '01-a.mdx', `${MODES_FIGURE}\n\n${TRIANGLE_FIGURE}`, citation);
    const figures = (file.data as { astro: { frontmatter: { figures: object[] } } }).astro.frontmatter.figures;
    expect(figures).toEqual([
      { id: 'fig:modes', kind: 'figure', label: 'Figure', number: '1.1', anchor: 'fig-modes', caption: 'The balancer.' },
      { id: 'fig:triangle', kind: 'figure', label: 'Figure', number: '1.2', anchor: 'fig-triangle', caption: 'The triangle (Moore, 1995, p. 71), after Figure 1.1.' },
    ]);
  });
});
