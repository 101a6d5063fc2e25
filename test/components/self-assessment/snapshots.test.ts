import { describe, expect, it } from 'vitest';
import { assessmentItems, scoreAssessment, type AssessmentAnswerLevels } from '@evaluation';
import { diffAssessments, headlinesOf, mixPhrase, takeSnapshot } from '@components/self-assessment/snapshots';

describe('diffAssessments()', () => {
  const before = { answers: { valueProposition: 2, authorisation: 4, sponsorship: 1 } as AssessmentAnswerLevels, notes: {}, currentMix: null };
  const after = {
    answers: { valueProposition: 4, authorisation: 4, locus: 3 } as AssessmentAnswerLevels,
    notes: { locus: 'From the 2025 survey.' },
    currentMix: { bureaucracy: 80, innersourcing: 0, crowdsourcing: 20, opensourcing: 0 },
  };
  const diff = diffAssessments(before, after);

  it('lists each changed answer before → after, with skips as null, in item order', () => {
    expect(diff.answers.map((c) => [c.itemId, c.before, c.after])).toEqual([
      ['locus', null, 3],
      ['valueProposition', 2, 4],
      ['sponsorship', 1, null],
    ]);
    expect(diff.answers[0]!.beforeText).toBe('skipped');
    expect(diff.answers[1]!.afterText).toBe(assessmentItems.find((i) => i.id === 'valueProposition')!.levels[3]);
    expect(diff.notesChanged).toEqual(['locus']);
  });

  it('reports changed headline results of the profile and leaves unchanged ones out', () => {
    const keys = diff.headlines.map((h) => h.key);
    expect(keys).toContain('currentMix');
    expect(keys).toContain('risks');
    const risk = diff.headlines.find((h) => h.key === 'risks')!;
    expect(risk.before).toContain('Sustainability');
    expect(risk.after).not.toContain('Sustainability');
    expect(keys).not.toContain('balanced');
    expect(diff.unchanged).toBe(false);
  });

  it('finds nothing changed between a snapshot and the answers it was taken from', () => {
    const snap = takeSnapshot(after, new Date('2025-03-01T10:00:00Z'), 's1');
    after.answers.locus = 5;
    expect(snap.answers.locus).toBe(3);
    expect(diffAssessments(snap, snap)).toEqual({ answers: [], notesChanged: [], headlines: [], unchanged: true });
  });
});

describe('headlinesOf() and mixPhrase()', () => {
  it('phrases an unanswered profile as not assessed, never as a gap', () => {
    const h = headlinesOf(scoreAssessment({ answers: {} }));
    expect(h).toMatchObject({ answered: `0 of ${assessmentItems.length}`, quadrant: 'not assessed', binding: 'not assessed', gaps: 'none', currentMix: 'not given' });
  });

  it.each([
    [{ bureaucracy: 70, innersourcing: 0, crowdsourcing: 30, opensourcing: 0 }, '70 % bureaucracy, 30 % crowdsourcing'],
    [null, 'not given'],
  ])('phrases %j as %j', (mix, text) => {
    expect(mixPhrase(mix)).toBe(text);
  });
});
