import { describe, expect, it } from 'vitest';
import { createProgressStore, emptyProgress, PROGRESS_KEY, type ProgressData } from '@components/progress/progress-store';
import { mergeCopies } from '@components/progress/progress-merge';
import { FakeStorage } from '../fake-storage';

const t = (minute: number) => `2025-03-10T10:${String(minute).padStart(2, '0')}:00.000Z`;
const copy = (extra: Partial<ProgressData>): ProgressData => ({ ...emptyProgress('r-1'), ...extra });
const check = (last: number, tries: number) => ({ first: 0, firstRight: false, last, right: last === 1, tries });

// Two tabs' copies: each did something the other lacks, on the same records.
const a = copy({
  name: 'Ana',
  nameAt: t(5),
  chapters: { c7: { opened: t(1), seen: ['x', 'y'] } },
  exercises: { e1: { chapter: 'c7', at: t(4), answer: 'A, later', answerAt: t(4), checks: { 'qc-a': check(1, 2) }, hints: 1 }, e2: { chapter: 'c7', at: t(2), answer: 'only in A', answerAt: t(2) } },
  setups: { s1: { chapter: 'c7', param: 'modes', opened: 'o', reached: 'A', at: t(3) } },
  sequences: { g1: { chapter: 'c7', at: t(2), steps: { 1: { ...check(1, 1) } } } },
  last: { href: '/a/', chapter: 'c7', title: 'A', section: '', at: t(6) },
});
const b = copy({
  name: 'Ben',
  nameAt: t(2),
  chapters: { c7: { opened: t(0), read: t(3), seen: ['y', 'z'] }, c8: { opened: t(2), seen: [] } },
  exercises: { e1: { chapter: 'c7', at: t(5), answer: 'B, earlier', answerAt: t(3), checks: { 'qc-a': check(0, 1), 'qc-b': check(1, 1) }, hints: 2, modelAnswer: true }, e2: { chapter: 'c7', at: t(7), hints: 1 } },
  setups: { s1: { chapter: 'c7', param: 'modes', opened: 'o', reached: 'B', at: t(4) } },
  sequences: { g1: { chapter: 'c7', at: t(3), steps: { 2: { ...check(0, 1) } } } },
  last: { href: '/b/', chapter: 'c8', title: 'B', section: '', at: t(2) },
});
const text = (d: ProgressData) => JSON.stringify(d);
const sorted = (d: ProgressData): unknown => JSON.parse(JSON.stringify(d), (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : Array.isArray(v) ? [...v].sort() : v));

describe('mergeCopies() (two tabs’ copies of the progress)', () => {
  it('keeps every record, heading, check, hint and step either copy holds, and the later of two values', () => {
    const m = mergeCopies(a, b);
    expect(m.chapters).toEqual({ c7: { opened: t(0), read: t(3), seen: ['y', 'z', 'x'] }, c8: { opened: t(2), seen: [] } });
    expect(m.exercises['e1']).toEqual({ chapter: 'c7', at: t(5), answer: 'A, later', answerAt: t(4), checks: { 'qc-a': check(1, 2), 'qc-b': check(1, 1) }, hints: 2, modelAnswer: true });
    // A written answer is kept even when the other copy's record changed later without it.
    expect(m.exercises['e2']).toEqual({ chapter: 'c7', at: t(7), hints: 1, answer: 'only in A', answerAt: t(2) });
    expect(m.setups['s1']?.reached).toBe('B');
    expect(m.sequences['g1']?.steps).toEqual({ 1: check(1, 1), 2: check(0, 1) });
    expect(m.last?.href).toBe('/a/');
    expect([m.name, m.nameAt]).toEqual(['Ana', t(5)]);
  });

  it('gives the same progress whichever copy is the stored one, and changes nothing when merged again', () => {
    expect(sorted(mergeCopies(a, b))).toEqual(sorted(mergeCopies(b, a)));
    const m = mergeCopies(a, b);
    // Written the same way as the stored copy: a tab that adds nothing has nothing to write.
    expect(text(mergeCopies(a, m))).toBe(text(m));
    expect(text(mergeCopies(b, m))).toBe(text(m));
    expect(sorted(mergeCopies(emptyProgress('r-2'), b))).toEqual(sorted(b));
  });

  it('after a deletion, drops what a copy kept from before it and keeps what was done after it', () => {
    const forgotten = copy({ reader: 'r-new', cleared: t(4), exercises: { e9: { chapter: 'c7', at: t(1), answer: 'imported after the deletion' } } });
    for (const m of [mergeCopies(a, forgotten), mergeCopies(forgotten, a)]) {
      expect(m.cleared).toBe(t(4));
      expect(m.reader).toBe('r-new');
      expect(m.chapters).toEqual({});
      expect(Object.keys(m.exercises).sort()).toEqual(['e9']);
      expect(m.setups).toEqual({});
      expect(m.sequences).toEqual({});
      expect([m.name, m.nameAt]).toEqual(['Ana', t(5)]);
      expect(m.last?.href).toBe('/a/');
    }
    // Records changed after the deletion by a tab that had not heard of it are kept.
    const later = mergeCopies(b, forgotten);
    expect(Object.keys(later.exercises).sort()).toEqual(['e1', 'e2', 'e9']);
    expect(Object.keys(later.chapters)).toEqual([]);
    expect(later.name).toBe('');
  });
});

// One browser, two tabs: each sees the storage through its own copy that the other's writes reach late.
function twoTabs() {
  const viewA = new FakeStorage();
  const viewB = new FakeStorage();
  const tabA = createProgressStore(viewA);
  const tabB = createProgressStore(viewB);
  tabA.load();
  tabB.load();
  let writes = 0;
  for (const view of [viewA, viewB]) {
    const set = view.setItem.bind(view);
    view.setItem = (key: string, value: string) => {
      if (key === PROGRESS_KEY) writes++;
      set(key, value);
    };
  }
  // A write reaching the other tab, which then gets a `storage` event and heals (a change that does nothing).
  const reach = (from: FakeStorage, to: FakeStorage, store: ReturnType<typeof createProgressStore>) => {
    to.map.set(PROGRESS_KEY, from.map.get(PROGRESS_KEY)!);
    return store.update(() => {}, mergeCopies);
  };
  return { viewA, viewB, tabA, tabB, reach, writes: () => writes };
}

describe('two progress stores healing each other’s races', () => {
  it('a change written over by a tab whose copy was stale is put back, and the tabs then stop writing', () => {
    const { viewA, viewB, tabA, tabB, reach, writes } = twoTabs();
    tabA.update((d) => (d.exercises['e1'] = { chapter: 'c7', at: t(1), answer: 'typed in A', answerAt: t(1) }));
    tabB.update((d) => (d.exercises['e2'] = { chapter: 'c7', at: t(1), answer: 'typed in B', answerAt: t(1) }));
    // B's write (without A's answer) reaches A; A's first write reaches B only now.
    const healedA = reach(viewB, viewA, tabA);
    expect(Object.keys(healedA.data.exercises).sort()).toEqual(['e1', 'e2']);
    const healedB = reach(viewA, viewB, tabB);
    expect(healedB.data.exercises['e1']?.answer).toBe('typed in A');
    expect(viewA.map.get(PROGRESS_KEY)).toBe(viewB.map.get(PROGRESS_KEY));
    const settled = writes();
    reach(viewB, viewA, tabA);
    reach(viewA, viewB, tabB);
    expect(writes()).toBe(settled);
  });

  it('a “forget” in one tab is not undone by the other tab’s older copy; what that tab records afterwards is kept', () => {
    const { viewA, viewB, tabA, tabB, reach } = twoTabs();
    tabA.update((d) => (d.chapters['c7'] = { opened: t(1), seen: ['x'] }));
    reach(viewA, viewB, tabB);
    expect(tabA.clear()).toBe(true);
    // B records before A's deletion reaches it: from its old copy, a new heading and an answer written now.
    const now = new Date(Date.now() + 1).toISOString();
    tabB.update((d) => {
      d.chapters['c7']!.seen.push('y');
      d.exercises['e3'] = { chapter: 'c7', at: now, answer: 'after the forget', answerAt: now };
    });
    const a = reach(viewB, viewA, tabA).data;
    expect(a.chapters).toEqual({});
    expect(Object.keys(a.exercises)).toEqual(['e3']);
    const b = reach(viewA, viewB, tabB).data;
    expect(b.chapters).toEqual({});
    expect(b.exercises['e3']?.answer).toBe('after the forget');
    expect(viewA.map.get(PROGRESS_KEY)).toBe(viewB.map.get(PROGRESS_KEY));
  });
});
