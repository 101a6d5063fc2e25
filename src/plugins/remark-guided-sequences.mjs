import { walk, jsxAttribute, jsxValue, fileLabel, setFrontmatter } from './walk.mjs';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEQUENCE_PROPS = ['id', 'title', 'widget', 'target'];
// What the plugin gives each step; an author writing them would be overruled, so it is refused.
const GIVEN = ['sequence', 'target', 'widget', 'number', 'total', 'file'];

const attribute = (name, value) => ({ type: 'mdxJsxAttribute', name, value });

// What the course catalogue keeps of a step: its title and what the reader predicts (a `<Predict>`'s question and
// choices as written, or what a `<Guess>` is of and its unit).
function stepOf(step, prediction, where) {
  const title = jsxAttribute(step, 'title') ?? '';
  if (prediction.name === 'Guess') return { title, kind: 'guess', question: jsxAttribute(prediction, 'label') ?? '', choices: [], unit: jsxAttribute(prediction, 'unit') ?? '' };
  let choices;
  try {
    choices = jsxValue(prediction, 'choices');
  } catch (error) {
    throw new Error(`${where}: a <Predict>'s choices must be written as a literal list (${error.message})`, { cause: error });
  }
  return { title, kind: 'predict', question: jsxAttribute(prediction, 'question') ?? '', choices: (choices ?? []).map((c) => ({ text: String(c.text), correct: c.correct === true })), unit: '' };
}

/**
 * Remark plugin: checks every `<GuidedSequence>` and hands its `<GuidedStep>`s what an Astro
 * component cannot see of its parent: the sequence's id, the widget kind and its id on the page,
 * the step's number and the number of steps, and the chapter file (for build errors); each step's
 * `<Predict>` or `<Guess>` gets the widget's id (a `<Guess>` also the file: its answer is a model
 * figure). A step outside a sequence, a sequence without steps, a step without exactly one
 * prediction and one `<Explain>`, a missing prop or a repeated id fails the build, naming the file.
 * Each sequence's id, title and steps (what each asks the reader to predict) go to the course
 * catalogue through the frontmatter (`sequences`).
 */
export function remarkGuidedSequences() {
  return (tree, file) => {
    const ids = new Set();
    const inSequences = new Set();
    const sequences = [];
    walk(tree, (node) => {
      if (!node.type?.startsWith('mdxJsx') || node.name !== 'GuidedSequence') return;
      const props = Object.fromEntries(SEQUENCE_PROPS.map((name) => [name, jsxAttribute(node, name)]));
      const where = `${fileLabel(file)}: <GuidedSequence id="${props.id ?? ''}">`;
      const missing = SEQUENCE_PROPS.filter((name) => !props[name]);
      if (missing.length > 0) throw new Error(`${where} needs ${missing.join(', ')} (as plain strings)`);
      if (!ID.test(props.id)) throw new Error(`${where} needs a kebab-case id`);
      if (ids.has(props.id)) throw new Error(`${where} repeats an id used earlier in the file`);
      ids.add(props.id);
      const steps = [];
      walk(node, (child) => {
        if (child.type?.startsWith('mdxJsx') && child.name === 'GuidedStep') steps.push(child);
      });
      if (steps.length === 0) throw new Error(`${where} has no <GuidedStep>`);
      const found = { id: props.id, title: props.title, steps: [] };
      sequences.push(found);
      steps.forEach((step, index) => {
        const given = step.attributes.filter((a) => GIVEN.includes(a.name)).map((a) => a.name);
        if (given.length > 0) throw new Error(`${where}: step ${index + 1} sets ${given.join(', ')}, which come from the sequence`);
        step.attributes.push(
          attribute('sequence', props.id),
          attribute('widget', props.widget),
          attribute('target', props.target),
          attribute('number', String(index + 1)),
          attribute('total', String(steps.length)),
          attribute('file', fileLabel(file)),
        );
        inSequences.add(step);
        const predictions = [];
        const explanations = [];
        walk(step, (child) => {
          if (!child.type?.startsWith('mdxJsx')) return;
          if (child.name === 'Predict' || child.name === 'Guess') predictions.push(child);
          if (child.name === 'Explain') explanations.push(child);
        });
        if (predictions.length !== 1 || explanations.length !== 1) {
          throw new Error(`${where}: step ${index + 1} needs one <Predict> or <Guess> and one <Explain> (found ${predictions.length} and ${explanations.length})`);
        }
        // The prediction links to the widget; a guess's answer is a model figure, which must fail the build naming the chapter.
        predictions[0].attributes.push(attribute('target', props.target));
        if (predictions[0].name === 'Guess') predictions[0].attributes.push(attribute('file', fileLabel(file)));
        found.steps.push(stepOf(step, predictions[0], `${where}: step ${index + 1}`));
      });
    });
    walk(tree, (node) => {
      if (node.type?.startsWith('mdxJsx') && node.name === 'GuidedStep' && !inSequences.has(node)) {
        throw new Error(`${fileLabel(file)}: a <GuidedStep> must sit inside a <GuidedSequence>`);
      }
    });
    setFrontmatter(file, 'sequences', sequences);
  };
}
