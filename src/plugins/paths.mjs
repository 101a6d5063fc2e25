import { fileURLToPath } from 'node:url';

/** Absolute path of the project root (where astro.config.mjs lives). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of the book's BibTeX file, shared by the build plugins and the pages. */
export const bibliographyPath = fileURLToPath(new URL('../../content/bibliography.bib', import.meta.url));

/** Absolute path of the glossary folder (one Markdown file per term). */
export const glossaryDir = fileURLToPath(new URL('../../content/glossary/', import.meta.url));

/** Absolute path of the chapters folder (one MDX file per chapter). */
export const chaptersDir = fileURLToPath(new URL('../../content/chapters/', import.meta.url));

/** Absolute paths of the MDX building blocks (components/mdx/) and the guided sequences' parts (components/guided/): every other component in a chapter is a widget. */
export const buildingBlocksDirs = [fileURLToPath(new URL('../../components/mdx/', import.meta.url)), fileURLToPath(new URL('../../components/guided/', import.meta.url))];

/** Absolute path of the components folder (building blocks, widgets, shared figures). */
export const componentsDir = fileURLToPath(new URL('../../components/', import.meta.url));
