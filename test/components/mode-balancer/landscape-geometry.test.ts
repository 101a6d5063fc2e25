import { describe, expect, it } from 'vitest';
import { computeLandscape, findBalancedConfiguration, findPreset, landscapeCell, MODES, type Mix } from '@evaluation';
import {
  bandsOf,
  cellAt,
  cellAtPoint,
  cellOfMix,
  cellPoint,
  defaultFixedMode,
  defaultPathTarget,
  levelsOf,
  mapLayout,
  mixPoint,
  pointAt,
  rasterOf,
  stepCursor,
  toMapPoint,
  trianglePath,
  type GridPosition,
} from '@components/mode-balancer/landscape/landscape-geometry';

const POLICING = findPreset('neighbourhood-policing')!;
const slice = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0, step: 10 });
const n = slice.divisions;
const mix = (bureaucracy: number, innersourcing: number, crowdsourcing: number, opensourcing: number): Mix => ({ bureaucracy, innersourcing, crowdsourcing, opensourcing });

describe('the ternary layout', () => {
  it('puts the first free mode at the top corner, the second bottom left and the third bottom right', () => {
    expect(pointAt(0, 0)).toEqual(mapLayout.top);
    expect(pointAt(1, 0)).toEqual(mapLayout.left);
    expect(pointAt(0, 1)).toEqual(mapLayout.right);
    expect(trianglePath).toBe(`M${mapLayout.top.x},${mapLayout.top.y}L${mapLayout.left.x},${mapLayout.left.y}L${mapLayout.right.x},${mapLayout.right.y}Z`);
  });

  it('places a mix by its free modes’ shares of what the fixed mode leaves, and a mix with nothing left at the top', () => {
    const p = mixPoint(mix(30, 20, 20, 30), ['bureaucracy', 'innersourcing', 'crowdsourcing']);
    expect(p.x).toBeCloseTo(pointAt(20 / 70, 20 / 70).x, 9);
    expect(p.y).toBeCloseTo(pointAt(20 / 70, 20 / 70).y, 9);
    expect(mixPoint(mix(0, 0, 0, 100), ['bureaucracy', 'innersourcing', 'crowdsourcing'])).toEqual(mapLayout.top);
  });

  it('finds every grid cell back from its own point', () => {
    for (const cell of slice.cells) expect(cellAtPoint(slice, cellPoint(slice, cell))).toEqual({ i: cell.i, j: cell.j });
  });

  it('gives no cell for a point clearly outside the triangle, and the nearest cell for one just past its long edge', () => {
    expect(cellAtPoint(slice, { x: 2, y: 2 })).toBeNull();
    expect(cellAtPoint(slice, { x: mapLayout.width / 2, y: mapLayout.left.y + 40 })).toBeNull();
    const justBelow = cellAtPoint(slice, { x: mapLayout.width / 2, y: mapLayout.left.y + 1 })!;
    expect(justBelow.i + justBelow.j).toBe(n);
  });

  it('reads a point on screen in the map’s units whatever size the map is drawn', () => {
    expect(toMapPoint({ x: 150, y: 100 }, { left: 100, top: 50, width: mapLayout.width / 2, height: mapLayout.height / 2 })).toEqual({ x: 100, y: 100 });
  });

  it('rounds a mix to its nearest grid cell', () => {
    expect(cellOfMix(slice, mix(70, 20, 10, 0))).toEqual({ i: 2, j: 1 });
  });
});

describe('the contours', () => {
  it('feeds d3-contour the cells inside the triangle as they are and mirrors them across the long edge', () => {
    const raster = rasterOf(slice);
    expect(raster).toHaveLength((n + 1) * (n + 1));
    for (let j = 0; j <= n; j++) {
      for (let i = 0; i <= n; i++) {
        const source = i + j <= n ? landscapeCell(slice, i, j)! : landscapeCell(slice, n - j, n - i)!;
        expect(raster[j * (n + 1) + i]).toBe(source.aggregatePublicValue);
      }
    }
  });

  it('draws one filled band per level above the lowest value, each a closed SVG path', () => {
    const levels = levelsOf(slice);
    expect(levels.length).toBeGreaterThan(2);
    expect(levels.every((l) => l > slice.lowest.aggregatePublicValue && l <= slice.highest.aggregatePublicValue)).toBe(true);
    const bands = bandsOf(slice, levels);
    expect(bands.map((b) => b.value)).toEqual(levels);
    for (const band of bands) expect(band.d).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+)+Z/);
  });

  it('draws nothing for a slice that is a single mix, and one level for a flat one', () => {
    const single = computeLandscape(POLICING.context, { fixed: 'bureaucracy', fixedShare: 100 });
    expect(levelsOf(single)).toEqual([single.lowest.aggregatePublicValue]);
    expect(bandsOf(single, levelsOf(single))).toEqual([]);
  });
});

describe('stepCursor', () => {
  const home: GridPosition = { i: 1, j: 1 };
  const best: GridPosition = { i: 0, j: 0 };
  const centre: GridPosition = { i: 3, j: 3 };
  it.each<[string, boolean, GridPosition]>([
    ['ArrowLeft', false, { i: 4, j: 2 }],
    ['ArrowRight', false, { i: 2, j: 4 }],
    ['ArrowUp', false, { i: 3, j: 2 }],
    ['ArrowDown', false, { i: 4, j: 3 }],
    ['ArrowLeft', true, { i: 6, j: 0 }],
    ['Home', false, home],
    ['End', false, best],
  ])('%s (Shift %s) from the centre goes to %j', (key, shift, expected) => {
    expect(stepCursor(slice, centre, key, shift, home, best)).toEqual(expected);
  });

  it('goes straight up and down by alternating which bottom mode gives or takes', () => {
    let p: GridPosition = { i: 2, j: 2 };
    const ups = [];
    for (let k = 0; k < 4; k++) ups.push((p = stepCursor(slice, p, 'ArrowUp', false, home, best)!));
    expect(ups).toEqual([{ i: 2, j: 1 }, { i: 1, j: 1 }, { i: 1, j: 0 }, { i: 0, j: 0 }]);
    p = { i: 0, j: 0 };
    for (let k = 0; k < 4; k++) p = stepCursor(slice, p, 'ArrowDown', false, home, best)!;
    expect(p).toEqual({ i: 2, j: 2 });
  });

  it('stops at the edges and ignores other keys', () => {
    expect(stepCursor(slice, { i: 0, j: 0 }, 'ArrowUp', false, home, best)).toEqual({ i: 0, j: 0 });
    expect(stepCursor(slice, { i: n, j: 0 }, 'ArrowLeft', false, home, best)).toEqual({ i: n, j: 0 });
    expect(stepCursor(slice, { i: 0, j: n }, 'ArrowRight', false, home, best)).toEqual({ i: 0, j: n });
    expect(stepCursor(slice, { i: 4, j: 6 }, 'ArrowDown', true, home, best)).toEqual({ i: 4, j: 6 });
    expect(stepCursor(slice, centre, 'Enter', false, home, best)).toBeNull();
  });

  it('cellAt returns the landscape’s cell at a grid position', () => {
    expect(cellAt(slice, { i: 2, j: 3 })).toBe(landscapeCell(slice, 2, 3));
  });
});

describe('what the map opens on', () => {
  it('holds the mode with the smallest share now, ties broken by the smaller balanced share, then the later mode', () => {
    expect(defaultFixedMode(mix(90, 0, 10, 0), mix(80, 20, 0, 0))).toBe('opensourcing');
    expect(defaultFixedMode(mix(90, 0, 10, 0), mix(70, 0, 20, 10))).toBe('innersourcing');
    expect(defaultFixedMode(mix(40, 30, 20, 10), mix(25, 25, 25, 25))).toBe('opensourcing');
  });

  it('heads for the mode where service value rises while aggregate public value falls: crowdsourcing in policing (Figure 2)', () => {
    const balanced = findBalancedConfiguration(POLICING.context).best.mix;
    expect(defaultPathTarget(POLICING.context, POLICING.startingMix, balanced)).toBe('crowdsourcing');
  });

  it('otherwise heads for the mode the balanced configuration raises most: innersourcing for the passport', () => {
    const passport = findPreset('passport-issuance')!;
    const balanced = findBalancedConfiguration(passport.context).best.mix;
    const target = defaultPathTarget(passport.context, passport.startingMix, balanced);
    expect(target).toBe(MODES.reduce((a, b) => (balanced[b] - passport.startingMix[b] > balanced[a] - passport.startingMix[a] ? b : a)));
    expect(target).toBe('innersourcing');
  });
});
