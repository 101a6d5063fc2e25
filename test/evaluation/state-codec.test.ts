import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessmentItems,
  CAPACITY_CELLS,
  CONTEXT_FIELDS,
  decodeState,
  defaultState,
  encodeState,
  EvaluationError,
  findPreset,
  PARADIGMS,
  presets,
  STATE_VERSION,
  MODEL_VERSION,
  type AssessmentAnswerLevels,
  type CapacityRatings,
  type Level,
  type Mix,
  type ServiceContext,
  type WidgetKind,
  type WidgetStates,
} from '@evaluation';

const KINDS: WidgetKind[] = ['triangle', 'typology', 'modes', 'capacities', 'paradigms', 'assessment'];
const level = fc.constantFrom<Level>(1, 2, 3, 4, 5);
const unit = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const mixArb: fc.Arbitrary<Mix> = fc
  .tuple(fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(100))
  .filter(([a, b, c, d]) => a + b + c + d > 0)
  .map(([bureaucracy, innersourcing, crowdsourcing, opensourcing]) => ({ bureaucracy, innersourcing, crowdsourcing, opensourcing }));
const contextArb: fc.Arbitrary<ServiceContext> = fc.tuple(...CONTEXT_FIELDS.map(() => unit)).map(
  (values) => Object.fromEntries(CONTEXT_FIELDS.map((f, i) => [f, values[i]])) as unknown as ServiceContext,
);
const ratingsArb: fc.Arbitrary<CapacityRatings> = fc.tuple(...CAPACITY_CELLS.map(() => fc.option(level, { nil: undefined }))).map((levels) => {
  const out: CapacityRatings = {};
  CAPACITY_CELLS.forEach((c, i) => {
    if (levels[i] !== undefined) out[c] = levels[i];
  });
  return out;
});
const answersArb: fc.Arbitrary<AssessmentAnswerLevels> = fc.tuple(...assessmentItems.map(() => fc.option(level, { nil: undefined }))).map((levels) => {
  const out: Record<string, Level> = {};
  assessmentItems.forEach((item, i) => {
    if (levels[i] !== undefined) out[item.id] = levels[i];
  });
  return out as AssessmentAnswerLevels;
});

const stateArb: { [K in WidgetKind]: fc.Arbitrary<WidgetStates[K]> } = {
  triangle: fc.record({ publicValue: fc.nat(100), authorisingEnvironment: fc.nat(100), operationalCapacity: fc.nat(100) }),
  typology: fc.record({
    involvement: unit,
    locus: unit,
    coDestruction: fc.record({ resistance: fc.boolean(), conflictingAims: fc.boolean(), divisiveEffects: fc.boolean() }),
  }),
  modes: fc.oneof(
    fc.record({ preset: fc.constant(null), context: contextArb, mix: mixArb }),
    fc.record({ preset: fc.constantFrom(...presets.map((p) => p.id)), context: contextArb, mix: mixArb }),
    fc.constantFrom(...presets.map((p) => p.id)).chain((id) => fc.record({ preset: fc.constant(id), context: fc.constant(findPreset(id)!.context), mix: mixArb })),
  ),
  capacities: fc.record({ ratings: ratingsArb, targets: fc.option(ratingsArb, { nil: undefined }) }, { requiredKeys: ['ratings'] }),
  paradigms: fc.record({ preset: fc.constantFrom(...presets.map((p) => p.id)), paradigm: fc.constantFrom(null, ...PARADIGMS) }),
  assessment: fc.record({ answers: answersArb, currentMix: fc.option(mixArb, { nil: undefined }) }, { requiredKeys: ['answers'] }),
};

describe('URL state codec', () => {
  it('encodes each widget compactly with the format version, the kind and the model version it was made with', () => {
    const model = MODEL_VERSION.replaceAll('.', '-');
    expect(model).toMatch(/^\d+-\d+-\d+$/);
    expect(encodeState('triangle', { publicValue: 60, authorisingEnvironment: 40, operationalCapacity: 75 })).toBe(`v2.t.${model}.60-40-75`);
    expect(encodeState('modes', { preset: 'passport-issuance', context: findPreset('passport-issuance')!.context, mix: { bureaucracy: 70, innersourcing: 10, crowdsourcing: 15, opensourcing: 5 } })).toBe(`v2.m.${model}.passport-issuance.70-10-15-5`);
    expect(encodeState('typology', { involvement: 0.35, locus: 0.8, coDestruction: { resistance: false, conflictingAims: true, divisiveEffects: false } })).toBe(`v2.y.${model}.35-80-2`);
    expect(encodeState('capacities', defaultState('capacities'))).toBe(`v2.c.${model}.333333333`);
    expect(encodeState('paradigms', { preset: 'neighbourhood-policing', paradigm: 'npm' })).toBe(`v2.p.${model}.neighbourhood-policing.npm`);
    expect(encodeState('paradigms', defaultState('paradigms'))).toBe(`v2.p.${model}.passport-issuance`);
    expect(encodeState('assessment', { answers: {} })).toBe(`v2.a.${model}.${'0'.repeat(assessmentItems.length)}`);
    expect(STATE_VERSION).toBe('v2');
  });

  it('reads the model version a link was made with, and reads format-v1 links (which record none) as before', () => {
    expect(decodeState('triangle', encodeState('triangle', { publicValue: 60, authorisingEnvironment: 40, operationalCapacity: 75 }))).toMatchObject({ ok: true, madeWith: MODEL_VERSION });
    expect(decodeState('modes', 'v2.m.1-0-0.recycling-collection.70-0-30-0')).toMatchObject({ ok: true, madeWith: '1.0.0', state: { preset: 'recycling-collection', mix: { bureaucracy: 70, crowdsourcing: 30 } } });
    expect(decodeState('modes', 'v2.m.12-3-45.recycling-collection.70-0-30-0')).toMatchObject({ ok: true, madeWith: '12.3.45' });
    expect(decodeState('triangle', 'v1.t.60-40-75')).toEqual({ ok: true, madeWith: null, state: { publicValue: 60, authorisingEnvironment: 40, operationalCapacity: 75 } });
    expect(decodeState('modes', 'v1.m.recycling-collection.70-0-30-0')).toMatchObject({ ok: true, madeWith: null, state: { mix: { bureaucracy: 70, crowdsourcing: 30 } } });
  });

  it('stores a mix in whole percent that still sums to 100', () => {
    const text = encodeState('modes', { preset: null, context: findPreset('passport-issuance')!.context, mix: { bureaucracy: 1, innersourcing: 1, crowdsourcing: 1, opensourcing: 0 } });
    const { state, ok } = decodeState('modes', text);
    expect(ok).toBe(true);
    expect(Object.values(state.mix).reduce((a, b) => a + b, 0)).toBe(100);
    expect(state.mix).toEqual({ bureaucracy: 34, innersourcing: 33, crowdsourcing: 33, opensourcing: 0 });
  });

  it.each(KINDS)('round-trips any valid %s state (encode → decode → encode is stable)', (kind) => {
    fc.assert(
      fc.property(stateArb[kind] as fc.Arbitrary<WidgetStates[typeof kind]>, (state) => {
        const text = encodeState(kind, state);
        const decoded = decodeState(kind, text);
        expect(decoded.ok).toBe(true);
        expect(decoded.reason).toBeUndefined();
        expect(encodeState(kind, decoded.state)).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the decoded triangle, typology and context within rounding of the original', () => {
    fc.assert(
      fc.property(stateArb.modes, (state) => {
        const { state: back } = decodeState('modes', encodeState('modes', state));
        for (const f of CONTEXT_FIELDS) expect(Math.abs(back.context[f] - state.context[f])).toBeLessThanOrEqual(0.005 + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['', /No saved state/],
    [null, /No saved state/],
    [42, /No saved state/],
    ['hello', /not in a format/],
    ['v0.t.50-50-50', /format v0, which this version of the book cannot read/],
    ['v3.t.2-1-0.50-50-50', /format v3, which this version of the book cannot read/],
    ['v2.t.50-50-50', /does not say which version of the model made it/],
    ['v2.t.2-1.50-50-50', /does not say which version of the model made it/],
    ['v2.t.2-1-0.50-50', /^The corners should be 3 whole numbers from 0 to 100\.$/],
    ['v1.m.passport-issuance.100-0-0-0', /^The link is a set-up of the mode balancer, not of the strategic triangle\.$/],
    ['v1.a.1-2-3', /^The link is a set-up of the self-assessment, not of the strategic triangle\.$/],
    ['v1.q.1-2-3', /for a widget this book does not have/],
    ['v1.t.50-50', /^The corners should be 3 whole numbers from 0 to 100\.$/],
    ['v1.t.50-50-101', /^The corners should be/],
    ['v1.t.5e1-50-50', /^The corners should be/],
    [`v1.t.${'9'.repeat(2000)}`, /too long/],
  ])('decoding %j never throws: it gives the defaults and a reason', (text, reason) => {
    const r = decodeState('triangle', text);
    expect(r.ok).toBe(false);
    expect(r.state).toEqual(defaultState('triangle'));
    expect(r.reason).toMatch(reason);
  });

  it('names the widget a link is for in readers\' words', () => {
    expect(decodeState('triangle', 'v1.a.x').reason).toBe('The link is a set-up of the self-assessment, not of the strategic triangle.');
    expect(decodeState('assessment', 'v1.t.50-50-50').reason).toBe('The link is a set-up of the strategic triangle, not of the self-assessment.');
  });

  it.each([
    ['modes', 'v1.m.atlantis.100-0-0-0', /no service preset called "atlantis"/],
    ['modes', 'v1.m.passport-issuance.50-0-0-0', /add up to 100/],
    ['modes', 'v1.m._.100-0-0-0', /needs its context/],
    ['modes', 'v1.m.passport-issuance.100-0-0-0.1-2-3', /9 whole numbers/],
    ['modes', 'v1.m.passport-issuance', /preset, a mix/],
    ['typology', 'v1.y.50-50-8', /from 0 to 7/],
    ['capacities', 'v1.c.33333333', /9 digits/],
    ['capacities', 'v1.c.333333333.333333330', /9 digits from 1 to 5/],
    ['capacities', 'v1.c.333333333.333333333.1', /ratings and optionally targets/],
    ['paradigms', 'v1.p.atlantis', /no service preset called "atlantis"/],
    ['paradigms', 'v1.p.passport-issuance.taylorism', /no paradigm called "taylorism"/],
    ['paradigms', 'v1.p.passport-issuance.npm.x', /a preset and optionally a paradigm/],
    // Only a short identifier-shaped name is named back; other text from the link is not echoed.
    ['modes', `v1.m.${'a'.repeat(25)}.100-0-0-0`, /^The service preset it names is not one of this book’s\.$/],
    ['modes', 'v1.m.Click%20here%20to%20claim.100-0-0-0', /^The service preset it names is not one of this book’s\.$/],
    ['paradigms', 'v1.p.<b>x</b>', /^The service preset it names is not one of this book’s\.$/],
    ['paradigms', 'v1.p.passport-issuance.Your account is locked', /^The paradigm it names is not one of this book’s\.$/],
    ['assessment', 'v1.a.123', /28 digits/],
    ['assessment', `v1.a.${'0'.repeat(28)}.1-1-1-1`, /add up to 100/],
    ['assessment', `v1.a.${'0'.repeat(28)}.100-0-0-0.x`, /answers and optionally a mix/],
  ] as const)('a damaged %s state (%s) falls back with an actionable reason', (kind, text, reason) => {
    const r = decodeState(kind, text);
    expect(r.ok).toBe(false);
    expect(r.state).toEqual(defaultState(kind));
    expect(r.reason).toMatch(reason);
  });

  it('refuses to encode an invalid state with a typed error', () => {
    expect(() => encodeState('triangle', { publicValue: 200, authorisingEnvironment: 0, operationalCapacity: 0 })).toThrow(EvaluationError);
    expect(() => encodeState('modes', { preset: 'atlantis', context: findPreset('passport-issuance')!.context, mix: { bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 } })).toThrow(/preset must be one of/);
    expect(() => encodeState('capacities', { ratings: { 'analytical.individual': 9 as Level } })).toThrow(EvaluationError);
    expect(() => encodeState('paradigms', { preset: 'atlantis', paradigm: null })).toThrow(/needs a preset \(passport-issuance, .*got "atlantis" and null/);
    expect(() => encodeState('paradigms', { preset: 'ambulance', paradigm: 'taylorism' as never })).toThrow(/optionally a paradigm \(weberian, npm, publicValue, coProduction\); got "ambulance" and "taylorism"/);
  });
});

describe('URL state fuzzing (≥ 10,000 cases): decoding any string never throws', () => {
  const validPrefix = fc.constantFrom('v1.t.', 'v1.y.', 'v1.m.', 'v1.c.', 'v1.p.', 'v1.p.ambulance.', 'v1.a.', 'v1.m.passport-issuance.', 'v1.m._.', 'v0.t.', 'v1.');
  const noisy = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...'0123456789-._v'), maxLength: 60 }),
    fc.tuple(validPrefix, fc.string({ unit: fc.constantFrom(...'0123456789-._'), maxLength: 60 })).map(([a, b]) => a + b),
  );

  it.each(KINDS)('random and near-valid strings decoded as %s give a usable state (valid, or defaults with a reason)', (kind) => {
    fc.assert(
      fc.property(noisy, (text) => {
        const r = decodeState(kind, text);
        if (r.ok) {
          expect(r.reason).toBeUndefined();
          expect(() => encodeState(kind, r.state)).not.toThrow();
        } else {
          expect(r.state).toEqual(defaultState(kind));
          expect(r.reason?.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 1600 },
    );
  });

  it.each(KINDS)('mutating one character of a valid %s state never makes decoding throw', (kind) => {
    fc.assert(
      fc.property(stateArb[kind] as fc.Arbitrary<WidgetStates[typeof kind]>, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (state, at, ch) => {
        const text = encodeState(kind, state);
        const i = at % text.length;
        const r = decodeState(kind, text.slice(0, i) + ch + text.slice(i + 1));
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) expect(() => encodeState(kind, r.state)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('any JavaScript value passed as the text is handled', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const kind of KINDS) expect(decodeState(kind, value).ok).toBe(typeof value === 'string' ? decodeState(kind, value).ok : false);
      }),
      { numRuns: 500 },
    );
  });
});
