import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_KEY, PROGRESS_VERSION } from '@components/progress/progress-store';
import {
  exerciseFault,
  sequenceFault,
  listQuarantined,
  PROGRESS_QUARANTINE_PREFIX,
  readProgress,
  removeQuarantined,
  repairProgress,
  type BadRecords,
} from '@components/progress/progress-repair';
import { problemMessage } from '@components/progress/progress-file';
import { studentProgress } from '../assignments/fixtures';
import { FakeStorage } from '../fake-storage';

const now = () => new Date('2025-03-10T10:00:00Z');
const key = `${PROGRESS_QUARANTINE_PREFIX}${now().getTime()}`;
const stored = (storage: FakeStorage) => JSON.parse(storage.map.get(PROGRESS_KEY)!);

describe('repairing the stored progress (the quarantine)', () => {
  it('leaves readable progress as it is', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: PROGRESS_VERSION, ...studentProgress() });
    storage.map.set(PROGRESS_KEY, raw);
    expect(repairProgress(storage, now)).toEqual([]);
    expect(storage.map.get(PROGRESS_KEY)).toBe(raw);
    expect(repairProgress(new FakeStorage(), now)).toEqual([]);
    expect(repairProgress(null, now)).toEqual([]);
  });

  it('moves damaged data aside, says where, and lets the store start afresh', () => {
    const storage = new FakeStorage();
    storage.map.set(PROGRESS_KEY, '{not json');
    const problems = repairProgress(storage, now);
    expect(problems).toEqual([{ kind: 'damaged', key, detail: [] }]);
    expect(problemMessage(problems[0]!)).toBe(`Your saved progress could not be read: the data is damaged. It was kept aside in this browser (as “${key}”); everything else is as you left it.`);
    expect(storage.map.get(key)).toBe('{not json');
    expect(storage.map.has(PROGRESS_KEY)).toBe(false);
    const store = createProgressStore(storage);
    store.load();
    expect(store.damaged).toBe(false);
    expect(listQuarantined(storage)).toEqual([{ key, text: '{not json' }]);
  });

  it('sets aside progress written by a newer version rather than reading it wrongly', () => {
    const storage = new FakeStorage();
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: 9 }));
    const [problem] = repairProgress(storage, now);
    expect(problem).toEqual({ kind: 'newer', key, detail: ['9'] });
    expect(problemMessage(problem!)).toMatch(/^Your progress was saved by a newer version of the book \(format 9\)\. It was kept aside/);
  });

  it('sets aside only the records it cannot read, naming them, and keeps the rest', () => {
    const storage = new FakeStorage();
    const good = studentProgress();
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...good, exercises: { ...good.exercises, 'ch7-bad': { chapter: 'x', at: 'yesterday' } } }));
    const [problem] = repairProgress(storage, now);
    expect(problem).toEqual({ kind: 'records', key, detail: ['exercises.ch7-bad: "at" is not valid'] });
    expect(problemMessage(problem!)).toMatch(/^1 saved record of your progress could not be read \(exercises\.ch7-bad: "at" is not valid\)\. It was kept aside/);
    expect(JSON.parse(storage.map.get(key)!).records[0]).toEqual({ where: 'exercises.ch7-bad', why: '"at" is not valid', value: { chapter: 'x', at: 'yesterday' } });
    expect(stored(storage).exercises).toEqual(good.exercises);
  });

  it('sets aside a guided sequence it cannot read, naming it, and keeps the other sequences and everything else', () => {
    const storage = new FakeStorage();
    const good = studentProgress();
    const broken = { chapter: '04-strategic-triangle', at: '2025-03-10T10:00:00.000Z', steps: { 1: { first: ['a list'], firstRight: true, last: 'A', right: true, tries: 1 } } };
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...good, sequences: { ...good.sequences, 'ch9-guided-broken': broken } }));
    const [problem] = repairProgress(storage, now);
    expect(problem).toEqual({ kind: 'records', key, detail: ['sequences.ch9-guided-broken: "steps" is not valid'] });
    expect(JSON.parse(storage.map.get(key)!).records[0].value).toEqual(broken);
    expect(stored(storage)).toEqual({ version: PROGRESS_VERSION, ...good });
  });

  it('leaves progress stored before guided sequences were kept exactly as it was', () => {
    const storage = new FakeStorage();
    const { sequences: _, ...old } = studentProgress();
    const raw = JSON.stringify({ version: PROGRESS_VERSION, ...old });
    storage.map.set(PROGRESS_KEY, raw);
    expect(repairProgress(storage, now)).toEqual([]);
    expect(storage.map.get(PROGRESS_KEY)).toBe(raw);
    expect(readProgress(JSON.parse(raw)).sequences).toEqual({});
  });

  it('gives a store without a reader id one', () => {
    const storage = new FakeStorage();
    storage.map.set(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, chapters: {} }));
    expect(repairProgress(storage, now)).toEqual([]);
    expect(stored(storage).reader).toMatch(/^r-/);
  });

  it('with the quota full, leaves damaged data untouched and says progress is not kept', () => {
    const storage = new FakeStorage();
    storage.map.set(PROGRESS_KEY, 'damaged');
    storage.full = true;
    const [problem] = repairProgress(storage, now);
    expect(problem?.key).toBeNull();
    expect(problemMessage(problem!)).toMatch(/could not be moved aside, so it was left untouched and your progress is not being kept/);
    expect(storage.map.get(PROGRESS_KEY)).toBe('damaged');
    const bad = new FakeStorage();
    bad.map.set(PROGRESS_KEY, JSON.stringify({ version: 1, reader: 'r', exercises: { x: 1 } }));
    bad.full = true;
    expect(repairProgress(bad, now)[0]).toMatchObject({ kind: 'records', key: null });
    expect(JSON.parse(bad.map.get(PROGRESS_KEY)!).exercises).toEqual({ x: 1 });
  });

  it('never throws when storage refuses reads', () => {
    expect(repairProgress(new FakeStorage(Infinity, true), now)).toEqual([]);
  });

  it('gives two quarantines in the same millisecond different keys', () => {
    const storage = new FakeStorage();
    storage.map.set(PROGRESS_KEY, 'one');
    repairProgress(storage, now);
    storage.map.set(PROGRESS_KEY, 'two');
    expect(repairProgress(storage, now)[0]?.key).toBe(`${key}-2`);
  });

  it('removes quarantined data only on its own, one key at a time', () => {
    const storage = new FakeStorage();
    storage.map.set(PROGRESS_KEY, 'damaged');
    repairProgress(storage, now);
    storage.map.set(PROGRESS_KEY, '{}');
    removeQuarantined(storage, PROGRESS_KEY);
    expect(listQuarantined(storage).map((q) => q.key)).toEqual([key]);
    removeQuarantined(storage, key);
    expect(listQuarantined(storage)).toEqual([]);
    expect(listQuarantined(new FakeStorage(Infinity, true))).toEqual([]);
  });
});

describe('reading progress records in full', () => {
  it('keeps a valid record as it is', () => {
    const good = studentProgress();
    expect(readProgress(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it.each([
    [{ chapter: 'x', at: 'nope' }, 'at'],
    [{ chapter: 'Not An Id', at: '2025-01-01' }, 'chapter'],
    [{ chapter: 'x', at: '2025-01-01', checks: { 'qc-1': { first: 9, firstRight: true, last: 0, right: true, tries: 1 } } }, 'checks'],
    [{ chapter: 'x', at: '2025-01-01', checks: { nope: {} } }, 'checks'],
    [{ chapter: 'x', at: '2025-01-01', answer: 7 }, 'answer'],
    [{ chapter: 'x', at: '2025-01-01', modelAnswer: 'yes' }, 'modelAnswer'],
    ['just text', 'record'],
  ])('finds the fault in the exercise record %j: %s', (value, field) => {
    expect(exerciseFault(value)).toBe(field);
  });

  const step = { first: 'A', firstRight: false, last: 7.5, right: true, tries: 2 };
  it('keeps a guided sequence whose predictions are texts or numbers', () => {
    expect(sequenceFault({ chapter: 'x', at: '2025-01-01', steps: { 1: step, 12: step } })).toBeNull();
    expect(sequenceFault({ chapter: 'x', at: '2025-01-01', steps: {} })).toBeNull();
  });

  it.each([
    [{ chapter: 'x', at: '2025-01-01' }, 'steps'],
    [{ chapter: 'x', at: 'later', steps: {} }, 'at'],
    [{ chapter: 'X Y', at: '2025-01-01', steps: {} }, 'chapter'],
    [{ chapter: 'x', at: '2025-01-01', steps: [step] }, 'steps'],
    [{ chapter: 'x', at: '2025-01-01', steps: { 0: step } }, 'steps'],
    [{ chapter: 'x', at: '2025-01-01', steps: { first: step } }, 'steps'],
    [{ chapter: 'x', at: '2025-01-01', steps: { 1: { ...step, first: null } } }, 'steps'],
    [{ chapter: 'x', at: '2025-01-01', steps: { 1: { ...step, last: Number.NaN } } }, 'steps'],
    [{ chapter: 'x', at: '2025-01-01', steps: { 1: { ...step, first: 'x'.repeat(501) } } }, 'steps'],
    [{ chapter: 'x', at: '2025-01-01', steps: { 1: { ...step, right: 'yes' } } }, 'steps'],
    [{ chapter: 'x', at: '2025-01-01', steps: { 1: { ...step, tries: -1 } } }, 'steps'],
    [{ chapter: 'x', at: '2025-01-01', steps: { 1: 'A' } }, 'steps'],
    [null, 'record'],
  ])('finds the fault in the guided sequence record %j: %s', (value, field) => {
    expect(sequenceFault(value)).toBe(field);
  });

  it('lists each unreadable record, keeps the readable ones, and repairs what it can', () => {
    const bad: BadRecords = [];
    const data = readProgress(
      {
        reader: '<script>',
        name: 'x'.repeat(500),
        chapters: { ok: { opened: '2025-01-01', seen: [] }, broken: { opened: '2025-01-01', seen: 'all' } },
        exercises: 'many',
        setups: { k: { chapter: 'c', param: 'modes', opened: 'a', reached: 'b', at: '2025-01-01' } },
        sequences: { 'ch4-guided-a': { chapter: 'c', at: '2025-01-01', steps: { 1: step } }, 'Not An Id': { chapter: 'c', at: '2025-01-01', steps: {} } },
        last: { href: '//elsewhere.example/', chapter: 'c', title: 't', section: '', at: '2025-01-01' },
      },
      bad,
    );
    expect(Object.keys(data.chapters)).toEqual(['ok']);
    expect(data.setups['k']?.reached).toBe('b');
    expect(data.reader).toMatch(/^r-/);
    expect(data.name).toHaveLength(120);
    expect(data.last).toBeNull();
    expect(Object.keys(data.sequences)).toEqual(['ch4-guided-a']);
    expect(bad.map((b) => b.where)).toEqual(['chapters.broken', 'exercises', 'sequences.Not An Id']);
    expect(readProgress({ sequences: 'all' }, bad).sequences).toEqual({});
    expect(bad.at(-1)).toEqual({ where: 'sequences', why: 'not a list of records', value: 'all' });
    expect(() => readProgress([])).toThrow('it is not a progress record');
  });
});
