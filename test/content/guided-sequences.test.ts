// The book's guided sequences (issue 12): the five the book promises are there, each drives a widget
// that is on its page, every step's set-up is a state its widget reads back from a link, and the course
// catalogue learns every step's question (a prediction's choices with the one the model bears out).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stepSetUp } from '@components/guided/step-state';
import { triangleWidget } from '@components/strategic-triangle/meta';
import { typologyWidget } from '@components/typology-map/meta';
import { modesWidget } from '@components/mode-balancer/meta';
import { capacitiesWidget } from '@components/capacity-matrix/meta';
import type { UrlWidgetKind, WidgetMeta } from '@components/widget/widget-meta';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { remarkGuidedSequences } from '../../src/plugins/remark-guided-sequences.mjs';
import type { CatalogueStep } from '@components/progress/catalogue';
import { readAttributes } from './jsx-attributes';

const chaptersDir = join(import.meta.dirname, '..', '..', 'content', 'chapters');
const metas = { triangle: triangleWidget, typology: typologyWidget, modes: modesWidget, capacities: capacitiesWidget } as unknown as Record<UrlWidgetKind, WidgetMeta<UrlWidgetKind, Record<string, unknown>>>;

interface Sequence {
  file: string;
  props: Record<string, string>;
  /** The page's text, to find the widget the sequence drives. */
  page: string;
  steps: Record<string, unknown>[];
}

const sequences: Sequence[] = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .flatMap((file) => {
    const page = readFileSync(join(chaptersDir, file), 'utf8');
    return [...page.matchAll(/<GuidedSequence\b([^>]*)>([\s\S]*?)<\/GuidedSequence>/g)].map((m) => ({
      file,
      page,
      props: readAttributes(m[1]!) as Record<string, string>,
      steps: [...m[2]!.matchAll(/<GuidedStep\b([^>]*)>/g)].map((s) => readAttributes(s[1]!)),
    }));
  });

describe('guided sequences in the book', () => {
  it('has the five the book promises: the triangle’s failures and the policing pattern (ch. 4), three cases (ch. 6), recycling and the passport (ch. 7), the Achilles heel (ch. 9)', () => {
    expect(sequences.map((s) => `${s.file.slice(0, 2)} ${s.props.widget}`)).toEqual(['04 triangle', '04 modes', '06 typology', '07 modes', '09 capacities']);
  });

  it('gives each an id unique in the book, prefixed with its chapter, that no exercise or other sequence uses', () => {
    const ids = sequences.map((s) => s.props.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sequences) {
      expect(s.props.id).toMatch(new RegExp(`^ch${Number(s.file.slice(0, 2))}-guided-[a-z0-9-]+$`));
      expect(s.page).not.toMatch(new RegExp(`<Exercise\\b[^>]*\\bid="${s.props.id}"`));
    }
  });

  it.each(sequences.map((s) => [s.props.id, s] as const))('%s drives a widget of its kind that is on the same page under its target id', (_id, s) => {
    const tag = metas[s.props.widget as UrlWidgetKind].tag;
    expect(s.page).toMatch(new RegExp(`<${tag}\\b[^>]*\\bid="${s.props.target}"`));
  });

  it.each(sequences.flatMap((s) => s.steps.map((step, k) => [s.props.id, k + 1, s, step] as const)))('%s, step %i: its set-up is a state the widget reads back from a link', (_id, _k, s, { title, ...props }) => {
    const kind = s.props.widget as UrlWidgetKind;
    const setUp = stepSetUp(kind, metas[kind].stateFromProps(props), `${s.file}: ${String(title)}`);
    expect(setUp.encoded).toMatch(/^v\d+\.[a-z]\./);
  });
});

describe('guided sequences in the course catalogue', () => {
  const found = sequences.map((s) => {
    const data: { astro?: { frontmatter: { sequences: { id: string; steps: CatalogueStep[] }[] } } } = {};
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGuidedSequences);
    const file = { path: join(chaptersDir, s.file), value: s.page, data };
    processor.runSync(processor.parse(file), file as never);
    return [s.props.id!, s, data.astro!.frontmatter.sequences.find((f) => f.id === s.props.id)!] as const;
  });

  it.each(found)('%s: every step has its title and question; a prediction has 2–6 choices, exactly one borne out; a guess none', (_id, s, listed) => {
    expect(listed.steps.map((step) => step.title)).toEqual(s.steps.map((step) => step['title']));
    for (const step of listed.steps) {
      expect(step.question.length).toBeGreaterThan(10);
      if (step.kind === 'guess') expect(step.choices).toEqual([]);
      else {
        expect(step.choices.length).toBeGreaterThanOrEqual(2);
        expect(step.choices.length).toBeLessThanOrEqual(6);
        expect(step.choices.filter((c) => c.correct)).toHaveLength(1);
        // The hand-in and the store keep a prediction as its text, at most 500 characters.
        for (const c of step.choices) expect(c.text.length).toBeLessThanOrEqual(500);
      }
    }
  });
});
