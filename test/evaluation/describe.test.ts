import { describe, expect, it } from 'vitest';
import {
  classifyAnswers,
  describeResult,
  describeWhoAndWhen,
  evaluateCapacities,
  evaluateMix,
  evaluateTriangle,
  findBalancedConfiguration,
  findPreset,
  scoreAssessment,
  typologyCases,
  type EvaluationResult,
} from '@evaluation';

const { context } = findPreset('neighbourhood-policing')!;

const results: [string, EvaluationResult][] = [
  ['triangle', evaluateTriangle({ publicValue: 80, authorisingEnvironment: 30, operationalCapacity: 75 })],
  ['typology', classifyAnswers(typologyCases.find((c) => c.id === 'faith-schools')!.answers)],
  ['modes', evaluateMix({ bureaucracy: 40, innersourcing: 0, crowdsourcing: 60, opensourcing: 0 }, context)],
  ['balance', findBalancedConfiguration(context)],
  ['capacities', evaluateCapacities({ 'operational.organisational': 1, 'political.systemic': 4 })],
  ['who-when', describeWhoAndWhen({ phases: ['coDesign', 'coDelivery'], participants: 'collective', interaction: 'ictMediated', outcome: 'userLedInnovation' })],
  ['assessment', scoreAssessment({ answers: { problemKnown: 5, involvement: 1, locus: 1, sponsorship: 1 } })],
];

describe('describeResult (MODEL §7)', () => {
  it.each(results)('gives a plain-language description of a %s result, free of NaN and undefined', (kind, result) => {
    expect(result.kind).toBe(kind);
    const text = describeResult(result);
    expect(text.length).toBeGreaterThan(60);
    expect(text).not.toMatch(/NaN|undefined|null|\[object/);
  });

  it('is generated from the same numbers: the triangle text names the binding corner and its values', () => {
    const text = describeResult(results[0]![1]);
    expect(text).toMatch(/authorising environment is the binding corner, 50 points behind/);
    expect(text).toMatch(/Public value proposition 80, authorising environment 30, operational capacity 75/);
  });

  it('the typology text gives both readings of a borderline case and never ranks quadrants', () => {
    const text = describeResult(results[1]![1]);
    expect(text).toMatch(/Quadrant II, co-design/);
    expect(text).toMatch(/can also be read as co-production \(I\)/);
    expect(text).toMatch(/not a ladder/);
    expect(text).toMatch(/co-destruction/);
  });

  it('the modes text reports the mix, both headline figures and the warnings', () => {
    const text = describeResult(results[2]![1]);
    expect(text).toMatch(/60 % crowdsourcing and 40 % bureaucracy/);
    expect(text).toMatch(/Service value \d+ and aggregate public value \d+ of 100/);
    expect(text).toMatch(/Legitimacy of state authority/);
  });

  it('the modes text carries the normalisation notice when the mix was rescaled', () => {
    expect(describeResult(evaluateMix({ bureaucracy: 1, innersourcing: 1, crowdsourcing: 0, opensourcing: 0 }, context))).toMatch(/^The shares you gave add up to 2, not 100/);
  });

  it('the capacities text names the weakest cell and the Achilles heel', () => {
    const text = describeResult(results[4]![1]);
    expect(text).toMatch(/Weakest cell: operational capacity, organisational level, rated 1 of 5/);
    expect(text).toMatch(/Achilles heel/);
    expect(describeResult(evaluateCapacities({}))).toMatch(/No cell rated yet/);
  });

  it('the who-and-when text names phases, roles, level and tradition', () => {
    const text = describeResult(results[5]![1]);
    expect(text).toMatch(/co-design .* and co-delivery/);
    expect(text).toMatch(/enhanced co-production/);
    expect(text).toMatch(/non-traditional/);
  });

  it('the assessment text says what was skipped and gives each recommendation with its rule and reason', () => {
    const text = describeResult(results[6]![1]);
    expect(text).toMatch(/4 of 28 items answered/);
    expect(text).toMatch(/rule secure-sustainability; because you answered "None beyond goodwill." on funding and sponsorship/);
  });
});
