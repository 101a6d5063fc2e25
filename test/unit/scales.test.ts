import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as d3 from 'd3-scale';
import { scaleBand, scaleLinear } from '../../components/widget/scales';

describe('scaleLinear() agrees with d3-scale', () => {
  it.each([
    [[0, 100], [0, 240], 37],
    [[1900, 2025], [12, 628], 1979],
    [[0, 1], [300, 20], 0.25],
    [[1, 5], [14, 86], 3],
  ] as const)('domain %j range %j at %d', (domain, range, x) => {
    const ours = scaleLinear().domain(domain).range(range);
    const theirs = d3.scaleLinear().domain(domain).range(range);
    expect(ours(x)).toBeCloseTo(theirs(x), 9);
    expect(ours.invert(theirs(x))).toBeCloseTo(x, 9);
  });

  it('clamps like d3 when asked, and extrapolates otherwise', () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), fc.boolean(), (x, clamp) => {
        const ours = scaleLinear().domain([0, 100]).range([10, 210]).clamp(clamp);
        const theirs = d3.scaleLinear().domain([0, 100]).range([10, 210]).clamp(clamp);
        expect(ours(x)).toBeCloseTo(theirs(x), 6);
      }),
    );
  });
});

describe('scaleBand() agrees with d3-scale', () => {
  const keys = ['efficiency', 'equity', 'responsiveness', 'innovation', 'legitimacy', 'control'];
  it.each([
    ['no padding', (s: d3.ScaleBand<string>) => s, <K,>(s: ReturnType<typeof scaleBand<K>>) => s],
    ['padding 0.28', (s: d3.ScaleBand<string>) => s.padding(0.28), <K,>(s: ReturnType<typeof scaleBand<K>>) => s.padding(0.28)],
    ['inner padding 0.06', (s: d3.ScaleBand<string>) => s.paddingInner(0.06), <K,>(s: ReturnType<typeof scaleBand<K>>) => s.paddingInner(0.06)],
  ])('%s: positions and bandwidth', (_, configureD3, configureOurs) => {
    const theirs = configureD3(d3.scaleBand<string>().domain(keys).range([20, 320]));
    const ours = configureOurs(scaleBand<string>().domain(keys).range([20, 320]));
    expect(ours.bandwidth()).toBeCloseTo(theirs.bandwidth(), 9);
    for (const k of keys) expect(ours(k)).toBeCloseTo(theirs(k)!, 9);
    expect(ours('unknown')).toBeUndefined();
  });
});
