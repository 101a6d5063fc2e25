import { walk, jsxAttribute, fileLabel, setFrontmatter } from './walk.mjs';

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

/** Remark plugin: validates every `<Exercise>` and records id, kind and title for the index. */
export function remarkExercises() {
  return (tree, file) => {
    const exercises = [];
    walk(tree, (node) => {
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
      exercises.push({ id, kind, title });
      numberHints(node);
    });
    setFrontmatter(file, 'exercises', exercises);
  };
}
