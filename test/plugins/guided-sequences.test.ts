// remark-guided-sequences: each step learns its sequence, widget, target, number and file; each sequence and what its
// steps ask goes to the course catalogue; mistakes fail the build naming the file.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { remarkGuidedSequences } from '../../src/plugins/remark-guided-sequences.mjs';
import { projectRoot } from '../../src/plugins/paths.mjs';

interface Node {
  type: string;
  name?: string;
  attributes?: { name: string; value: unknown }[];
  children?: Node[];
}

async function run(mdx: string, data: Record<string, unknown> = {}): Promise<Node[]> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGuidedSequences);
  const file = { path: `${projectRoot}content/chapters/04-strategic-triangle.mdx`, value: mdx, data };
  const tree = (await processor.run(processor.parse(file), file as never)) as unknown as Node;
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (['GuidedStep', 'Predict', 'Guess'].includes(node.name ?? '')) found.push(node);
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

const attrs = (node: Node | undefined) => Object.fromEntries((node?.attributes ?? []).map((a) => [a.name, a.value]));
const step = (body = '<Predict question="q" try="t" choices={[]} />\n\n<Explain>Why.</Explain>', props = 'title="A"') => `<GuidedStep ${props}>\n\n${body}\n\n</GuidedStep>`;
const sequence = (steps: string[], props = 'id="ch4-x" title="X" widget="triangle" target="triangle"') => `<GuidedSequence ${props}>\n\n${steps.join('\n\n')}\n\n</GuidedSequence>`;

describe('remarkGuidedSequences()', () => {
  it('gives every step its sequence, widget, target, number, total and file, and each prediction the widget’s id', async () => {
    const [first, firstPredict, second, guess] = await run(sequence([step(), step('<Guess label="g" try="t" show="alignment" tolerance={1} />\n\n<Explain>Why.</Explain>', 'title="B"')]));
    expect(attrs(first)).toMatchObject({ title: 'A', sequence: 'ch4-x', widget: 'triangle', target: 'triangle', number: '1', total: '2', file: 'content/chapters/04-strategic-triangle.mdx' });
    expect(attrs(second)).toMatchObject({ number: '2', total: '2' });
    expect(attrs(firstPredict)).toMatchObject({ target: 'triangle' });
    expect(attrs(firstPredict).file).toBeUndefined();
    expect(attrs(guess)).toMatchObject({ target: 'triangle', file: 'content/chapters/04-strategic-triangle.mdx' });
  });

  it('records each sequence for the course catalogue: its id, title and each step’s title and prediction as written', async () => {
    const data: { astro?: { frontmatter: Record<string, unknown> } } = {};
    const predict = '<Predict question="Which corner?" try="t" choices={[{ text: "Support", correct: true, feedback: "f" }, { text: "Capacity", feedback: "g" }]} />\n\n<Explain>Why.</Explain>';
    const guess = '<Guess label="What value?" try="t" show="alignment" unit=" %" tolerance={1} />\n\n<Explain>Why.</Explain>';
    await run(`${sequence([step(predict), step(guess, 'title="B"')])}\n\n${sequence([step('<Guess label="How many?" try="t" show="alignment" tolerance={1} />\n\n<Explain>Why.</Explain>')], 'id="ch4-y" title="Y" widget="triangle" target="triangle"')}`, data);
    expect(data.astro?.frontmatter['sequences']).toEqual([
      {
        id: 'ch4-x',
        title: 'X',
        steps: [
          { title: 'A', kind: 'predict', question: 'Which corner?', choices: [{ text: 'Support', correct: true }, { text: 'Capacity', correct: false }], unit: '' },
          { title: 'B', kind: 'guess', question: 'What value?', choices: [], unit: ' %' },
        ],
      },
      { id: 'ch4-y', title: 'Y', steps: [{ title: 'A', kind: 'guess', question: 'How many?', choices: [], unit: '' }] },
    ]);
    await run('No sequence here.', data);
    expect(data.astro?.frontmatter['sequences']).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['a missing prop', sequence([step()], 'id="ch4-x" title="X" widget="triangle"'), /04-strategic-triangle\.mdx: <GuidedSequence id="ch4-x"> needs target/],
    ['an id that is not kebab-case', sequence([step()], 'id="Ch4 X" title="X" widget="triangle" target="triangle"'), /needs a kebab-case id/],
    ['a repeated id', `${sequence([step()])}\n\n${sequence([step()])}`, /repeats an id/],
    ['no steps', sequence([]), /has no <GuidedStep>/],
    ['a step setting what the sequence gives', sequence([step(undefined, 'title="A" number="3"')]), /step 1 sets number, which come from the sequence/],
    ['a step without a prediction', sequence([step('<Explain>Why.</Explain>')]), /step 1 needs one <Predict> or <Guess> and one <Explain> \(found 0 and 1\)/],
    ['a step with two explanations', sequence([step('<Predict question="q" try="t" choices={[]} />\n\n<Explain>A.</Explain>\n\n<Explain>B.</Explain>')]), /found 1 and 2/],
    ['a step outside a sequence', step(), /a <GuidedStep> must sit inside a <GuidedSequence>/],
    ['choices that are not a literal list', sequence([step('<Predict question="q" try="t" choices={choices} />\n\n<Explain>Why.</Explain>')]), /<GuidedSequence id="ch4-x">: step 1: a <Predict>'s choices must be written as a literal list/],
  ])('refuses %s, naming the file', async (_what, mdx, message) => {
    await expect(run(mdx)).rejects.toThrow(message);
  });
});
