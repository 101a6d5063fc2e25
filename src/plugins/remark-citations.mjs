import { walk, fileLabel, setFrontmatter } from './walk.mjs';
import { readBibKeys } from './bib-keys.mjs';

// Pandoc citation keys: `[@osborne2016, p. 645]`, `[see @moore1995; @alford2014]`, or a
// narrative `@moore1995`. A key starts with a letter; an e-mail address is not a citation
// because its `@` follows a word character.
const CITATION_KEY = /(?<![\w@.])-?@([A-Za-z][\w:-]*[A-Za-z0-9])/g;

/** Remark plugin: fails the build on an unknown citation key and records the keys a page cites. */
export function remarkCitations() {
  return (tree, file) => {
    const known = readBibKeys();
    const cited = [];
    walk(tree, (node) => {
      if (node.type !== 'text') return;
      for (const [, key] of node.value.matchAll(CITATION_KEY)) {
        if (!known.has(key)) {
          throw new Error(`${fileLabel(file)}: unknown citation key "@${key}" (not in content/bibliography.bib)`);
        }
        if (!cited.includes(key)) cited.push(key);
      }
    });
    setFrontmatter(file, 'citedKeys', cited);
  };
}
