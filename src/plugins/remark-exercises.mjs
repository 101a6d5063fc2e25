import { walk, jsxAttribute, jsxValue, fileLabel, setFrontmatter } from './walk.mjs';

/** The kinds of exercise the book uses; the exercises index filters by them. */
export const EXERCISE_KINDS = ['quick-check', 'widget-task', 'discussion', 'essay', 'application'];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Hints are revealed one at a time, so each needs to know its position and how many there are.
function numberHints(exercise) {
  const hints = [];
  walk(exercise, (child) => {
    if (child.type?.startsWith('mdxJsx') && child.name === 'Hint') hints.push(child);
  });
  hints.forEach((hint, index) => {
    hint.attributes.push(
      { type: 'mdxJsxAttribute', name: 'number', value: String(index + 1) },
      { type: 'mdxJsxAttribute', name: 'total', value: String(hints.length) },
    );
  });
}

/** The kinds of exercise that ask for a written answer, and so get a box for the reader's own. */
export const WRITTEN_KINDS = ['discussion', 'essay', 'application'];

const isElement = (node, names) => node.type?.startsWith('mdxJsx') && names.includes(node.name);

// The reader's answer box goes under the task: before the first hint, model answer or quick check (which MDX may
// have put inside a paragraph when they stand on consecutive lines).
function addAnswerBox(exercise, id) {
  const box = { type: 'mdxJsxFlowElement', name: 'AnswerBox', attributes: [{ type: 'mdxJsxAttribute', name: 'exercise', value: id }], children: [] };
  const holds = (child) => {
    let found = false;
    walk(child, (node) => (found ||= isElement(node, ['Hint', 'ModelAnswer', 'QuickCheck'])));
    return found;
  };
  const at = exercise.children.findIndex(holds);
  exercise.children.splice(at === -1 ? exercise.children.length : at, 0, box);
}

// Each quick check's question and choices as written (text and which is right), for the course catalogue.
function quickChecksOf(exercise, where) {
  const checks = [];
  walk(exercise, (child) => {
    if (!isElement(child, ['QuickCheck'])) return;
    let choices;
    try {
      choices = jsxValue(child, 'choices');
    } catch (error) {
      throw new Error(`${where}: a <QuickCheck>'s choices must be written as a literal list (${error.message})`, { cause: error });
    }
    checks.push({ question: jsxAttribute(child, 'question') ?? '', choices: (choices ?? []).map((c) => ({ text: String(c.text), correct: c.correct === true })) });
  });
  return checks;
}

/**
 * Remark plugin: validates every `<Exercise>`, records id, kind, title and quick checks for the
 * exercises index and the course catalogue, gives written exercises a box for the reader's answer,
 * and records the widgets on the page (tag and id) so assignments can open them.
 */
export function remarkExercises() {
  return (tree, file) => {
    const exercises = [];
    const widgets = [];
    walk(tree, (node) => {
      if (node.type?.startsWith('mdxJsx') && /^[A-Z]/.test(node.name ?? '') && !['Exercise', 'Term'].includes(node.name)) {
        const id = jsxAttribute(node, 'id');
        if (id) widgets.push({ tag: node.name, id });
      }
      if (!node.type?.startsWith('mdxJsx') || node.name !== 'Exercise') return;
      const id = jsxAttribute(node, 'id');
      const kind = jsxAttribute(node, 'kind');
      const title = jsxAttribute(node, 'title');
      const where = `${fileLabel(file)}: <Exercise id="${id ?? ''}">`;
      if (!id || !ID.test(id)) throw new Error(`${where} needs a kebab-case id`);
      if (!kind || !EXERCISE_KINDS.includes(kind)) {
        throw new Error(`${where} has kind "${kind ?? ''}"; use one of ${EXERCISE_KINDS.join(', ')}`);
      }
      if (!title) throw new Error(`${where} needs a title`);
      if (exercises.some((e) => e.id === id)) throw new Error(`${where} repeats an id used earlier in the file`);
      exercises.push({ id, kind, title, quickChecks: quickChecksOf(node, where) });
      numberHints(node);
      if (WRITTEN_KINDS.includes(kind)) addAnswerBox(node, id);
    });
    setFrontmatter(file, 'exercises', exercises);
    setFrontmatter(file, 'widgets', widgets);
  };
}
