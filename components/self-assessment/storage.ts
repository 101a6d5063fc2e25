/**
 * The browser store for self-assessments: one versioned localStorage record holding every saved
 * assessment. Every save reads the store again and merges this tab's data into it field by field
 * (merge.ts), so tabs never overwrite each other. Damaged or foreign data is moved aside to a
 * quarantine key and reported, never deleted. When the browser will not store data, or the store
 * is full, or was written by a newer version of the book, what is stored is still read and shown,
 * and the store says exactly why nothing is being saved.
 */
import { readAssessmentData, readSnapshots, isAssessmentFileError, uniqueIds, type AssessmentData, type Snapshot } from './file-format';
import { mergeStores, recentTombstones, sameStore, type FieldClock } from './merge';

/** The key of the store in localStorage. */
export const STORE_KEY = 'pvc-assessments';
/** Damaged data is kept under keys starting with this, followed by a timestamp. */
export const QUARANTINE_PREFIX = 'pvc-assessments-quarantine-';
/**
 * The store's format version. The field clocks and deletions (merge.ts) are optional additions to
 * version 1: an older copy of the book reads such a store and ignores them.
 */
export const STORE_VERSION = 1;

/** One saved assessment: the reader's data, its dates, its snapshots and when each field changed. */
export interface SavedAssessment extends AssessmentData {
  id: string;
  /** ISO date and time it was created. */
  createdAt: string;
  /** ISO date and time of the last change. */
  updatedAt: string;
  /** Earlier states of the same service, oldest first. */
  snapshots: Snapshot[];
  /** When each field last changed (empty for a record saved before fields were stamped). */
  clock: FieldClock;
}

/** Which step of the flow the reader was on, so a reload brings them back. */
export type ViewState = { step: number; view: 'flow' | 'results' | 'saved' | 'compare' };

/** Everything the store keeps. */
export interface StoreData {
  assessments: SavedAssessment[];
  /** Ids of deleted assessments, with when they were deleted, so another tab does not bring them back. */
  deleted: Record<string, number>;
  /** The assessment open when the page was left. */
  currentId: string | null;
  view: ViewState;
}

/** A problem found when loading, already dealt with: the raw data sits under `quarantineKey`. */
export interface StoreProblem {
  kind: 'corrupt' | 'old-version' | 'bad-record' | 'stuck';
  message: string;
  /** Where the damaged text was kept, or null when it had to stay in place. */
  quarantineKey: string | null;
}

/**
 * `persistent`: saves are written (a save can still fail when the store is full). `read-only`: what is
 * stored is shown but never written over (a newer version's data, damaged data that could not be set
 * aside, or a browser that lets the site read but not write). `memory`: the browser gives no storage at all.
 */
export type StoreMode = 'persistent' | 'read-only' | 'memory';

/** The outcome of a save: the merged data this tab should show, and the records another tab deleted. */
export type SaveResult = ({ ok: true; at: Date } | { ok: false; message: string }) & { data: StoreData; removedElsewhere: SavedAssessment[] };

/** Another tab's saves merged with this tab's data, without writing. */
export interface PullResult {
  data: StoreData;
  problems: StoreProblem[];
  removedElsewhere: SavedAssessment[];
  /** True when this tab holds changes the store lacks (unsaved edits, or a save another tab wrote over): save them. */
  ahead: boolean;
}

/** A piece of quarantined data. */
export interface QuarantinedItem {
  key: string;
  text: string;
}

/** The store as the app uses it. */
export interface AssessmentStore {
  readonly mode: StoreMode;
  /** Why changes are not being saved, for the reader; null while saves succeed. */
  readonly unavailableReason: string | null;
  load(): { data: StoreData; problems: StoreProblem[] };
  /** Reads what other tabs saved and merges it with `local`. */
  pull(local: StoreData): PullResult;
  /** Reads the store, merges `local` into it and writes the result. */
  save(local: StoreData): SaveResult;
  quarantined(): QuarantinedItem[];
  removeQuarantined(key: string): void;
}

/** Why nothing is saved when the browser gives the site no storage. */
export const BLOCKED_MESSAGE =
  'Not saved: this browser is not letting the site store data (private browsing, or storage blocked in its settings). Everything works on this page, but nothing is kept once you close it: export a file to keep your answers.';
/** Why the latest changes are not saved when the store is full. */
export const FULL_MESSAGE =
  'Not saved: this browser’s storage for this site is full, so your latest changes are kept on this page only. What was saved before is still here. Export a file to keep your work; deleting saved assessments you no longer need makes room.';

const newerMessage = (version: number) =>
  `Your saved assessments were written by a newer version of this book (store version ${version}; this page reads version ${STORE_VERSION}). They are shown here and can be exported, but this page changes nothing in them, so nothing you do here is saved. Reload the page to use the newer version.`;

/** An empty store. */
export function emptyStore(): StoreData {
  return { assessments: [], deleted: {}, currentId: null, view: { step: 0, view: 'flow' } };
}

/** True for a record with nothing in it and never edited: it is not worth saving or listing. */
export function isUntouched(r: SavedAssessment): boolean {
  return (
    Object.keys(r.clock).length === 0 &&
    r.service.trim() === '' &&
    r.presetId === null &&
    r.respondent === undefined &&
    r.currentMix === null &&
    Object.keys(r.answers).length === 0 &&
    Object.keys(r.notes).length === 0 &&
    r.snapshots.length === 0
  );
}

/** The page's localStorage if the site may read it, else null (blocked); whether it can be written shows when saving. */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(STORE_KEY);
    return storage;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readDateText(value: unknown, field: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new Error(`"${field}" is not a date`);
  return value;
}

// Times by key (field clocks, deletions): entries that are not a time are dropped, never fatal.
function readTimes(value: unknown): Record<string, number> {
  if (!isRecord(value)) return {};
  const out: Record<string, number> = {};
  for (const [key, at] of Object.entries(value)) if (key.length <= 120 && typeof at === 'number' && Number.isFinite(at) && at >= 0) out[key] = at;
  return out;
}

function readSaved(value: unknown): SavedAssessment {
  if (!isRecord(value)) throw new Error('not an object');
  const id = value['id'];
  if (typeof id !== 'string' || id === '' || id.length > 80) throw new Error('no id');
  return {
    ...readAssessmentData(value, 'record'),
    id,
    createdAt: readDateText(value['createdAt'], 'createdAt'),
    updatedAt: readDateText(value['updatedAt'], 'updatedAt'),
    snapshots: readSnapshots(value['snapshots']),
    clock: readTimes(value['clock']),
  };
}

/** True for the error a browser throws when the site's storage is full ("QuotaExceededError"; older Firefox: "NS_ERROR_DOM_QUOTA_REACHED"). */
export function isQuotaError(error: unknown): boolean {
  // By name only: DOMException's numeric `code` is deprecated, and every browser names this error.
  return error instanceof DOMException && /quota/i.test(error.name);
}

function readView(value: unknown): ViewState {
  const views = ['flow', 'results', 'saved', 'compare'] as const;
  if (!isRecord(value)) return { step: 0, view: 'flow' };
  const step = typeof value['step'] === 'number' && Number.isInteger(value['step']) && value['step'] >= 0 && value['step'] < 50 ? value['step'] : 0;
  const view = views.find((v) => v === value['view']) ?? 'flow';
  return { step, view };
}

function reason(error: unknown): string {
  if (isAssessmentFileError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

// How a version field reads in a message: a number as it is, anything else named for what it is.
function versionText(version: unknown): string {
  if (version === undefined) return 'missing';
  if (typeof version === 'string') return `the text “${version.slice(0, 12)}” rather than a number`;
  if (typeof version === 'number') return String(version);
  return 'not a number';
}

/** Creates the store over a Storage (pass a fake in tests); null means storage is unavailable. */
export function createStore(storage: Storage | null, now: () => Date = () => new Date()): AssessmentStore {
  let mode: StoreMode = storage === null ? 'memory' : 'persistent';
  let unavailableReason: string | null = storage === null ? BLOCKED_MESSAGE : null;

  function quarantine(text: string): string | null {
    if (storage === null) return null;
    const stamp = now().getTime();
    try {
      let key = `${QUARANTINE_PREFIX}${stamp}`;
      for (let n = 2; storage.getItem(key) !== null; n++) key = `${QUARANTINE_PREFIX}${stamp}-${n}`;
      storage.setItem(key, text);
      return storage.getItem(key) === text ? key : null;
    } catch {
      return null;
    }
  }

  function readOnly(why: string) {
    mode = 'read-only';
    unavailableReason = why;
  }

  // Moves the whole store aside; if even that fails, leaves it in place and stops saving over it.
  function setAsideWhole(raw: string, kind: StoreProblem['kind'], what: string): StoreProblem {
    const key = quarantine(raw);
    if (key === null) {
      readOnly(`Not saved: ${what} It could not be moved aside, so it was left untouched and nothing will be saved until there is room; export a file to keep your work.`);
      return { kind: 'stuck', message: unavailableReason!, quarantineKey: null };
    }
    try {
      storage?.removeItem(STORE_KEY);
    } catch {
      // The copy is safe under the quarantine key; a later save overwrites the damaged store.
    }
    return { kind, message: `${what} It was kept aside in this browser (as “${key}”) and the tool started afresh.`, quarantineKey: key };
  }

  function readRecords(list: unknown[]): { assessments: SavedAssessment[]; bad: { text: string; why: string }[] } {
    const assessments: SavedAssessment[] = [];
    const bad: { text: string; why: string }[] = [];
    for (const entry of list) {
      try {
        assessments.push(readSaved(entry));
      } catch (error) {
        bad.push({ text: JSON.stringify(entry) ?? String(entry), why: reason(error) });
      }
    }
    return { assessments: uniqueIds(assessments), bad };
  }

  // Reads the stored text: what can be used, and what was wrong (already set aside, or left in place).
  function read(): { data: StoreData; problems: StoreProblem[] } {
    const problems: StoreProblem[] = [];
    if (storage === null) return { data: emptyStore(), problems };
    let raw: string | null;
    try {
      raw = storage.getItem(STORE_KEY);
    } catch {
      mode = 'memory';
      unavailableReason = BLOCKED_MESSAGE;
      return { data: emptyStore(), problems };
    }
    if (raw === null) return { data: emptyStore(), problems };
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push(setAsideWhole(raw, 'corrupt', 'Your saved assessments could not be read: the data is damaged (not valid JSON).'));
      return { data: emptyStore(), problems };
    }
    if (!isRecord(json)) {
      problems.push(setAsideWhole(raw, 'corrupt', 'Your saved assessments could not be read: the data is not in the expected shape.'));
      return { data: emptyStore(), problems };
    }
    const version = json['version'];
    const list = json['assessments'];
    if (typeof version === 'number' && Number.isInteger(version) && version > STORE_VERSION) {
      // Left exactly as it is, for the newer version; whatever this page can read is shown.
      readOnly(newerMessage(version));
      const { assessments } = Array.isArray(list) ? readRecords(list) : { assessments: [] };
      return { data: { assessments, deleted: readTimes(json['deleted']), currentId: null, view: readView(json['view']) }, problems };
    }
    if (version !== STORE_VERSION) {
      problems.push(setAsideWhole(raw, 'old-version', `The saved assessments are in a format this page does not know (their version is ${versionText(version)}; this page reads version ${STORE_VERSION}).`));
      return { data: emptyStore(), problems };
    }
    if (!Array.isArray(list)) {
      problems.push(setAsideWhole(raw, 'corrupt', 'Your saved assessments could not be read: the list of assessments is missing or damaged.'));
      return { data: emptyStore(), problems };
    }
    const { assessments, bad } = readRecords(list);
    const currentId = typeof json['currentId'] === 'string' && assessments.some((a) => a.id === json['currentId']) ? json['currentId'] : null;
    const data: StoreData = { assessments, deleted: readTimes(json['deleted']), currentId, view: readView(json['view']) };
    if (bad.length > 0) {
      const key = quarantine(JSON.stringify({ keptAside: now().toISOString(), records: bad.map((b) => b.text) }));
      const names = `${bad.length} saved assessment${bad.length === 1 ? '' : 's'} could not be read (${bad.map((b) => b.why).join('; ')}).`;
      if (key === null) {
        readOnly(`Not saved: ${names} They could not be moved aside, so the saved data was left untouched and nothing will be saved until there is room.`);
        problems.push({ kind: 'stuck', message: unavailableReason!, quarantineKey: null });
      } else {
        problems.push({ kind: 'bad-record', message: `${names} ${bad.length === 1 ? 'It was' : 'They were'} kept aside in this browser (as “${key}”); the others are below.`, quarantineKey: key });
        write(data);
      }
    }
    return { data, problems };
  }

  // Writes the records worth keeping; returns null on success or the reason it failed.
  function write(data: StoreData): string | null {
    if (storage === null) return BLOCKED_MESSAGE;
    const stored = { version: STORE_VERSION, ...data, assessments: data.assessments.filter((a) => !isUntouched(a)) };
    try {
      storage.setItem(STORE_KEY, JSON.stringify(stored));
      return null;
    } catch (error) {
      return isQuotaError(error) ? FULL_MESSAGE : BLOCKED_MESSAGE;
    }
  }

  function merge(local: StoreData, remote: StoreData): { data: StoreData; removedElsewhere: SavedAssessment[] } {
    const merged = mergeStores(local, remote);
    const data: StoreData = { assessments: merged.assessments, deleted: recentTombstones(merged.deleted, now().getTime()), currentId: local.currentId, view: local.view };
    return { data, removedElsewhere: merged.removedElsewhere };
  }

  const worthKeeping = (d: StoreData) => ({ assessments: d.assessments.filter((a) => !isUntouched(a)), deleted: d.deleted });

  return {
    get mode() {
      return mode;
    },
    get unavailableReason() {
      return unavailableReason;
    },

    load() {
      const loaded = read();
      // A store that can be read may still refuse writes (a full quota): say so at once, not at the first save.
      if (mode === 'persistent' && storage !== null) {
        const probe = `${STORE_KEY}-probe`;
        try {
          storage.setItem(probe, '1');
          storage.removeItem(probe);
        } catch (error) {
          if (isQuotaError(error)) unavailableReason = FULL_MESSAGE;
          else readOnly(BLOCKED_MESSAGE);
        }
      }
      return loaded;
    },

    pull(local) {
      if (mode === 'memory') return { data: local, problems: [], removedElsewhere: [], ahead: false };
      const remote = read();
      const { data, removedElsewhere } = merge(local, remote.data);
      return { data, problems: remote.problems, removedElsewhere, ahead: !sameStore(worthKeeping(data), worthKeeping(remote.data)) };
    },

    save(local) {
      if (mode !== 'persistent') return { ok: false, message: unavailableReason ?? BLOCKED_MESSAGE, data: local, removedElsewhere: [] };
      const remote = read();
      const { data, removedElsewhere } = merge(local, remote.data);
      // Reading may have found damaged data it could not set aside: then nothing is written over it.
      if (mode !== 'persistent') return { ok: false, message: unavailableReason ?? BLOCKED_MESSAGE, data, removedElsewhere };
      const failed = write(data);
      unavailableReason = failed;
      return failed === null ? { ok: true, at: now(), data, removedElsewhere } : { ok: false, message: failed, data, removedElsewhere };
    },

    quarantined() {
      if (storage === null) return [];
      const items: QuarantinedItem[] = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key === null || !key.startsWith(QUARANTINE_PREFIX)) continue;
          items.push({ key, text: storage.getItem(key) ?? '' });
        }
      } catch {
        return items;
      }
      return items.sort((a, b) => a.key.localeCompare(b.key));
    },

    removeQuarantined(key) {
      if (storage === null || !key.startsWith(QUARANTINE_PREFIX)) return;
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to do: it stays where it is.
      }
    },
  };
}
