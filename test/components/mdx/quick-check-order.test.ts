// A quick check's (or a prediction's) choices: checked as authors write them, and put in an order the text alone fixes.
import { describe, expect, it } from 'vitest';
import { checkedChoices, orderChoices, quickCheckName } from '@components/mdx/quick-check-order';

const choices = [
  { text: 'Bureaucracy', correct: true, feedback: 'Rules and protocols.' },
  { text: 'Crowdsourcing', feedback: 'Not for a legal identity.' },
  { text: 'Opensourcing', feedback: 'Nothing to define.' },
];

describe('checkedChoices()', () => {
  it('returns the choices in the fixed order, whatever order they were written in', () => {
    const ordered = checkedChoices('QuickCheck', 'Which mode leads?', choices);
    expect(ordered).toEqual(orderChoices('Which mode leads?', choices));
    expect(checkedChoices('QuickCheck', 'Which mode leads?', [...choices].reverse())).toEqual(ordered);
    expect(new Set(ordered)).toEqual(new Set(choices));
  });

  it.each([
    ['one choice', choices.slice(0, 1)],
    ['seven choices', Array.from({ length: 7 }, (_, i) => ({ text: `c${i}`, correct: i === 0, feedback: '' }))],
    ['no correct choice', choices.map((c) => ({ ...c, correct: false }))],
    ['two correct choices', choices.map((c, i) => ({ ...c, correct: i < 2 }))],
  ])('refuses %s, naming the tag and the question', (_, bad) => {
    expect(() => checkedChoices('Predict', 'Which mode leads?', bad)).toThrow(/^<Predict question="Which mode leads\?">: give 2–6 choices with exactly one correct/);
  });
});

describe('quickCheckName()', () => {
  it('is stable for a question and differs between questions', () => {
    expect(quickCheckName('Which mode leads?')).toBe(quickCheckName('Which mode leads?'));
    expect(quickCheckName('Which mode leads?')).not.toBe(quickCheckName('Which mode follows?'));
    expect(quickCheckName('Which mode leads?')).toMatch(/^qc-[0-9a-z]+$/);
  });
});
