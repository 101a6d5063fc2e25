// remark-model-figures: every <ModelFigure> learns its chapter's file, so the build's errors can name it.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { remarkModelFigures } from '../../src/plugins/remark-model-figures.mjs';
import { projectRoot } from '../../src/plugins/paths.mjs';

interface Node {
  type: string;
  name?: string;
  attributes?: { name: string; value: unknown }[];
  children?: Node[];
}

async function run(mdx: string): Promise<Node[]> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkModelFigures);
  const file = { path: `${projectRoot}content/chapters/11-conclusion.mdx`, value: mdx };
  const tree = (await processor.run(processor.parse(file), file)) as Node;
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (node.name === 'ModelFigure') found.push(node);
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

describe('remarkModelFigures()', () => {
  it('adds the chapter file, relative to the project, to every <ModelFigure>', async () => {
    const [figure] = await run('Bureaucracy keeps <ModelFigure preset="ae-demand" show="share" mode="bureaucracy" />.');
    expect(figure?.attributes?.find((a) => a.name === 'file')?.value).toBe('content/chapters/11-conclusion.mdx');
  });

  it('refuses a <ModelFigure> with children, naming the file', async () => {
    await expect(run('Bureaucracy keeps <ModelFigure preset="ae-demand" show="share" mode="bureaucracy">50 %</ModelFigure>.')).rejects.toThrow(
      /11-conclusion\.mdx: <ModelFigure> takes no children/,
    );
  });
});
