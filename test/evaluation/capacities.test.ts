import { describe, expect, it } from 'vitest';
import {
  anchorFor,
  CAPACITY_CELLS,
  capacityAnchors,
  describeCell,
  describeResult,
  evaluateCapacities,
  type CapacityRatings,
} from '@evaluation';

const all = (level: 1 | 2 | 3 | 4 | 5): CapacityRatings => Object.fromEntries(CAPACITY_CELLS.map((c) => [c, level])) as CapacityRatings;

describe('evaluateCapacities (MODEL §4)', () => {
  it('has nine cells: analytical, operational, political × individual, organisational, systemic', () => {
    expect(CAPACITY_CELLS).toHaveLength(9);
    expect(CAPACITY_CELLS).toContain('operational.organisational');
  });

  it('gives every level of every capacity type a descriptive anchor, not a bare number', () => {
    for (const type of ['analytical', 'operational', 'political'] as const) {
      expect(capacityAnchors[type].levels).toHaveLength(5);
      for (const level of [1, 2, 3, 4, 5] as const) expect(anchorFor(type, level).length).toBeGreaterThan(20);
    }
    for (const cell of CAPACITY_CELLS) expect(describeCell(cell).length).toBeGreaterThan(10);
  });

  it('finds the gaps below target, largest first, with the anchor of the current level', () => {
    const r = evaluateCapacities({ ...all(3), 'analytical.individual': 1, 'political.systemic': 2 });
    expect(r.gaps.map((g) => [g.cell, g.gap])).toEqual([['analytical.individual', 2], ['political.systemic', 1]]);
    expect(r.gaps[0]?.anchor).toBe(capacityAnchors.analytical.levels[0]);
  });

  it('a level that fits the service is not a gap: a lowered target removes it, a raised one creates it', () => {
    const ratings = { ...all(3), 'analytical.organisational': 2 } satisfies CapacityRatings;
    expect(evaluateCapacities(ratings).gaps).toHaveLength(1);
    expect(evaluateCapacities(ratings, { targets: { 'analytical.organisational': 2 } }).gaps).toHaveLength(0);
    expect(evaluateCapacities(all(3), { targets: { 'political.systemic': 4 } }).gaps.map((g) => g.cell)).toEqual(['political.systemic']);
    expect(evaluateCapacities(all(5)).gaps).toEqual([]);
  });

  it('names the weakest cell, breaking ties by the larger shortfall, then by matrix order', () => {
    expect(evaluateCapacities({ ...all(4), 'political.individual': 2 }).weakest?.cell).toBe('political.individual');
    const tie = evaluateCapacities({ ...all(4), 'analytical.systemic': 2, 'political.systemic': 2 }, { targets: { 'political.systemic': 5 } });
    expect(tie.weakest?.cell).toBe('political.systemic');
    expect(evaluateCapacities({ ...all(4), 'analytical.systemic': 2, 'political.systemic': 2 }).weakest?.cell).toBe('analytical.systemic');
  });

  it('flags the organisational-operational Achilles heel when it is weak, and explains why', () => {
    const weak = evaluateCapacities({ ...all(4), 'operational.organisational': 2 });
    expect(weak.achillesHeel.flagged).toBe(true);
    expect(weak.achillesHeel.explanation).toMatch(/Achilles heel/);
    expect(evaluateCapacities(all(3)).achillesHeel.flagged).toBe(false);
    expect(evaluateCapacities({}).achillesHeel).toMatchObject({ flagged: false, rating: null });
  });

  it('bears on the triangle: political → authorising environment; analytical and operational → operational capacity', () => {
    const r = evaluateCapacities({ 'political.individual': 5, 'political.organisational': 5, 'political.systemic': 5, 'analytical.individual': 1, 'operational.systemic': 1 });
    expect(r.triangleBearing.authorisingEnvironment).toBeCloseTo(100, 9);
    expect(r.triangleBearing.operationalCapacity).toBeCloseTo(0, 9);
    expect(evaluateCapacities({ 'analytical.individual': 3 }).triangleBearing).toEqual({ authorisingEnvironment: null, operationalCapacity: 50 });
  });

  it('handles unrated cells: lists them and leaves them out of gaps and the weakest cell', () => {
    const r = evaluateCapacities({ 'operational.individual': 4, 'political.systemic': 5 });
    expect(r.missing).toHaveLength(7);
    expect(r.gaps).toEqual([]);
    expect(r.weakest?.cell).toBe('operational.individual');
    expect(evaluateCapacities({}).weakest).toBeNull();
  });

  it.each([
    [{ 'analytical.individual': 0 }, 'out-of-range'],
    [{ 'analytical.individual': 2.5 }, 'wrong-type'],
    [{ 'analytical.individual': 'high' }, 'wrong-type'],
  ])('refuses a malformed rating %j with a typed error', (ratings, code) => {
    expect(() => evaluateCapacities(ratings as never)).toThrow(expect.objectContaining({ code }));
  });
});

describe('no single weakest link', () => {
  it('names no weakest cell when every rated cell is at the same level, and says so', () => {
    const level = evaluateCapacities(all(3));
    expect(level.weakest).toBeNull();
    expect(describeResult(level)).toContain('no single cell is the weakest link');
    expect(evaluateCapacities({ 'analytical.individual': 2 }).weakest).toBeNull();
  });
});
