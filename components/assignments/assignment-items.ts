/** What each item of an assignment is called, where it opens and whether the reader's progress ticks it. */
import { isAttempted, setupKey, type ProgressData } from '../progress/progress-store';
import { chapterLabel, findChapter, findExercise, findSequence, isSequenceDone, KIND_LABELS, kindName, kindTitle, type Catalogue } from '../progress/catalogue';
import type { AssignmentItem } from './assignment-codec';
import { describeSetup } from './setups';

/** An item as the assignment page and the handout show it. */
export interface ItemView {
  /** "Read", "Exercise · Essay question", "Widget · Mode balancer". */
  eyebrow: string;
  /** What to read, do or explore. */
  label: string;
  /** The chapter it belongs to ("7. Modes of production"), or '' when unknown. */
  chapter: string;
  /** Where it opens (a site path), or null when the book does not have it. */
  href: string | null;
  /** Why it cannot be opened, or null. */
  missing: string | null;
}

/** A stable reference to an item, the same in the assignment, a hand-in file and the review ("exercise:ch7-air-pollution"). */
export function itemRef(item: AssignmentItem): string {
  switch (item.type) {
    case 'section':
      return `section:${item.chapter}${item.anchor ? `#${item.anchor}` : ''}`;
    case 'exercise':
      return `exercise:${item.exercise}`;
    case 'sequence':
      return `sequence:${item.sequence}`;
    case 'widget':
      return `widget:${setupKey(item.chapter, item.param, item.state)}`;
  }
}

/** The address of a widget set-up on its chapter page: the state in the widget's parameter, scrolled to the widget. */
export function setupHref(chapterHref: string, param: string, state: string): string {
  return `${chapterHref}?${encodeURIComponent(param)}=${encodeURIComponent(state)}#${encodeURIComponent(param)}`;
}

/** How an item is named and where it opens, given the book's catalogue. */
export function viewItem(item: AssignmentItem, catalogue: Catalogue): ItemView {
  if (item.type === 'exercise') {
    const exercise = findExercise(catalogue, item.exercise);
    const chapter = exercise ? findChapter(catalogue, exercise.chapter) : undefined;
    if (!exercise) return { eyebrow: 'Exercise', label: item.exercise, chapter: '', href: null, missing: `The book has no exercise “${item.exercise}” (it may have been renamed).` };
    return { eyebrow: `Exercise · ${KIND_LABELS[exercise.kind]}`, label: exercise.title, chapter: chapter ? chapterLabel(chapter) : '', href: exercise.href, missing: null };
  }
  if (item.type === 'sequence') {
    const sequence = findSequence(catalogue, item.sequence);
    const chapter = sequence ? findChapter(catalogue, sequence.chapter) : undefined;
    if (!sequence) return { eyebrow: 'Guided sequence', label: item.sequence, chapter: '', href: null, missing: `The book has no guided sequence “${item.sequence}” (it may have been renamed).` };
    return { eyebrow: `Guided sequence · ${sequence.steps.length} steps`, label: sequence.title, chapter: chapter ? chapterLabel(chapter) : '', href: sequence.href, missing: null };
  }
  const chapter = findChapter(catalogue, item.chapter);
  if (item.type === 'section') {
    if (!chapter) return { eyebrow: 'Read', label: item.chapter, chapter: '', href: null, missing: `The book has no chapter “${item.chapter}”.` };
    if (!item.anchor) return { eyebrow: 'Read the chapter', label: chapterLabel(chapter), chapter: chapterLabel(chapter), href: chapter.href, missing: null };
    const section = chapter.sections.find((s) => s.anchor === item.anchor);
    if (!section) return { eyebrow: 'Read', label: item.anchor, chapter: chapterLabel(chapter), href: chapter.href, missing: `Chapter ${chapter.order} has no section “${item.anchor}” any more; the link opens the chapter.` };
    return { eyebrow: 'Read the section', label: section.text, chapter: chapterLabel(chapter), href: `${chapter.href}#${section.anchor}`, missing: null };
  }
  const title = kindTitle(catalogue, item.kind);
  const label = describeSetup(item.kind, item.state) ?? 'A set-up this version of the book cannot read';
  if (!chapter || !chapter.widgets.some((w) => w.param === item.param && w.kind === item.kind)) {
    return { eyebrow: `Widget · ${title}`, label, chapter: chapter ? chapterLabel(chapter) : '', href: null, missing: `${kindName(catalogue, item.kind).replace(/^t/, 'T')} is no longer at this place in the book.` };
  }
  return { eyebrow: `Widget · ${title}`, label, chapter: chapterLabel(chapter), href: setupHref(chapter.href, item.param, item.state), missing: null };
}

/** Whether the reader's progress ticks an item: a chapter read to the end, a section read past, an exercise tried, a guided sequence predicted in every step, a set-up changed. */
export function isItemDone(item: AssignmentItem, progress: ProgressData, catalogue: Catalogue): boolean {
  if (item.type === 'exercise') return isAttempted(progress.exercises[item.exercise]);
  if (item.type === 'sequence') {
    const sequence = findSequence(catalogue, item.sequence);
    return !!sequence && isSequenceDone(sequence, progress);
  }
  if (item.type === 'widget') return progress.setups[setupKey(item.chapter, item.param, item.state)] !== undefined;
  const read = progress.chapters[item.chapter];
  if (!read) return false;
  if (read.read || !item.anchor) return !!read.read;
  // A section is read once the reader has reached the heading that ends it.
  const sections = findChapter(catalogue, item.chapter)?.sections ?? [];
  const at = sections.findIndex((s) => s.anchor === item.anchor);
  const next = at === -1 ? undefined : sections.slice(at + 1).find((s) => s.depth <= sections[at]!.depth);
  return next !== undefined && read.seen.includes(next.anchor);
}
