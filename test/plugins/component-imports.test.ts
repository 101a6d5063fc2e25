// remark-component-imports: a chapter imports the building blocks and widget islands it uses, and only those (so a
// page carries only their styles); an unknown component fails the build naming the file.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { chapterComponents, remarkComponentImports } from '../../src/plugins/remark-component-imports.mjs';
import { componentsDir, projectRoot } from '../../src/plugins/paths.mjs';
import { widgetKinds } from '@components/widget-kinds';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

async function imports(mdx: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkComponentImports);
  const file = { path: `${projectRoot}content/chapters/04-strategic-triangle.mdx`, value: mdx };
  const tree = (await processor.run(processor.parse(file), file as never)) as unknown as Node;
  return (tree.children ?? []).filter((n) => n.type === 'mdxjsEsm').map((n) => n.value ?? '');
}

describe('chapterComponents()', () => {
  const components = chapterComponents();

  it('finds every building block and every registered widget’s island', () => {
    for (const tag of ['Term', 'Exercise', 'QuickCheck', 'SetupLink', 'ModelFigure', 'Figure', 'GuidedSequence', 'Predict', 'ThreeWaves']) expect(components.has(tag), tag).toBe(true);
    for (const meta of Object.values(widgetKinds)) expect(components.get(meta.tag), meta.tag).toMatch(/\.astro$/);
    expect(components.get('StrategicTriangle')).toBe(join(componentsDir, 'strategic-triangle', 'StrategicTriangle.astro'));
  });

  it('maps a numbered table to the figure component and takes no widget’s static part for an island', () => {
    expect(components.get('Table')).toBe(components.get('Figure'));
    expect([...components.values()].filter((file) => file.includes('/mode-balancer/'))).toEqual([join(componentsDir, 'mode-balancer', 'ModeBalancer.astro')]);
  });
});

describe('remarkComponentImports()', () => {
  it('imports each component the chapter uses once, and nothing else', async () => {
    const found = await imports('Text <Term id="x">x</Term> and <Term id="y">y</Term>.\n\n<StrategicTriangle id="t" />\n\n<Callout>c</Callout>\n');
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toMatch(/import Callout from ".*components\/mdx\/Callout\.astro";\nimport StrategicTriangle from ".*StrategicTriangle\.astro";\nimport Term from ".*Term\.astro";/);
  });

  it('leaves a component the chapter imports itself alone, and lower-case HTML tags too', async () => {
    const found = await imports('import Term from "./my-term.astro";\n\n<Term id="x">x</Term> <span>s</span>\n');
    expect(found).toEqual(['import Term from "./my-term.astro";']);
  });

  it('fails on a component that is neither a building block nor a widget, naming the file', async () => {
    await expect(imports('<Triangel id="t" />\n')).rejects.toThrow(/04-strategic-triangle\.mdx.*<Triangel>/);
  });
});
