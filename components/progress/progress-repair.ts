/**
 * The full check of the reader's stored progress, and the self-assessment's quarantine approach:
 * data that cannot be read is moved aside to a quarantine key and reported, never deleted; only
 * the readable rest stays in the store. Run by the pages that show or hand in progress when they
 * open, and by the chapter pages' progress script when it finds data it cannot use.
 */
import { isId, isObject, MAX_ANSWER, newReaderId, PROGRESS_KEY, PROGRESS_VERSION, type LastPlace, type ProgressData } from './progress-store';

/** Data that could not be read is kept under keys starting with this, followed by a timestamp. */
export const PROGRESS_QUARANTINE_PREFIX = 'pvc-progress-quarantine-';

/**
 * A problem found, already dealt with: the whole store was damaged, written by a newer version, or
 * held records that could not be read (`detail` names them, "where: why"). The unreadable text sits
 * under `key`, or stayed in place when it could not be moved (`key` null: nothing more is saved).
 */
export interface ProgressProblem {
  kind: 'damaged' | 'newer' | 'records';
  key: string | null;
  /** The newer format's version, or the unreadable records as "where: why". */
  detail: string[];
}

/** A piece of quarantined data. */
export interface QuarantinedProgress {
  key: string;
  text: string;
}


/** A test of one field's value. */
type Test = (value: unknown) => boolean;
const text =
  (max: number): Test =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const date: Test = (v) => text(40)(v) && !Number.isNaN(Date.parse(v as string));
const count =
  (max: number): Test =>
  (v) =>
    Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const flag: Test = (v) => typeof v === 'boolean';
const optional =
  (test: Test): Test =>
  (v) =>
    v === undefined || test(v);

// The first field of a record that fails its test, or null.
function fault(value: unknown, fields: Record<string, Test>): string | null {
  if (!isObject(value)) return 'record';
  return Object.keys(fields).find((key) => !fields[key]!(value[key])) ?? null;
}

const recordOf =
  (fields: Record<string, Test>): Test =>
  (v) =>
    fault(v, fields) === null;
const checkFields = { first: count(5), firstRight: flag, last: count(5), right: flag, tries: count(1e6) };
const checksTest: Test = (v) => isObject(v) && Object.entries(v).every(([name, check]) => /^qc-[a-z0-9]{1,12}$/.test(name) && recordOf(checkFields)(check));
const exerciseFields = { chapter: isId, at: date, checks: optional(checksTest), hints: optional(count(20)), modelAnswer: optional(flag), answer: optional(text(MAX_ANSWER)), answerAt: optional(date), setup: optional(text(1200)) };
// A prediction is the chosen answer's text or the number guessed.
const prediction: Test = (v) => text(500)(v) || (typeof v === 'number' && Number.isFinite(v));
const predictionFields = { first: prediction, firstRight: flag, last: prediction, right: flag, tries: count(1e6) };
const stepsTest: Test = (v) => isObject(v) && Object.entries(v).every(([step, kept]) => /^[1-9]\d?$/.test(step) && recordOf(predictionFields)(kept));
const sequenceFields = { chapter: isId, at: date, steps: stepsTest };
const setupFields = { chapter: isId, param: isId, opened: text(1000), reached: text(1000), at: date };
const chapterFields = { opened: date, read: optional(date), seen: (v: unknown) => Array.isArray(v) && v.every(text(200)) };
const lastFields = { href: (v: unknown) => text(300)(v) && /^\/(?!\/)/.test(v as string), chapter: text(80), title: text(200), section: text(200), at: date };

/** Why an exercise record cannot be read (the field at fault), or null when it can. */
export function exerciseFault(value: unknown): string | null {
  return fault(value, exerciseFields);
}

/** Why a guided sequence's record cannot be read (the field at fault), or null when it can. */
export function sequenceFault(value: unknown): string | null {
  return fault(value, sequenceFields);
}

/** The records that could not be read, with why, for quarantine. */
export type BadRecords = { where: string; why: string; value: unknown }[];

function readMap<T>(value: unknown, where: string, fields: Record<string, Test>, bad: BadRecords, keyOk: (key: string) => boolean = isId): Record<string, T> {
  const out: Record<string, T> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    bad.push({ where, why: 'not a list of records', value });
    return out;
  }
  for (const [key, entry] of Object.entries(value)) {
    const field = keyOk(key) ? fault(entry, fields) : 'key';
    if (field === null) out[key] = entry as T;
    else bad.push({ where: `${where}.${key.slice(0, 40)}`, why: `"${field}" is not valid`, value: entry });
  }
  return out;
}

/**
 * Reads the store's (or an exported file's) fields, record by record: what it can read is returned,
 * what it cannot is listed in `bad`. Throws only when the whole value is not a progress object.
 */
export function readProgress(json: unknown, bad: BadRecords = []): ProgressData {
  if (!isObject(json)) throw new Error('it is not a progress record');
  const reader = json['reader'];
  return {
    reader: typeof reader === 'string' && /^[\w-]{1,40}$/.test(reader) ? reader : newReaderId(),
    name: typeof json['name'] === 'string' ? json['name'].slice(0, 120) : '',
    nameAt: date(json['nameAt']) ? (json['nameAt'] as string) : undefined,
    chapters: readMap(json['chapters'], 'chapters', chapterFields, bad),
    exercises: readMap(json['exercises'], 'exercises', exerciseFields, bad),
    setups: readMap(json['setups'], 'setups', setupFields, bad, (k) => k.length <= 1200),
    // Absent from progress kept before guided sequences were: nothing to read, nothing wrong.
    sequences: readMap(json['sequences'], 'sequences', sequenceFields, bad),
    // Only a path on this site: stored data must not turn the home page's link into a way off it.
    last: fault(json['last'], lastFields) === null ? (json['last'] as LastPlace) : null,
    cleared: date(json['cleared']) ? (json['cleared'] as string) : undefined,
  };
}

/** Checks the stored progress and sets aside whatever cannot be read (the whole store, or single records); never throws. */
export function repairProgress(storage: Storage | null, now: () => Date = () => new Date()): ProgressProblem[] {
  const problems: ProgressProblem[] = [];
  try {
    const raw = storage?.getItem(PROGRESS_KEY) ?? null;
    if (!storage || raw === null) return problems;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    const version = isObject(json) ? json['version'] : undefined;
    if (version !== PROGRESS_VERSION) {
      const newer = typeof version === 'number' && version > PROGRESS_VERSION;
      const key = setAside(storage, raw, now);
      if (key !== null) storage.removeItem(PROGRESS_KEY);
      problems.push({ kind: newer ? 'newer' : 'damaged', key, detail: newer ? [String(version)] : [] });
      return problems;
    }
    const bad: BadRecords = [];
    const data = readProgress(json, bad);
    if (bad.length === 0) {
      // A store with no reader id yet gets the one just made for it.
      if (typeof (json as Record<string, unknown>)['reader'] !== 'string') storage.setItem(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...data }));
      return problems;
    }
    const key = setAside(storage, JSON.stringify({ keptAside: now().toISOString(), records: bad }), now);
    // The readable rest replaces the store only once the rest is safe; otherwise the store stays as it was.
    if (key !== null) storage.setItem(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...data }));
    problems.push({ kind: 'records', key, detail: bad.map((b) => `${b.where}: ${b.why}`) });
  } catch {
    // Storage refused a read or a write: what is stored stays as it is.
  }
  return problems;
}

function setAside(storage: Storage, raw: string, now: () => Date): string | null {
  const stamp = `${PROGRESS_QUARANTINE_PREFIX}${now().getTime()}`;
  try {
    let key = stamp;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${stamp}-${n}`;
    storage.setItem(key, raw);
    return storage.getItem(key) === raw ? key : null;
  } catch {
    return null;
  }
}

/** The data set aside in a storage because it could not be read, oldest first. */
export function listQuarantined(storage: Storage | null): QuarantinedProgress[] {
  const items: QuarantinedProgress[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PROGRESS_QUARANTINE_PREFIX)) items.push({ key, text: storage.getItem(key) ?? '' });
    }
  } catch {
    // What was listed so far is returned.
  }
  return items.sort((a, b) => a.key.localeCompare(b.key));
}

/** Deletes one piece of quarantined data (only ever a quarantine key). */
export function removeQuarantined(storage: Storage | null, key: string): void {
  try {
    if (key.startsWith(PROGRESS_QUARANTINE_PREFIX)) storage?.removeItem(key);
  } catch {
    // It stays where it is.
  }
}
