import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODES, type Mix, type Mode } from '@evaluation';
import { apportion, maxShare, minShare, NO_LOCKS, setShare, toWholeMix, type Locks } from '@components/mode-balancer/mode-shares';

const mix = (bureaucracy: number, innersourcing: number, crowdsourcing: number, opensourcing: number): Mix => ({
  bureaucracy,
  innersourcing,
  crowdsourcing,
  opensourcing,
});
const locks = (...locked: Mode[]): Locks => ({ ...NO_LOCKS, ...Object.fromEntries(locked.map((m) => [m, true])) });
const total = (m: Mix): number => MODES.reduce((sum, k) => sum + m[k], 0);

// Arbitrary whole-percent mixes summing to 100, and arbitrary lock sets.
const arbMix = fc
  .array(fc.nat({ max: 1000 }), { minLength: 4, maxLength: 4 })
  .filter((w) => w.some((x) => x > 0))
  .map((w) => toWholeMix(mix(w[0]!, w[1]!, w[2]!, w[3]!)));
const arbLocks = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()).map(
  ([b, i, c, o]): Locks => ({ bureaucracy: b, innersourcing: i, crowdsourcing: c, opensourcing: o }),
);
const arbMode = fc.constantFrom(...MODES);
const arbValue = fc.oneof(fc.integer({ min: -50, max: 150 }), fc.double({ min: -10, max: 110, noNaN: true }));

describe('apportion()', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [100, [0, 0, 0, 0], [25, 25, 25, 25]],
    [10, [0, 0, 0], [4, 3, 3]],
    [29, [0, 30, 0], [0, 29, 0]],
    [50, [20, 10, 10], [25, 13, 12]],
    [0, [5, 5], [0, 0]],
  ])('apportion(%i, %j) gives %j', (n, weights, expected) => {
    expect(apportion(n, weights)).toEqual(expected);
  });
});

describe('toWholeMix()', () => {
  it('keeps a whole mix as it is', () => {
    expect(toWholeMix(mix(70, 0, 30, 0))).toEqual(mix(70, 0, 30, 0));
  });
  it('rescales weights to whole percentages summing to 100', () => {
    expect(toWholeMix(mix(1, 2, 1, 0))).toEqual(mix(25, 50, 25, 0));
    expect(toWholeMix(mix(1, 1, 1, 0))).toEqual(mix(34, 33, 33, 0));
  });
  it('spreads an empty mix equally', () => {
    expect(toWholeMix(mix(0, 0, 0, 0))).toEqual(mix(25, 25, 25, 25));
  });
});

describe('setShare()', () => {
  it('rescales the unlocked others in proportion to their shares', () => {
    expect(setShare(mix(40, 20, 20, 20), 'bureaucracy', 70)).toEqual(mix(70, 10, 10, 10));
    expect(setShare(mix(50, 0, 30, 20), 'bureaucracy', 0)).toEqual(mix(0, 0, 60, 40));
  });

  it('leaves modes at 0 at 0 while another unlocked mode has a share', () => {
    expect(setShare(mix(70, 0, 30, 0), 'bureaucracy', 71)).toEqual(mix(71, 0, 29, 0));
  });

  it('spreads the remainder equally when every unlocked other is at 0', () => {
    expect(setShare(mix(100, 0, 0, 0), 'bureaucracy', 70)).toEqual(mix(70, 10, 10, 10));
    expect(setShare(mix(100, 0, 0, 0), 'bureaucracy', 99)).toEqual(mix(99, 1, 0, 0));
  });

  it('never moves a locked mode', () => {
    expect(setShare(mix(40, 20, 20, 20), 'bureaucracy', 70, locks('crowdsourcing'))).toEqual(mix(70, 5, 20, 5));
  });

  it('clamps the moved mode to what the locked modes leave', () => {
    expect(setShare(mix(40, 20, 30, 10), 'bureaucracy', 90, locks('crowdsourcing'))).toEqual(mix(70, 0, 30, 0));
    expect(maxShare(mix(40, 20, 30, 10), 'bureaucracy', locks('crowdsourcing'))).toBe(70);
  });

  it('cannot change a mode whose others are all locked', () => {
    const all = locks('innersourcing', 'crowdsourcing', 'opensourcing');
    expect(setShare(mix(40, 20, 30, 10), 'bureaucracy', 60, all)).toEqual(mix(40, 20, 30, 10));
    expect([minShare(mix(40, 20, 30, 10), 'bureaucracy', all), maxShare(mix(40, 20, 30, 10), 'bureaucracy', all)]).toEqual([40, 40]);
  });

  it('cannot change a locked mode', () => {
    expect(setShare(mix(40, 20, 30, 10), 'bureaucracy', 60, locks('bureaucracy'))).toEqual(mix(40, 20, 30, 10));
  });

  it.each([
    [-5, 0],
    [140, 100],
    [33.6, 34],
  ])('rounds and clamps %d to %d', (value, expected) => {
    expect(setShare(mix(25, 25, 25, 25), 'opensourcing', value).opensourcing).toBe(expected);
  });

  it('ignores a value that is not a number', () => {
    expect(setShare(mix(25, 25, 25, 25), 'opensourcing', Number.NaN)).toEqual(mix(25, 25, 25, 25));
  });

  describe('properties', () => {
    it('always sums to exactly 100, in whole shares from 0 to 100', () => {
      fc.assert(
        fc.property(arbMix, arbMode, arbValue, arbLocks, (m, mode, value, l) => {
          const next = setShare(m, mode, value, l);
          expect(total(next)).toBe(100);
          for (const k of MODES) {
            expect(Number.isInteger(next[k])).toBe(true);
            expect(next[k]).toBeGreaterThanOrEqual(0);
            expect(next[k]).toBeLessThanOrEqual(100);
          }
        }),
      );
    });

    it('never changes a locked share', () => {
      fc.assert(
        fc.property(arbMix, arbMode, arbValue, arbLocks, (m, mode, value, l) => {
          const next = setShare(m, mode, value, l);
          for (const k of MODES) if (l[k]) expect(next[k]).toBe(m[k]);
        }),
      );
    });

    it('gives the moved mode the value asked for, within what the locked modes leave', () => {
      fc.assert(
        fc.property(arbMix, arbMode, fc.integer({ min: 0, max: 100 }), arbLocks, (m, mode, value, l) => {
          const next = setShare(m, mode, value, l);
          const lo = minShare(m, mode, l);
          const hi = maxShare(m, mode, l);
          expect(next[mode]).toBe(Math.min(hi, Math.max(lo, value)));
        }),
      );
    });

    it('keeps the unlocked others in proportion (within rounding)', () => {
      fc.assert(
        fc.property(arbMix, arbMode, fc.integer({ min: 0, max: 100 }), (m, mode, value) => {
          const next = setShare(m, mode, value);
          const others = MODES.filter((k) => k !== mode);
          const before = others.reduce((s, k) => s + m[k], 0);
          const after = 100 - next[mode];
          for (const k of others) {
            const expected = before > 0 ? (m[k] / before) * after : after / others.length;
            expect(Math.abs(next[k] - expected)).toBeLessThan(1);
          }
        }),
      );
    });
  });
});
