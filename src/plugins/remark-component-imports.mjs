import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileLabel, walk } from './walk.mjs';
import { buildingBlocksDirs, componentsDir } from './paths.mjs';

/** Tags that name another building block's file: a numbered table is a `<Figure>` (kind="table"). */
const ALIASES = { Table: 'Figure' };

/**
 * The file of every component a chapter may use, by tag: the building blocks of components/mdx/ and
 * components/guided/, and each widget's island, which lives in its own folder and is named after its tag
 * (components/strategic-triangle/StrategicTriangle.astro).
 */
export function chapterComponents(root = componentsDir) {
  const files = new Map();
  for (const dir of buildingBlocksDirs) {
    for (const f of readdirSync(dir)) if (f.endsWith('.astro')) files.set(f.replace(/\.astro$/, ''), join(dir, f));
  }
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const f of readdirSync(join(root, folder.name))) {
      const tag = f.replace(/\.astro$/, '');
      // A widget folder holds its island (named after the widget) next to static parts; the island is the file
      // whose name matches the folder's (strategic-triangle → StrategicTriangle).
      if (f.endsWith('.astro') && kebab(tag) === folder.name && !files.has(tag)) files.set(tag, join(root, folder.name, f));
    }
  }
  for (const [alias, tag] of Object.entries(ALIASES)) if (files.has(tag)) files.set(alias, files.get(tag));
  return files;
}

const kebab = (name) => name.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase();

/** An `import Name from "file"` statement as an MDX ESM node (with the estree MDX compiles from). */
function importNode(name, file) {
  const specifier = { type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } };
  const declaration = { type: 'ImportDeclaration', specifiers: [specifier], source: { type: 'Literal', value: file, raw: JSON.stringify(file) } };
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(file)};`,
    data: { estree: { type: 'Program', sourceType: 'module', body: [declaration] } },
  };
}

/**
 * Remark plugin: imports into each chapter the components it uses, and only those, so that a chapter page
 * carries the styles of its own widgets and building blocks (Astro collects a content entry's styles from
 * what the entry imports) rather than those of every widget in the book. A capitalised tag that names no
 * building block or widget fails the build, naming the file.
 */
export function remarkComponentImports({ components = chapterComponents() } = {}) {
  return (tree, file) => {
    const used = new Set();
    walk(tree, (node) => {
      if (!node.type?.startsWith('mdxJsx') || !/^[A-Z]/.test(node.name ?? '')) return;
      if (!components.has(node.name)) {
        throw new Error(`${fileLabel(file)}: <${node.name}> is neither a building block (components/mdx/, components/guided/) nor a widget (components/<folder>/<Name>.astro)`);
      }
      used.add(node.name);
    });
    const declared = new Set(tree.children.filter((n) => n.type === 'mdxjsEsm').flatMap((n) => n.data?.estree?.body ?? []).flatMap((d) => d.specifiers ?? []).map((s) => s.local.name));
    const imports = [...used].filter((name) => !declared.has(name)).sort().map((name) => importNode(name, components.get(name)));
    tree.children.unshift(...imports);
  };
}
