import { describe, expect, it } from 'vitest';
import { describeWhoAndWhen, EvaluationError, type WhoWhenInput } from '@evaluation';

const base: WhoWhenInput = { phases: ['coDelivery'], participants: 'individual', interaction: 'inPerson', outcome: 'improveExisting' };

describe('describeWhoAndWhen (MODEL §5)', () => {
  it('orders phases along the service cycle and drops repeats', () => {
    expect(describeWhoAndWhen({ ...base, phases: ['coAssessment', 'coCommissioning', 'coAssessment'] }).phases).toEqual(['coCommissioning', 'coAssessment']);
  });

  it.each([
    [[], 'improveExisting', 'none'],
    [['coDelivery'], 'improveExisting', 'consumer'],
    [['coDesign'], 'improveExisting', 'participative'],
    [['coDesign', 'coDelivery'], 'improveExisting', 'participative'],
    [['coDesign', 'coDelivery'], 'userLedInnovation', 'enhanced'],
  ] as const)('phases %j with outcome %s give %s co-production (Osborne & Strokosch)', (phases, outcome, level) => {
    expect(describeWhoAndWhen({ ...base, phases, outcome }).level).toBe(level);
  });

  it('separates individual from collective co-production by who takes part', () => {
    expect(describeWhoAndWhen({ ...base, participants: 'group' }).scale).toBe('individual');
    expect(describeWhoAndWhen({ ...base, participants: 'collective' }).scale).toBe('collective');
  });

  it('reads Alford’s roles: users as consumers, collective deliverers as suppliers, collective designers as partners', () => {
    expect(describeWhoAndWhen(base).roles).toEqual(['consumer']);
    expect(describeWhoAndWhen({ ...base, participants: 'collective' }).roles).toEqual(['supplier']);
    expect(describeWhoAndWhen({ ...base, participants: 'group', phases: ['coDesign', 'coDelivery'] }).roles).toEqual(['supplier', 'partner']);
    expect(describeWhoAndWhen({ ...base, participants: 'collective', phases: ['coAssessment'] }).roles).toEqual(['consumer']);
    expect(describeWhoAndWhen({ ...base, phases: [] }).roles).toEqual([]);
  });

  it.each([
    ['inPerson', 'improveExisting', 'traditional'],
    ['ictMediated', 'userLedInnovation', 'nonTraditional'],
    ['ictMediated', 'improveExisting', 'mixed'],
    ['mixed', 'userLedInnovation', 'mixed'],
  ] as const)('interaction %s with outcome %s is %s', (interaction, outcome, tradition) => {
    expect(describeWhoAndWhen({ ...base, interaction, outcome }).tradition).toBe(tradition);
  });

  it('refuses unknown phases or participants with a typed error naming the field', () => {
    expect(() => describeWhoAndWhen({ ...base, phases: ['coWhatever'] } as never)).toThrow(/phases\[0\] must be one of/);
    expect(() => describeWhoAndWhen({ ...base, phases: 'coDesign' } as never)).toThrow(EvaluationError);
    expect(() => describeWhoAndWhen({ ...base, participants: 'everyone' } as never)).toThrow(expect.objectContaining({ field: 'participants' }));
  });
});
