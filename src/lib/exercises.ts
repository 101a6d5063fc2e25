/** The exercises of every chapter, collected at build time by the remark-exercises plugin. */
import { render } from 'astro:content';
import { getChapters, chapterHref } from './chapters';

/** An exercise as listed in the exercises index. */
export interface ExerciseSummary {
  id: string;
  kind: 'quick-check' | 'widget-task' | 'discussion' | 'essay' | 'application';
  title: string;
  chapterId: string;
  chapterOrder: number;
  chapterTitle: string;
  /** Site path to the exercise, e.g. /chapters/06-typology/#ch6-surgery. */
  href: string;
}

/** Human labels for exercise kinds, shared by the exercise box and the index filter. */
export const EXERCISE_KIND_LABELS: Record<ExerciseSummary['kind'], string> = {
  'quick-check': 'Quick check',
  'widget-task': 'Widget task',
  discussion: 'Discussion',
  essay: 'Essay question',
  application: 'Apply it',
};

/** Every exercise in the book in reading order. */
export async function getExercises(): Promise<ExerciseSummary[]> {
  const result: ExerciseSummary[] = [];
  for (const chapter of await getChapters()) {
    const { remarkPluginFrontmatter } = await render(chapter);
    const found = (remarkPluginFrontmatter.exercises ?? []) as Pick<ExerciseSummary, 'id' | 'kind' | 'title'>[];
    for (const e of found) {
      result.push({
        ...e,
        chapterId: chapter.id,
        chapterOrder: chapter.data.order,
        chapterTitle: chapter.data.title,
        href: `${chapterHref(chapter)}#${e.id}`,
      });
    }
  }
  return result;
}
