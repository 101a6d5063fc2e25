import { describe, expect, it } from 'vitest';
import {
  clampPosition,
  clampUnit,
  fieldLayout,
  fieldScales,
  KEY_STEP,
  KEY_STEP_LARGE,
  overlayPercent,
  pointFor,
  positionFromPointer,
  stepFromKey,
} from '@components/figures/quadrant-field';

const { width, height, margin } = fieldLayout;

describe('fieldScales', () => {
  it('draws the locus left (single service) to right (service system)', () => {
    const { x } = fieldScales();
    expect(x(0)).toBeCloseTo(margin.left);
    expect(x(1)).toBeCloseTo(width - margin.right);
  });

  it('draws involuntary involvement on top and voluntary at the bottom, as Figure I rows I/III over II/IV', () => {
    const { y } = fieldScales();
    expect(y(0)).toBeCloseTo(margin.top);
    expect(y(1)).toBeCloseTo(height - margin.bottom);
  });
});

describe('clampUnit and clampPosition', () => {
  it.each([
    [-0.2, 0],
    [0, 0],
    [0.123, 0.12],
    [0.555, 0.56],
    [1.7, 1],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('clampUnit(%s) is %s', (input, expected) => {
    expect(clampUnit(input)).toBeCloseTo(expected, 10);
  });

  it('clamps both axes', () => {
    expect(clampPosition({ involvement: 2, locus: -1 })).toEqual({ involvement: 1, locus: 0 });
  });
});

describe('positionFromPointer', () => {
  const box = { left: 100, top: 50, width: width / 2, height: height / 2 };
  const toScreen = (svgX: number, svgY: number) => ({ x: box.left + (svgX / width) * box.width, y: box.top + (svgY / height) * box.height });

  it('inverts pointFor for a drawing scaled on screen', () => {
    const target = { involvement: 0.3, locus: 0.8 };
    const p = pointFor(target);
    expect(positionFromPointer(toScreen(p.x, p.y), box)).toEqual(target);
  });

  it('clamps a pointer outside the field to its edges', () => {
    expect(positionFromPointer({ x: box.left - 50, y: box.top + box.height + 80 }, box)).toEqual({ involvement: 1, locus: 0 });
    expect(positionFromPointer({ x: box.left + box.width + 10, y: box.top - 10 }, box)).toEqual({ involvement: 0, locus: 1 });
  });

  it('gives a finite corner for an empty box instead of NaN', () => {
    expect(positionFromPointer({ x: 10, y: 10 }, { left: 0, top: 0, width: 0, height: 0 })).toEqual({ involvement: 0, locus: 0 });
  });
});

describe('stepFromKey', () => {
  const start = { involvement: 0.5, locus: 0.5 };
  it.each([
    ['ArrowRight', false, { involvement: 0.5, locus: 0.5 + KEY_STEP }],
    ['ArrowLeft', false, { involvement: 0.5, locus: 0.5 - KEY_STEP }],
    ['ArrowDown', false, { involvement: 0.5 + KEY_STEP, locus: 0.5 }],
    ['ArrowUp', false, { involvement: 0.5 - KEY_STEP, locus: 0.5 }],
    ['ArrowRight', true, { involvement: 0.5, locus: 0.5 + KEY_STEP_LARGE }],
    ['ArrowUp', true, { involvement: 0.5 - KEY_STEP_LARGE, locus: 0.5 }],
  ])('%s (shift %s) moves the handle the way the arrow points', (key, shift, expected) => {
    const next = stepFromKey(start, key, shift)!;
    expect(next.involvement).toBeCloseTo(expected.involvement, 10);
    expect(next.locus).toBeCloseTo(expected.locus, 10);
  });

  it('stops at the edges of the field', () => {
    expect(stepFromKey({ involvement: 0.98, locus: 0.02 }, 'ArrowDown', true)).toEqual({ involvement: 1, locus: 0.02 });
    expect(stepFromKey({ involvement: 0.98, locus: 0.02 }, 'ArrowLeft')).toEqual({ involvement: 0.98, locus: 0 });
  });

  it('keeps hundredths exact over many steps (no float drift in the URL)', () => {
    let p = { involvement: 0, locus: 0 };
    for (let i = 0; i < 7; i++) p = stepFromKey(p, 'ArrowRight')!;
    expect(p.locus).toBe(0.35);
  });

  it.each(['Enter', 'a', 'Home', 'Tab'])('ignores %s', (key) => {
    expect(stepFromKey(start, key)).toBeNull();
  });
});

describe('overlayPercent', () => {
  it('places the handle over the marker as a share of the drawing', () => {
    const p = overlayPercent({ involvement: 0, locus: 1 });
    expect(p.left).toBeCloseTo(((width - margin.right) / width) * 100);
    expect(p.top).toBeCloseTo((margin.top / height) * 100);
  });
});
