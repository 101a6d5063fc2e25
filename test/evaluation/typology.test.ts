import { describe, expect, it } from 'vitest';
import {
  caseReasons,
  classifyAnswers,
  classifyPlacement,
  EvaluationError,
  QUADRANTS,
  typologyCases,
  typologyParameters,
  type TypologyAnswers,
} from '@evaluation';

describe('classifyPlacement (MODEL §2)', () => {
  it.each([
    [0.1, 0.1, 'coProduction', 'I'],
    [0.9, 0.1, 'coDesign', 'II'],
    [0.1, 0.9, 'coConstruction', 'III'],
    [0.9, 0.9, 'coInnovation', 'IV'],
  ] as const)('involvement %s, locus %s falls in %s (quadrant %s) as in Osborne et al. Figure I', (involvement, locus, quadrant, numeral) => {
    const r = classifyPlacement({ involvement, locus });
    expect(r.quadrant).toBe(quadrant);
    expect(r.numeral).toBe(numeral);
    expect(r.borderline).toBe(false);
    expect(r.alternatives).toEqual([]);
  });

  it('reports a case near one boundary as borderline with the other reading', () => {
    const r = classifyPlacement({ involvement: 0.45, locus: 0.1 });
    expect(r.quadrant).toBe('coProduction');
    expect(r.borderline).toBe(true);
    expect(r.alternatives).toEqual(['coDesign']);
  });

  it('reports a case near both boundaries with all three other readings', () => {
    const r = classifyPlacement({ involvement: 0.52, locus: 0.48 });
    expect(r.quadrant).toBe('coDesign');
    expect(new Set(r.alternatives)).toEqual(new Set(['coProduction', 'coConstruction', 'coInnovation']));
  });

  it('a position exactly on the boundary reads as voluntary / system and is borderline', () => {
    const b = typologyParameters.boundary.value;
    const r = classifyPlacement({ involvement: b, locus: b });
    expect(r.quadrant).toBe('coInnovation');
    expect(r.borderline).toBe(true);
  });

  it('does not rank quadrants: results for I and IV carry the same fields and no score', () => {
    const one = classifyPlacement({ involvement: 0.1, locus: 0.1 });
    const four = classifyPlacement({ involvement: 0.9, locus: 0.9 });
    expect(Object.keys(one).sort()).toEqual(Object.keys(four).sort());
    const numericFields = (r: object) => Object.entries(r).filter(([, v]) => typeof v === 'number').map(([k]) => k).sort();
    expect(numericFields(one)).toEqual(['involvement', 'locus']);
    expect(numericFields(four)).toEqual(['involvement', 'locus']);
    for (const text of [one.reasoning, four.reasoning]) expect(text).not.toMatch(/\b(higher|advanced|better|progress|ladder|level up)\b/i);
  });

  it('lists all four value types in every quadrant, marks the usual ones, and says the mapping is not one-to-one', () => {
    for (const [involvement, locus] of [[0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]] as const) {
      const r = classifyPlacement({ involvement, locus });
      expect(r.valuesAtStake.map((v) => v.numeral)).toEqual(['I', 'II', 'III', 'IV']);
      expect(r.valuesAtStake.some((v) => v.usuallyDiscussed)).toBe(true);
      expect(r.valueCaveat).toMatch(/do not tie each type of value to one quadrant/);
    }
    expect(classifyPlacement({ involvement: 0.1, locus: 0.9 }).valuesAtStake.find((v) => v.usuallyDiscussed)?.type).toBe('wellBeing');
    expect(classifyPlacement({ involvement: 0.9, locus: 0.9 }).valuesAtStake.find((v) => v.usuallyDiscussed)?.type).toBe('futureCapacity');
  });

  it.each(QUADRANTS.map((q, i) => [q, i] as const))('flags co-destruction in %s when the inputs signal it', (quadrant, i) => {
    const positions = [[0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]] as const;
    const [involvement, locus] = positions[i]!;
    const r = classifyPlacement({ involvement, locus, coDestruction: { resistance: true, conflictingAims: true, divisiveEffects: true } });
    expect(r.quadrant).toBe(quadrant);
    expect(r.coDestruction.map((f) => f.signal)).toEqual(['resistance', 'conflictingAims', 'divisiveEffects']);
    expect(classifyPlacement({ involvement, locus }).coDestruction).toEqual([]);
  });

  it.each([
    [{ involvement: 1.2, locus: 0.5 }, 'out-of-range'],
    [{ involvement: 0.5 }, 'wrong-type'],
    [{ involvement: 0.5, locus: 0.5, coDestruction: { resistance: 'yes' } }, 'wrong-type'],
    [{ involvement: 0.5, locus: 0.5, coDestruction: 3 }, 'wrong-type'],
  ])('refuses malformed placement %j with a typed error', (input, code) => {
    expect(() => classifyPlacement(input as never)).toThrow(expect.objectContaining({ code }));
  });
});

describe('classifyAnswers (plain-language questions)', () => {
  it.each(typologyCases.map((c) => [c.label, c] as const))('case "%s" lands where the book expects, with its borderline status', (_label, c) => {
    const r = classifyAnswers(c.answers);
    expect(r.quadrant).toBe(c.expectedQuadrant);
    expect(r.borderline).toBe(c.expectedBorderline);
  });

  it('covers every quadrant and cites a source and gives the book’s reasoning for every case', () => {
    expect(new Set(typologyCases.map((c) => c.expectedQuadrant))).toEqual(new Set(QUADRANTS));
    expect(Object.keys(caseReasons).sort()).toEqual(typologyCases.map((c) => c.id).sort());
    for (const c of typologyCases) {
      expect(c.source.locator.length).toBeGreaterThan(0);
      expect(caseReasons[c.id]?.length).toBeGreaterThan(20);
    }
  });

  it('the faith-school case is flagged for co-destruction through divisive effects', () => {
    const faith = typologyCases.find((c) => c.id === 'faith-schools')!;
    expect(classifyAnswers(faith.answers).coDestruction.map((f) => f.signal)).toEqual(['divisiveEffects']);
  });

  it('choosing to take part moves a case from intrinsic co-production towards co-design', () => {
    const base: TypologyAnswers = { choseToTakePart: 'no', aware: 'yes', scope: 'service', purpose: 'improving' };
    expect(classifyAnswers(base).involvement).toBeLessThan(classifyAnswers({ ...base, choseToTakePart: 'yes' }).involvement);
    expect(classifyAnswers({ ...base, choseToTakePart: 'yes' }).quadrant).toBe('coDesign');
  });

  it('refuses an unknown answer with the allowed values in the message', () => {
    expect(() => classifyAnswers({ choseToTakePart: 'maybe', aware: 'yes', scope: 'service', purpose: 'delivering' } as never)).toThrow(
      /choseToTakePart must be one of "no", "partly", "yes"/,
    );
    expect(() => classifyAnswers({ choseToTakePart: 'no' } as never)).toThrow(EvaluationError);
  });
});
