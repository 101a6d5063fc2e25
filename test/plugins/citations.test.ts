// In-text citations: locators reach citeproc intact, and a work without an author is cited by its title (APA).
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeCitation from 'rehype-citation';
import { normaliseCitations, remarkCitations } from '../../src/plugins/remark-citations.mjs';
import { rehypeCitationTargets } from '../../src/plugins/rehype-citation-targets.mjs';
import { writeCitationData } from '../../src/plugins/citation-data.mjs';
import { projectRoot } from '../../src/plugins/paths.mjs';

describe('normaliseCitations()', () => {
  it.each([
    ['[@cordella2017, pp. 4–5]', '[@cordella2017, {page 4–5}]'],
    ['[@cordella2017, p. 4–5]', '[@cordella2017, {page 4–5}]'],
    ['[see @cordella2017, pp. 11, 23]', '[see @cordella2017, {page 11, 23}]'],
    ['[@osborne2013, p. S39]', '[@osborne2013, {page S39}]'],
    ['[@moore1995, 33]', '[@moore1995, {page 33}]'],
    ['[@cordella2017, sec. 4.1]', '[@cordella2017, {}, sec. 4.1]'],
    ['[@cordella2017, secs. 5.1, 6, Tables 1–2]', '[@cordella2017, {}, secs. 5.1, 6, Tables 1–2]'],
    ['[@cordella2017, sec. 6, Table 2]', '[@cordella2017, {}, sec. 6, Table 2]'],
    ['[@weber1946; see\n@review-strategic-triangle]', '[@weber1946; see @review-strategic-triangle]'],
    ['[-@moore1995, ch. 3]', '[-@moore1995, {}, ch. 3]'],
    ['write to a@b.org [today]', 'write to a@b.org [today]'],
  ])('rewrites %j as %j', (input, output) => {
    expect(normaliseCitations(input)).toBe(output);
  });
});

/** Renders Markdown through the book's citation plugins, as a glossary entry (links to the bibliography page). */
async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkCitations)
    .use(remarkRehype)
    .use(rehypeCitation, { bibliography: writeCitationData(), path: projectRoot, csl: 'apa', linkCitations: true, suppressBibliography: true })
    .use(rehypeCitationTargets, { base: '/' })
    .use(rehypeStringify)
    .process({ path: `${projectRoot}content/glossary/test.md`, value: markdown });
  return String(file).replace(/<[^>]+>/g, (tag) => (tag.startsWith('<a ') || tag === '</a>' || tag === '<i>' || tag === '</i>' ? tag : ''));
}

describe('in-text citations (APA)', () => {
  it('fails the build on an author suppressed among several works, which rehype-citation would link wrongly', async () => {
    await expect(render('After Howlett and Ramesh [-@howlett2017, p. 18; see @sorrentino2018, p. 286].')).rejects.toThrow(
      /content\/glossary\/test\.md: "\[-@howlett2017, p\. 18; see @sorrentino2018, p\. 286\]" suppresses an author among several works/,
    );
    await expect(render('A [@moore1995; -@osborne2016].')).rejects.toThrow(/suppresses an author among several works/);
    await expect(render('After Moore [-@moore1995, p. 71] and others [@osborne2016; @sorrentino2018].')).resolves.toContain('1995, p. 71');
  });

  it('writes "pp." before a page range and "p." before one page', async () => {
    const html = await render('A [@osborne2016, pp. 645–646] and [@osborne2016, p. 645].');
    expect(html).toContain('Osborne et al., 2016, pp. 645–646');
    expect(html).toContain('Osborne et al., 2016, p. 645');
  });

  it('keeps section and table locators as written', async () => {
    const html = await render('A [@cordella2017, sec. 5.1, Table 1] and [@cordella2017, secs. 5–6].');
    expect(html).toContain('Cordella et al., 2017, sec. 5.1, Table 1');
    expect(html).toContain('Cordella et al., 2017, secs. 5–6');
  });

  it('cites the unattributed review by its short title in italics, alone and among other works, each linked', async () => {
    const alone = await render('A [@review-strategic-triangle].');
    expect(alone).toContain('<a href="/bibliography/#bib-review-strategic-triangle"><i>Co-Production as a New Mode of Public Value Creation</i>, n.d.</a>');
    expect(alone).not.toContain('Anonymous');
    const mixed = await render('A [@weber1946; see @review-strategic-triangle].');
    expect(mixed).toContain('(see <a href="/bibliography/#bib-review-strategic-triangle"><i>Co-Production as a New Mode of Public Value Creation</i>, n.d.</a>; <a href="/bibliography/#bib-weber1946">Weber, 1946</a>)');
  });

  it('links each year when works by the same authors are merged', async () => {
    const html = await render('A [@osborne2016; @osborne2013a].');
    expect(html).toContain('(<a href="/bibliography/#bib-osborne2013a">Osborne et al., 2013</a>, <a href="/bibliography/#bib-osborne2016">2016</a>)');
  });
});
