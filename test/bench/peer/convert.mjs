// Turns a chapter of the built book into Starlight Markdown: the same prose, headings, tables and
// citations (as text), without the book's own components (widgets, quick checks' controls, copy
// links, the contents box). Reading the built page rather than the MDX source gives the text exactly
// as a reader sees it: glossary terms, model figures and APA citations already resolved.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { select, selectAll } from 'hast-util-select';

// Interactive or book-only parts: widgets (islands, their figures), controls, hidden and screen-reader-only
// text, copy links and reading time (data-pagefind-ignore), the contents box and the PDF links.
const DROP = [
  'header.chapter-header', 'nav', 'template', 'script', 'style', 'noscript', 'svg', 'astro-island', 'button', 'input',
  'select', 'output', 'textarea', '[hidden]', '.sr-only', '[data-pagefind-ignore]', 'figure:has(astro-island)',
].join(', ');

function remove(tree, selector) {
  const doomed = new Set(selectAll(selector, tree));
  const prune = (node) => {
    if (!node.children) return;
    node.children = node.children.filter((child) => !doomed.has(child));
    node.children.forEach(prune);
  };
  prune(tree);
}

// Citations and cross-references point at anchors of the book's own page: keep their words, not the link.
function unwrapLocalLinks(tree) {
  const unwrap = (node) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) =>
      child.type === 'element' && child.tagName === 'a' && String(child.properties?.href ?? '').startsWith('#') ? child.children : [child],
    );
    node.children.forEach(unwrap);
  };
  unwrap(tree);
}

const yamlString = (text) => JSON.stringify(text);

/** Converts the built chapter page `htmlFile` into Starlight Markdown at `mdFile`; returns the chapter's title. */
export async function convertChapter(htmlFile, mdFile) {
  const page = unified().use(rehypeParse).parse(readFileSync(htmlFile, 'utf8'));
  const article = select('article.chapter', page);
  if (!article) throw new Error(`${htmlFile} has no article.chapter: is it a chapter page of the book?`);
  const title = select('h1', article);
  const lede = select('.chapter-lede', article);
  const text = (node) => (node ? toText(node) : '');
  remove(article, DROP);
  // A quick check's choices are labels in a fieldset: one paragraph each, not one run of words.
  for (const label of selectAll('fieldset label', article)) label.tagName = 'p';
  unwrapLocalLinks(article);
  const root = { type: 'root', children: [article] };
  const processor = unified().use(rehypeRemark).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_' });
  const markdown = processor.stringify(await processor.run(root));
  const front = `---\ntitle: ${yamlString(text(title))}\ndescription: ${yamlString(text(lede))}\n---\n\n`;
  mkdirSync(dirname(mdFile), { recursive: true });
  writeFileSync(mdFile, front + markdown);
  return text(title);
}

function toText(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(toText).join('').replace(/\s+/g, ' ').trim();
}
