import { describe, expect, it } from 'vitest';
import { canonical, mergeRecord, mergeStores, nextTick, recentTombstones, sameStore, TOMBSTONE_DAYS, type MergeableRecord } from '@components/self-assessment/merge';
import type { ItemId, Level } from '@evaluation';

const base = (over: Partial<MergeableRecord> = {}): MergeableRecord => ({
  id: 'r',
  service: 'Library',
  presetId: null,
  answers: {},
  notes: {},
  currentMix: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  snapshots: [],
  clock: {},
  ...over,
});
const snap = (id: string, takenAt: string) => ({ id, takenAt, answers: {}, notes: {}, currentMix: null });

describe('canonical()', () => {
  it('writes equal values alike whatever the order of their keys, leaving out undefined', () => {
    expect(canonical({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe(canonical({ a: [1, { d: 2 }], b: 1 }));
    expect(canonical(undefined)).toBe('null');
  });
});

describe('mergeRecord()', () => {
  it('takes each field from the copy that changed it last', () => {
    const a = base({ service: 'A name', answers: { locus: 2 }, notes: { locus: 'A' }, updatedAt: '2025-01-02T00:00:00.000Z', clock: { service: 5, 'answers.locus': 5, 'notes.locus': 1 } });
    const b = base({ service: 'B name', answers: { locus: 4, problemKnown: 3 }, notes: { locus: 'B' }, createdAt: '2024-12-01T00:00:00.000Z', clock: { service: 3, 'answers.locus': 3, 'answers.problemKnown': 4, 'notes.locus': 2 } });
    const merged = mergeRecord(a, b);
    expect(merged).toMatchObject({ service: 'A name', answers: { locus: 2, problemKnown: 3 }, notes: { locus: 'B' }, createdAt: '2024-12-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' });
    expect(merged.clock).toEqual({ service: 5, 'answers.locus': 5, 'answers.problemKnown': 4, 'notes.locus': 2 });
  });

  it('keeps a deletion made later (a removed note, a cleared respondent, a deleted snapshot)', () => {
    const a = base({ notes: {}, clock: { 'notes.locus': 9, respondent: 9, 'snapshots.s1': 9 } });
    const b = base({ notes: { locus: 'old' }, respondent: 'Ana', snapshots: [snap('s1', '2025-01-01T00:00:00.000Z'), snap('s2', '2025-01-02T00:00:00.000Z')], clock: { 'notes.locus': 2, respondent: 2, 'snapshots.s1': 2, 'snapshots.s2': 2 } });
    const merged = mergeRecord(a, b);
    expect(merged.notes).toEqual({});
    expect('respondent' in merged).toBe(false);
    expect(merged.snapshots.map((s) => s.id)).toEqual(['s2']);
  });

  it('is the same whichever copy comes first, and merging again changes nothing', () => {
    const a = base({ answers: { locus: 1 }, clock: { 'answers.locus': 7 } });
    const b = base({ answers: { locus: 5 }, clock: { 'answers.locus': 7 } });
    expect(canonical(mergeRecord(a, b))).toBe(canonical(mergeRecord(b, a)));
    const once = mergeRecord(a, b);
    expect(canonical(mergeRecord(once, b))).toBe(canonical(once));
  });

  it('agrees for random edits in two copies, and every field holds its last change', () => {
    const items: ItemId[] = ['locus', 'problemKnown', 'modularity', 'stateAuthority'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const copies = [base(), base()];
      const last = new Map<string, unknown>();
      for (let t = 1; t <= 12; t++) {
        const side = copies[Math.floor(random() * 2)]!;
        const item = items[Math.floor(random() * items.length)]!;
        if (random() < 0.5) {
          const level = (1 + Math.floor(random() * 5)) as Level;
          if (random() < 0.2) delete side.answers[item];
          else side.answers[item] = level;
          side.clock[`answers.${item}`] = t;
          last.set(`answers.${item}`, side.answers[item]);
        } else {
          const note = random() < 0.2 ? undefined : `note ${t}`;
          if (note === undefined) delete side.notes[item];
          else side.notes[item] = note;
          side.clock[`notes.${item}`] = t;
          last.set(`notes.${item}`, note);
        }
      }
      const ab = mergeRecord(copies[0]!, copies[1]!);
      expect(canonical(ab)).toBe(canonical(mergeRecord(copies[1]!, copies[0]!)));
      for (const [key, value] of last) {
        const [field, item] = key.split('.') as ['answers' | 'notes', ItemId];
        expect(ab[field][item]).toBe(value);
      }
    }
  });
});

describe('mergeStores()', () => {
  it('joins records by id, keeps records only one side has, and orders them by creation', () => {
    const older = base({ id: 'old', createdAt: '2024-01-01T00:00:00.000Z' });
    const merged = mergeStores({ assessments: [base({ id: 'r' })], deleted: {} }, { assessments: [older], deleted: {} });
    expect(merged.assessments.map((r) => r.id)).toEqual(['old', 'r']);
    expect(merged.removedElsewhere).toEqual([]);
  });

  it('drops a record the other side deleted, reporting this side’s copy once', () => {
    const mine = base({ answers: { locus: 3 }, clock: { 'answers.locus': 50 } });
    const merged = mergeStores({ assessments: [mine], deleted: {} }, { assessments: [], deleted: { r: 10 } });
    expect(merged.assessments).toEqual([]);
    expect(merged.removedElsewhere).toEqual([mine]);
    expect(merged.deleted).toEqual({ r: 10 });
    expect(mergeStores({ assessments: [], deleted: merged.deleted }, { assessments: [], deleted: { r: 10 } }).removedElsewhere).toEqual([]);
  });

  it('keeps the later of two deletion times and compares stores by content', () => {
    const merged = mergeStores({ assessments: [], deleted: { x: 5 } }, { assessments: [], deleted: { x: 3, y: 1 } });
    expect(merged.deleted).toEqual({ x: 5, y: 1 });
    expect(sameStore({ assessments: [base()], deleted: {} }, { assessments: [base()], deleted: {} })).toBe(true);
    expect(sameStore({ assessments: [base()], deleted: {} }, { assessments: [base({ service: 'x' })], deleted: {} })).toBe(false);
  });
});

describe('clocks and tombstones', () => {
  it('stamps a change later than the field’s last change, even if the computer’s clock went back', () => {
    expect(nextTick({}, 'service', 100)).toBe(100);
    expect(nextTick({ service: 200 }, 'service', 100)).toBe(201);
  });

  it('forgets deletions older than the limit', () => {
    const day = 24 * 60 * 60 * 1000;
    const now = 1000 * day;
    expect(recentTombstones({ old: now - (TOMBSTONE_DAYS + 1) * day, young: now - day }, now)).toEqual({ young: now - day });
  });
});
