/**
 * Geometry of the typology's quadrant field: the 2×2 drawing's layout and scales (d3), the quadrant
 * boxes, pointer → positions, clamping to the axes, and the handle's keyboard steps. Pure: no DOM, no Svelte.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { QUADRANTS, quadrantProfiles, typologyParameters, type Quadrant } from '@evaluation';

/** A case's place on the two axes, each 0–1 (as in the model's TypologyState). */
export interface FieldPosition {
  /** 0 = involuntary, intrinsic … 1 = voluntary, conscious (drawn top → bottom, as in Figure I's rows). */
  involvement: number;
  /** 0 = a single service … 1 = the service system (drawn left → right). */
  locus: number;
}

/** The drawing's size in SVG units and the room kept for axis labels. */
export interface FieldLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** A box on screen, as from getBoundingClientRect(). */
export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The layout every typology map uses. */
export const fieldLayout: FieldLayout = { width: 400, height: 390, margin: { top: 10, right: 12, bottom: 56, left: 50 } };

/** An arrow key moves the handle by this much on its axis. */
export const KEY_STEP = 0.05;

/** Shift + arrow moves the handle by this much. */
export const KEY_STEP_LARGE = 0.25;

/** The scales from positions (0–1) to SVG units: x for the locus, y for the involvement. */
export function fieldScales(layout: FieldLayout = fieldLayout): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  const { width, height, margin } = layout;
  return {
    x: scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]),
    // Involuntary on top, as Figure I and MODEL.md put quadrants I and III in the first row.
    y: scaleLinear().domain([0, 1]).range([margin.top, height - margin.bottom]),
  };
}

/** Clamps a value to 0–1 and rounds it to hundredths, the precision the URL keeps. */
export function clampUnit(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** A position with both values clamped to 0–1 and rounded to hundredths. */
export function clampPosition(position: FieldPosition): FieldPosition {
  return { involvement: clampUnit(position.involvement), locus: clampUnit(position.locus) };
}

/** The SVG point of a position. */
export function pointFor(position: FieldPosition, layout: FieldLayout = fieldLayout): { x: number; y: number } {
  const { x, y } = fieldScales(layout);
  return { x: x(position.locus), y: y(position.involvement) };
}

/** The position under a pointer at screen coordinates, given where the drawing sits on screen; clamped to the field. */
export function positionFromPointer(pointer: { x: number; y: number }, box: ScreenBox, layout: FieldLayout = fieldLayout): FieldPosition {
  const { x, y } = fieldScales(layout);
  // The SVG scales uniformly to the box, so screen fractions map straight onto the viewBox.
  const svgX = box.width > 0 ? ((pointer.x - box.left) / box.width) * layout.width : x(0);
  const svgY = box.height > 0 ? ((pointer.y - box.top) / box.height) * layout.height : y(0);
  return clampPosition({ involvement: y.invert(svgY), locus: x.invert(svgX) });
}

/**
 * The position after a key press on the handle, or null when the key does not move it.
 * Arrows move the way they point on the drawing: Right widens the locus towards the system,
 * Down moves towards voluntary involvement; Shift takes bigger steps.
 */
export function stepFromKey(position: FieldPosition, key: string, shiftKey = false): FieldPosition | null {
  const step = shiftKey ? KEY_STEP_LARGE : KEY_STEP;
  const moves: Record<string, [keyof FieldPosition, number]> = {
    ArrowRight: ['locus', step],
    ArrowLeft: ['locus', -step],
    ArrowDown: ['involvement', step],
    ArrowUp: ['involvement', -step],
  };
  const move = moves[key];
  if (!move) return null;
  const [axis, delta] = move;
  return clampPosition({ ...position, [axis]: position[axis] + delta });
}

/** The handle's place over the drawing, as percentages of its box (for an HTML overlay). */
export function overlayPercent(position: FieldPosition, layout: FieldLayout = fieldLayout): { left: number; top: number } {
  const p = pointFor(position, layout);
  return { left: (p.x / layout.width) * 100, top: (p.y / layout.height) * 100 };
}

/** One quadrant's box in the drawing, and where its numeral and name go. */
export interface QuadrantBox {
  quadrant: Quadrant;
  numeral: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
  /** From the numeral's baseline to the name's. */
  lineGap: number;
  anchor: 'start' | 'end';
}

/**
 * The four quadrants as boxes split at the model's boundary: involuntary (I, III) on top as in
 * Figure I of Osborne et al. (2016), the service system (III, IV) on the right. Labels sit in the
 * outer corner of each box, so a marker near the centre never hides them.
 */
export function quadrantBoxes(layout: FieldLayout = fieldLayout, compact = false): QuadrantBox[] {
  const { x, y } = fieldScales(layout);
  const boundary = typologyParameters.boundary.value;
  return QUADRANTS.map((quadrant) => {
    const p = quadrantProfiles[quadrant];
    const [i0, i1] = p.involvement === 'voluntary' ? [boundary, 1] : [0, boundary];
    const [l0, l1] = p.locus === 'system' ? [boundary, 1] : [0, boundary];
    const right = p.locus === 'system';
    const bottom = p.involvement === 'voluntary';
    return {
      quadrant,
      numeral: p.numeral,
      label: p.label,
      x: x(l0),
      y: y(i0),
      width: x(l1) - x(l0),
      height: y(i1) - y(i0),
      labelX: right ? x(1) - 10 : x(0) + 10,
      labelY: bottom ? y(1) - (compact ? 36 : 28) : y(0) + (compact ? 28 : 22),
      lineGap: compact ? 24 : 18,
      anchor: right ? 'end' : 'start',
    };
  });
}
