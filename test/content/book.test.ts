// The book's content contract (issue 5): every chapter is complete and every reference resolves.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import GithubSlugger from 'github-slugger';
import { readBibKeys } from '../../src/plugins/bib-keys.mjs';
import { readFigureIndex } from '../../src/plugins/figure-index.mjs';
import { CHAPTER_ANCHORS } from '@evaluation';

const root = join(import.meta.dirname, '..', '..');
const chaptersDir = join(root, 'content', 'chapters');
const glossaryDir = join(root, 'content', 'glossary');
const WIDGETS = ['StrategicTriangle', 'TypologyMap', 'ModeBalancer', 'CapacityMatrix', 'ThreeWaves', 'ServiceCycle'];

interface Chapter {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function splitFrontmatter(text: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

const chapters: Chapter[] = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, ...splitFrontmatter(readFileSync(join(chaptersDir, file), 'utf8')) }));
const bibKeys = readBibKeys();
const figureIndex = readFigureIndex();
const glossaryIds = new Set(readdirSync(glossaryDir).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')));

/** Prose words: the body without JSX tags, expressions, code and citation brackets. */
function proseWords(body: string): number {
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<(?:QuickCheck|Predict|Guess)\b[\s\S]*?\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/[#*_>|`-]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
}

function attributes(body: string, tag: string): Record<string, string>[] {
  return [...body.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

describe('the book', () => {
  it('has the eleven chapters of DESIGN.md, numbered 1–11 without gaps', () => {
    expect(chapters.map((c) => c.data.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('has a glossary of at least 60 terms', () => {
    expect(glossaryIds.size).toBeGreaterThanOrEqual(60);
  });

  it('gives every exercise an id unique across the book', () => {
    const ids = chapters.flatMap((c) => attributes(c.body, 'Exercise').map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(chapters)('chapter $file', ({ file, data, body }) => {
  it('has 3–5 objectives, 5–8 summary points and 3–6 annotated further readings, each plain text', () => {
    for (const item of [...(data.objectives as unknown[]), ...(data.summary as unknown[])]) expect(typeof item, JSON.stringify(item)).toBe('string');
    expect((data.objectives as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect((data.objectives as unknown[]).length).toBeLessThanOrEqual(5);
    expect((data.summary as unknown[]).length).toBeGreaterThanOrEqual(5);
    expect((data.summary as unknown[]).length).toBeLessThanOrEqual(8);
    expect((data.furtherReading as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect((data.furtherReading as unknown[]).length).toBeLessThanOrEqual(6);
  });

  it('has between 1,500 and 3,000 words of prose', () => {
    const words = proseWords(body);
    expect(words, `${file}: ${words} words`).toBeGreaterThanOrEqual(1500);
    expect(words, `${file}: ${words} words`).toBeLessThanOrEqual(3000);
  });

  it('has at least four exercises: two quick checks, a widget task and a discussion or essay', () => {
    const kinds = attributes(body, 'Exercise').map((a) => a.kind);
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    expect(kinds.filter((k) => k === 'quick-check').length).toBeGreaterThanOrEqual(2);
    expect(kinds).toContain('widget-task');
    expect(kinds.some((k) => k === 'discussion' || k === 'essay')).toBe(true);
  });

  it('uses at least one widget or interactive figure', () => {
    expect(WIDGETS.some((w) => body.includes(`<${w}`))).toBe(true);
  });

  it('cites only works in the bibliography', () => {
    // `@fig:…` and `@tab:…` are cross-references (checked below), not citations.
    const keys = [...body.matchAll(/(?<![\w@.])-?@([A-Za-z][\w:-]*[A-Za-z0-9])/g)].map((m) => m[1]!).filter((k) => !/^(?:fig|tab):/.test(k));
    const further = (data.furtherReading as { key: string }[]).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    expect([...keys, ...further].filter((k) => !bibKeys.has(k))).toEqual([]);
  });

  it('refers only to figures and tables that exist, and numbers at least one figure', () => {
    const references = [...body.matchAll(/(?<![\w@.])-?@((?:fig|tab):[\w:-]*[A-Za-z0-9])/g)].map((m) => m[1]!);
    expect(references.filter((id) => !figureIndex.has(id))).toEqual([]);
    expect([...figureIndex.values()].some((f) => f.file.endsWith(file) && f.kind === 'figure')).toBe(true);
  });

  it('links only glossary terms that exist', () => {
    const ids = [...attributes(body, 'Term').map((a) => a.id!), ...(data.keyTerms as string[])];
    expect(ids.filter((id) => !glossaryIds.has(id))).toEqual([]);
  });
});

/** The anchors a chapter's headings get (as the site's heading ids are made). */
function headingSlugs(body: string): string[] {
  const slugger = new GithubSlugger();
  return body.split('\n').filter((l) => /^#{2,3} /.test(l)).map((l) => slugger.slug(l.replace(/^#+ /, '')));
}

describe('links into the chapters', () => {
  it.each(CHAPTER_ANCHORS.map((a) => [a.chapter, a.anchor]))('the self-assessment links to %s#%s, a heading that exists', (chapter, anchor) => {
    const found = chapters.find((c) => c.file === `${chapter}.mdx`);
    expect(found, chapter).toBeDefined();
    expect(headingSlugs(found!.body)).toContain(anchor);
  });
});

describe('glossary entries', () => {
  it.each([...glossaryIds])('%s names a source in the bibliography and related terms that exist', (id) => {
    const { data } = splitFrontmatter(readFileSync(join(glossaryDir, `${id}.md`), 'utf8'));
    const sources = data.sources as { key: string }[];
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => !bibKeys.has(s.key))).toEqual([]);
    expect(((data.related as string[] | undefined) ?? []).filter((r) => !glossaryIds.has(r))).toEqual([]);
    if (data.chapter) expect(existsSync(join(chaptersDir, `${String(data.chapter)}.mdx`))).toBe(true);
  });
});

/** Locator labels that do not match their number: "p." before a range or list, "pp." before one page, and the same for "sec."/"secs.". */
function locatorLabelErrors(text: string): string[] {
  const rules: [RegExp, string][] = [
    [/(?<![\w.])p\. [A-Za-z]?\d+(?:\s*[–-]|, ?[A-Za-z]?\d)/g, '"p." before a range or list: write "pp."'],
    [/(?<![\w.])pp\. [A-Za-z]?\d+(?![\d–-]|, ?[A-Za-z]?\d)/g, '"pp." before a single page: write "p."'],
    [/(?<![\w.])sec\. \d[\d.]*(?:\s*[–-]|, ?\d)/g, '"sec." before a range or list: write "secs."'],
    [/(?<![\w.])secs\. \d[\d.]*(?![\d.–-]|, ?\d)/g, '"secs." before a single section: write "sec."'],
  ];
  return rules.flatMap(([pattern, message]) => [...text.matchAll(pattern)].map((m) => `${message}: "${m[0]}"`));
}

describe('citation locators', () => {
  const files = [
    ...readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx')).map((f) => join(chaptersDir, f)),
    ...readdirSync(glossaryDir).filter((f) => f.endsWith('.md')).map((f) => join(glossaryDir, f)),
  ];

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s labels every locator to match its number ("pp. 4–5", "p. 4")', (_name, file) => {
    expect(locatorLabelErrors(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the check catches a singular label before a range', () => {
    expect(locatorLabelErrors('[@osborne2016, p. 645–646] [@cordella2017, sec. 5–6] [@osborne2016, pp. 645]')).toHaveLength(3);
    expect(locatorLabelErrors('[@osborne2016, pp. 645–646] [@osborne2016, p. S39] [@cordella2017, secs. 5.1, 6]')).toEqual([]);
  });

  it('cites Cordella et al. (2017) by section (and table), never by page, as the bibliography page explains', () => {
    const locators = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/@cordella2017, ([^\];]*)/g)].map((m) => m[1]!));
    expect(locators.length).toBeGreaterThan(0);
    expect(locators.filter((l) => !/^secs?\. \d/.test(l))).toEqual([]);
  });
});
