/**
 * How two tabs' copies of the reader's progress become one, so that a change is never lost when a
 * tab wrote from a copy that had not yet seen another tab's write (the browser passes localStorage
 * writes between tabs with a delay). Loaded by the pages that change progress outside chapters, and
 * by chapter pages only when another tab writes.
 */
import type { ChapterProgress, ExerciseProgress, ProgressData, SequenceProgress, SetupProgress } from './progress-store';

// ISO times compare as text; a missing time is the earliest.
const newer = (a: string | undefined, b: string | undefined) => (a ?? '') > (b ?? '');
const earlier = (a: string | undefined, b: string | undefined) => (b === undefined || newer(b, a) ? a : b);
const more = <T extends { tries: number }>(mine: Record<string, T>, theirs: Record<string, T> = {}) => {
  const out = { ...theirs };
  for (const [k, m] of Object.entries(mine)) if (m.tries > (out[k]?.tries ?? 0)) out[k] = m;
  return out;
};

function mergeChapter(m: ChapterProgress, t: ChapterProgress): ChapterProgress {
  const read = earlier(m.read, t.read);
  return { ...t, opened: earlier(m.opened, t.opened)!, seen: [...new Set([...t.seen, ...m.seen])], ...(read ? { read } : {}) };
}

function mergeExercise(m: ExerciseProgress, t: ExerciseProgress): ExerciseProgress {
  const out = { ...t, at: newer(m.at, t.at) ? m.at : t.at };
  const checks = more(m.checks ?? {}, t.checks);
  if (Object.keys(checks).length) out.checks = checks;
  if ((m.hints ?? 0) > (t.hints ?? 0)) out.hints = m.hints;
  if (m.modelAnswer) out.modelAnswer = true;
  // The written answer: the one written later (an answer kept before answers were stamped dates from its record's change).
  if (m.answer !== undefined && (t.answer === undefined || newer(m.answerAt ?? m.at, t.answerAt ?? t.at))) {
    out.answer = m.answer;
    if (m.answerAt) out.answerAt = m.answerAt;
  }
  if (!t.setup && m.setup) out.setup = m.setup;
  return out;
}

const mergeSequence = (m: SequenceProgress, t: SequenceProgress): SequenceProgress => ({ ...t, at: newer(m.at, t.at) ? m.at : t.at, steps: more(m.steps, t.steps) });

/**
 * This page's copy (`mine`) merged into the stored one (`theirs`), as tabs heal each other's races:
 * records are unions (chapters, headings, exercises, checks, hints, steps: kept if either copy has
 * them, the one with more tries), values go to the later change (a written answer, the name, a
 * set-up, the place to return to), and what a copy kept from before a deletion it did not know of
 * is dropped (what it did after the deletion is kept). When `mine` adds nothing, the result is
 * `theirs`, written the same way, so tabs stop writing once they agree.
 */
export function mergeCopies(mine: ProgressData, theirs: ProgressData): ProgressData {
  const cleared = newer(mine.cleared, theirs.cleared) ? mine.cleared : theirs.cleared;
  const kept = (copy: ProgressData, at = '') => copy.cleared === cleared || at > cleared!;
  function join<T>(key: 'chapters' | 'exercises' | 'setups' | 'sequences', time: (v: T) => string, both: (m: T, t: T) => T): Record<string, T> {
    const out: Record<string, T> = {};
    for (const [k, t] of Object.entries(theirs[key] as Record<string, T>)) if (kept(theirs, time(t))) out[k] = t;
    for (const [k, m] of Object.entries(mine[key] as Record<string, T>)) if (kept(mine, time(m))) out[k] = out[k] ? both(m, out[k]) : m;
    return out;
  }
  // The later of the two copies' values not deleted since; on a tie, the stored one.
  const later = <T>(get: (c: ProgressData) => T | null, at: (v: T) => string | undefined) =>
    [theirs, mine].map((c) => (get(c) !== null && kept(c, at(get(c)!)) ? get(c) : null)).reduce((t, m) => (m !== null && (t === null || newer(at(m), at(t))) ? m : t));
  const named = later((c) => c, (c) => c.nameAt);
  return {
    // The reader id of the copy that knows the latest deletion: "forget" also forgets the id.
    reader: (newer(mine.cleared, theirs.cleared) ? mine : theirs).reader,
    name: named?.name ?? '',
    nameAt: named?.nameAt,
    chapters: join<ChapterProgress>('chapters', (c) => (newer(c.read, c.opened) ? c.read! : c.opened), mergeChapter),
    exercises: join<ExerciseProgress>('exercises', (e) => e.at, mergeExercise),
    setups: join<SetupProgress>('setups', (s) => s.at, (m, t) => (newer(m.at, t.at) ? m : t)),
    sequences: join<SequenceProgress>('sequences', (s) => s.at, mergeSequence),
    last: later((c) => c.last, (l) => l.at),
    cleared,
  };
}

