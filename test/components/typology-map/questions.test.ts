import { describe, expect, it } from 'vitest';
import { classifyAnswers, type TypologyAnswers } from '@evaluation';
import { isComplete, typologyQuestions } from '@components/typology-map/questions';

describe('the typology’s plain questions', () => {
  it('ask the four things MODEL §2 names, each with three answers the model reads', () => {
    expect(typologyQuestions.map((q) => q.key)).toEqual(['choseToTakePart', 'aware', 'scope', 'purpose']);
    for (const q of typologyQuestions) expect(q.options).toHaveLength(3);
    // Every combination of answers is one the model can classify.
    const [a, b, c, d] = typologyQuestions;
    for (const x of a!.options) for (const y of b!.options) for (const z of c!.options) for (const w of d!.options) {
      const answers = { choseToTakePart: x.value, aware: y.value, scope: z.value, purpose: w.value } as TypologyAnswers;
      expect(() => classifyAnswers(answers)).not.toThrow();
    }
  });

  it('are complete only when all four have an answer', () => {
    expect(isComplete({ choseToTakePart: 'yes', aware: 'yes', scope: 'service' })).toBe(false);
    expect(isComplete({ choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'improving' })).toBe(true);
  });
});
