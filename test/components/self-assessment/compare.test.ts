import { describe, expect, it } from 'vitest';
import { assessmentItems, type AssessmentAnswerLevels, type Level } from '@evaluation';
import { compareRespondents, uniqueLabels, type Agreement } from '@components/self-assessment/compare';

const person = (label: string, answers: AssessmentAnswerLevels, service = 'Care home') => ({ label, service, answers });

describe.each<[string, (Level | undefined)[], Agreement, number | null]>([
  ['identical answers', [3, 3, 3], 'agree', 0],
  ['answers one level apart', [2, 3, 3], 'agree', 1],
  ['answers two levels apart', [2, 4, 3], 'diverge', 2],
  ['opposite ends of the scale', [1, 5], 'diverge', 4],
  ['one answer and two skips', [4, undefined, undefined], 'agree', 0],
  ['a skip between diverging answers', [1, undefined, 3], 'diverge', 2],
  ['nobody answering', [undefined, undefined], 'skipped', null],
])('compareRespondents() with %s', (_name, levels, status, spread) => {
  it(`marks the item ${status} with spread ${spread}`, () => {
    const respondents = levels.map((level, i) => person(`r${i}`, level === undefined ? {} : { locus: level }));
    const item = compareRespondents(respondents).items.find((i) => i.itemId === 'locus')!;
    expect(item.status).toBe(status);
    expect(item.spread).toBe(spread);
    expect(item.levels).toEqual(levels.map((l) => l ?? null));
    expect(item.answered).toBe(levels.filter((l) => l !== undefined).length);
    const given = levels.filter((l): l is Level => l !== undefined);
    expect(item.min).toBe(given.length ? Math.min(...given) : null);
    expect(item.max).toBe(given.length ? Math.max(...given) : null);
  });
});

describe('compareRespondents()', () => {
  const result = compareRespondents([
    person('Manager', { problemKnown: 5, locus: 2, sponsorship: 4 }),
    person('Frontline staff', { problemKnown: 4, locus: 4 }),
    person('Service user', { problemKnown: 5, locus: 5, sponsorship: 1 }, ' care home '),
  ]);

  it('covers every item in the model’s order and counts each status', () => {
    expect(result.items.map((i) => i.itemId)).toEqual(assessmentItems.map((i) => i.id));
    expect(result.counts).toEqual({ agree: 1, diverge: 2, skipped: assessmentItems.length - 3 });
  });

  it('treats service names that differ only in case and spacing as the same service', () => {
    expect(result.services).toEqual(['Care home']);
    expect(result.sameService).toBe(true);
    expect(compareRespondents([person('a', {}, 'Care home'), person('b', {}, 'Library')]).sameService).toBe(false);
  });

  it.each([
    [['manager', 'manager', ''], ['manager', 'manager (2)', 'Respondent 3']],
    [['A', 'a', 'B'], ['A', 'a (2)', 'B']],
    [['Manager (2)', 'Manager', 'Manager'], ['Manager (2)', 'Manager', 'Manager (3)']],
    [['Manager', 'Manager', 'Manager (2)'], ['Manager', 'Manager (3)', 'Manager (2)']],
    [['x (2)', 'x', 'x', 'x (2)', 'x (3)'], ['x (2)', 'x', 'x (4)', 'x (2) (2)', 'x (3)']],
    [['Respondent 2', ''], ['Respondent 2', 'Respondent 2 (2)']],
  ])('makes labels %j unique as %j', (labels, expected) => {
    expect(uniqueLabels(labels)).toEqual(expected);
  });

  it('gives every label of many repeated and numbered ones a distinct name', () => {
    const labels = ['M', 'M (2)', 'm', 'M (3)', 'M', 'M (2)', '', ' ', 'Respondent 7', 'M (2) (2)'];
    const out = uniqueLabels(labels);
    expect(new Set(out.map((l) => l.toLowerCase())).size).toBe(labels.length);
  });
});

