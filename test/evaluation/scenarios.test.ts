import { describe, expect, it } from 'vitest';
import { capacityScenarios, evaluateCapacities, evaluateTriangle, triangleScenarios } from '@evaluation';

describe('the set-ups the widgets offer', () => {
  it.each(triangleScenarios.map((s) => [s.label, s] as const))('triangle scenario “%s” shows what it is named for', (_label, scenario) => {
    expect(evaluateTriangle(scenario.corners).binding).toBe(scenario.shows);
  });

  it.each(capacityScenarios.map((s) => [s.label, s] as const))('capacity profile “%s” names the weakest cell and Achilles heel it claims', (_label, scenario) => {
    const result = evaluateCapacities(scenario.ratings);
    expect(result.weakest?.cell ?? null).toBe(scenario.weakest);
    expect(result.achillesHeel.flagged).toBe(scenario.achillesHeel);
  });

  it('gives every scenario a distinct id', () => {
    for (const list of [triangleScenarios, capacityScenarios]) expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
  });
});
