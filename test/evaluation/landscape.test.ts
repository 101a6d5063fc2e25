import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  computeLandscape,
  computeValuePath,
  CONTEXT_FIELDS,
  describeLandscape,
  describeResult,
  describeValuePath,
  evaluateMix,
  findBalancedConfiguration,
  findPreset,
  freeModes,
  landscapeCell,
  MODES,
  modeParameters,
  presets,
  type LandscapeResult,
  type Mode,
  type ServiceContext,
} from '@evaluation';

const POLICING = findPreset('neighbourhood-policing')!;
const STEP = modeParameters.landscapeStep.value;

/** The largest change in aggregate value between two cells one grid step apart: what "within the grid step" allows. */
function oneStepChange(r: LandscapeResult): number {
  let largest = 0;
  for (const cell of r.cells) {
    for (const [di, dj] of [[1, 0], [0, 1], [-1, 1]] as const) {
      const next = landscapeCell(r, cell.i + di, cell.j + dj);
      if (next) largest = Math.max(largest, Math.abs(next.aggregatePublicValue - cell.aggregatePublicValue));
    }
  }
  return largest;
}

describe('computeLandscape', () => {
  it('covers every mix of the three free modes on the grid: (n + 1)(n + 2) / 2 cells, each summing to 100 with the fixed mode at its share', () => {
    const r = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0 });
    expect(r.kind).toBe('landscape');
    expect(r.free).toEqual(['bureaucracy', 'innersourcing', 'crowdsourcing']);
    expect(r.divisions).toBe(100 / STEP);
    expect(r.cells).toHaveLength(((r.divisions + 1) * (r.divisions + 2)) / 2);
    for (const cell of r.cells) {
      expect(cell.mix.opensourcing).toBe(0);
      expect(MODES.reduce((s, m) => s + cell.mix[m], 0)).toBeCloseTo(100, 9);
    }
  });

  it('gives each cell the service and aggregate value evaluateMix gives its mix', () => {
    const r = computeLandscape(POLICING.context, { fixed: 'innersourcing', fixedShare: 20, step: 10 });
    for (const cell of r.cells) {
      const full = evaluateMix(cell.mix, POLICING.context);
      expect(cell.aggregatePublicValue).toBeCloseTo(full.aggregatePublicValue, 9);
      expect(cell.serviceValue).toBeCloseTo(full.serviceValue, 9);
    }
  });

  it.each(presets.flatMap((p) => MODES.map((m) => [p.id, m] as const)))(
    '%s, %s held at its balanced share: the grid’s maximum equals the balanced configuration’s value within one grid step',
    (id, fixed) => {
      const { context } = findPreset(id)!;
      const balance = findBalancedConfiguration(context);
      const r = computeLandscape(context, { fixed, fixedShare: balance.best.mix[fixed] });
      expect(Math.abs(r.highest.aggregatePublicValue - balance.best.aggregatePublicValue)).toBeLessThanOrEqual(oneStepChange(r));
      // On the search's own 5-point grid the slice holds the balanced mix and nothing the search missed.
      const coarse = computeLandscape(context, { fixed, fixedShare: balance.best.mix[fixed], step: modeParameters.searchStep.value });
      expect(coarse.highest.aggregatePublicValue).toBeCloseTo(balance.best.aggregatePublicValue, 9);
    },
  );

  it('never finds more on a slice than the balanced configuration, beyond one grid step', () => {
    const balance = findBalancedConfiguration(POLICING.context);
    for (const fixed of MODES) {
      for (const share of [0, 10, 35, 70]) {
        const r = computeLandscape(POLICING.context, { fixed, fixedShare: share });
        expect(r.highest.aggregatePublicValue).toBeLessThanOrEqual(balance.best.aggregatePublicValue + oneStepChange(r));
      }
    }
  });

  it('has finite values within 0–100 on every cell, for any service context, fixed mode and share', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    const context = fc.tuple(...CONTEXT_FIELDS.map(() => unit)).map((values) => Object.fromEntries(CONTEXT_FIELDS.map((f, k) => [f, values[k]])) as unknown as ServiceContext);
    fc.assert(
      fc.property(context, fc.constantFrom(...MODES), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(2, 5, 7.5), (ctx, fixed, share, step) => {
        const r = computeLandscape(ctx, { fixed, fixedShare: share, step });
        for (const cell of r.cells) {
          for (const v of [cell.aggregatePublicValue, cell.serviceValue]) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(100);
          }
        }
        expect(r.highest.aggregatePublicValue).toBe(Math.max(...r.cells.map((c) => c.aggregatePublicValue)));
        expect(r.lowest.aggregatePublicValue).toBe(Math.min(...r.cells.map((c) => c.aggregatePublicValue)));
      }),
      { numRuns: 60 },
    );
  });

  it('divides a share that is not a multiple of the step evenly, and maps a fixed share of 100 to one mix', () => {
    const odd = computeLandscape(POLICING.context, { fixed: 'bureaucracy', fixedShare: 7 });
    expect(odd.divisions).toBe(Math.round(93 / STEP));
    expect(odd.cells[odd.cells.length - 1]!.mix.opensourcing).toBeCloseTo(93, 9);
    const all = computeLandscape(POLICING.context, { fixed: 'bureaucracy', fixedShare: 100 });
    expect(all.cells).toHaveLength(1);
    expect(all.cells[0]!.mix.bureaucracy).toBe(100);
    expect(describeLandscape(all)).toMatch(/single mix/);
  });

  it('landscapeCell finds each cell by its grid position and nothing outside the triangle', () => {
    const r = computeLandscape(POLICING.context, { fixed: 'crowdsourcing', fixedShare: 10, step: 5 });
    for (const cell of r.cells) expect(landscapeCell(r, cell.i, cell.j)).toBe(cell);
    expect(landscapeCell(r, r.divisions, 1)).toBeUndefined();
    expect(landscapeCell(r, -1, 0)).toBeUndefined();
    expect(landscapeCell(r, 0.5, 0)).toBeUndefined();
  });

  it('puts the highest cell inside its high region, whose ranges bound every cell within the margin of the top', () => {
    const r = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0 });
    const near = r.cells.filter((c) => c.aggregatePublicValue >= r.highest.aggregatePublicValue - modeParameters.landscapeTopMargin.value);
    expect(r.highRegion.count).toBe(near.length);
    for (const m of r.free) {
      expect(r.highRegion.ranges[m].min).toBe(Math.min(...near.map((c) => c.mix[m])));
      expect(r.highRegion.ranges[m].max).toBe(Math.max(...near.map((c) => c.mix[m])));
    }
  });

  it.each<[string, unknown]>([
    ['an unknown fixed mode', { fixed: 'outsourcing', fixedShare: 0 }],
    ['a share above 100', { fixed: 'bureaucracy', fixedShare: 120 }],
    ['a share that is not a number', { fixed: 'bureaucracy', fixedShare: Number.NaN }],
    ['a step of 0', { fixed: 'bureaucracy', fixedShare: 0, step: 0 }],
  ])('refuses %s with a typed error', (_what, options) => {
    expect(() => computeLandscape(POLICING.context, options as never)).toThrow(expect.objectContaining({ name: 'EvaluationError' }));
  });
});

describe('freeModes', () => {
  it.each(MODES)('leaves out %s and keeps the model’s order', (fixed) => {
    expect(freeModes(fixed)).toEqual(MODES.filter((m) => m !== fixed));
  });
});

describe('describeLandscape', () => {
  it('names the fixed mode, the span of values and the highest region in words', () => {
    const r = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0 });
    const text = describeLandscape(r);
    expect(text).toMatch(/^With opensourcing held at 0 %, aggregate public value over the mixes of bureaucracy, innersourcing and crowdsourcing runs from \d+ \(.+\) to \d+ \(.+\)\./);
    expect(text).toContain(`The highest region (the mixes within ${modeParameters.landscapeTopMargin.value} points of the top) holds`);
    expect(text).toContain(`${Math.round(r.highRegion.ranges.bureaucracy.min)}–${Math.round(r.highRegion.ranges.bureaucracy.max)} % bureaucracy`);
    expect(describeResult(r)).toBe(text);
  });
});

describe('computeValuePath (Figure 2 made live)', () => {
  it('runs from the mix (t = 0) to all of the chosen mode (t = 1), each point a mix summing to 100', () => {
    const path = computeValuePath(POLICING.context, POLICING.startingMix, 'crowdsourcing', 20);
    expect(path.points).toHaveLength(21);
    expect(path.points[0]!.mix).toEqual(POLICING.startingMix);
    expect(path.points[20]!.mix).toEqual({ bureaucracy: 0, innersourcing: 0, crowdsourcing: 100, opensourcing: 0 });
    for (const p of path.points) expect(MODES.reduce((s, m) => s + p.mix[m], 0)).toBeCloseTo(100, 9);
    expect(path.points[0]!.aggregatePublicValue).toBeCloseTo(evaluateMix(POLICING.startingMix, POLICING.context).aggregatePublicValue, 9);
  });

  it('shows the policing pattern: towards crowdsourcing, service value rises at every step while aggregate public value falls', () => {
    const { points } = computeValuePath(POLICING.context, POLICING.startingMix, 'crowdsourcing', 10);
    for (let k = 1; k < points.length; k++) {
      expect(points[k]!.serviceValue).toBeGreaterThan(points[k - 1]!.serviceValue);
      expect(points[k]!.aggregatePublicValue).toBeLessThan(points[k - 1]!.aggregatePublicValue);
    }
    expect(describeValuePath(computeValuePath(POLICING.context, POLICING.startingMix, 'crowdsourcing'))).toMatch(/service value rises from \d+ to \d+ and aggregate public value falls .*The two part ways/);
  });

  it('says where aggregate public value peaks part of the way along, and does not claim the two part ways when they do not', () => {
    const recycling = findPreset('recycling-collection')!;
    const path = computeValuePath(recycling.context, { bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 }, 'crowdsourcing');
    expect(path.bestAggregate.t).toBeGreaterThan(0);
    expect(path.bestAggregate.t).toBeLessThan(1);
    const text = describeValuePath(path);
    expect(text).toMatch(/Aggregate public value peaks at \d+, \d+ % of the way along/);
    const flat = describeValuePath(computeValuePath(POLICING.context, { bureaucracy: 95, innersourcing: 5, crowdsourcing: 0, opensourcing: 0 }, 'bureaucracy'));
    expect(flat).toMatch(/service value stays at about \d+ and aggregate public value stays at about \d+\.$/);
    expect(describeValuePath(computeValuePath(POLICING.context, { bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 }, 'bureaucracy'))).toBe(
      'The mix is already all bureaucracy: there is no path to follow.',
    );
    expect(describeResult(path)).toBe(text);
  });

  it.each<[string, Mode, number]>([
    ['an unknown mode', 'outsourcing' as Mode, 10],
    ['a fractional number of steps', 'crowdsourcing', 2.5],
    ['no steps', 'crowdsourcing', 0],
  ])('refuses %s with a typed error', (_what, towards, steps) => {
    expect(() => computeValuePath(POLICING.context, POLICING.startingMix, towards, steps)).toThrow(expect.objectContaining({ name: 'EvaluationError' }));
  });
});
