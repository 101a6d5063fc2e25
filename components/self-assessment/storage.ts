/**
 * The browser store for self-assessments: one versioned localStorage record holding every saved
 * assessment. Damaged or foreign data is moved aside to a quarantine key and reported, never
 * deleted; without usable storage the tool keeps everything in memory and says so.
 */
import { readAssessmentData, readSnapshots, isAssessmentFileError, type AssessmentData, type Snapshot } from './file-format';

/** The key of the store in localStorage. */
export const STORE_KEY = 'pvc-assessments';
/** Damaged data is kept under keys starting with this, followed by a timestamp. */
export const QUARANTINE_PREFIX = 'pvc-assessments-quarantine-';
/** The store's format version. */
export const STORE_VERSION = 1;

/** One saved assessment: the reader's data, its dates and its snapshots. */
export interface SavedAssessment extends AssessmentData {
  id: string;
  /** ISO date and time it was created. */
  createdAt: string;
  /** ISO date and time of the last change. */
  updatedAt: string;
  /** Earlier states of the same service, oldest first. */
  snapshots: Snapshot[];
}

/** Which step of the flow the reader was on, so a reload brings them back. */
export type ViewState = { step: number; view: 'flow' | 'results' | 'saved' | 'compare' };

/** Everything the store keeps. */
export interface StoreData {
  assessments: SavedAssessment[];
  /** The assessment open when the page was left. */
  currentId: string | null;
  view: ViewState;
}

/** A problem found when loading, already dealt with: the raw data sits under `quarantineKey`. */
export interface StoreProblem {
  kind: 'corrupt' | 'old-version' | 'newer-version' | 'bad-record' | 'stuck';
  message: string;
  /** Where the damaged text was kept, or null when it had to stay in place. */
  quarantineKey: string | null;
}

/** The outcome of a save. */
export type SaveResult = { ok: true; at: Date } | { ok: false; message: string };

/** A piece of quarantined data. */
export interface QuarantinedItem {
  key: string;
  text: string;
}

/** The store as the app uses it. */
export interface AssessmentStore {
  /** 'memory' when the browser will not store data: nothing survives a reload. */
  readonly mode: 'persistent' | 'memory';
  /** Why the store is in memory mode, for the reader; null when persistent. */
  readonly unavailableReason: string | null;
  load(): { data: StoreData; problems: StoreProblem[] };
  save(data: StoreData): SaveResult;
  quarantined(): QuarantinedItem[];
  removeQuarantined(key: string): void;
}

/** The message shown when nothing can be saved. */
export const NOT_SAVED_MESSAGE = 'Not saved: this browser is not letting the site store data (private mode, blocked storage or a full quota). Everything still works on this page; export a file to keep your answers.';

/** An empty store. */
export function emptyStore(): StoreData {
  return { assessments: [], currentId: null, view: { step: 0, view: 'flow' } };
}

/** The page's localStorage if it can be written and read back, else null (private mode, blocked, full). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = `${STORE_KEY}-probe`;
    storage.setItem(probe, '1');
    const ok = storage.getItem(probe) === '1';
    storage.removeItem(probe);
    return ok ? storage : null;
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
  };
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

/** Creates the store over a Storage (pass a fake in tests); null means storage is unavailable. */
export function createStore(storage: Storage | null, now: () => Date = () => new Date()): AssessmentStore {
  let mode: 'persistent' | 'memory' = storage === null ? 'memory' : 'persistent';
  let unavailableReason: string | null = storage === null ? NOT_SAVED_MESSAGE : null;

  function quarantine(text: string): string | null {
    if (storage === null) return null;
    const stamp = now().getTime();
    let key = `${QUARANTINE_PREFIX}${stamp}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${QUARANTINE_PREFIX}${stamp}-${n}`;
    try {
      storage.setItem(key, text);
      return storage.getItem(key) === text ? key : null;
    } catch {
      return null;
    }
  }

  // Moves the whole store aside; if even that fails, leaves it in place and stops saving over it.
  function setAsideWhole(raw: string, kind: StoreProblem['kind'], what: string): StoreProblem {
    const key = quarantine(raw);
    if (key === null) {
      mode = 'memory';
      unavailableReason = `${what} It could not be moved aside, so it was left untouched and nothing will be saved until there is room; export a file to keep your work.`;
      return { kind: 'stuck', message: unavailableReason, quarantineKey: null };
    }
    try {
      storage?.removeItem(STORE_KEY);
    } catch {
      // The copy is safe under the quarantine key; a later save overwrites the damaged store.
    }
    return { kind, message: `${what} It was kept aside in this browser (as “${key}”) and the tool started afresh.`, quarantineKey: key };
  }

  return {
    get mode() {
      return mode;
    },
    get unavailableReason() {
      return unavailableReason;
    },

    load() {
      const problems: StoreProblem[] = [];
      if (storage === null) return { data: emptyStore(), problems };
      let raw: string | null;
      try {
        raw = storage.getItem(STORE_KEY);
      } catch {
        mode = 'memory';
        unavailableReason = NOT_SAVED_MESSAGE;
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
      if (typeof version === 'number' && version > STORE_VERSION) {
        problems.push(setAsideWhole(raw, 'newer-version', `The saved assessments were written by a newer version of this site (store version ${version}; this page reads ${STORE_VERSION}).`));
        return { data: emptyStore(), problems };
      }
      if (version !== STORE_VERSION) {
        problems.push(setAsideWhole(raw, 'old-version', `The saved assessments are in an old or unknown format (store version ${JSON.stringify(version) ?? 'missing'}; this page reads ${STORE_VERSION}).`));
        return { data: emptyStore(), problems };
      }
      if (!Array.isArray(json['assessments'])) {
        problems.push(setAsideWhole(raw, 'corrupt', 'Your saved assessments could not be read: the list of assessments is missing or damaged.'));
        return { data: emptyStore(), problems };
      }
      const assessments: SavedAssessment[] = [];
      const bad: { text: string; why: string }[] = [];
      for (const entry of json['assessments'] as unknown[]) {
        try {
          const saved = readSaved(entry);
          if (assessments.some((a) => a.id === saved.id)) throw new Error(`a second record with id "${saved.id}"`);
          assessments.push(saved);
        } catch (error) {
          bad.push({ text: JSON.stringify(entry) ?? String(entry), why: reason(error) });
        }
      }
      const currentId = typeof json['currentId'] === 'string' && assessments.some((a) => a.id === json['currentId']) ? json['currentId'] : null;
      const data: StoreData = { assessments, currentId, view: readView(json['view']) };
      if (bad.length > 0) {
        const key = quarantine(JSON.stringify({ keptAside: now().toISOString(), records: bad.map((b) => b.text) }));
        const names = `${bad.length} saved assessment${bad.length === 1 ? '' : 's'} could not be read (${bad.map((b) => b.why).join('; ')}).`;
        if (key === null) {
          mode = 'memory';
          unavailableReason = `${names} They could not be moved aside, so the saved data was left untouched and nothing will be saved until there is room.`;
          problems.push({ kind: 'stuck', message: unavailableReason, quarantineKey: null });
        } else {
          problems.push({ kind: 'bad-record', message: `${names} ${bad.length === 1 ? 'It was' : 'They were'} kept aside in this browser (as “${key}”); the others are below.`, quarantineKey: key });
          try {
            storage.setItem(STORE_KEY, JSON.stringify({ version: STORE_VERSION, ...data }));
          } catch {
            // Left as it was: the readable records load again next time, the bad ones are quarantined too.
          }
        }
      }
      return { data, problems };
    },

    save(data) {
      if (storage === null || mode === 'memory') return { ok: false, message: unavailableReason ?? NOT_SAVED_MESSAGE };
      try {
        storage.setItem(STORE_KEY, JSON.stringify({ version: STORE_VERSION, ...data }));
        return { ok: true, at: now() };
      } catch {
        return { ok: false, message: NOT_SAVED_MESSAGE };
      }
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
