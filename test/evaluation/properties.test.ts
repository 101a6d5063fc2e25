import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessmentItems,
  CAPACITY_CELLS,
  classifyPlacement,
  CONTEXT_FIELDS,
  describeResult,
  DIMENSIONS,
  EvaluationError,
  evaluateCapacities,
  evaluateMix,
  evaluateTriangle,
  findBalancedConfiguration,
  MODES,
  scoreAssessment,
  typologyParameters,
  type Level,
  type Mix,
  type ServiceContext,
} from '@evaluation';

const corner = fc.double({ min: 0, max: 100, noNaN: true });
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const contextArb: fc.Arbitrary<ServiceContext> = fc.tuple(...CONTEXT_FIELDS.map(() => unit)).map(
  (values) => Object.fromEntries(CONTEXT_FIELDS.map((f, i) => [f, values[i]])) as unknown as ServiceContext,
);
const mixArb: fc.Arbitrary<Mix> = fc
  .tuple(...MODES.map(() => fc.double({ min: 0, max: 100, noNaN: true })))
  .filter((shares) => shares.reduce((a, b) => a + b, 0) > 1e-6)
  .map((shares) => Object.fromEntries(MODES.map((m, i) => [m, shares[i]])) as unknown as Mix);

// Every number anywhere in a result is finite.
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

function validOrTyped(run: () => unknown): void {
  try {
    const result = run();
    expect(allFinite(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  } catch (error) {
    expect(error).toBeInstanceOf(EvaluationError);
  }
}

describe('properties: triangle', () => {
  it('alignment is in 0–1 and realisable value in 0–100 for any corners', () => {
    fc.assert(
      fc.property(corner, corner, corner, (a, b, c) => {
        const r = evaluateTriangle({ publicValue: a, authorisingEnvironment: b, operationalCapacity: c });
        expect(r.alignment).toBeGreaterThanOrEqual(0);
        expect(r.alignment).toBeLessThanOrEqual(1);
        expect(r.realisableValue).toBeGreaterThanOrEqual(0);
        expect(r.realisableValue).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('alignment and realisable value are invariant under permutation of the corners', () => {
    fc.assert(
      fc.property(corner, corner, corner, (a, b, c) => {
        const x = evaluateTriangle({ publicValue: a, authorisingEnvironment: b, operationalCapacity: c });
        const y = evaluateTriangle({ publicValue: c, authorisingEnvironment: a, operationalCapacity: b });
        expect(y.alignment).toBeCloseTo(x.alignment, 12);
        expect(y.realisableValue).toBeCloseTo(x.realisableValue, 9);
      }),
    );
  });

  it('realisable value is monotone, and raising the weakest by d gains at least as much as raising the strongest by d', () => {
    fc.assert(
      fc.property(corner, corner, corner, fc.double({ min: 0, max: 100, noNaN: true }), (a, b, c, d) => {
        const values = [a, b, c].sort((p, q) => p - q) as [number, number, number];
        const [lo, mid, hi] = values;
        const value = (x: number, y: number, z: number) => evaluateTriangle({ publicValue: x, authorisingEnvironment: y, operationalCapacity: z }).realisableValue;
        const base = value(lo, mid, hi);
        const up = (x: number) => Math.min(100, x + d);
        const weakestGain = value(up(lo), mid, hi) - base;
        const strongestGain = value(lo, mid, up(hi)) - base;
        expect(value(lo, up(mid), hi)).toBeGreaterThanOrEqual(base - 1e-9);
        expect(weakestGain).toBeGreaterThanOrEqual(-1e-9);
        expect(weakestGain).toBeGreaterThanOrEqual(strongestGain - 1e-9);
      }),
    );
  });
});

describe('properties: typology', () => {
  it('the quadrant follows the two positions, and borderline exactly when a position is within the margin', () => {
    const b = typologyParameters.boundary.value;
    const margin = typologyParameters.borderlineMargin.value;
    fc.assert(
      fc.property(unit, unit, (involvement, locus) => {
        const r = classifyPlacement({ involvement, locus });
        expect(r.quadrant === 'coDesign' || r.quadrant === 'coInnovation').toBe(involvement >= b);
        expect(r.quadrant === 'coConstruction' || r.quadrant === 'coInnovation').toBe(locus >= b);
        expect(r.borderline).toBe(Math.abs(involvement - b) < margin || Math.abs(locus - b) < margin);
        expect(r.alternatives).not.toContain(r.quadrant);
      }),
    );
  });
});

describe('properties: modes', () => {
  it('every output is finite and in range for any valid mix and context', () => {
    fc.assert(
      fc.property(mixArb, contextArb, (mix, context) => {
        const r = evaluateMix(mix, context);
        expect(allFinite(r)).toBe(true);
        expect(MODES.reduce((s, m) => s + r.mix[m], 0)).toBeCloseTo(100, 6);
        for (const v of [...DIMENSIONS.map((d) => r.dimensions[d]), ...Object.values(r.resources), r.serviceValue, r.aggregatePublicValue, r.complementarity]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
        for (const m of MODES) expect(r.fit[m]).toBeGreaterThanOrEqual(0);
        for (const m of MODES) expect(r.fit[m]).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('scaling every share by the same factor changes nothing but the notice', () => {
    fc.assert(
      fc.property(mixArb, contextArb, fc.double({ min: 0.01, max: 1000, noNaN: true }), (mix, context, k) => {
        const scaled = Object.fromEntries(MODES.map((m) => [m, mix[m] * k])) as unknown as Mix;
        expect(evaluateMix(scaled, context).aggregatePublicValue).toBeCloseTo(evaluateMix(mix, context).aggregatePublicValue, 6);
      }),
    );
  });

  it('control falls whenever share moves from any other mode to opensourcing', () => {
    fc.assert(
      fc.property(mixArb, contextArb, fc.constantFrom(...MODES.filter((m) => m !== 'opensourcing')), (mix, context, from) => {
        const before = evaluateMix(mix, context);
        const moved = Math.min(10, before.mix[from]);
        fc.pre(moved > 0.01);
        const after = evaluateMix({ ...before.mix, [from]: before.mix[from] - moved, opensourcing: before.mix.opensourcing + moved }, context);
        expect(after.dimensions.control).toBeLessThan(before.dimensions.control);
      }),
    );
  });

  it('equity never falls when digital inclusion rises, and all-bureaucracy equity ignores it', () => {
    fc.assert(
      fc.property(mixArb, contextArb, unit, unit, (mix, context, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(evaluateMix(mix, { ...context, digitalInclusion: hi }).dimensions.equity).toBeGreaterThanOrEqual(
          evaluateMix(mix, { ...context, digitalInclusion: lo }).dimensions.equity - 1e-9,
        );
        const pure: Mix = { bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 };
        expect(evaluateMix(pure, { ...context, digitalInclusion: hi }).dimensions.equity).toBeCloseTo(evaluateMix(pure, { ...context, digitalInclusion: lo }).dimensions.equity, 9);
      }),
    );
  });

  it('the balanced configuration beats every pure mode and the mix it started from', () => {
    fc.assert(
      fc.property(contextArb, mixArb, (context, mix) => {
        const best = findBalancedConfiguration(context).best;
        expect(allFinite(best)).toBe(true);
        expect(best.aggregatePublicValue).toBeGreaterThanOrEqual(evaluateMix(mix, context).aggregatePublicValue - 0.6);
        for (const m of MODES) {
          expect(best.aggregatePublicValue).toBeGreaterThanOrEqual(evaluateMix({ bureaucracy: 0, innersourcing: 0, crowdsourcing: 0, opensourcing: 0, [m]: 100 }, context).aggregatePublicValue - 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('random input of any shape yields a valid result or an EvaluationError — never NaN, never another exception', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (mix, context) => validOrTyped(() => evaluateMix(mix as Mix, context as ServiceContext))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record({ bureaucracy: fc.double(), innersourcing: fc.double(), crowdsourcing: fc.double(), opensourcing: fc.double() }),
        fc.dictionary(fc.constantFrom(...CONTEXT_FIELDS), fc.oneof(fc.double(), fc.constant(undefined), fc.string())),
        (mix, context) => validOrTyped(() => evaluateMix(mix, context as unknown as ServiceContext)),
      ),
      { numRuns: 500 },
    );
  });
});

describe('properties: other kinds of result', () => {
  const level = fc.constantFrom<Level>(1, 2, 3, 4, 5);

  it('triangle, typology, capacities and assessment accept anything without throwing anything but EvaluationError', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        validOrTyped(() => evaluateTriangle(input as never));
        validOrTyped(() => classifyPlacement(input as never));
        validOrTyped(() => evaluateCapacities(input as never));
        validOrTyped(() => scoreAssessment(input as never));
      }),
      { numRuns: 300 },
    );
  });

  it('capacity gaps are between 1 and 4 levels and only where the rating is below target', () => {
    const ratingsArb = fc.dictionary(fc.constantFrom(...CAPACITY_CELLS), level);
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (ratings, targets) => {
        const r = evaluateCapacities(ratings, { targets });
        for (const g of r.gaps) {
          expect(g.gap).toBeGreaterThanOrEqual(1);
          expect(g.gap).toBeLessThanOrEqual(4);
          expect(g.rating).toBeLessThan(g.target);
        }
        const bearing = Object.values(r.triangleBearing).filter((v): v is number => v !== null);
        for (const v of bearing) expect(v).toBeGreaterThanOrEqual(0);
        for (const v of bearing) expect(v).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('any partial set of answers gives a finite profile whose description has no NaN', () => {
    const answersArb = fc.dictionary(fc.constantFrom(...assessmentItems.map((i) => i.id)), level);
    fc.assert(
      fc.property(answersArb, fc.option(mixArb, { nil: undefined }), (answers, currentMix) => {
        const r = scoreAssessment(currentMix === undefined ? { answers } : { answers, currentMix });
        expect(allFinite(r)).toBe(true);
        expect(describeResult(r)).not.toMatch(/NaN|undefined/);
        for (const rec of r.recommendations) expect(rec.link).toMatch(/^\/chapters\//);
      }),
      { numRuns: 150 },
    );
  });
});
