/** Geometry of the strategic-triangle figure: its layout, the corner axes, the shape's path (d3), pointer projection and key steps. */
import { pathRound } from 'd3-path';
import { scaleLinear } from 'd3-scale';
import { CORNERS, type Corner } from '@evaluation';

/** A point in the figure's viewBox coordinates (y grows downwards). */
export interface Point {
  x: number;
  y: number;
}

/** Each corner's axis, in degrees counter-clockwise from "east": value on top, the two supports below. */
export const AXIS_ANGLES: Record<Corner, number> = {
  publicValue: 90,
  authorisingEnvironment: 210,
  operationalCapacity: 330,
};

/** The unit vector of a corner's axis in viewBox coordinates. */
export function axisUnit(corner: Corner): Point {
  const radians = (AXIS_ANGLES[corner] * Math.PI) / 180;
  // SVG's y axis points down, so "up" is a negative y.
  return { x: Math.cos(radians), y: -Math.sin(radians) };
}

/** The point `distance` units from the centre along a corner's axis. */
export function axisPoint(corner: Corner, distance: number, centre: Point): Point {
  const u = axisUnit(corner);
  return { x: centre.x + u.x * distance, y: centre.y + u.y * distance };
}

/** The figure's drawing box, the centre of its axes and the length of a full (100) axis, in viewBox units. */
export const triangleLayout = { width: 440, height: 362, centre: { x: 220, y: 188 }, fullScale: 140 } as const;

/** From a corner value (0–100) to its distance from the centre. */
export const radius = scaleLinear().domain([0, 100]).range([0, triangleLayout.fullScale]).clamp(true);

/** Where a corner with this value sits in the figure. */
export function vertexPoint(corner: Corner, value: number): Point {
  return axisPoint(corner, radius(value), triangleLayout.centre);
}

/** The triangle's three vertices, in the fixed corner order. */
export function trianglePoints(values: Record<Corner, number>): Point[] {
  return CORNERS.map((c) => vertexPoint(c, values[c]));
}

/** The closed SVG path through the three vertices of a triangle with these corner values, to hundredths. */
export function trianglePath(values: Record<Corner, number>): string {
  // Three straight sides: d3-path draws them without d3-shape's line generator and its curves.
  const [first, ...rest] = trianglePoints(values);
  const path = pathRound(2);
  path.moveTo(first!.x, first!.y);
  for (const p of rest) path.lineTo(p.x, p.y);
  path.closePath();
  return path.toString();
}

/** Rounds and clamps a corner value to a whole number from 0 to 100. */
export function clampValue(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/**
 * The value (0–100) a pointer sets when dragging a corner: the pointer is projected onto the
 * corner's axis, so moving sideways does nothing and moving past either end stops at 0 or 100.
 */
export function valueFromPointer(corner: Corner, pointer: Point, centre: Point, fullScale: number): number {
  const u = axisUnit(corner);
  const along = (pointer.x - centre.x) * u.x + (pointer.y - centre.y) * u.y;
  return clampValue((along / fullScale) * 100);
}

/** Converts a pointer's client position to viewBox coordinates, given the drawn box of an SVG that keeps its aspect ratio. */
export function clientToViewBox(
  client: Point,
  box: { left: number; top: number; width: number; height: number },
  view: { width: number; height: number },
): Point {
  const sx = box.width > 0 ? view.width / box.width : 1;
  const sy = box.height > 0 ? view.height / box.height : 1;
  return { x: (client.x - box.left) * sx, y: (client.y - box.top) * sy };
}

/** The new value a key gives a corner handle (arrows ±1, Shift or Page keys ±10, Home/End 0/100), or null for other keys. */
export function stepValue(value: number, key: string, shiftKey = false): number | null {
  const step = shiftKey ? 10 : 1;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return clampValue(value + step);
    case 'ArrowDown':
    case 'ArrowLeft':
      return clampValue(value - step);
    case 'PageUp':
      return clampValue(value + 10);
    case 'PageDown':
      return clampValue(value - 10);
    case 'Home':
      return 0;
    case 'End':
      return 100;
    default:
      return null;
  }
}
