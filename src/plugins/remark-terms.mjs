import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { walk, jsxAttribute, fileLabel } from './walk.mjs';
import { glossaryDir } from './paths.mjs';

/** Remark plugin: fails the build when a `<Term id="…">` names no file in content/glossary/. */
export function remarkTerms() {
  return (tree, file) => {
    walk(tree, (node) => {
      if (!node.type?.startsWith('mdxJsx') || node.name !== 'Term') return;
      const id = jsxAttribute(node, 'id');
      if (!id) throw new Error(`${fileLabel(file)}: <Term> needs an id="…" naming a glossary entry`);
      if (!existsSync(join(glossaryDir, `${id}.md`))) {
        throw new Error(`${fileLabel(file)}: unknown glossary term "${id}" (no content/glossary/${id}.md)`);
      }
    });
  };
}
