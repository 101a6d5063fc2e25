import { describe, expect, it } from 'vitest';
import { EvaluationError, evaluateTriangle, triangleParameters, type TriangleInput } from '@evaluation';

const t = (publicValue: number, authorisingEnvironment: number, operationalCapacity: number): TriangleInput => ({
  publicValue,
  authorisingEnvironment,
  operationalCapacity,
});

describe('evaluateTriangle (MODEL §1)', () => {
  it.each([0, 37.5, 100])('equal corners (%s) give full alignment', (v) => {
    const r = evaluateTriangle(t(v, v, v));
    expect(r.alignment).toBeCloseTo(1, 12);
    expect(r.binding).toBe('aligned');
    expect(r.realisableValue).toBeCloseTo(v, 9);
  });

  it('alignment ignores which corner is which (all six permutations)', () => {
    const values = [20, 55, 90] as const;
    const perms = [
      [0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0],
    ] as const;
    const alignments = perms.map(([a, b, c]) => evaluateTriangle(t(values[a], values[b], values[c])).alignment);
    for (const a of alignments) expect(a).toBeCloseTo(alignments[0]!, 12);
    const realisable = perms.map(([a, b, c]) => evaluateTriangle(t(values[a], values[b], values[c])).realisableValue);
    for (const v of realisable) expect(v).toBeCloseTo(realisable[0]!, 12);
  });

  it('realisable value never decreases when a corner rises', () => {
    const base = evaluateTriangle(t(40, 60, 80)).realisableValue;
    expect(evaluateTriangle(t(50, 60, 80)).realisableValue).toBeGreaterThan(base);
    expect(evaluateTriangle(t(40, 70, 80)).realisableValue).toBeGreaterThanOrEqual(base);
    expect(evaluateTriangle(t(40, 60, 90)).realisableValue).toBeGreaterThanOrEqual(base);
  });

  it('raising the weakest corner by d gains at least as much as raising the strongest by d', () => {
    const base = evaluateTriangle(t(30, 60, 80)).realisableValue;
    const weakestUp = evaluateTriangle(t(40, 60, 80)).realisableValue - base;
    const strongestUp = evaluateTriangle(t(30, 60, 90)).realisableValue - base;
    expect(weakestUp).toBeGreaterThan(strongestUp);
  });

  it('names the binding corner when it trails the others clearly', () => {
    expect(evaluateTriangle(t(80, 20, 75)).binding).toBe('authorisingEnvironment');
    expect(evaluateTriangle(t(80, 75, 20)).binding).toBe('operationalCapacity');
    expect(evaluateTriangle(t(20, 80, 75)).binding).toBe('publicValue');
  });

  it('says "aligned" when the spread is within the tolerance, and binds just beyond it', () => {
    const tol = triangleParameters.alignmentTolerance.value;
    expect(evaluateTriangle(t(50, 50 + tol, 50 + tol / 2)).binding).toBe('aligned');
    expect(evaluateTriangle(t(50, 50 + tol + 1, 50 + tol + 1)).binding).toBe('publicValue');
  });

  it('lists a second weak corner close to the binding one', () => {
    const r = evaluateTriangle(t(20, 25, 90));
    expect(r.binding).toBe('publicValue');
    expect(r.alsoWeak).toEqual(['authorisingEnvironment']);
  });

  it.each([
    ['authorisingEnvironment', t(90, 10, 90), /capacity without a mandate/i],
    ['operationalCapacity', t(90, 90, 10), /mandate without the means/i],
    ['publicValue', t(10, 90, 90), /something citizens do not value/i],
  ] as const)('explains the typical failure when %s binds', (_corner, input, text) => {
    expect(evaluateTriangle(input).explanation).toMatch(text);
  });

  it.each([
    [{ publicValue: -1, authorisingEnvironment: 50, operationalCapacity: 50 }, 'out-of-range'],
    [{ publicValue: Number.NaN, authorisingEnvironment: 50, operationalCapacity: 50 }, 'not-finite'],
    [{ publicValue: '50', authorisingEnvironment: 50, operationalCapacity: 50 }, 'wrong-type'],
    [{ authorisingEnvironment: 50, operationalCapacity: 50 }, 'wrong-type'],
    [null, 'wrong-type'],
  ])('refuses malformed corners %j with a typed error', (input, code) => {
    expect(() => evaluateTriangle(input as unknown as TriangleInput)).toThrow(EvaluationError);
    try {
      evaluateTriangle(input as unknown as TriangleInput);
    } catch (e) {
      expect((e as EvaluationError).code).toBe(code);
    }
  });
});
