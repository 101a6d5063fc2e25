/**
 * The course catalogue: every chapter with its sections and widgets, every exercise with its quick
 * checks and every guided sequence with its steps, as the build collects them (src/lib/course.ts). The progress page, the assignment
 * builder, the assignment page and the review read it to name and link what a reader did.
 */
import type { UrlWidgetKind } from '../widget/widget-meta';
import type { ProgressData } from './progress-store';

/** The kinds of exercise (as in the exercises index). */
export type ExerciseKind = 'quick-check' | 'widget-task' | 'discussion' | 'essay' | 'application';

/** One quick check: its stable name, question and choices in the order the page shows them. */
export interface CatalogueCheck {
  name: string;
  question: string;
  choices: { text: string; correct: boolean }[];
}

/** One exercise. */
export interface CatalogueExercise {
  id: string;
  kind: ExerciseKind;
  title: string;
  chapter: string;
  /** Site path with the exercise's anchor. */
  href: string;
  checks: CatalogueCheck[];
}

/** One step of a guided sequence: what the reader predicts, and for a choice (`<Predict>`) the answers in the order the page shows them. */
export interface CatalogueStep {
  title: string;
  kind: 'predict' | 'guess';
  /** The question, or what a guess is of. */
  question: string;
  /** A prediction's answers with the one the model bears out (none for a guess). */
  choices: { text: string; correct: boolean }[];
  /** Written after a guessed number (" %"), '' for none. */
  unit: string;
}

/** One guided sequence (predict, try, explain). */
export interface CatalogueSequence {
  id: string;
  title: string;
  chapter: string;
  /** Site path with the sequence's anchor. */
  href: string;
  /** The steps, in order (step 1 first). */
  steps: CatalogueStep[];
}

/** One heading of a chapter's body. */
export interface CatalogueSection {
  anchor: string;
  text: string;
  depth: number;
}

/** A widget on a chapter page: its kind and its id there (the address parameter of its state). */
export interface CatalogueWidget {
  kind: UrlWidgetKind;
  param: string;
}

/** One chapter. */
export interface CatalogueChapter {
  id: string;
  order: number;
  title: string;
  /** Site path of the chapter. */
  href: string;
  sections: CatalogueSection[];
  widgets: CatalogueWidget[];
}

/** A set-up a lecturer can pick: a preset, a case or a scenario of the widget. */
export interface SetupChoice {
  id: string;
  label: string;
  /** The widget's state, as its codec writes it. */
  state: string;
}

/** A widget kind: its title and the set-ups it offers (computed at build time from its meta). */
export interface CatalogueKind {
  kind: UrlWidgetKind;
  title: string;
  choices: SetupChoice[];
}

/** The site paths of the course kit's pages (with the site's base path). */
export interface CataloguePaths {
  assignment: string;
  builder: string;
  review: string;
  lecturers: string;
}

/** The whole catalogue. */
export interface Catalogue {
  chapters: CatalogueChapter[];
  exercises: CatalogueExercise[];
  sequences: CatalogueSequence[];
  kinds: CatalogueKind[];
  /** Given by the build, so the pages' scripts need not load the site's path helper (which widgets share). */
  paths: CataloguePaths;
}

/** Kinds of exercise that ask for a written answer (the reader gets a box for it). */
export const WRITTEN_KINDS: readonly ExerciseKind[] = ['discussion', 'essay', 'application'];

/** Human labels for exercise kinds. */
export const KIND_LABELS: Record<ExerciseKind, string> = {
  'quick-check': 'Quick check',
  'widget-task': 'Widget task',
  discussion: 'Discussion',
  essay: 'Essay question',
  application: 'Apply it',
};

/** The chapter with an id, if the book has it. */
export function findChapter(catalogue: Catalogue, id: string): CatalogueChapter | undefined {
  return catalogue.chapters.find((c) => c.id === id);
}

/** The exercise with an id, if the book has it. */
export function findExercise(catalogue: Catalogue, id: string): CatalogueExercise | undefined {
  return catalogue.exercises.find((e) => e.id === id);
}

/** The guided sequence with an id, if the book has it. */
export function findSequence(catalogue: Catalogue, id: string): CatalogueSequence | undefined {
  return catalogue.sequences.find((s) => s.id === id);
}

/** How many of a guided sequence's steps have a prediction revealed (steps the book no longer has do not count). */
export function stepsPredicted(sequence: CatalogueSequence, progress: ProgressData): number {
  const kept = progress.sequences[sequence.id]?.steps ?? {};
  return sequence.steps.filter((_, index) => kept[index + 1] !== undefined).length;
}

/** Whether the reader has revealed a prediction in every step of a guided sequence. */
export const isSequenceDone = (sequence: CatalogueSequence, progress: ProgressData): boolean => stepsPredicted(sequence, progress) === sequence.steps.length;

/** "7. Modes of production" for a chapter. */
export const chapterLabel = (chapter: CatalogueChapter): string => `${chapter.order}. ${chapter.title}`;

/** A widget kind's title ("Mode balancer"), or the kind itself when the catalogue lacks it. */
export function kindTitle(catalogue: Catalogue, kind: UrlWidgetKind): string {
  return catalogue.kinds.find((k) => k.kind === kind)?.title ?? kind;
}

/** A widget kind named inside a sentence: "the mode balancer". */
export function kindName(catalogue: Catalogue, kind: UrlWidgetKind): string {
  return `the ${kindTitle(catalogue, kind).toLowerCase().replace(/^the /, '')}`;
}
