// remark-exercises: exercises recorded for the index and the course catalogue (with their quick checks), written
// exercises given a box for the reader's answer under the task, and the page's widgets recorded.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { remarkExercises, WRITTEN_KINDS } from '../../src/plugins/remark-exercises.mjs';
import { jsxValue } from '../../src/plugins/walk.mjs';
import { WRITTEN_KINDS as CATALOGUE_WRITTEN_KINDS } from '@components/progress/catalogue';
import { projectRoot } from '../../src/plugins/paths.mjs';

interface Node {
  type: string;
  name?: string;
  attributes?: { name: string; value: unknown }[];
  children?: Node[];
}

async function run(mdx: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkExercises);
  const file = { path: `${projectRoot}content/chapters/07-modes.mdx`, value: mdx, data: {} as Record<string, unknown> };
  const tree = (await processor.run(processor.parse(file), file as never)) as unknown as Node;
  const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
  return { tree, frontmatter };
}

const childrenOf = (tree: Node, name: string) => tree.children?.find((c) => c.name === name)?.children?.map((c) => c.name ?? c.type) ?? [];

describe('remarkExercises()', () => {
  it('records each exercise with its quick checks as written', async () => {
    const { frontmatter } = await run(`<Exercise id="ch7-check" kind="quick-check" title="Which mode?">
  <QuickCheck question="Which mode fits car-pooling?" choices={[{ text: "Bureaucracy", feedback: "No." }, { text: \`Opensourcing\`, correct: true, feedback: "Yes." }]} />
</Exercise>`);
    expect(frontmatter['exercises']).toEqual([
      { id: 'ch7-check', kind: 'quick-check', title: 'Which mode?', quickChecks: [{ question: 'Which mode fits car-pooling?', choices: [{ text: 'Bureaucracy', correct: false }, { text: 'Opensourcing', correct: true }] }] },
    ]);
  });

  it('puts a box for the reader’s answer under the task of a written exercise, before its hints and model answer', async () => {
    const { tree } = await run(`<Exercise id="ch7-essay" kind="essay" title="A platform?">
  Discuss.

  <Hint>Think of equal access.</Hint>

  <ModelAnswer>An outline.</ModelAnswer>
</Exercise>

<Exercise id="ch7-list" kind="application" title="Apply">
  Apply it.

  <Hint>One.</Hint>
  <Hint>Two.</Hint>
</Exercise>

<Exercise id="ch7-talk" kind="discussion" title="Talk">
  Discuss with a neighbour.
</Exercise>`);
    const exercises = (tree.children ?? []).filter((c) => c.name === 'Exercise');
    expect(exercises.map((e) => e.children?.map((c) => c.name ?? c.type))).toEqual([
      // A hint written on one line is a paragraph holding it, to MDX: the box goes before that paragraph.
      ['paragraph', 'AnswerBox', 'paragraph', 'paragraph'],
      ['paragraph', 'AnswerBox', 'paragraph'],
      ['paragraph', 'AnswerBox'],
    ]);
    expect(exercises.map((e) => e.children?.find((c) => c.name === 'AnswerBox')?.attributes?.[0]?.value)).toEqual(['ch7-essay', 'ch7-list', 'ch7-talk']);
  });

  it('gives quick checks and widget tasks no answer box', async () => {
    const { tree } = await run(`<Exercise id="ch7-task" kind="widget-task" title="Try it">
  Open the set-up.
</Exercise>`);
    expect(childrenOf(tree, 'Exercise')).toEqual(['paragraph']);
  });

  it('records the widgets on the page with their ids, not glossary terms or exercises', async () => {
    const { frontmatter } = await run(`<ModeBalancer id="modes" preset="car-pooling" />

A <Term id="co-production">term</Term>.

<Exercise id="ch7-x" kind="quick-check" title="X">x</Exercise>`);
    expect(frontmatter['widgets']).toEqual([{ tag: 'ModeBalancer', id: 'modes' }]);
  });

  it('refuses a quick check whose choices are not a literal list, naming the file and exercise', async () => {
    await expect(run(`<Exercise id="ch7-bad" kind="quick-check" title="Bad">
  <QuickCheck question="Q" choices={makeChoices()} />
</Exercise>`)).rejects.toThrow(/07-modes\.mdx: <Exercise id="ch7-bad">: a <QuickCheck>'s choices must be written as a literal list/);
  });

  it('agrees with the catalogue on which kinds ask for a written answer', () => {
    expect(WRITTEN_KINDS).toEqual([...CATALOGUE_WRITTEN_KINDS]);
  });
});

describe('jsxValue()', () => {
  it('reads string and literal attributes, and true for a bare one', async () => {
    const { tree } = await run(`<SetupLink widget="modes" mix={{ bureaucracy: 70, innersourcing: -0, crowdsourcing: 30 }} flag list={[1, "a", null]} />`);
    const node = (tree.children ?? []).flatMap((c) => (c.name ? [c] : (c.children ?? []))).find((c) => c.name === 'SetupLink')!;
    expect(jsxValue(node, 'widget')).toBe('modes');
    expect(jsxValue(node, 'mix')).toEqual({ bureaucracy: 70, innersourcing: -0, crowdsourcing: 30 });
    expect(jsxValue(node, 'flag')).toBe(true);
    expect(jsxValue(node, 'list')).toEqual([1, 'a', null]);
    expect(jsxValue(node, 'missing')).toBeUndefined();
  });
});
