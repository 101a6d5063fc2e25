/**
 * Geometry of the value landscape: the ternary layout of one slice of the mixes, the raster d3-contour
 * reads, filled contour paths in the triangle, pointer and keyboard to grid cells, and the defaults the
 * map opens with. Pure: no DOM, no Svelte.
 */
import { contours } from 'd3-contour';
import { ticks } from 'd3-array';
import { line } from 'd3-shape';
import { computeValuePath, landscapeCell, MODES, type LandscapeCell, type LandscapeResult, type Mix, type Mode, type ServiceContext } from '@evaluation';

/** A point in the map's SVG units. */
export interface Point {
  x: number;
  y: number;
}

/** A cell of the grid: `i` steps of the second free mode (bottom left), `j` of the third (bottom right). */
export interface GridPosition {
  i: number;
  j: number;
}

/** One filled contour: the region at or above `value`, as an SVG path. */
export interface Band {
  value: number;
  d: string;
}

/** The map's size in SVG units and its triangle's corners: the first free mode at the top, the second bottom left, the third bottom right. */
export const mapLayout = {
  width: 440,
  height: 392,
  top: { x: 220, y: 44 },
  left: { x: 36, y: 354 },
  right: { x: 404, y: 354 },
} as const;

const { top, left, right } = mapLayout;

/** The point of the triangle for the free modes' fractions of what the fixed mode leaves (b: bottom left, c: bottom right; the top takes the rest). */
export function pointAt(b: number, c: number): Point {
  return { x: top.x + b * (left.x - top.x) + c * (right.x - top.x), y: top.y + b * (left.y - top.y) + c * (right.y - top.y) };
}

/** The triangle's outline as an SVG path. */
export const trianglePath = `M${top.x},${top.y}L${left.x},${left.y}L${right.x},${right.y}Z`;

/** Where a mix sits on the map of a slice: its free modes' shares of what the fixed mode leaves (the top corner when nothing is left). */
export function mixPoint(mix: Mix, free: readonly [Mode, Mode, Mode]): Point {
  const rest = mix[free[0]] + mix[free[1]] + mix[free[2]];
  return rest > 0 ? pointAt(mix[free[1]] / rest, mix[free[2]] / rest) : pointAt(0, 0);
}

/** The point of a grid cell. */
export function cellPoint(result: LandscapeResult, { i, j }: GridPosition): Point {
  const n = Math.max(1, result.divisions);
  return pointAt(i / n, j / n);
}

/**
 * The grid as the square raster d3-contour reads, (n + 1) × (n + 1): cells inside the triangle
 * (i + j ≤ n) hold their value; those beyond its long edge mirror the cell across it, so the surface
 * stays continuous there and the contours meet the edge cleanly before the triangle clips them.
 */
export function rasterOf(result: LandscapeResult): number[] {
  const n = result.divisions;
  const values: number[] = new Array<number>((n + 1) * (n + 1));
  for (let j = 0; j <= n; j++) {
    for (let i = 0; i <= n; i++) {
      const cell = i + j <= n ? landscapeCell(result, i, j) : landscapeCell(result, n - j, n - i);
      values[j * (n + 1) + i] = cell!.aggregatePublicValue;
    }
  }
  return values;
}

/** Round contour levels between the landscape's lowest and highest values (about `count` of them). */
export function levelsOf(result: LandscapeResult, count = 8): number[] {
  const low = result.lowest.aggregatePublicValue;
  const high = result.highest.aggregatePublicValue;
  if (high - low < 1e-9) return [low];
  return ticks(low, high, count).filter((t) => t > low);
}

// A tenth of a unit is far below a pixel; shorter path data parses and paints faster on every redraw.
const ring = line<[number, number]>().digits(1);

/** Filled contours of aggregate public value, lowest first, as paths in the map's units (to be clipped to the triangle). */
export function bandsOf(result: LandscapeResult, levels: readonly number[]): Band[] {
  const n = result.divisions;
  if (n === 0) return [];
  const generator = contours().size([n + 1, n + 1]).thresholds([...levels]);
  // d3-contour puts sample (i, j) at (i + 0.5, j + 0.5) of its raster; map that to the triangle.
  const project = ([x, y]: [number, number]): [number, number] => {
    const p = pointAt((x - 0.5) / n, (y - 0.5) / n);
    return [p.x, p.y];
  };
  return generator(rasterOf(result)).map((geometry) => ({
    value: geometry.value,
    d: geometry.coordinates.map((polygon) => polygon.map((r) => `${ring(r.map((p) => project(p as [number, number])))}Z`).join('')).join(''),
  }));
}

/** The grid cell nearest a point of the map, or null when the point lies clearly outside the triangle. */
export function cellAtPoint(result: LandscapeResult, p: Point): GridPosition | null {
  const n = result.divisions;
  // Solve p = top + b (left − top) + c (right − top) for the fractions b and c.
  const ux = left.x - top.x, uy = left.y - top.y, vx = right.x - top.x, vy = right.y - top.y;
  const det = ux * vy - uy * vx;
  const px = p.x - top.x, py = p.y - top.y;
  const b = (px * vy - py * vx) / det;
  const c = (ux * py - uy * px) / det;
  const slack = 0.5 / Math.max(1, n);
  if (b < -slack || c < -slack || b + c > 1 + slack) return null;
  let i = Math.max(0, Math.round(b * n));
  let j = Math.max(0, Math.round(c * n));
  // Rounding both can step past the long edge: give back the step from the larger.
  if (i + j > n) {
    if (i >= j) i = n - j;
    else j = n - i;
  }
  return { i, j };
}

/** A point on screen in the map's units, given the drawn SVG's box (the SVG keeps its aspect ratio). */
export function toMapPoint(client: { x: number; y: number }, box: { left: number; top: number; width: number; height: number }): Point {
  return { x: ((client.x - box.left) / box.width) * mapLayout.width, y: ((client.y - box.top) / box.height) * mapLayout.height };
}

/** The grid cell nearest a mix (its free modes' shares rounded to the grid). */
export function cellOfMix(result: LandscapeResult, mix: Mix): GridPosition {
  return cellAtPoint(result, mixPoint(mix, result.free)) ?? { i: 0, j: 0 };
}

type Move = (p: GridPosition, n: number) => GridPosition | null;

// One step per arrow key on the triangular grid (null where the edge stops it).
const MOVES: Record<string, Move> = {
  ArrowLeft: (p) => (p.j > 0 ? { i: p.i + 1, j: p.j - 1 } : null),
  ArrowRight: (p) => (p.i > 0 ? { i: p.i - 1, j: p.j + 1 } : null),
  ArrowUp: (p) => (p.i === 0 && p.j === 0 ? null : p.i > p.j ? { i: p.i - 1, j: p.j } : { i: p.i, j: p.j - 1 }),
  ArrowDown: (p, n) => (p.i + p.j >= n ? null : p.i <= p.j ? { i: p.i + 1, j: p.j } : { i: p.i, j: p.j + 1 }),
};

/**
 * The cursor's next cell for a key, or null for a key the map does not use. Left and Right trade
 * the bottom-left mode against the bottom-right one; Up moves towards the top mode and Down away
 * from it, alternating which bottom mode gives or takes so the cursor goes straight. Shift moves
 * five steps; Home goes to `home` (this mix) and End to `best` (the highest cell).
 */
export function stepCursor(result: LandscapeResult, at: GridPosition, key: string, shift: boolean, home: GridPosition, best: GridPosition): GridPosition | null {
  if (key === 'Home') return home;
  if (key === 'End') return best;
  const move = MOVES[key];
  if (!move) return null;
  let p = at;
  for (let k = 0; k < (shift ? 5 : 1); k++) p = move(p, result.divisions) ?? p;
  return p;
}

/** The cell the landscape has at a grid position (the position must be on the grid). */
export function cellAt(result: LandscapeResult, p: GridPosition): LandscapeCell {
  return landscapeCell(result, p.i, p.j) ?? result.highest;
}

/** The mode the map holds fixed when it opens: the one with the smallest share now (ties: the smaller balanced share, then the later mode), so the map spans the most. */
export function defaultFixedMode(mix: Mix, balanced: Mix): Mode {
  return [...MODES].reverse().reduce((a, b) => (mix[b] < mix[a] || (mix[b] === mix[a] && balanced[b] < balanced[a]) ? b : a));
}

/**
 * The mode the path heads for when the map opens: one where service value rises while aggregate
 * public value falls (Figure 2's pattern), the one with the largest such gap if several; otherwise
 * the mode the balanced configuration raises most above this mix.
 */
export function defaultPathTarget(context: ServiceContext, mix: Mix, balanced: Mix): Mode {
  let best: Mode | null = null;
  let bestGap = 0;
  for (const m of MODES) {
    if (mix[m] >= 100) continue;
    const { points } = computeValuePath(context, mix, m, 10);
    const service = points[10]!.serviceValue - points[0]!.serviceValue;
    const aggregate = points[10]!.aggregatePublicValue - points[0]!.aggregatePublicValue;
    if (service > 0 && aggregate < 0 && service - aggregate > bestGap) {
      best = m;
      bestGap = service - aggregate;
    }
  }
  return best ?? MODES.reduce((a, b) => (balanced[b] - mix[b] > balanced[a] - mix[a] ? b : a));
}
