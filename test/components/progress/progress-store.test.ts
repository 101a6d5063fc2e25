import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, emptyProgress, isAttempted, isId, NOT_KEPT_MESSAGE, PROGRESS_KEY, PROGRESS_VERSION, setupKey } from '@components/progress/progress-store';
import { studentProgress } from '../assignments/fixtures';
import { FakeStorage } from '../fake-storage';

const at = '2025-03-10T10:00:00.000Z';
const stored = (storage: FakeStorage) => JSON.parse(storage.map.get(PROGRESS_KEY)!);

describe('the progress store (what every chapter page loads)', () => {
  it('starts empty, keeps each change, and reads it back after a reload', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(storage);
    expect(store.load()).toEqual(expect.objectContaining({ chapters: {}, exercises: {}, setups: {}, last: null }));
    const { saved } = store.update((d) => (d.chapters['07-modes'] = { opened: at, seen: ['four-ways'] }));
    expect(saved).toBe(true);
    expect(stored(storage).version).toBe(PROGRESS_VERSION);
    const again = createProgressStore(storage);
    expect(again.load().chapters['07-modes']).toEqual({ opened: at, seen: ['four-ways'] });
    expect(again.damaged).toBe(false);
  });

  it('keeps a full record exactly as it was', () => {
    const storage = new FakeStorage();
    const progress = studentProgress();
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...progress }));
    expect(createProgressStore(storage).load()).toEqual(progress);
  });

  it('loads progress stored before guided sequences were kept, and keeps a prediction added to it', () => {
    const storage = new FakeStorage();
    const old = { reader: 'r-1', name: 'Ana', chapters: { '07-modes': { opened: at, seen: [] } }, exercises: {}, setups: {}, last: null };
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: 1, ...old }));
    const store = createProgressStore(storage);
    expect(store.load()).toEqual({ ...old, sequences: {} });
    expect(store.damaged).toBe(false);
    const step = { first: 'A', firstRight: true, last: 'A', right: true, tries: 1 };
    store.update((d) => (d.sequences['ch4-guided-x'] = { chapter: '04-triangle', at, steps: { 1: step } }));
    expect(stored(storage)).toEqual({ version: 1, ...old, sequences: { 'ch4-guided-x': { chapter: '04-triangle', at, steps: { 1: step } } } });
  });

  it('applies a change to what another tab saved in between, losing neither', () => {
    const storage = new FakeStorage();
    const tabA = createProgressStore(storage);
    const tabB = createProgressStore(storage);
    tabA.load();
    tabB.load();
    tabA.update((d) => (d.name = 'Ana'));
    tabB.update((d) => (d.exercises['ch7-x'] = { chapter: '07-modes', at, answer: 'mine' }));
    const data = createProgressStore(storage).load();
    expect(data.name).toBe('Ana');
    expect(data.exercises['ch7-x']?.answer).toBe('mine');
  });

  it.each([
    ['not JSON', '{not json'],
    ['another version', JSON.stringify({ version: 2, reader: 'r-1' })],
    ['no reader', JSON.stringify({ version: 1, chapters: {} })],
    ['a list that is not one', JSON.stringify({ version: 1, reader: 'r-1', exercises: 'many' })],
    ['a record that is not an object', JSON.stringify({ version: 1, reader: 'r-1', chapters: { x: 3 } })],
    ['guided sequences that are not a list of records', JSON.stringify({ version: 1, reader: 'r-1', sequences: ['ch4-guided-x'] })],
    ['a guided sequence that is not a record', JSON.stringify({ version: 1, reader: 'r-1', sequences: { 'ch4-guided-x': 'done' } })],
  ])('leaves data it cannot use (%s) untouched, keeps progress in memory and says it is damaged', (_, raw) => {
    const storage = new FakeStorage();
    storage.map.set(PROGRESS_KEY, raw);
    const store = createProgressStore(storage);
    expect(store.load().chapters).toEqual({});
    expect(store.damaged).toBe(true);
    expect(store.persistent).toBe(false);
    expect(store.update((d) => (d.name = 'Ana'))).toEqual({ data: expect.objectContaining({ name: 'Ana' }), saved: false });
    expect(storage.map.get(PROGRESS_KEY)).toBe(raw);
  });

  it('never links the home page off the site from stored data', () => {
    const storage = new FakeStorage();
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: 1, reader: 'r-1', last: { href: '//evil.example/', title: 'x' } }));
    expect(createProgressStore(storage).load().last).toBeNull();
  });

  it('without storage, works in memory', () => {
    const store = createProgressStore(null);
    expect(store.persistent).toBe(false);
    expect(store.update((d) => (d.name = 'Ana'))).toEqual({ data: expect.objectContaining({ name: 'Ana' }), saved: false });
    expect(store.load().name).toBe('Ana');
    expect(store.clear()).toBe(false);
    expect(store.load().name).toBe('');
    expect(NOT_KEPT_MESSAGE).toMatch(/not being kept/);
  });

  it('when reads are refused, falls back to memory without calling the data damaged', () => {
    const store = createProgressStore(new FakeStorage(Infinity, true));
    store.load();
    expect(store.persistent).toBe(false);
    expect(store.damaged).toBe(false);
  });

  it('reports a save that the quota refuses', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(storage);
    store.load();
    storage.full = true;
    expect(store.update((d) => (d.name = 'Ana')).saved).toBe(false);
  });
});

describe('progress helpers', () => {
  it('counts an exercise as tried once a quick check is answered, an answer written or a set-up changed', () => {
    const base = { chapter: 'c', at };
    expect(isAttempted(undefined)).toBe(false);
    expect(isAttempted({ ...base, hints: 2, modelAnswer: true })).toBe(false);
    expect(isAttempted({ ...base, answer: '   ' })).toBe(false);
    expect(isAttempted({ ...base, answer: 7 as unknown as string })).toBe(false);
    expect(isAttempted({ ...base, answer: 'mine' })).toBe(true);
    expect(isAttempted({ ...base, setup: setupKey('c', 'modes', 'v1') })).toBe(true);
    expect(isAttempted({ ...base, checks: { 'qc-a': { first: 0, firstRight: false, last: 0, right: false, tries: 1 } } })).toBe(true);
  });

  it('recognises ids and makes fresh stores', () => {
    expect(isId('07-modes-of-production')).toBe(true);
    expect(isId('-x')).toBe(false);
    expect(emptyProgress('r-1')).toEqual({ reader: 'r-1', name: '', chapters: {}, exercises: {}, setups: {}, sequences: {}, last: null });
  });
});

describe('browserStorage() (which storage the progress uses)', () => {
  it('gives a full storage, so kept progress is still read; only storage that cannot be read at all gives none', async () => {
    const { browserStorage } = await import('@components/progress/progress-store');
    const full = new FakeStorage();
    full.setItem(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...emptyProgress('reader-1') }));
    full.full = true;
    vi.stubGlobal('window', { localStorage: full });
    expect(browserStorage()).toBe(full);
    const store = createProgressStore(browserStorage());
    expect(store.persistent).toBe(false);
    expect(store.load().reader).toBe('reader-1');
    expect(store.update((d) => (d.chapters['07-modes'] = { opened: at, seen: [] })).saved).toBe(false);
    // What was not saved stays on the page, on top of what was kept, and later changes build on it.
    expect(store.update((d) => d.chapters['07-modes']!.seen.push('four-ways')).data.chapters['07-modes']).toEqual({ opened: at, seen: ['four-ways'] });
    expect(store.load().reader).toBe('reader-1');
    vi.stubGlobal('window', { localStorage: new FakeStorage(Infinity, true) });
    expect(browserStorage()).toBeNull();
    vi.unstubAllGlobals();
  });
});
