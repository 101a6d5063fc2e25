import { describe, expect, it } from 'vitest';
import { CORNERS } from '@evaluation';
import {
  AXIS_ANGLES,
  axisPoint,
  axisUnit,
  clampValue,
  clientToViewBox,
  radius,
  stepValue,
  triangleLayout,
  trianglePath,
  trianglePoints,
  valueFromPointer,
} from '@components/figures/triangle-geometry';

const centre = { x: 200, y: 200 };
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('triangle geometry', () => {
  it('puts the three axes 120° apart, public value straight up', () => {
    expect(CORNERS.map((c) => AXIS_ANGLES[c])).toEqual([90, 210, 330]);
    const up = axisUnit('publicValue');
    close(up.x, 0);
    close(up.y, -1);
  });

  it.each(CORNERS)('axisUnit(%s) is a unit vector', (corner) => {
    const u = axisUnit(corner);
    close(Math.hypot(u.x, u.y), 1);
  });

  it('places the lower corners symmetrically below the centre', () => {
    const left = axisPoint('authorisingEnvironment', 100, centre);
    const right = axisPoint('operationalCapacity', 100, centre);
    close(left.y, 250);
    close(right.y, 250);
    close(left.x, 200 - 100 * Math.cos(Math.PI / 6));
    close(right.x, 200 + 100 * Math.cos(Math.PI / 6));
  });

  it('trianglePoints scales each corner by its own value on the figure’s axes', () => {
    const { centre, fullScale } = triangleLayout;
    const pts = trianglePoints({ publicValue: 100, authorisingEnvironment: 0, operationalCapacity: 50 });
    close(pts[0]!.x, centre.x);
    close(pts[0]!.y, centre.y - fullScale);
    close(pts[1]!.x, centre.x);
    close(pts[1]!.y, centre.y);
    close(Math.hypot(pts[2]!.x - centre.x, pts[2]!.y - centre.y), fullScale / 2);
  });

  it('trianglePath closes the shape through the three vertices, rounded to hundredths (d3-path)', () => {
    const { centre, fullScale } = triangleLayout;
    const path = trianglePath({ publicValue: 100, authorisingEnvironment: 100, operationalCapacity: 100 });
    expect(path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z$/);
    expect(path.startsWith(`M${centre.x},${centre.y - fullScale}L`)).toBe(true);
  });

  it('clamps values outside 0–100 to the ends of the axis', () => {
    expect(radius(150)).toBe(triangleLayout.fullScale);
    expect(radius(-5)).toBe(0);
  });

  it.each(CORNERS)('valueFromPointer(%s) inverts axisPoint', (corner) => {
    for (const v of [0, 17, 50, 83, 100]) {
      expect(valueFromPointer(corner, axisPoint(corner, v * 1.6, centre), centre, 160)).toBe(v);
    }
  });

  it('ignores sideways movement and clamps past either end', () => {
    // 40 units up and 70 sideways on the vertical axis reads as 40 / 160 = 25.
    expect(valueFromPointer('publicValue', { x: 270, y: 160 }, centre, 160)).toBe(25);
    expect(valueFromPointer('publicValue', { x: 200, y: 260 }, centre, 160)).toBe(0);
    expect(valueFromPointer('publicValue', { x: 200, y: -100 }, centre, 160)).toBe(100);
  });

  it('clientToViewBox undoes the scaling of the drawn SVG', () => {
    const p = clientToViewBox({ x: 110, y: 70 }, { left: 10, top: 20, width: 200, height: 100 }, { width: 400, height: 200 });
    expect(p).toEqual({ x: 200, y: 100 });
    expect(clientToViewBox({ x: 5, y: 5 }, { left: 0, top: 0, width: 0, height: 0 }, { width: 400, height: 200 })).toEqual({ x: 5, y: 5 });
  });

  it('clampValue keeps whole numbers from 0 to 100', () => {
    expect(clampValue(-3)).toBe(0);
    expect(clampValue(100.4)).toBe(100);
    expect(clampValue(41.6)).toBe(42);
    expect(clampValue(Number.NaN)).toBe(0);
  });

  it.each([
    ['ArrowUp', false, 50, 51],
    ['ArrowRight', false, 50, 51],
    ['ArrowDown', false, 50, 49],
    ['ArrowLeft', false, 50, 49],
    ['ArrowUp', true, 50, 60],
    ['ArrowDown', true, 50, 40],
    ['PageUp', false, 95, 100],
    ['PageDown', false, 5, 0],
    ['Home', false, 50, 0],
    ['End', false, 50, 100],
    ['ArrowUp', false, 100, 100],
    ['ArrowDown', true, 3, 0],
  ] as const)('stepValue(%s, shift=%s) from %i gives %i', (key, shift, from, to) => {
    expect(stepValue(from, key, shift)).toBe(to);
  });

  it('stepValue ignores other keys', () => {
    expect(stepValue(50, 'Tab')).toBeNull();
    expect(stepValue(50, 'a')).toBeNull();
  });
});
