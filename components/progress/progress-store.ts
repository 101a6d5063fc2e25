/**
 * The reader's progress, kept in the browser: one versioned localStorage record of chapters opened
 * and read, exercises tried (quick-check answers, hints, model answers, written answers), widget
 * set-ups changed and guided sequences' predictions. Loaded by every chapter page, so it stays
 * small: it checks the record's shape and leaves data it cannot use untouched (progress then lives
 * in memory for the page); the full check, and setting aside what cannot be read, is
 * progress-repair.ts's. Without usable storage it keeps progress in memory and says so.
 */

/** The key of the store in localStorage. */
export const PROGRESS_KEY = 'pvc-progress';
/** The store's format version. */
export const PROGRESS_VERSION = 1;
/** The longest written answer kept. */
export const MAX_ANSWER = 20_000;

/** A quick check's answers by choice position (0-based, in the order the page shows them). */
export interface CheckProgress {
  /** The first answer checked, and whether it was right. */
  first: number;
  firstRight: boolean;
  /** The latest answer checked, and whether it was right. */
  last: number;
  right: boolean;
  /** How many times the reader checked an answer. */
  tries: number;
}

/** A guided step's predictions, like a quick check's answers: the prediction is the chosen answer's text, or the number guessed. */
export interface PredictionProgress {
  /** The first prediction revealed, and whether the model bore it out. */
  first: string | number;
  firstRight: boolean;
  /** The latest prediction revealed, and whether the model bore it out. */
  last: string | number;
  right: boolean;
  /** How many times the reader revealed the model's answer to a prediction. */
  tries: number;
}

/** What the reader predicted in one guided sequence. */
export interface SequenceProgress {
  /** The chapter the sequence is in. */
  chapter: string;
  /** ISO time of the last change. */
  at: string;
  /** Predictions by step number (from 1, as the sequence counts its steps). */
  steps: Record<string, PredictionProgress>;
}

/** What the reader did in one exercise. */
export interface ExerciseProgress {
  /** The chapter the exercise is in. */
  chapter: string;
  /** ISO time of the last change. */
  at: string;
  /** Quick checks by their stable name (`qc-…`). */
  checks?: Record<string, CheckProgress>;
  /** How many hints were revealed. */
  hints?: number;
  /** Whether the model answer (or outline) was opened. */
  modelAnswer?: boolean;
  /** The reader's own written answer, and when it was written (absent from answers kept before it was stamped). */
  answer?: string;
  answerAt?: string;
  /** The set-up (a key of `setups`) whose change completed this widget task. */
  setup?: string;
}

/** A widget opened in a set-up from a link, then changed by the reader. */
export interface SetupProgress {
  chapter: string;
  /** The widget's id on the page (its address parameter). */
  param: string;
  /** The state the link opened, and the latest state the reader reached (widget codec strings). */
  opened: string;
  reached: string;
  at: string;
}

/** A chapter the reader opened. */
export interface ChapterProgress {
  opened: string;
  /** When the reader reached the end of the chapter. */
  read?: string;
  /** Anchors of the headings the reader has scrolled to. */
  seen: string[];
}

/** Where the reader last was, for "continue where you left off". */
export interface LastPlace {
  /** Site path with the section anchor. */
  href: string;
  chapter: string;
  /** The chapter's and the section's titles as the page showed them. */
  title: string;
  section: string;
  at: string;
}

/** Everything the store keeps. */
export interface ProgressData {
  /** A random id for this browser, so a lecturer can tell one student's two hand-ins from two students'. */
  reader: string;
  /** The name the reader gives on a hand-in, and when it was given. */
  name: string;
  nameAt?: string;
  chapters: Record<string, ChapterProgress>;
  exercises: Record<string, ExerciseProgress>;
  setups: Record<string, SetupProgress>;
  /** Guided sequences by id (absent from data stored before they were kept). */
  sequences: Record<string, SequenceProgress>;
  last: LastPlace | null;
  /** When the reader last deleted their progress ("forget"): what another tab kept from before it is not brought back. */
  cleared?: string;
}

/** The store as pages use it. */
export interface ProgressStore {
  /** False when nothing survives a reload (storage off or full, or holding data this page cannot use). */
  readonly persistent: boolean;
  /** True when the stored data could not be used: it was left untouched, for progress-repair.ts to set aside. */
  readonly damaged: boolean;
  /** Reads the store. */
  load(): ProgressData;
  /**
   * Applies a change to the freshest stored data, with `merge` first merged with this page's copy (so
   * what this page did and another tab's write lost is put back), and saves it when that differs from
   * what is stored; false when it could not be saved. A change that does nothing, with a merge, heals
   * the store after another tab's write.
   */
  update(change: (data: ProgressData) => void, merge?: MergeCopies): { data: ProgressData; saved: boolean };
  /** Deletes all progress, leaving the time of the deletion; false when that could not be saved. */
  clear(): boolean;
}

/** Merges this page's copy (`mine`) into the stored one (`theirs`): progress-merge.ts's `mergeCopies`. */
export type MergeCopies = (mine: ProgressData, theirs: ProgressData) => ProgressData;

/** What the book says, once, when progress cannot be kept. */
export const NOT_KEPT_MESSAGE = 'Your progress is not being kept: this browser does not let the book store data (private mode, blocked or full storage). Everything else works.';

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Whether a text is a chapter or exercise id (kebab-case, at most 80 characters). */
export const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);

/** A new random reader id. */
export const newReaderId = (): string => `r-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** An empty store with a new reader id. */
export function emptyProgress(reader = newReaderId()): ProgressData {
  return { reader, name: '', chapters: {}, exercises: {}, setups: {}, sequences: {}, last: null };
}

/** Whether the reader tried an exercise: answered a quick check, wrote an answer or changed its set-up. */
export function isAttempted(exercise: ExerciseProgress | undefined): boolean {
  return !!exercise && (Object.keys(exercise.checks ?? {}).length > 0 || (typeof exercise.answer === 'string' && exercise.answer.trim() !== '') || !!exercise.setup);
}

/** The key of a set-up: where it was opened and in which state. */
export const setupKey = (chapter: string, param: string, opened: string): string => `${chapter}|${param}|${opened}`;

/** Whether a value is a plain object (not null, not a list). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

// The shape the page relies on: the version, the reader, and each list of records an object of objects.
function usable(json: unknown): ProgressData | null {
  if (!isObject(json) || json['version'] !== PROGRESS_VERSION || typeof json['reader'] !== 'string') return null;
  const lists = ['chapters', 'exercises', 'setups', 'sequences'].map((k) => json[k] ?? {});
  if (!lists.every((list) => isObject(list) && Object.values(list).every(isObject))) return null;
  const last = json['last'];
  const [chapters, exercises, setups, sequences] = lists as [ProgressData['chapters'], ProgressData['exercises'], ProgressData['setups'], ProgressData['sequences']];
  return {
    reader: json['reader'],
    name: typeof json['name'] === 'string' ? json['name'] : '',
    nameAt: text(json['nameAt']),
    chapters,
    exercises,
    setups,
    sequences,
    // Only a path on this site: stored data must not turn the home page's link into a way off it.
    last: isObject(last) && typeof last['href'] === 'string' && /^\/(?!\/)/.test(last['href']) ? (last as unknown as LastPlace) : null,
    cleared: text(json['cleared']),
  };
}

/**
 * The page's localStorage if the site may read it, else null (blocked). A full quota still gives the
 * storage: what is kept there is read and shown, and each failed save says it was not kept.
 */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(PROGRESS_KEY);
    return storage;
  } catch {
    return null;
  }
}

// Whether the storage takes a write now (a full quota or a read-only storage does not).
function writable(storage: Storage): boolean {
  try {
    storage.setItem(`${PROGRESS_KEY}-probe`, '1');
    storage.removeItem(`${PROGRESS_KEY}-probe`);
    return true;
  } catch {
    return false;
  }
}

/** Creates the store over a Storage (a fake in tests); null means storage is unavailable and progress lives in memory. */
export function createProgressStore(storage: Storage | null): ProgressStore {
  // Kept progress is read even when changes cannot be written (a full quota): `persistent` says whether they are.
  let readable = storage !== null;
  let persistent = readable && writable(storage!);
  let damaged = false;
  let memory = emptyProgress();

  // True once this page holds changes a storage that takes no writes does not: from then on they live in memory.
  let unsaved = false;
  // The stored text last read, so that a change that adds nothing writes nothing.
  let raw: string | null = null;

  function write(data: ProgressData): boolean {
    memory = data;
    unsaved = true;
    if (!storage || !persistent) return false;
    const text = JSON.stringify({ version: PROGRESS_VERSION, ...data });
    try {
      if (text !== raw) storage.setItem(PROGRESS_KEY, text);
      raw = text;
      unsaved = false;
      return true;
    } catch {
      return false;
    }
  }

  function load(): ProgressData {
    if (!storage || !readable || (unsaved && !persistent)) return memory;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      readable = persistent = false;
      return memory;
    }
    if (raw === null) return (memory = emptyProgress(memory.reader));
    let data: ProgressData | null = null;
    try {
      data = usable(JSON.parse(raw));
    } catch {
      // Not JSON: damaged, like any other shape this page cannot use.
    }
    if (data) return (memory = data);
    // Left untouched (nothing is saved over it) until progress-repair.ts sets it aside.
    readable = persistent = false;
    damaged = true;
    return memory;
  }

  return {
    get persistent() {
      return persistent;
    },
    get damaged() {
      return damaged;
    },
    load,
    update(change, merge) {
      const mine = memory;
      const theirs = load();
      const data = merge ? merge(mine, theirs) : theirs;
      change(data);
      return { data, saved: write(data) };
    },
    clear: () => write({ ...emptyProgress(), cleared: new Date().toISOString() }),
  };
}
