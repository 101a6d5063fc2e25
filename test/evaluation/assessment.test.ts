import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_ITEM_IDS,
  assessmentItems,
  assessmentRules,
  CHAPTER_ANCHORS,
  EvaluationError,
  scoreAssessment,
  type AssessmentAnswerLevels,
  type ItemId,
} from '@evaluation';

const CHAPTERS = [
  '01-why-public-value', '02-bureaucracy', '03-new-public-management', '04-strategic-triangle', '05-what-is-co-production', '06-typology',
  '07-modes-of-production', '08-digital-age', '09-making-it-work', '10-dark-side', '11-conclusion',
];

// A well-run, standard service: few risks, nothing to fix.
const calm: AssessmentAnswerLevels = {
  problemKnown: 5, knowledgeDispersed: 1, crossUnitExpertise: 1, modularity: 3, dependsOnCitizenBehaviour: 1,
  stateAuthority: 4, equalAccessObligation: 5, digitalInclusion: 4, expectationChange: 1,
  involvement: 1, locus: 1, purpose: 1, participants: 1, interaction: 1,
  coCommissioning: 1, coDesign: 1, coDelivery: 3, coAssessment: 3,
  valueProposition: 4, authorisation: 4, sponsorship: 4, leadership: 4, organisation: 4, evidence: 3,
  aimsAligned: 4, effectsOnOthers: 4, accountability: 4, professionals: 4,
};

// A troubled platform service: every risk present.
const troubled: AssessmentAnswerLevels = {
  ...calm,
  problemKnown: 2, knowledgeDispersed: 5, dependsOnCitizenBehaviour: 5, stateAuthority: 2, digitalInclusion: 1, expectationChange: 5,
  involvement: 5, locus: 5, purpose: 5, participants: 5, interaction: 5, coCommissioning: 4, coDesign: 4, coDelivery: 4,
  valueProposition: 4, authorisation: 2, sponsorship: 1, leadership: 2, organisation: 1, evidence: 2,
  aimsAligned: 1, effectsOnOthers: 2, accountability: 1, professionals: 1,
};

describe('self-assessment items (MODEL §6)', () => {
  it('has about 25 items, each with a unique id, a prompt and five descriptive levels', () => {
    expect(assessmentItems.length).toBeGreaterThanOrEqual(22);
    expect(assessmentItems.length).toBeLessThanOrEqual(30);
    expect(new Set(assessmentItems.map((i) => i.id)).size).toBe(assessmentItems.length);
    for (const item of assessmentItems) {
      expect(item.levels).toHaveLength(5);
      for (const level of item.levels) expect(level.length).toBeGreaterThan(3);
      expect(new Set(item.levels).size).toBe(5);
    }
  });

  it('every rule links a chapter section the book provides, and every anchor is listed for the chapter writers', () => {
    for (const rule of assessmentRules) {
      expect(CHAPTER_ANCHORS).toContain(rule.link);
      expect(CHAPTERS).toContain(rule.link.chapter);
      expect(rule.label).toMatch(/^When /);
    }
  });
});

describe('scoreAssessment (MODEL §6)', () => {
  it('returns one profile: quadrant, phases and participants, mix against the balanced one, triangle, capacities, risks, recommendations', () => {
    const r = scoreAssessment({ answers: calm, currentMix: { bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 } });
    expect(r.kind).toBe('assessment');
    expect(r.answered).toBe(r.total);
    expect(r.missingNote).toBeNull();
    expect(r.typology?.quadrant).toBe('coProduction');
    expect(r.whoWhen?.phases).toEqual(['coDelivery', 'coAssessment']);
    expect(r.whoWhen?.participants).toBe('individual');
    expect(r.modes.current?.mix.bureaucracy).toBe(100);
    expect(r.modes.differences?.bureaucracy).toBe(100 - r.modes.balanced.best.mix.bureaucracy);
    expect(r.triangle?.kind).toBe('triangle');
    expect(r.capacities.kind).toBe('capacities');
    expect(r.risks).toEqual([]);
  });

  it('flags all five kinds of risk, each with the answers that raised it', () => {
    const r = scoreAssessment({ answers: troubled, currentMix: { bureaucracy: 30, innersourcing: 0, crowdsourcing: 30, opensourcing: 40 } });
    expect(r.risks.map((x) => x.id)).toEqual(['equityDigitalDivide', 'coDestruction', 'capture', 'sustainability', 'professionalResistance']);
    for (const risk of r.risks) expect(risk.because.length).toBeGreaterThan(0);
    expect(r.risks[0]?.because.map((b) => b.itemId)).toContain('digitalInclusion');
    expect(r.typology?.coDestruction.map((f) => f.signal)).toEqual(['resistance', 'conflictingAims', 'divisiveEffects']);
  });

  it('each recommendation shows its rule, the answers that triggered it and a chapter link', () => {
    const r = scoreAssessment({ answers: troubled, currentMix: { bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 } });
    const ids = r.recommendations.map((x) => x.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['rebalance-modes', 'engage-citizens', 'close-digital-divide', 'prevent-co-destruction', 'secure-sustainability', 'work-with-professionals', 'fix-achilles-heel']));
    for (const rec of r.recommendations) {
      expect(rec.rule).toBe(assessmentRules.find((x) => x.id === rec.ruleId)?.label);
      expect(rec.link).toMatch(/^\/chapters\/\d\d-[a-z-]+\/#[a-z-]+$/);
      expect(rec.because.length).toBeGreaterThan(0);
      for (const b of rec.because) expect(b.levelText).toBe(assessmentItems.find((i) => i.id === b.itemId)?.levels[b.level - 1]);
    }
  });

  it('names the binding corner of the triangle and recommends strengthening it', () => {
    const r = scoreAssessment({ answers: { ...calm, valueProposition: 1 } });
    expect(r.triangle?.binding).toBe('publicValue');
    expect(r.recommendations.find((x) => x.ruleId === 'strengthen-binding-corner')?.because.map((b) => b.itemId)).toEqual(['valueProposition']);
  });

  it('keeps coercive work public: a state-authority service with a large crowd share gets the rule', () => {
    const r = scoreAssessment({ answers: { ...calm, stateAuthority: 5 }, currentMix: { bureaucracy: 50, innersourcing: 0, crowdsourcing: 50, opensourcing: 0 } });
    expect(r.recommendations.map((x) => x.ruleId)).toContain('keep-state-authority-public');
  });

  it('recommends engaging with intrinsic co-production when users are part of the service but not worked with', () => {
    const r = scoreAssessment({ answers: { ...calm, coDelivery: 1 } });
    expect(r.recommendations.map((x) => x.ruleId)).toContain('engage-intrinsic-co-production');
  });

  it('sets targets by the service: a level that fits is not a gap', () => {
    const standard = scoreAssessment({ answers: { ...calm, evidence: 2, problemKnown: 5 } });
    expect(standard.capacities.gaps.map((g) => g.cell)).not.toContain('analytical.organisational');
    const unclear = scoreAssessment({ answers: { ...calm, evidence: 2, problemKnown: 2 } });
    expect(unclear.capacities.gaps.map((g) => g.cell)).toContain('analytical.organisational');
    expect(unclear.capacityTargets.find((t) => t.cell === 'analytical.organisational')?.reason).toMatch(/problem still to be defined/);
  });

  it('raises capacity targets when co-production asks more of the organisation', () => {
    const r = scoreAssessment({ answers: troubled });
    const target = (cell: string) => r.capacityTargets.find((t) => t.cell === cell)?.target;
    expect(target('operational.organisational')).toBe(4);
    expect(target('operational.individual')).toBe(4);
    expect(scoreAssessment({ answers: { ...calm, stateAuthority: 5 } }).capacityTargets.find((t) => t.cell === 'political.systemic')?.target).toBe(4);
  });

  it('allows skipped items: says what is missing and what could not be assessed', () => {
    const r = scoreAssessment({ answers: { problemKnown: 4, involvement: 2 } });
    expect(r.answered).toBe(2);
    expect(r.missing).toHaveLength(r.total - 2);
    expect(r.missingNote).toMatch(/were skipped; not fully assessed: the typology, who takes part and how, the strategic triangle, the service context/);
    expect(r.typology).toBeNull();
    expect(r.whoWhen).toBeNull();
    expect(r.triangle).toBeNull();
    expect(r.assumedContext).toHaveLength(8);
    expect(r.context.modularity).toBe(0.5);
    expect(scoreAssessment({ answers: {} }).recommendations).toEqual([]);
  });

  it('counts assumed context answers in words that agree with the number', () => {
    const fields = scoreAssessment({ answers: {} }).assumedContext;
    const allButOne: AssessmentAnswerLevels = Object.fromEntries(fields.slice(1).map((f) => [f, 3]));
    expect(scoreAssessment({ answers: allButOne }).missingNote).toContain('the service context (1 answer assumed at the middle of the scale)');
    expect(scoreAssessment({ answers: {} }).missingNote).toContain(`the service context (${fields.length} answers assumed at the middle of the scale)`);
  });

  it('places the service in the typology from involvement and locus alone when purpose is skipped', () => {
    const { purpose: _skip, ...rest } = calm;
    expect(scoreAssessment({ answers: { ...rest, involvement: 5, locus: 5 } }).typology?.quadrant).toBe('coInnovation');
  });

  it('keeps evidence notes with the profile, trimmed to a safe length', () => {
    const r = scoreAssessment({ answers: calm, notes: { evidence: 'Annual survey, 2024.', leadership: 'x'.repeat(5000) } });
    expect(r.notes.evidence).toBe('Annual survey, 2024.');
    expect(r.notes.leadership).toHaveLength(2000);
  });

  it.each([
    [{ answers: { problemKnown: 6 } }, 'out-of-range'],
    [{ answers: { problemKnown: '3' } }, 'wrong-type'],
    [{ answers: calm, notes: { evidence: 42 } }, 'wrong-type'],
    [{ answers: calm, currentMix: { bureaucracy: -5 } }, 'negative-share'],
    [{ answers: 'all fives' }, 'wrong-type'],
  ])('refuses malformed input %j with a typed error', (input, code) => {
    expect(() => scoreAssessment(input as never)).toThrow(EvaluationError);
    expect(() => scoreAssessment(input as never)).toThrow(expect.objectContaining({ code }));
  });

  it('ignores answers to items it does not know', () => {
    const r = scoreAssessment({ answers: { ...calm, favouriteColour: 3 } as Record<ItemId, 1> });
    expect(r.answered).toBe(r.total);
  });
});

describe('item ids', () => {
  it('ASSESSMENT_ITEM_IDS lists the items in their URL order', () => {
    expect(assessmentItems.map((item) => item.id)).toEqual([...ASSESSMENT_ITEM_IDS]);
  });
});
