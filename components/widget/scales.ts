/**
 * The two scales the widgets use, with d3-scale's call signatures (`scaleLinear().domain().range()`).
 * d3-scale's linear scale brings colour interpolation and number formatting with it (about 10 KB
 * gzipped) that no widget needs; these few lines keep the widgets within their JavaScript budget.
 * test/unit/scales.test.ts checks them against d3-scale.
 */

/** A linear map from a numeric domain to a numeric range, with optional clamping and an inverse. */
export interface LinearScale {
  (value: number): number;
  domain(domain: readonly [number, number]): LinearScale;
  range(range: readonly [number, number]): LinearScale;
  clamp(clamp: boolean): LinearScale;
  invert(value: number): number;
}

/** Creates a linear scale (domain and range default to [0, 1]). */
export function scaleLinear(): LinearScale {
  let [d0, d1] = [0, 1];
  let [r0, r1] = [0, 1];
  let clamped = false;
  const map = (x: number, a0: number, a1: number, b0: number, b1: number) => {
    let t = a1 === a0 ? 0.5 : (x - a0) / (a1 - a0);
    if (clamped) t = Math.min(1, Math.max(0, t));
    return b0 + t * (b1 - b0);
  };
  const scale = ((x: number) => map(x, d0, d1, r0, r1)) as LinearScale;
  scale.domain = (domain) => (([d0, d1] = domain), scale);
  scale.range = (range) => (([r0, r1] = range), scale);
  scale.clamp = (value) => ((clamped = value), scale);
  scale.invert = (y) => map(y, r0, r1, d0, d1);
  return scale;
}

/** A band scale: evenly spaced bands for a list of keys, as d3's scaleBand (without rounding). */
export interface BandScale<K> {
  (key: K): number | undefined;
  domain(keys: readonly K[]): BandScale<K>;
  range(range: readonly [number, number]): BandScale<K>;
  padding(padding: number): BandScale<K>;
  paddingInner(padding: number): BandScale<K>;
  paddingOuter(padding: number): BandScale<K>;
  bandwidth(): number;
}

/** Creates a band scale (range [0, 1], no padding, bands centred as in d3). */
export function scaleBand<K>(): BandScale<K> {
  let keys: readonly K[] = [];
  let [r0, r1] = [0, 1];
  let inner = 0;
  let outer = 0;
  const layout = () => {
    const n = keys.length;
    const step = (r1 - r0) / Math.max(1, n - inner + outer * 2);
    return { step, start: r0 + (r1 - r0 - step * (n - inner)) * 0.5, width: step * (1 - inner) };
  };
  const scale = ((key: K) => {
    const index = keys.indexOf(key);
    if (index < 0) return undefined;
    const { step, start } = layout();
    return start + step * index;
  }) as BandScale<K>;
  scale.domain = (d) => ((keys = [...d]), scale);
  scale.range = (range) => (([r0, r1] = range), scale);
  scale.padding = (p) => ((inner = outer = p), scale);
  scale.paddingInner = (p) => ((inner = p), scale);
  scale.paddingOuter = (p) => ((outer = p), scale);
  scale.bandwidth = () => layout().width;
  return scale;
}
