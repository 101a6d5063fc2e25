// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressSession } from '@components/progress/progress-session.svelte';
import { PROGRESS_KEY, PROGRESS_VERSION, NOT_KEPT_MESSAGE } from '@components/progress/progress-store';
import { toProgressFile } from '@components/progress/progress-file';
import { studentProgress } from '../assignments/fixtures';
import { FakeStorage } from '../fake-storage';

const downloads: { name: string; text: string }[] = [];
vi.mock('~/lib/download', () => ({ download: (name: string, text: string) => downloads.push({ name, text }) }));

let stop: () => void = () => {};
beforeEach(() => {
  downloads.length = 0;
});
afterEach(() => stop());

function started(storage: FakeStorage | null) {
  const session = new ProgressSession();
  stop = session.start(storage);
  return session;
}

describe('ProgressSession (the My progress and assignment pages’ progress)', () => {
  it('opens on the stored progress after setting aside what cannot be read, and offers that as a file', () => {
    const storage = new FakeStorage();
    const good = studentProgress();
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...good, setups: { ...good.setups, bad: 'x' } }));
    const session = started(storage);
    expect(session.ready).toBe(true);
    expect(session.persistent).toBe(true);
    expect(session.data.exercises).toEqual(good.exercises);
    expect(session.problems).toHaveLength(1);
    expect(session.quarantine).toHaveLength(1);
    session.downloadQuarantined(session.quarantine[0]!);
    expect(downloads[0]?.name).toMatch(/^pvc-progress-quarantine-\d+\.txt$/);
    session.removeQuarantined(session.quarantine[0]!);
    expect(session.quarantine).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('saves changes, and says once that they are not kept when storage refuses them', async () => {
    const storage = new FakeStorage();
    const session = started(storage);
    await expect(session.update((d) => (d.name = 'Ana'))).resolves.toBe(true);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!).name).toBe('Ana');
    storage.full = true;
    await expect(session.update((d) => ((d.name = 'Ben'), (d.nameAt = '2099-01-01T00:00:00.000Z')))).resolves.toBe(false);
    expect(session.data.name).toBe('Ben');
    expect(session.notice).toEqual({ tone: 'bad', text: NOT_KEPT_MESSAGE });
  });

  it('follows another tab’s changes', () => {
    const storage = new FakeStorage();
    const session = started(storage);
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...studentProgress('Ana') }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(session.data.name).toBe('');
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    expect(session.data.name).toBe('Ana');
  });

  it('exports, imports (merging) and refuses a file it cannot read without changing anything', () => {
    const storage = new FakeStorage();
    const session = started(storage);
    session.update((d) => (d.name = 'Ana'));
    session.exportFile(new Date('2025-03-14T10:00:00Z'));
    expect(downloads[0]?.name).toBe('my-progress-2025-03-14.json');
    session.importText('nonsense', 'x.json');
    expect(session.notice?.tone).toBe('bad');
    expect(session.notice?.text).toMatch(/^“x\.json” was not imported: The file is not JSON.*Nothing was changed\.$/);
    session.importText(toProgressFile(studentProgress('Other'), new Date()), 'mine.json');
    expect(session.notice).toEqual({ tone: 'good', text: 'Imported “mine.json”: 1 chapter, 2 exercises and 1 guided sequence merged with this browser’s progress.' });
    expect(session.data.name).toBe('Ana');
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!).exercises['ch7-platform-essay'].answer).toBe('A platform, with care for equal access.');
  });

  it('imports into the store as another tab left it, even before this page heard of that tab’s change', () => {
    const storage = new FakeStorage();
    const session = started(storage);
    session.update((d) => (d.name = 'Ana'));
    const otherTab = JSON.parse(storage.map.get(PROGRESS_KEY)!);
    otherTab.chapters['05-what-is-co-production'] = { opened: '2025-03-11T10:00:00.000Z', seen: [] };
    storage.map.set(PROGRESS_KEY, JSON.stringify(otherTab));
    session.importText(toProgressFile(studentProgress('Other'), new Date()), 'mine.json');
    const kept = JSON.parse(storage.map.get(PROGRESS_KEY)!);
    expect(Object.keys(kept.chapters).sort()).toEqual(['05-what-is-co-production', '07-modes-of-production']);
    expect(Object.keys(session.data.chapters).sort()).toEqual(['05-what-is-co-production', '07-modes-of-production']);
  });

  it('forgets everything, or, without storage, clears what the page holds', () => {
    const storage = new FakeStorage();
    const session = started(storage);
    session.update((d) => (d.name = 'Ana'));
    const reader = session.data.reader;
    session.forget();
    const kept = JSON.parse(storage.map.get(PROGRESS_KEY)!);
    expect(kept).toEqual({ version: 1, reader: expect.any(String), name: '', chapters: {}, exercises: {}, setups: {}, sequences: {}, last: null, cleared: expect.any(String) });
    expect(kept.reader).not.toBe(reader);
    expect(session.data.name).toBe('');
    expect(session.notice?.tone).toBe('good');
    const memory = started(null);
    memory.update((d) => (d.name = 'Ana'));
    memory.forget();
    expect(memory.data.name).toBe('');
    expect(memory.notice?.text).toMatch(/^Nothing was stored in this browser/);
    expect(memory.persistent).toBe(false);
  });
});

describe('ProgressSession in two tabs', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('saves under the progress Web Lock, and at once (without waiting for it) when the page is being left', async () => {
    const granted: (() => void)[] = [];
    const names: string[] = [];
    vi.stubGlobal('navigator', { locks: { request: (name: string, fn: () => unknown) => (names.push(name), new Promise((resolve) => granted.push(() => resolve(fn())))) } });
    const storage = new FakeStorage();
    const session = started(storage);
    const saved = session.update((d) => (d.name = 'Ana'));
    expect(storage.map.has(PROGRESS_KEY)).toBe(false);
    granted.shift()!();
    await expect(saved).resolves.toBe(true);
    expect(names).toEqual([PROGRESS_KEY]);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!).name).toBe('Ana');
    await expect(session.update((d) => (d.name = 'Ben'), true)).resolves.toBe(true);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!).name).toBe('Ben');
    expect(granted).toHaveLength(0);
  });

  it('puts back its own change when another tab’s write lost it, and deletes nothing another tab recorded after a “forget”', () => {
    const storage = new FakeStorage();
    const session = started(storage);
    void session.update((d) => (d.chapters['07-modes'] = { opened: '2025-03-10T10:00:00.000Z', seen: ['a'] }));
    // Another tab, writing from a copy that had not yet seen this page's change.
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...studentProgress(''), reader: session.data.reader }));
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    const healed = JSON.parse(storage.map.get(PROGRESS_KEY)!);
    expect(Object.keys(healed.chapters).sort()).toEqual(['07-modes', ...Object.keys(studentProgress('').chapters)].sort());
    expect(session.data.chapters['07-modes']?.seen).toEqual(['a']);

    session.forget();
    const cleared = JSON.parse(storage.map.get(PROGRESS_KEY)!).cleared;
    // A tab that had not heard of the deletion writes its old copy back, plus one answer written after it.
    const stale = { ...healed, exercises: { ...healed.exercises, 'ch7-new': { chapter: '07-modes', at: '2099-01-01T00:00:00.000Z', answer: 'after', answerAt: '2099-01-01T00:00:00.000Z' } } };
    storage.map.set(PROGRESS_KEY, JSON.stringify(stale));
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    const after = JSON.parse(storage.map.get(PROGRESS_KEY)!);
    expect(after.cleared).toBe(cleared);
    expect(after.chapters).toEqual({});
    expect(Object.keys(after.exercises)).toEqual(['ch7-new']);
    expect(session.data.exercises['ch7-new']?.answer).toBe('after');
  });
});
