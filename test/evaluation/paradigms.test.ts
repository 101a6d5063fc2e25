// The paradigm lens: each paradigm's choice when it optimises its own measure, and the 4 × 4 table of trade-offs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_FIELDS,
  describeParadigms,
  describeResult,
  EvaluationError,
  evaluateMix,
  evaluateParadigms,
  findBalancedConfiguration,
  findPreset,
  MODES,
  PARADIGMS,
  paradigmLabels,
  paradigmMeasures,
  paradigmNotes,
  PARADIGM_ASPECTS,
  presets,
  scoreMeasure,
  type Mix,
  type Paradigm,
  type ServiceContext,
} from '@evaluation';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const contextArb: fc.Arbitrary<ServiceContext> = fc.tuple(...CONTEXT_FIELDS.map(() => unit)).map(
  (values) => Object.fromEntries(CONTEXT_FIELDS.map((f, i) => [f, values[i]])) as unknown as ServiceContext,
);
const lenses = presets.map((p) => ({ preset: p, lens: evaluateParadigms(p.context) }));
const sameMix = (a: Mix, b: Mix): boolean => MODES.every((m) => a[m] === b[m]);
const pairs = PARADIGMS.flatMap((p, i) => PARADIGMS.slice(i + 1).map((q) => [p, q] as const));
/** Presets in which two paradigms choose different mixes. */
const differing = (p: Paradigm, q: Paradigm) => lenses.filter(({ lens }) => !sameMix(lens.choices[p].result.mix, lens.choices[q].result.mix)).map(({ preset }) => preset.id);

describe('evaluateParadigms', () => {
  it('lets each paradigm choose the mix that scores highest on its own measure (checked by brute force over the 5-point grid)', () => {
    const { context } = findPreset('air-pollution')!;
    const lens = evaluateParadigms(context);
    for (const p of PARADIGMS) {
      let best = -Infinity;
      for (let b = 0; b <= 100; b += 5)
        for (let i = 0; i <= 100 - b; i += 5)
          for (let c = 0; c <= 100 - b - i; c += 5) best = Math.max(best, scoreMeasure(evaluateMix({ bureaucracy: b, innersourcing: i, crowdsourcing: c, opensourcing: 100 - b - i - c }, context), paradigmMeasures[p].value));
      expect(lens.choices[p].scores[p], p).toBeCloseTo(best, 9);
    }
  });

  it('makes the public value lens choose exactly the balanced configuration', () => {
    for (const { preset, lens } of lenses) expect(lens.choices.publicValue.result.mix, preset.id).toEqual(findBalancedConfiguration(preset.context).best.mix);
  });

  it('fills the 4 × 4 table: each choice scored on every measure, costs 0 on the diagonal and never below 0', () => {
    for (const { lens } of lenses) {
      for (const p of PARADIGMS) {
        expect(lens.costs[p][p]).toBe(0);
        for (const q of PARADIGMS) {
          expect(lens.costs[p][q]).toBeGreaterThanOrEqual(0);
          expect(lens.costs[p][q]).toBeCloseTo(lens.choices[q].scores[q] - lens.choices[p].scores[q], 9);
        }
      }
    }
  });

  it('for the passport, all four paradigms agree that bureaucracy leads', () => {
    const lens = evaluateParadigms(findPreset('passport-issuance')!.context);
    for (const p of PARADIGMS) expect(lens.choices[p].lead, p).toBe('bureaucracy');
    expect(lens.sharedLead).toBe('bureaucracy');
  });

  it('each paradigm’s choice differs from those of at least two of the other three in at least half the presets', () => {
    for (const p of PARADIGMS) {
      const distinct = lenses.filter(({ lens }) => PARADIGMS.filter((q) => q !== p && !sameMix(lens.choices[p].result.mix, lens.choices[q].result.mix)).length >= 2);
      expect(distinct.length, p).toBeGreaterThanOrEqual(presets.length / 2);
    }
  });

  it('every two paradigms choose differently somewhere, and all but New Public Management and co-production in at least half the presets', () => {
    for (const [p, q] of pairs) {
      expect(differing(p, q).length, `${p} and ${q}`).toBeGreaterThanOrEqual(p === 'npm' && q === 'coProduction' ? presets.length / 3 : presets.length / 2);
    }
  });

  it('reads the policing example as the source does: NPM and co-production crowdsource it, which costs aggregate public value that the public value lens keeps', () => {
    const lens = evaluateParadigms(findPreset('neighbourhood-policing')!.context);
    for (const p of ['npm', 'coProduction'] as const) {
      expect(lens.choices[p].lead).toBe('crowdsourcing');
      expect(lens.choices[p].result.serviceValue).toBeGreaterThan(lens.choices.publicValue.result.serviceValue);
      expect(lens.costs[p].publicValue).toBeGreaterThan(20);
    }
    expect(lens.choices.publicValue.lead).toBe('bureaucracy');
  });

  it('puts co-production on opensourcing where citizens must define the problem (car-pooling, the free school)', () => {
    for (const id of ['car-pooling', 'free-school']) expect(evaluateParadigms(findPreset(id)!.context).choices.coProduction.lead, id).toBe('opensourcing');
  });

  it('refuses an invalid context with a typed error', () => {
    expect(() => evaluateParadigms({ ...findPreset('ambulance')!.context, stateAuthority: 2 })).toThrow(EvaluationError);
  });

  it('gives finite results within range and never throws for any valid context', () => {
    fc.assert(
      fc.property(contextArb, (context) => {
        const lens = evaluateParadigms(context);
        for (const p of PARADIGMS) {
          expect(MODES.reduce((sum, m) => sum + lens.choices[p].result.mix[m], 0)).toBe(100);
          for (const q of PARADIGMS) {
            for (const x of [lens.choices[p].scores[q], lens.costs[p][q]]) {
              expect(Number.isFinite(x)).toBe(true);
              expect(x).toBeGreaterThanOrEqual(0);
              expect(x).toBeLessThanOrEqual(100);
            }
          }
        }
        expect(describeParadigms(lens).length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('scoreMeasure', () => {
  it('weighs dimensions and headline figures and stays within 0–100', () => {
    const r = evaluateMix({ bureaucracy: 50, innersourcing: 0, crowdsourcing: 50, opensourcing: 0 }, findPreset('ae-demand')!.context);
    expect(scoreMeasure(r, { efficiency: 0.5, equity: 0.5 })).toBeCloseTo(0.5 * r.dimensions.efficiency + 0.5 * r.dimensions.equity, 9);
    expect(scoreMeasure(r, { aggregatePublicValue: 1 })).toBeCloseTo(r.aggregatePublicValue, 9);
    expect(scoreMeasure(r, { serviceValue: 1, citizenContribution: 1 })).toBeCloseTo(Math.min(100, r.serviceValue + r.citizenContribution), 9);
    expect(scoreMeasure(r, { efficiency: 5 })).toBe(100);
  });
});

describe('findBalancedConfiguration with weights', () => {
  const { context } = findPreset('recycling-collection')!;

  it('maximises a weighted measure', () => {
    const measure = { efficiency: 0.6, control: 0.4 };
    const r = findBalancedConfiguration(context, { objective: measure });
    for (const m of MODES) {
      const pure = evaluateMix({ bureaucracy: 0, innersourcing: 0, crowdsourcing: 0, opensourcing: 0, [m]: 100 }, context);
      expect(scoreMeasure(r.best, measure)).toBeGreaterThanOrEqual(scoreMeasure(pure, measure) - 1e-9);
    }
    expect(r.objective).toEqual(measure);
  });

  it('treats a single figure as a weight of 1 on it', () => {
    expect(findBalancedConfiguration(context, { objective: { control: 1 } }).best.mix).toEqual(findBalancedConfiguration(context, { objective: 'control' }).best.mix);
    expect(findBalancedConfiguration(context, { objective: { aggregatePublicValue: 1 } }).best.mix).toEqual(findBalancedConfiguration(context).best.mix);
  });

  it.each([[{ profit: 1 }], [{ efficiency: -1 }], [{ efficiency: Number.NaN }], [{ efficiency: '1' }], [{ efficiency: Number.POSITIVE_INFINITY }], [{ efficiency: 0 }], [{}], [42]])(
    'refuses the objective %j with a typed error that says what it accepts',
    (objective) => {
      expect(() => findBalancedConfiguration(context, { objective: objective as never })).toThrow(expect.objectContaining({ code: 'unknown-value', field: 'objective' }));
      expect(() => findBalancedConfiguration(context, { objective: objective as never })).toThrow(/objective must be one of aggregatePublicValue, .*, or finite weights/);
    },
  );
});

describe('describeParadigms', () => {
  const RANKING = /\b(?:right|wrong|correct|better|worse|superior|wins?|winner|should (?:choose|use|prefer))\b|\bthe best (?:paradigm|lens|choice)\b/i;
  const texts = lenses.flatMap(({ preset, lens }) => [null, ...PARADIGMS].map((paradigm) => [preset.id, paradigm, describeParadigms(lens, { service: preset.label, paradigm })] as const));

  it.each(texts)('%s through %s never says one paradigm is simply right', (_id, _paradigm, text) => {
    expect(text).not.toMatch(RANKING);
    expect(text).toContain('which measure should count is a judgement');
  });

  it('names each paradigm’s choice, and the costs in points for a highlighted paradigm', () => {
    const { lens } = lenses.find(({ preset }) => preset.id === 'neighbourhood-policing')!;
    const text = describeParadigms(lens, { service: 'Neighbourhood policing', paradigm: 'npm' });
    expect(text).toMatch(/^Neighbourhood policing through four lenses/);
    expect(text).toContain(`optimising efficiency here costs ${Math.round(lens.costs.npm.publicValue)} points of aggregate public value`);
    expect(text).toContain('co-production makes the same choice');
    expect(text).toContain('They disagree on which mode should lead.');
  });

  it('states the widest gap without a highlight, and the agreement on the passport', () => {
    const { lens } = lenses.find(({ preset }) => preset.id === 'passport-issuance')!;
    const text = describeParadigms(lens);
    expect(text).toMatch(/^This service through four lenses/);
    expect(text).toContain('All four give bureaucracy the largest share.');
    expect(text).toMatch(/The widest gap: optimising .+ here costs .+ of .+, while optimising/);
    expect(describeResult(lens)).toBe(text);
  });

  it('says when every choice scores the same on every measure', () => {
    const { lens } = lenses[0]!;
    const flat = { ...lens, costs: Object.fromEntries(PARADIGMS.map((p) => [p, Object.fromEntries(PARADIGMS.map((q) => [q, 0]))])) } as typeof lens;
    expect(describeParadigms(flat)).toContain('Here every choice scores the same on every measure.');
  });

  it('writes a small cost as less than a point, and one point in the singular', () => {
    const { lens } = lenses[0]!;
    const costs = { ...lens.costs, npm: { ...lens.costs.npm, weberian: 0.2, publicValue: 1.2 } };
    const text = describeParadigms({ ...lens, choices: { ...lens.choices, npm: lenses[1]!.lens.choices.npm }, costs }, { paradigm: 'npm' });
    expect(text).toContain('costs less than a point of equal treatment and legitimacy');
    expect(text).toContain('costs 1 point of aggregate public value');
  });
});

describe('the paradigms’ words', () => {
  it('describe every paradigm on every aspect, each with a citation, and name every measure', () => {
    for (const p of PARADIGMS) {
      expect(paradigmLabels[p].measure.length).toBeGreaterThan(0);
      expect(paradigmMeasures[p].rationale.length).toBeGreaterThan(40);
      for (const a of PARADIGM_ASPECTS) {
        expect(paradigmNotes[p].cells[a].text.length, `${p}.${a}`).toBeGreaterThan(30);
        expect(paradigmNotes[p].cells[a].source.locator.length).toBeGreaterThan(0);
      }
    }
    expect(PARADIGMS.map((p) => paradigmNotes[p].role)).toEqual(['Client', 'Customer', 'Citizen', 'Co-producer']);
  });
});
