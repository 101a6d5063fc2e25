import { describe, expect, it } from 'vitest';
import { EvaluationError, findPreset, isEvaluationError, normaliseMix, validateContext } from '@evaluation';

const context = findPreset('passport-issuance')!.context;

describe('validation at the edge', () => {
  it('EvaluationError carries a code, the field and an actionable message', () => {
    try {
      normaliseMix({ bureaucracy: -1 });
      expect.unreachable();
    } catch (e) {
      expect(isEvaluationError(e)).toBe(true);
      const err = e as EvaluationError;
      expect(err).toBeInstanceOf(Error);
      expect(err.name).toBe('EvaluationError');
      expect(err.code).toBe('negative-share');
      expect(err.field).toBe('mix.bureaucracy');
      expect(err.message).toMatch(/cannot be negative; got -1. Use 0 for a mode that is not used/);
    }
    expect(isEvaluationError(new Error('x'))).toBe(false);
  });

  it('normaliseMix rescales shares given as weights and reports the original total', () => {
    const r = normaliseMix({ bureaucracy: 3, innersourcing: 1, crowdsourcing: 0, opensourcing: 0 });
    expect(r.mix.bureaucracy).toBeCloseTo(75, 12);
    expect(r.normalised).toBe(true);
    expect(r.originalTotal).toBe(4);
    expect(normaliseMix({ bureaucracy: 60, innersourcing: 20, crowdsourcing: 20.005, opensourcing: 0 }).normalised).toBe(false);
  });

  it('normaliseMix refuses an empty mix and absurdly large shares', () => {
    expect(() => normaliseMix({})).toThrow(expect.objectContaining({ code: 'empty-mix' }));
    expect(() => normaliseMix({ bureaucracy: 1e300 })).toThrow(expect.objectContaining({ code: 'out-of-range' }));
    expect(() => normaliseMix('half and half')).toThrow(/mix must be an object with named fields; got "half and half"/);
  });

  it('validateContext requires every field as a number from 0 to 1', () => {
    expect(validateContext(context)).toEqual(context);
    expect(() => validateContext({ ...context, stateAuthority: Number.NaN })).toThrow(expect.objectContaining({ code: 'not-finite', field: 'context.stateAuthority' }));
    expect(() => validateContext({ ...context, stateAuthority: true })).toThrow(expect.objectContaining({ code: 'wrong-type' }));
    expect(() => validateContext([])).toThrow(/got a list/);
    expect(() => validateContext(undefined)).toThrow(/got undefined/);
    expect(() => validateContext({ ...context, modularity: 'x'.repeat(100) })).toThrow(/got "x{40}…"/);
  });
});
