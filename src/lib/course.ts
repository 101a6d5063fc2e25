/** Builds the course catalogue (components/progress/catalogue.ts) from the chapters at build time. */
import { render } from 'astro:content';
import { widgets } from '@components/registry';
import { orderChoices, quickCheckName } from '@components/mdx/quick-check-order';
import { catalogueKinds } from '@components/assignments/setup-choices';
import type { Catalogue, CatalogueChapter, CatalogueExercise, CatalogueSequence, CatalogueStep, ExerciseKind } from '@components/progress/catalogue';
import { getChapters, chapterHref } from './chapters';
import { withBase } from './url';

interface FoundExercise {
  id: string;
  kind: ExerciseKind;
  title: string;
  quickChecks: { question: string; choices: { text: string; correct: boolean }[] }[];
}

interface FoundSequence {
  id: string;
  title: string;
  steps: CatalogueStep[];
}

/** Every chapter's sections and widgets, every exercise with its quick checks and every guided sequence with its steps, in reading order, and every widget kind's set-ups. */
export async function getCourse(): Promise<Catalogue> {
  const chapters: CatalogueChapter[] = [];
  const exercises: CatalogueExercise[] = [];
  const sequences: CatalogueSequence[] = [];
  for (const chapter of await getChapters()) {
    const { headings, remarkPluginFrontmatter } = await render(chapter);
    const href = chapterHref(chapter);
    const found = (remarkPluginFrontmatter.exercises ?? []) as FoundExercise[];
    const onPage = (remarkPluginFrontmatter.widgets ?? []) as { tag: string; id: string }[];
    chapters.push({
      id: chapter.id,
      order: chapter.data.order,
      title: chapter.data.title,
      href,
      sections: headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => ({ anchor: h.slug, text: h.text, depth: h.depth })),
      widgets: onPage.flatMap(({ tag, id }) => {
        const widget = widgets.find((w) => w.tag === tag);
        return widget ? [{ kind: widget.kind, param: id }] : [];
      }),
    });
    for (const e of found) {
      exercises.push({
        id: e.id,
        kind: e.kind,
        title: e.title,
        chapter: chapter.id,
        href: `${href}#${e.id}`,
        checks: e.quickChecks.map((q) => ({ name: quickCheckName(q.question), question: q.question, choices: orderChoices(q.question, q.choices) })),
      });
    }
    for (const s of (remarkPluginFrontmatter.sequences ?? []) as FoundSequence[]) {
      // A prediction's choices in the order the page shows them (Predict.astro orders them the same way).
      const steps = s.steps.map((step) => ({ ...step, choices: orderChoices(step.question, step.choices) }));
      sequences.push({ id: s.id, title: s.title, chapter: chapter.id, href: `${href}#${s.id}`, steps });
    }
  }
  const paths = { assignment: withBase('/assignment/'), builder: withBase('/assignments/'), review: withBase('/assignments/review/'), lecturers: withBase('/lecturers/') };
  return { chapters, exercises, sequences, kinds: catalogueKinds(), paths };
}
