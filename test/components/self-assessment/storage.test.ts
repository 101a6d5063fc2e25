import { describe, expect, it } from 'vitest';
import {
  BLOCKED_MESSAGE,
  createStore,
  emptyStore,
  FULL_MESSAGE,
  isQuotaError,
  isUntouched,
  QUARANTINE_PREFIX,
  STORE_KEY,
  type SavedAssessment,
  type StoreData,
} from '@components/self-assessment/storage';
import { FakeStorage } from '../fake-storage';

const clock = () => new Date('2025-03-01T10:42:00Z');
const T = clock().getTime();
const record = (id: string, over: Partial<SavedAssessment> = {}): SavedAssessment => ({
  id,
  service: `Service ${id}`,
  presetId: null,
  answers: { problemKnown: 4 },
  notes: {},
  currentMix: null,
  createdAt: '2025-02-01T09:00:00.000Z',
  updatedAt: '2025-02-02T09:00:00.000Z',
  snapshots: [],
  clock: {},
  ...over,
});
const storeWith = (...records: SavedAssessment[]): StoreData => ({ ...emptyStore(), assessments: records, currentId: records[0]?.id ?? null });
const quarantineKeys = (s: FakeStorage) => [...s.map.keys()].filter((k) => k.startsWith(QUARANTINE_PREFIX));
const stored = (s: FakeStorage) => JSON.parse(s.getItem(STORE_KEY)!) as { version: number; assessments: SavedAssessment[]; deleted: Record<string, number> };

describe('createStore() with working storage', () => {
  it('saves and loads the same assessments, reporting the time of the save and the merged data', () => {
    const storage = new FakeStorage();
    const store = createStore(storage, clock);
    const data = storeWith(record('a'), record('b', { snapshots: [{ id: 's', takenAt: '2025-01-01T00:00:00.000Z', answers: {}, notes: {}, currentMix: null }] }));
    expect(store.save(data)).toEqual({ ok: true, at: clock(), data, removedElsewhere: [] });
    const again = createStore(storage, clock).load();
    expect(again.problems).toEqual([]);
    expect(again.data).toEqual(data);
    expect(store.mode).toBe('persistent');
    expect(store.unavailableReason).toBeNull();
  });

  it('starts empty when nothing is stored', () => {
    expect(createStore(new FakeStorage(), clock).load()).toEqual({ data: emptyStore(), problems: [] });
  });

  it('does not store an untouched blank assessment, so a first visit lists nothing', () => {
    const storage = new FakeStorage();
    const blank = record('blank', { service: '', answers: {} });
    expect(isUntouched(blank)).toBe(true);
    expect(isUntouched({ ...blank, clock: { service: 1 } })).toBe(false);
    createStore(storage, clock).save(storeWith(blank));
    expect(stored(storage).assessments).toEqual([]);
  });

  it('repairs repeated record and snapshot ids on load, losing no record', () => {
    const storage = new FakeStorage();
    const snap = { id: 's', takenAt: '2025-01-01T00:00:00.000Z', answers: {}, notes: {}, currentMix: null };
    const long = 'x'.repeat(80);
    storage.setItem(STORE_KEY, JSON.stringify({ version: 1, assessments: [record('a'), record('a', { service: 'Second' }), record(long), record(long, { snapshots: [snap, snap, { ...snap, id: '' }, { ...snap, id: '' }] })], currentId: 'a' }));
    const { data, problems } = createStore(storage, clock).load();
    expect(problems).toEqual([]);
    expect(data.assessments.map((a) => a.id)).toEqual(['a', 'a-2', long, `${'x'.repeat(72)}-2`]);
    expect(data.assessments[1]!.service).toBe('Second');
    expect(data.assessments[3]!.snapshots.map((s) => s.id)).toEqual(['s', 's-2', 'snapshot-2025-01-01T00:00:00.000Z', 'snapshot-2025-01-01T00:00:00.000Z-2']);
    // The repaired ids are valid ids: saved and read again, nothing is set aside.
    createStore(storage, clock).save(data);
    const again = createStore(storage, clock).load();
    expect(again.problems).toEqual([]);
    expect(again.data.assessments).toHaveLength(4);
  });
});

describe.each<[string, string, string, RegExp]>([
  ['broken JSON', '{broken', 'corrupt', /damaged \(not valid JSON\)/],
  ['a JSON string', '"hello"', 'corrupt', /not in the expected shape/],
  ['a store without a version', JSON.stringify({ assessments: [] }), 'old-version', /their version is missing; this page reads version 1\)/],
  ['an old store version', JSON.stringify({ version: 0, assessments: [] }), 'old-version', /their version is 0; this page reads version 1\)/],
  ['a version written as text', JSON.stringify({ version: '1', assessments: [] }), 'old-version', /their version is the text “1” rather than a number; this page reads version 1\)/],
  ['a store whose list is damaged', JSON.stringify({ version: 1, assessments: 'x' }), 'corrupt', /list of assessments/],
])('createStore().load() with %s', (_name, raw, kind, message) => {
  it('moves the raw text to a quarantine key, reports it and starts afresh', () => {
    const storage = new FakeStorage();
    storage.setItem(STORE_KEY, raw);
    const store = createStore(storage, clock);
    const { data, problems } = store.load();
    expect(data).toEqual(emptyStore());
    expect(problems).toHaveLength(1);
    expect(problems[0]!.kind).toBe(kind);
    expect(problems[0]!.message).toMatch(message);
    const key = problems[0]!.quarantineKey!;
    expect(key).toBe(`${QUARANTINE_PREFIX}${T}`);
    expect(storage.getItem(key)).toBe(raw);
    expect(problems[0]!.message).toContain(key);
    expect(store.quarantined()).toEqual([{ key, text: raw }]);
    expect(store.save(storeWith(record('new'))).ok).toBe(true);
    expect(storage.getItem(key)).toBe(raw);
  });
});

describe('createStore().load() with a store from a newer version of the book', () => {
  it('shows what it can read, writes nothing over it and says why nothing is saved', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 3, assessments: [record('a'), { id: 'b', future: true }], futureField: 1 });
    storage.setItem(STORE_KEY, raw);
    const store = createStore(storage, clock);
    const { data, problems } = store.load();
    expect(problems).toEqual([]);
    expect(data.assessments.map((a) => a.id)).toEqual(['a']);
    expect(store.mode).toBe('read-only');
    expect(store.unavailableReason).toMatch(/^Your saved assessments were written by a newer version of this book \(store version 3; this page reads version 1\)\. They are shown here and can be exported/);
    const result = store.save(storeWith(record('a'), record('c')));
    expect(result.ok).toBe(false);
    expect(storage.getItem(STORE_KEY)).toBe(raw);
    expect(quarantineKeys(storage)).toEqual([]);
  });
});

describe('createStore().load() with some damaged records', () => {
  it('keeps the good records, quarantines the bad ones and names what was wrong', () => {
    const storage = new FakeStorage();
    const bad = { ...record('bad'), answers: { problemKnown: 9 } };
    storage.setItem(STORE_KEY, JSON.stringify({ version: 1, assessments: [record('good'), bad, 42], currentId: 'bad', view: { step: 3, view: 'results' } }));
    const { data, problems } = createStore(storage, clock).load();
    expect(data.assessments.map((a) => a.id)).toEqual(['good']);
    expect(data.currentId).toBeNull();
    expect(data.view).toEqual({ step: 3, view: 'results' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'bad-record' });
    expect(problems[0]!.message).toMatch(/2 saved assessments could not be read .*problemKnown/);
    const kept = JSON.parse(storage.getItem(problems[0]!.quarantineKey!)!) as { records: string[] };
    expect(kept.records).toEqual([JSON.stringify(bad), '42']);
    // The store itself now holds only the good record, so the next load is clean.
    expect(createStore(storage, clock).load().problems).toEqual([]);
  });

  it('quarantines two damaged loads under distinct keys', () => {
    const storage = new FakeStorage();
    storage.setItem(STORE_KEY, '{one');
    createStore(storage, clock).load();
    storage.setItem(STORE_KEY, '{two');
    createStore(storage, clock).load();
    expect(quarantineKeys(storage).map((k) => storage.getItem(k)).sort()).toEqual(['{one', '{two']);
  });

  it('removes a quarantined item only when asked, and only quarantine keys', () => {
    const storage = new FakeStorage();
    storage.setItem(STORE_KEY, '{broken');
    const store = createStore(storage, clock);
    const key = store.load().problems[0]!.quarantineKey!;
    store.removeQuarantined(STORE_KEY);
    store.removeQuarantined(key);
    expect(store.quarantined()).toEqual([]);
  });
});

describe('createStore() without usable storage', () => {
  it('works in memory and says that nothing is saved when there is no storage', () => {
    const store = createStore(null, clock);
    expect(store.mode).toBe('memory');
    expect(store.unavailableReason).toBe(BLOCKED_MESSAGE);
    expect(store.load()).toEqual({ data: emptyStore(), problems: [] });
    const result = store.save(storeWith(record('a')));
    expect(result.ok).toBe(false);
    expect(result.data.assessments.map((a) => a.id)).toEqual(['a']);
    expect(store.pull(storeWith(record('a')))).toMatchObject({ ahead: false, removedElsewhere: [] });
    expect(store.quarantined()).toEqual([]);
  });

  it('with a full quota: reads and shows what is stored, says so at once, and keeps it when a save fails', () => {
    const storage = new FakeStorage();
    createStore(storage, clock).save(storeWith(record('a')));
    storage.full = true;
    const store = createStore(storage, clock);
    const { data, problems } = store.load();
    expect(problems).toEqual([]);
    expect(data.assessments.map((a) => a.id)).toEqual(['a']);
    expect(store.mode).toBe('persistent');
    expect(store.unavailableReason).toBe(FULL_MESSAGE);
    const result = store.save(storeWith(record('a'), record('b')));
    expect(result).toMatchObject({ ok: false, message: FULL_MESSAGE });
    expect(stored(storage).assessments.map((a) => a.id)).toEqual(['a']);
    // Once there is room again, the next save writes everything and the warning goes.
    storage.full = false;
    expect(store.save(storeWith(record('a'), record('b'))).ok).toBe(true);
    expect(store.unavailableReason).toBeNull();
    expect(stored(storage).assessments.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('when the browser lets the site read but not write: shows what is stored, read-only', () => {
    const storage = new FakeStorage();
    createStore(storage, clock).save(storeWith(record('a')));
    storage.refuseWrites = true;
    const store = createStore(storage, clock);
    expect(store.load().data.assessments.map((a) => a.id)).toEqual(['a']);
    expect(store.mode).toBe('read-only');
    expect(store.unavailableReason).toBe(BLOCKED_MESSAGE);
    expect(store.save(storeWith(record('a'), record('b'))).ok).toBe(false);
  });

  it('falls back to memory when reading storage throws', () => {
    const store = createStore(new FakeStorage(Infinity, true), clock);
    expect(store.load().data).toEqual(emptyStore());
    expect(store.mode).toBe('memory');
  });

  it('leaves damaged data in place, saving nothing, when there is no room to set it aside', () => {
    const storage = new FakeStorage(1);
    storage.setItem(STORE_KEY, '{broken');
    const store = createStore(storage, clock);
    const { problems } = store.load();
    expect(problems[0]).toMatchObject({ kind: 'stuck', quarantineKey: null });
    expect(problems[0]!.message).toMatch(/^Not saved: .* left untouched/);
    expect(storage.getItem(STORE_KEY)).toBe('{broken');
    expect(store.mode).toBe('read-only');
    expect(store.save(storeWith(record('a'))).ok).toBe(false);
    expect(storage.getItem(STORE_KEY)).toBe('{broken');
  });

  it('tells a full quota from other refusals', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });
});

describe('two tabs on one store', () => {
  // Each tab holds its own copy, edits it (stamping the fields it changes) and saves; the store merges.
  function twoTabs() {
    const storage = new FakeStorage();
    const base = record('r', { answers: {}, clock: { service: T - 1000 } });
    createStore(storage, clock).save(storeWith(base));
    const tabA = createStore(storage, clock);
    const tabB = createStore(storage, clock);
    return { storage, tabA, tabB, a: tabA.load().data, b: tabB.load().data };
  }
  const edit = (data: StoreData, change: (r: SavedAssessment) => void) => change(data.assessments[0]!);

  it('keeps answers and notes each tab changed, whichever saves last', () => {
    const { storage, tabA, tabB, a, b } = twoTabs();
    edit(a, (r) => {
      r.answers.locus = 2;
      r.notes.locus = 'from A';
      r.clock['answers.locus'] = T + 1;
      r.clock['notes.locus'] = T + 1;
    });
    edit(b, (r) => {
      r.answers.problemKnown = 5;
      r.notes.problemKnown = 'from B';
      r.clock['answers.problemKnown'] = T + 2;
      r.clock['notes.problemKnown'] = T + 2;
    });
    expect(tabA.save(a).ok).toBe(true);
    const saved = tabB.save(b);
    expect(saved.data.assessments[0]).toMatchObject({ answers: { locus: 2, problemKnown: 5 }, notes: { locus: 'from A', problemKnown: 'from B' } });
    expect(stored(storage).assessments[0]).toMatchObject({ answers: { locus: 2, problemKnown: 5 }, notes: { locus: 'from A', problemKnown: 'from B' } });
    // Tab A learns of B's save by pulling: it shows both, and has nothing the store lacks.
    const pulled = tabA.pull(a);
    expect(pulled.data.assessments[0]!.answers).toEqual({ locus: 2, problemKnown: 5 });
    expect(pulled.ahead).toBe(false);
  });

  it('says a tab is ahead when its changes are missing from the store (a save another tab wrote over)', () => {
    const { storage, tabA, a } = twoTabs();
    edit(a, (r) => {
      r.answers.locus = 3;
      r.clock['answers.locus'] = T + 5;
    });
    tabA.save(a);
    storage.setItem(STORE_KEY, JSON.stringify({ version: 1, ...storeWith(record('r', { answers: {} })) }));
    expect(tabA.pull(a)).toMatchObject({ ahead: true });
  });

  it('the later change to one field wins, and a note cleared later stays cleared', () => {
    const { tabA, tabB, a, b } = twoTabs();
    edit(a, (r) => {
      r.notes.locus = 'first';
      r.clock['notes.locus'] = T + 1;
    });
    tabA.save(a);
    const b2 = tabB.pull(b).data;
    edit(b2, (r) => {
      delete r.notes.locus;
      r.clock['notes.locus'] = T + 2;
    });
    tabB.save(b2);
    expect(tabA.save(a).data.assessments[0]!.notes).toEqual({});
  });

  it('a record deleted in one tab is reported to the other, which does not bring it back', () => {
    const { storage, tabA, tabB, a, b } = twoTabs();
    const deleted: StoreData = { ...a, assessments: [], deleted: { r: T } };
    expect(tabA.save(deleted).ok).toBe(true);
    edit(b, (r) => {
      r.answers.locus = 1;
      r.clock['answers.locus'] = T + 10;
    });
    const result = tabB.save(b);
    expect(result.removedElsewhere.map((r) => r.id)).toEqual(['r']);
    expect(result.removedElsewhere[0]!.answers).toEqual({ locus: 1 });
    expect(result.data.assessments).toEqual([]);
    expect(stored(storage).assessments).toEqual([]);
    expect(stored(storage).deleted).toEqual({ r: T });
    // Reported once: the merged data knows of the deletion.
    expect(tabB.save(result.data).removedElsewhere).toEqual([]);
  });
});
