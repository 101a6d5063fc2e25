import { describe, expect, it } from 'vitest';
import { assessmentSections, CONTEXT_FIELDS, presets } from '@evaluation';
import { FLOW_STEPS, levelFor, presetAnswers, stepTitle } from '@components/self-assessment/flow-steps';

describe('the self-assessment flow', () => {
  it('runs from naming the service through every section of the model to the current mix', () => {
    expect(FLOW_STEPS.map(stepTitle)).toEqual(['Name the service', ...Object.values(assessmentSections), 'The current mix of modes']);
  });

  it.each([
    [0, 1],
    [0.1, 1],
    [0.125, 2],
    [0.5, 3],
    [0.85, 4],
    [0.9, 5],
    [1, 5],
  ])('levelFor(%d) is %d, the level whose reading (n − 1) / 4 is closest', (value, level) => {
    expect(levelFor(value)).toBe(level);
  });

  it.each(presets.map((p) => [p.id, p] as const))('presetAnswers(%s) answers exactly the nine questions about the service', (id, preset) => {
    const answers = presetAnswers(id);
    expect(Object.keys(answers).sort()).toEqual([...CONTEXT_FIELDS].sort());
    for (const field of CONTEXT_FIELDS) expect(Math.abs(((answers[field]! - 1) / 4) - preset.context[field])).toBeLessThanOrEqual(0.125);
  });

  it('presetAnswers() of an unknown preset answers nothing', () => {
    expect(presetAnswers('moon-base')).toEqual({});
  });
});
