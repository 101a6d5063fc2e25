/**
 * The reader's progress outside the store: exported as a file (versioned JSON), imported back and
 * merged with what this browser holds (nothing kept is lost), and summed up per chapter for the
 * "My progress" page.
 */
import { findChapter, isSequenceDone, stepsPredicted, type Catalogue, type CatalogueChapter } from './catalogue';
import { emptyProgress, isAttempted, type ExerciseProgress, type ProgressData, type SequenceProgress } from './progress-store';
import { readProgress, type BadRecords, type ProgressProblem } from './progress-repair';

/** The `format` marker of an exported progress file. */
export const PROGRESS_FILE_FORMAT = 'pvc-progress';
/** The file version this book writes and reads. */
export const PROGRESS_FILE_VERSION = 1;

/** The exported file. */
export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  version: typeof PROGRESS_FILE_VERSION;
  savedAt: string;
  progress: ProgressData;
}

/** The file for the reader's progress. */
export function toProgressFile(progress: ProgressData, at: Date): string {
  const file: ProgressFile = { format: PROGRESS_FILE_FORMAT, version: PROGRESS_FILE_VERSION, savedAt: at.toISOString(), progress };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** An imported file: the progress it holds and the records it could not read, or why it was refused. */
export type ReadProgressFile = { ok: true; progress: ProgressData; skipped: string[] } | { ok: false; reason: string };

/** Reads an exported progress file; never throws. */
export function parseProgressFile(text: unknown): ReadProgressFile {
  if (typeof text !== 'string' || text.length > 5_000_000) return { ok: false, reason: 'The file is not a progress file from this book (it is too large or not text).' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'The file is not JSON, so it is not a progress file exported from this book.' };
  }
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (record['format'] !== PROGRESS_FILE_FORMAT) return { ok: false, reason: `The file is not a progress file from this book (it lacks "format": "${PROGRESS_FILE_FORMAT}").` };
  if (record['version'] !== PROGRESS_FILE_VERSION) return { ok: false, reason: `The file's version (${JSON.stringify(record['version']) ?? 'missing'}) is not one this book reads (${PROGRESS_FILE_VERSION}).` };
  const bad: BadRecords = [];
  try {
    const progress = readProgress(record['progress'], bad);
    return { ok: true, progress, skipped: bad.map((b) => `${b.where}: ${b.why}`) };
  } catch (error) {
    return { ok: false, reason: `The file holds no progress (${(error as Error).message}).` };
  }
}

const later = (a: string | undefined, b: string | undefined) => ((a ?? '') > (b ?? '') ? a : b);
const earlier = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a < b ? a : b);

function mergeExercise(mine: ExerciseProgress | undefined, theirs: ExerciseProgress): ExerciseProgress {
  if (!mine) return theirs;
  const newer = theirs.at > mine.at ? theirs : mine;
  const out: ExerciseProgress = { ...mine, at: newer.at, checks: { ...theirs.checks, ...mine.checks } };
  if (Object.keys(out.checks!).length === 0) delete out.checks;
  const hints = Math.max(mine.hints ?? 0, theirs.hints ?? 0);
  if (hints) out.hints = hints;
  if (mine.modelAnswer || theirs.modelAnswer) out.modelAnswer = true;
  // An answer written in only one place is kept; written in both, the later one wins.
  const answer = mine.answer?.trim() && theirs.answer?.trim() ? newer.answer : mine.answer?.trim() ? mine.answer : theirs.answer;
  if (answer !== undefined) out.answer = answer;
  const setup = mine.setup ?? theirs.setup;
  if (setup) out.setup = setup;
  return out;
}

function mergeSequence(mine: SequenceProgress, theirs: SequenceProgress | undefined): SequenceProgress {
  if (!theirs) return mine;
  // A step predicted in both places keeps this browser's record, as a quick check does.
  return { ...mine, at: later(mine.at, theirs.at)!, steps: { ...theirs.steps, ...mine.steps } };
}

/** Merges imported progress into this browser's: everything either holds is kept; where both hold something, the later wins. */
export function mergeProgress(mine: ProgressData, theirs: ProgressData): ProgressData {
  const isFresh = Object.keys(mine.chapters).length === 0 && Object.keys(mine.exercises).length === 0;
  const out: ProgressData = {
    ...emptyProgress(isFresh ? theirs.reader : mine.reader),
    name: mine.name || theirs.name,
    chapters: { ...theirs.chapters },
    exercises: { ...theirs.exercises },
    setups: { ...theirs.setups },
    sequences: { ...theirs.sequences },
    last: (mine.last?.at ?? '') >= (theirs.last?.at ?? '') ? mine.last : theirs.last,
  };
  for (const [id, c] of Object.entries(mine.chapters)) {
    const t = out.chapters[id];
    const read = earlier(c.read, t?.read);
    out.chapters[id] = { opened: earlier(c.opened, t?.opened)!, seen: [...new Set([...(t?.seen ?? []), ...c.seen])], ...(read ? { read } : {}) };
  }
  for (const [id, e] of Object.entries(mine.exercises)) out.exercises[id] = mergeExercise(e, out.exercises[id] ?? e);
  for (const [key, s] of Object.entries(mine.setups)) {
    const t = out.setups[key];
    if (!t || later(s.at, t.at) === s.at) out.setups[key] = s;
  }
  for (const [id, s] of Object.entries(mine.sequences)) out.sequences[id] = mergeSequence(s, out.sequences[id]);
  return out;
}

/** One chapter's progress, summed up. */
export interface ChapterSummary {
  chapter: CatalogueChapter;
  opened: boolean;
  read: boolean;
  sectionsSeen: number;
  sections: number;
  exercisesTried: number;
  exercises: number;
  checksAnswered: number;
  checksRightFirst: number;
  hints: number;
  modelAnswers: number;
  setupsChanged: number;
  /** Guided sequences with a prediction revealed in every step, of the chapter's sequences. */
  sequencesDone: number;
  sequences: number;
  /** Guided steps with a prediction revealed, of all the chapter's guided steps. */
  stepsPredicted: number;
  steps: number;
}

/** Each chapter's progress, in reading order. */
export function summariseChapters(progress: ProgressData, catalogue: Catalogue): ChapterSummary[] {
  return catalogue.chapters.map((chapter) => {
    const exercises = catalogue.exercises.filter((e) => e.chapter === chapter.id);
    const records = exercises.map((e) => progress.exercises[e.id]);
    const checks = records.flatMap((r) => Object.values(r?.checks ?? {}));
    const seen = progress.chapters[chapter.id]?.seen ?? [];
    const sequences = catalogue.sequences.filter((s) => s.chapter === chapter.id);
    return {
      chapter,
      opened: progress.chapters[chapter.id] !== undefined,
      read: !!progress.chapters[chapter.id]?.read,
      sectionsSeen: chapter.sections.filter((s) => seen.includes(s.anchor)).length,
      sections: chapter.sections.length,
      exercisesTried: records.filter(isAttempted).length,
      exercises: exercises.length,
      checksAnswered: checks.length,
      checksRightFirst: checks.filter((c) => c.firstRight).length,
      hints: records.reduce((n, r) => n + (r?.hints ?? 0), 0),
      modelAnswers: records.filter((r) => r?.modelAnswer).length,
      setupsChanged: Object.values(progress.setups).filter((s) => s.chapter === chapter.id).length,
      sequencesDone: sequences.filter((s) => isSequenceDone(s, progress)).length,
      sequences: sequences.length,
      stepsPredicted: sequences.reduce((n, s) => n + stepsPredicted(s, progress), 0),
      steps: sequences.reduce((n, s) => n + s.steps.length, 0),
    };
  });
}

/** The reader's written answers, with the exercise and chapter they belong to, in reading order. */
export function writtenAnswers(progress: ProgressData, catalogue: Catalogue) {
  return catalogue.exercises.flatMap((exercise) => {
    const answer = progress.exercises[exercise.id]?.answer?.trim();
    const chapter = findChapter(catalogue, exercise.chapter);
    return answer && chapter ? [{ exercise, chapter, answer, at: progress.exercises[exercise.id]!.at }] : [];
  });
}

/** A loading problem in words for the reader: what was wrong, and where the data went. */
export function problemMessage(problem: ProgressProblem): string {
  const n = problem.detail.length;
  const what =
    problem.kind === 'newer'
      ? `Your progress was saved by a newer version of the book (format ${problem.detail[0]}).`
      : problem.kind === 'damaged'
        ? 'Your saved progress could not be read: the data is damaged.'
        : `${n} saved record${n === 1 ? '' : 's'} of your progress could not be read (${problem.detail.join('; ')}).`;
  return problem.key === null
    ? `${what} It could not be moved aside, so it was left untouched and your progress is not being kept until there is room.`
    : `${what} It was kept aside in this browser (as “${problem.key}”); everything else is as you left it.`;
}
