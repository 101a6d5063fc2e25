import { walk, fileLabel, setFrontmatter } from './walk.mjs';
import { readBibKeys } from './bib-keys.mjs';

// Pandoc citation keys: `[@osborne2016, p. 645]`, `[see @moore1995; @alford2014]`, or a
// narrative `@moore1995`. A key starts with a letter; an e-mail address is not a citation
// because its `@` follows a word character.
const CITATION_KEY = /(?<![\w@.])-?@([A-Za-z][\w:-]*[A-Za-z0-9])/g;

/** A bracketed Pandoc citation: `[…@key…]`. */
const BRACKETED = /\[([^[\]]*@[^[\]]+)\]/g;

/** One work in a bracketed citation: optional prefix, the key (with `-` to suppress the author), the rest. */
const CITE_ITEM = /^(.*?)(-?@[A-Za-z][\w:-]*[A-Za-z0-9])(?:,\s*(.*))?$/;

/** An author-suppressed work among others, `[-@a; @b]`: rehype-citation then puts the links on the wrong words and leaves one empty. */
const SUPPRESSED_IN_GROUP = /\[[^[\]]*(?:-@[^[\]]*;|;[^[\]]*-@)[^[\]]*\]/;

/** A page label as authors write it: `p.`, `pp.`, `page`, `pages`. */
const PAGE_LABEL = /^(?:pp?\.|pages?)\s*/i;

/** A page locator: one page or range, then further ones after commas (`11, 23`, `14–15, 22`). */
const PAGES = /^[\w–-]*\w(?:,\s*\d[\w–-]*)*/;

/**
 * Rewrites the locator of every work in a bracketed citation into rehype-citation's explicit form.
 * Left to itself, rehype-citation reads only hyphenated ranges (so `pp. 4–5` came out as "p. 4–5"),
 * drops a suffix that does not start with a number (`Table 1`) and garbles `secs. 5–6`; its parser
 * also loses a prefix split by a line break, so whitespace is collapsed. Pages become
 * `{page 4–5}`, and citeproc writes "p." or "pp." to suit the range. Any other locator
 * (`sec. 5.1`, `secs. 5.1, 6`, `ch. 3`, `Table 1`) is kept exactly as written, `{}, sec. 5.1`,
 * because citeproc cannot tell that "5.1, 6" is plural; the content tests check those labels.
 */
export function normaliseCitations(text) {
  return text.replace(BRACKETED, (_citation, inner) => {
    const items = inner.split(';').map((part) => {
      const match = CITE_ITEM.exec(part.replace(/\s+/g, ' ').trim());
      if (!match) return part.trim();
      const [, prefix, key, rest] = match;
      const head = `${prefix}${key}`;
      if (!rest) return head;
      if (rest.startsWith('{')) return `${head}, ${rest}`;
      // A bare number is a page, as in Pandoc.
      const label = PAGE_LABEL.exec(rest)?.[0] ?? (/^\d/.test(rest) ? '' : undefined);
      const pages = label === undefined ? undefined : PAGES.exec(rest.slice(label.length))?.[0];
      if (pages) return `${head}, {page ${pages}}${rest.slice(label.length + pages.length)}`;
      return `${head}, {}, ${rest}`;
    });
    return `[${items.join('; ')}]`;
  });
}

/**
 * Remark plugin: fails the build on an unknown citation key or an author suppressed among several
 * works, records the keys a page cites, and
 * puts every citation's locator in the form rehype-citation formats correctly (see above).
 */
export function remarkCitations() {
  return (tree, file) => {
    const known = readBibKeys();
    const cited = [];
    walk(tree, (node) => {
      if (node.type !== 'text') return;
      const grouped = SUPPRESSED_IN_GROUP.exec(node.value);
      if (grouped) {
        throw new Error(`${fileLabel(file)}: "${grouped[0]}" suppresses an author among several works, which rehype-citation links wrongly; cite that work alone ("[-@a] … [@b]")`);
      }
      for (const [, key] of node.value.matchAll(CITATION_KEY)) {
        if (!known.has(key)) {
          throw new Error(`${fileLabel(file)}: unknown citation key "@${key}" (not in content/bibliography.bib)`);
        }
        if (!cited.includes(key)) cited.push(key);
      }
      node.value = normaliseCitations(node.value);
    });
    setFrontmatter(file, 'citedKeys', cited);
  };
}
