import { walk, fileLabel } from './walk.mjs';

/**
 * Remark plugin: gives every `<ModelFigure>` the chapter's file name (an Astro component cannot see
 * it), so a bad preset or `show` fails the build naming the file, and refuses a ModelFigure with
 * children, whose hand-written text would be dropped in favour of the model's figure.
 */
export function remarkModelFigures() {
  return (tree, file) => {
    walk(tree, (node) => {
      if (!node.type?.startsWith('mdxJsx') || node.name !== 'ModelFigure') return;
      if ((node.children ?? []).length > 0) {
        throw new Error(`${fileLabel(file)}: <ModelFigure> takes no children; the figure comes from the model (write <ModelFigure … />)`);
      }
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'file', value: fileLabel(file) });
    });
  };
}
