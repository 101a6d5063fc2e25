import { describe, expect, it } from 'vitest';
import { evaluateMix, findBalancedConfiguration, findPreset, MODES, type Mix } from '@evaluation';

const { context } = findPreset('free-school')!;

describe('findBalancedConfiguration', () => {
  it('searches all 1,771 mixes on the 5-point grid and returns one of them', () => {
    const r = findBalancedConfiguration(context);
    expect(r.kind).toBe('balance');
    expect(r.searched).toBe(1771);
    for (const m of MODES) expect(r.best.mix[m] % 5).toBe(0);
    expect(MODES.reduce((s, m) => s + r.best.mix[m], 0)).toBe(100);
  });

  it('returns the grid mix with the highest aggregate public value (checked by brute force)', () => {
    const r = findBalancedConfiguration(context);
    let best = -Infinity;
    for (let b = 0; b <= 100; b += 5)
      for (let i = 0; i <= 100 - b; i += 5)
        for (let c = 0; c <= 100 - b - i; c += 5) {
          const m: Mix = { bureaucracy: b, innersourcing: i, crowdsourcing: c, opensourcing: 100 - b - i - c };
          best = Math.max(best, evaluateMix(m, context).aggregatePublicValue);
        }
    expect(r.best.aggregatePublicValue).toBeCloseTo(best, 9);
  });

  it('is deterministic: the same context gives the same mix', () => {
    expect(findBalancedConfiguration(context).best.mix).toEqual(findBalancedConfiguration(context).best.mix);
  });

  it('maximising control alone gives all bureaucracy, the only mode in full control of production (Table 2)', () => {
    const r = findBalancedConfiguration(context, { objective: 'control' });
    expect(r.best.mix).toEqual({ bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 });
  });

  it('can maximise service value or one dimension instead, for contrast', () => {
    const service = findBalancedConfiguration(context, { objective: 'serviceValue' });
    const aggregate = findBalancedConfiguration(context);
    expect(service.best.serviceValue).toBeGreaterThanOrEqual(aggregate.best.serviceValue);
    expect(service.objective).toBe('serviceValue');
  });

  it('reports each pure mode’s aggregate value and the modes in use', () => {
    const r = findBalancedConfiguration(context);
    expect(Object.keys(r.pureModes)).toEqual([...MODES]);
    expect(r.modesInUse.every((m) => r.best.mix[m] >= 15)).toBe(true);
  });

  it('refuses an unknown objective with a typed error', () => {
    expect(() => findBalancedConfiguration(context, { objective: 'profit' as never })).toThrow(expect.objectContaining({ code: 'unknown-value' }));
  });
});
