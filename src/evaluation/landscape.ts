// The value landscape: aggregate public value over every mix of three modes, the fourth held at a
// fixed share (a slice of the simplex the balanced-configuration search walks), and Figure 2 made
// live: service value and aggregate public value along the straight path from a mix to one pure mode.
import { aggregateOf, buildModeModel, citizenContributionOf, CITIZEN_MODES, complementarityOf, type ModeModel } from './modes.ts';
import { EvaluationError } from './errors.ts';
import { modeParameters } from './parameters.ts';
import { clamp, normaliseMix, requireNumber, requireOneOf, validateContext } from './validate.ts';
import { MODES, type Mix, type Mode, type ServiceContext } from './types.ts';

/** The two headline figures of one mix, 0–100, as evaluateMix computes them. */
export interface Headline {
  serviceValue: number;
  aggregatePublicValue: number;
}

/** One point of the landscape's grid: `i` steps of the second free mode and `j` of the third; the first takes the rest. */
export interface LandscapeCell extends Headline {
  i: number;
  j: number;
  /** The mix in percent (the fixed mode at its share, the three free modes sharing the rest). */
  mix: Mix;
}

/** Which slice of the mixes to map, and how finely. */
export interface LandscapeOptions {
  /** The mode held at a fixed share; the other three vary. */
  fixed: Mode;
  /** The fixed mode's share, 0–100 percent. */
  fixedShare: number;
  /** Grid step in percentage points of the whole mix (default: the model's landscape step). */
  step?: number;
}

/** The cells near the top of the landscape, as the range each free mode's share spans among them. */
export interface HighRegion {
  /** Cells at or above this value (the highest value less the margin) belong to the region. */
  floor: number;
  /** How many cells it holds. */
  count: number;
  /** Lowest and highest share (percent) of each free mode among those cells. */
  ranges: Record<Mode, { min: number; max: number }>;
}

/** Aggregate and service value on a triangular grid over one slice of the mixes. */
export interface LandscapeResult {
  kind: 'landscape';
  fixed: Mode;
  fixedShare: number;
  /** The three free modes: the first at the triangle's top corner, the second bottom left, the third bottom right. */
  free: readonly [Mode, Mode, Mode];
  /** The step asked for (percentage points). */
  step: number;
  /** Steps along each edge: the free modes' shares move in units of (100 − fixedShare) / divisions. */
  divisions: number;
  /** Every cell with i + j ≤ divisions, row by row (j outer, i inner). */
  cells: LandscapeCell[];
  highest: LandscapeCell;
  lowest: LandscapeCell;
  highRegion: HighRegion;
}

/** One point on the path from a mix to a pure mode. */
export interface PathPoint extends Headline {
  /** How far along the path, 0 (the mix) to 1 (the pure mode). */
  t: number;
  mix: Mix;
}

/** Figure 2 made live: the two headline figures along the straight path from a mix to one mode. */
export interface ValuePath {
  kind: 'valuePath';
  from: Mix;
  towards: Mode;
  points: PathPoint[];
  /** The point with the highest aggregate public value, and the one with the highest service value. */
  bestAggregate: PathPoint;
  bestService: PathPoint;
}

// Per-mode terms of service and aggregate value, linear in the shares, as the balanced-configuration
// search uses them; complementarity and citizens' contribution are added per mix.
interface Coefficients {
  model: ModeModel;
  service: number[];
  aggregate: number[];
  beta: number;
}

function coefficientsOf(context: ServiceContext): Coefficients {
  const model = buildModeModel(validateContext(context));
  return {
    model,
    service: MODES.map((m) => model.serviceByMode[m]),
    aggregate: MODES.map((m) => aggregateOf(model.serviceByMode[m], model.sharedByMode[m], 0, model.authorityCostByMode[m])),
    beta: modeParameters.complementarityWeight.value,
  };
}

// The same figures as evaluateInModel, clamped the same way, without building the full result.
function headline(c: Coefficients, fractions: readonly number[]): Headline {
  let service = 0;
  let linear = 0;
  let citizens = 0;
  MODES.forEach((m, k) => {
    const x = fractions[k] ?? 0;
    service += x * (c.service[k] ?? 0);
    linear += x * (c.aggregate[k] ?? 0);
    if (CITIZEN_MODES.includes(m)) citizens += x;
  });
  const complementarity = clamp(complementarityOf(fractions), 0, 100);
  const aggregate = linear + c.beta * complementarity + citizenContributionOf(citizens, c.model.contributionScale);
  return { serviceValue: clamp(service, 0, 100), aggregatePublicValue: clamp(aggregate, 0, 100) };
}

/** The three modes other than `fixed`, in the model's order. */
export function freeModes(fixed: Mode): [Mode, Mode, Mode] {
  return MODES.filter((m) => m !== fixed) as [Mode, Mode, Mode];
}

/** Maps aggregate and service value over every mix of three modes, the fourth held at `fixedShare` %, on a grid of `step` points. */
export function computeLandscape(context: ServiceContext, options: LandscapeOptions): LandscapeResult {
  const fixed = requireOneOf(options.fixed, 'fixed', MODES);
  const fixedShare = requireNumber(options.fixedShare, 'fixedShare', 0, 100);
  const step = requireNumber(options.step ?? modeParameters.landscapeStep.value, 'step', 0.5, 50);
  const c = coefficientsOf(context);
  const free = freeModes(fixed);
  const rest = 100 - fixedShare;
  // Whole steps along each edge; with nothing left to share the slice is a single mix.
  const divisions = rest > 0 ? Math.max(1, Math.round(rest / step)) : 0;
  const unit = divisions > 0 ? rest / divisions : 0;
  const fixedIndex = MODES.indexOf(fixed);
  const freeIndex = free.map((m) => MODES.indexOf(m));
  const cells: LandscapeCell[] = [];
  const fractions = [0, 0, 0, 0];
  for (let j = 0; j <= divisions; j++) {
    for (let i = 0; i + j <= divisions; i++) {
      const shares = [(divisions - i - j) * unit, i * unit, j * unit];
      fractions[fixedIndex] = fixedShare / 100;
      freeIndex.forEach((k, n) => (fractions[k] = (shares[n] ?? 0) / 100));
      const mix = {} as Mix;
      MODES.forEach((m, k) => (mix[m] = 100 * (fractions[k] ?? 0)));
      cells.push({ i, j, mix, ...headline(c, fractions) });
    }
  }
  let highest = cells[0]!;
  let lowest = cells[0]!;
  for (const cell of cells) {
    if (cell.aggregatePublicValue > highest.aggregatePublicValue) highest = cell;
    if (cell.aggregatePublicValue < lowest.aggregatePublicValue) lowest = cell;
  }
  return { kind: 'landscape', fixed, fixedShare, free, step, divisions, cells, highest, lowest, highRegion: highRegionOf(cells, free, highest) };
}

function highRegionOf(cells: readonly LandscapeCell[], free: readonly Mode[], highest: LandscapeCell): HighRegion {
  const floor = highest.aggregatePublicValue - modeParameters.landscapeTopMargin.value;
  const ranges = {} as Record<Mode, { min: number; max: number }>;
  for (const m of free) ranges[m] = { min: Infinity, max: -Infinity };
  let count = 0;
  for (const cell of cells) {
    if (cell.aggregatePublicValue < floor) continue;
    count++;
    for (const m of free) {
      ranges[m]!.min = Math.min(ranges[m]!.min, cell.mix[m]);
      ranges[m]!.max = Math.max(ranges[m]!.max, cell.mix[m]);
    }
  }
  return { floor, count, ranges };
}

/** The cell at grid position (i, j), or undefined outside the triangle. */
export function landscapeCell(result: LandscapeResult, i: number, j: number): LandscapeCell | undefined {
  const n = result.divisions;
  if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i + j > n) return undefined;
  // Row j holds n − j + 1 cells and starts after the rows before it.
  return result.cells[j * (n + 1) - (j * (j - 1)) / 2 + i];
}

/** Service value and aggregate public value along the straight path from `from` (any mix, rescaled to 100) to all of `towards`, in `steps` equal steps. */
export function computeValuePath(context: ServiceContext, from: Mix, towards: Mode, steps = 50): ValuePath {
  const target = requireOneOf(towards, 'towards', MODES);
  const count = requireNumber(steps, 'steps', 1, 1000);
  if (!Number.isInteger(count)) throw new EvaluationError('out-of-range', 'steps', `steps must be a whole number; got ${count}.`);
  const start = normaliseMix(from).mix;
  const c = coefficientsOf(context);
  const points: PathPoint[] = [];
  for (let s = 0; s <= count; s++) {
    const t = s / count;
    const mix = {} as Mix;
    for (const m of MODES) mix[m] = (1 - t) * start[m] + (m === target ? 100 * t : 0);
    points.push({ t, mix, ...headline(c, MODES.map((m) => mix[m] / 100)) });
  }
  const best = (key: keyof Headline) => points.reduce((a, b) => (b[key] > a[key] ? b : a));
  return { kind: 'valuePath', from: start, towards: target, points, bestAggregate: best('aggregatePublicValue'), bestService: best('serviceValue') };
}
