import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_FIELDS,
  directionRules,
  findPreset,
  evaluateMix,
  findBalancedConfiguration,
  MODES,
  presets,
  type DirectionExpectation,
  type Mix,
  type Mode,
  type ServiceContext,
} from '@evaluation';

// The feature runs 0, 0.05, …, 1 with every other field held at the preset's value.
const STEPS = 20;
const EPS = 1e-9;
const short: Record<Mode, string> = { bureaucracy: 'B', innersourcing: 'I', crowdsourcing: 'C', opensourcing: 'O' };
const mixText = (mix: Mix) => MODES.map((m) => `${short[m]}${mix[m]}`).join(' ');
const describeExpectation = (e: DirectionExpectation) =>
  `${e.kind === 'aggregateOfMix' ? `aggregate of ${e.mixLabel}` : `${e.kind} of ${e.modes.join(' + ')}`} never ${e.direction === 'up' ? 'falls' : 'rises'}`;

interface Step {
  value: number;
  mix: Mix;
  fit: Record<Mode, number>;
}

function walk(context: ServiceContext, feature: keyof ServiceContext): Step[] {
  return Array.from({ length: STEPS + 1 }, (_, k) => {
    const value = k / STEPS;
    const best = findBalancedConfiguration({ ...context, [feature]: value }).best;
    return { value, mix: best.mix, fit: best.fit };
  });
}

function measure(e: DirectionExpectation, step: Step, context: ServiceContext, feature: keyof ServiceContext): number {
  if (e.kind === 'share') return e.modes.reduce((s, m) => s + step.mix[m], 0);
  if (e.kind === 'fit') return e.modes.reduce((s, m) => s + step.fit[m], 0);
  return evaluateMix(e.mix, { ...context, [feature]: step.value }).aggregatePublicValue;
}

/** Every step at which a watched quantity moves against its expected direction, as readable lines. */
function violations(context: ServiceContext, feature: keyof ServiceContext, expectations: readonly DirectionExpectation[]): string[] {
  const path = walk(context, feature);
  const found: string[] = [];
  for (const e of expectations) {
    for (let k = 1; k < path.length; k++) {
      const before = measure(e, path[k - 1]!, context, feature);
      const after = measure(e, path[k]!, context, feature);
      const against = e.direction === 'up' ? after < before - EPS : after > before + EPS;
      if (against) {
        found.push(
          `${describeExpectation(e)}: ${feature} ${path[k - 1]!.value.toFixed(2)}→${path[k]!.value.toFixed(2)} moves ${before.toFixed(3)}→${after.toFixed(3)} (balanced ${mixText(path[k - 1]!.mix)} → ${mixText(path[k]!.mix)})`,
        );
      }
    }
  }
  return found;
}

describe('directions: the balanced configuration never moves against the direction the sources imply', () => {
  describe.each(presets.map((p) => [p.id, p] as const))('%s', (_id, preset) => {
    it.each(directionRules.map((rule) => [rule.feature, rule] as const))('as %s rises from 0 to 1', (_feature, rule) => {
      expect(violations(preset.context, rule.feature, rule.expectations)).toEqual([]);
    });
  });
});

describe('directions: beyond the presets', () => {
  it('holds for any context, feature and 0.05 step, not only for the presets’ values', () => {
    const step = fc.integer({ min: 0, max: STEPS - 1 });
    const context = fc.tuple(...CONTEXT_FIELDS.map(() => step)).map(
      (ks) => Object.fromEntries(CONTEXT_FIELDS.map((f, i) => [f, (ks[i] ?? 0) / STEPS])) as unknown as ServiceContext,
    );
    fc.assert(
      fc.property(context, fc.constantFrom(...directionRules), step, (base, rule, k) => {
        const lo = { ...base, [rule.feature]: k / STEPS };
        const hi = { ...base, [rule.feature]: (k + 1) / STEPS };
        const [a, b] = [lo, hi].map((c) => findBalancedConfiguration(c).best);
        for (const e of rule.expectations) {
          const before = measure(e, { value: k / STEPS, mix: a!.mix, fit: a!.fit }, base, rule.feature);
          const after = measure(e, { value: (k + 1) / STEPS, mix: b!.mix, fit: b!.fit }, base, rule.feature);
          if (e.direction === 'up') expect(after).toBeGreaterThanOrEqual(before - EPS);
          else expect(after).toBeLessThanOrEqual(before + EPS);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('directions: citizens beside the administration, not instead of it (Cordella et al. 2017, §4, §6)', () => {
  it.each(presets.map((p) => [p.id, p] as const))('%s: more dependence on citizens never lowers the fit of bureaucracy or innersourcing', (_id, preset) => {
    const fits = walk(preset.context, 'dependsOnCitizenBehaviour').map((s) => s.fit);
    for (let k = 1; k < fits.length; k++) {
      expect(fits[k]!.bureaucracy).toBeGreaterThanOrEqual(fits[k - 1]!.bureaucracy - EPS);
      expect(fits[k]!.innersourcing).toBeGreaterThanOrEqual(fits[k - 1]!.innersourcing - EPS);
    }
  });

  it('A&E demand: citizens get a share, and the administration’s own modes keep the largest combined share', () => {
    const { mix } = findBalancedConfiguration(findPreset('ae-demand')!.context).best;
    expect(mix.crowdsourcing + mix.opensourcing).toBeGreaterThanOrEqual(15);
    expect(mix.bureaucracy + mix.innersourcing).toBeGreaterThan(mix.crowdsourcing + mix.opensourcing);
  });

  it.each(presets.map((p) => [p.id, p] as const))('%s: where the outcome rests wholly on citizens, the administration still keeps a share', (_id, preset) => {
    const { mix } = findBalancedConfiguration({ ...preset.context, dependsOnCitizenBehaviour: 1 }).best;
    expect(mix.bureaucracy + mix.innersourcing).toBeGreaterThan(0);
  });
});

describe('directions: the table itself', () => {
  it('covers every context feature once, with a source and a rationale', () => {
    const features = directionRules.map((r) => r.feature);
    expect(new Set(features).size).toBe(features.length);
    expect(features.length).toBe(9);
    for (const r of directionRules) {
      expect(r.source.locator.length).toBeGreaterThan(0);
      expect(r.rationale.length).toBeGreaterThan(20);
      expect(r.expectations.length).toBeGreaterThan(0);
    }
  });
});
