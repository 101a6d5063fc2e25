import { describe, expect, it } from 'vitest';
import {
  createStore,
  emptyStore,
  QUARANTINE_PREFIX,
  STORE_KEY,
  type SavedAssessment,
  type StoreData,
} from '@components/self-assessment/storage';

/** An in-memory Storage; `quotaAfter` makes writes fail once that many keys exist (a full quota). */
class FakeStorage implements Storage {
  map = new Map<string, string>();
  quotaFull = false;
  constructor(
    private quotaAfter = Infinity,
    private failReads = false,
  ) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('denied', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.quotaFull || (!this.map.has(key) && this.map.size >= this.quotaAfter)) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
}

const clock = () => new Date('2025-03-01T10:42:00Z');
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
  ...over,
});
const storeWith = (...records: SavedAssessment[]): StoreData => ({ ...emptyStore(), assessments: records, currentId: records[0]?.id ?? null });
const quarantineKeys = (s: FakeStorage) => [...s.map.keys()].filter((k) => k.startsWith(QUARANTINE_PREFIX));

describe('createStore() with working storage', () => {
  it('saves and loads the same assessments, reporting the time of the save', () => {
    const storage = new FakeStorage();
    const store = createStore(storage, clock);
    const data = storeWith(record('a'), record('b', { snapshots: [{ id: 's', takenAt: '2025-01-01T00:00:00.000Z', answers: {}, notes: {}, currentMix: null }] }));
    expect(store.save(data)).toEqual({ ok: true, at: clock() });
    const again = createStore(storage, clock).load();
    expect(again.problems).toEqual([]);
    expect(again.data).toEqual(data);
    expect(store.mode).toBe('persistent');
  });

  it('starts empty when nothing is stored', () => {
    expect(createStore(new FakeStorage(), clock).load()).toEqual({ data: emptyStore(), problems: [] });
  });
});

describe.each<[string, string, string, RegExp]>([
  ['broken JSON', '{broken', 'corrupt', /damaged \(not valid JSON\)/],
  ['a JSON string', '"hello"', 'corrupt', /not in the expected shape/],
  ['a store without a version', JSON.stringify({ assessments: [] }), 'old-version', /old or unknown format/],
  ['an old store version', JSON.stringify({ version: 0, assessments: [] }), 'old-version', /old or unknown format/],
  ['a newer store version', JSON.stringify({ version: 3, assessments: [] }), 'newer-version', /newer version of this site/],
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
    expect(key).toBe(`${QUARANTINE_PREFIX}${clock().getTime()}`);
    expect(storage.getItem(key)).toBe(raw);
    expect(problems[0]!.message).toContain(key);
    expect(store.quarantined()).toEqual([{ key, text: raw }]);
    expect(store.save(storeWith(record('new'))).ok).toBe(true);
    expect(storage.getItem(key)).toBe(raw);
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
    expect(store.unavailableReason).toMatch(/^Not saved: this browser is not letting the site store data/);
    expect(store.load()).toEqual({ data: emptyStore(), problems: [] });
    const result = store.save(storeWith(record('a')));
    expect(result.ok).toBe(false);
    expect(store.quarantined()).toEqual([]);
  });

  it('reports a failed save when the quota is full, keeping what was saved before', () => {
    const storage = new FakeStorage();
    const store = createStore(storage, clock);
    expect(store.save(storeWith(record('a'))).ok).toBe(true);
    storage.quotaFull = true;
    const result = store.save(storeWith(record('a'), record('b')));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Not saved/) });
    expect(JSON.parse(storage.getItem(STORE_KEY)!).assessments).toHaveLength(1);
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
    expect(storage.getItem(STORE_KEY)).toBe('{broken');
    expect(store.mode).toBe('memory');
    expect(store.save(storeWith(record('a'))).ok).toBe(false);
    expect(storage.getItem(STORE_KEY)).toBe('{broken');
  });
});
