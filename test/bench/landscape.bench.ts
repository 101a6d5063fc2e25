import { test } from 'vitest';
import { computeLandscape, computeValuePath, findPreset, MODES, modeParameters } from '@evaluation';
import { bandsOf, levelsOf } from '@components/mode-balancer/landscape/landscape-geometry';

// Targets on the reference machine: the landscape on a 2-point grid < 30 ms; the whole map redraw's
// computation (grid and filled contours) well inside the 50 ms the reader's change may take to show.
const policing = findPreset('neighbourhood-policing')!;
const step = modeParameters.landscapeStep.value;
const grid = computeLandscape(policing.context, { fixed: 'opensourcing', fixedShare: 0 });

const cases: [name: string, fn: () => unknown, targetMs: number][] = [
  [`computeLandscape (${step}-point grid, ${grid.cells.length} mixes)`, () => computeLandscape(policing.context, { fixed: 'opensourcing', fixedShare: 0 }), 30],
  ['filled contours of that grid (d3-contour)', () => bandsOf(grid, levelsOf(grid)), 20],
  ['a map redraw: grid and contours, for each held mode', () => {
    for (const fixed of MODES) {
      const r = computeLandscape(policing.context, { fixed, fixedShare: policing.startingMix[fixed] });
      bandsOf(r, levelsOf(r));
    }
  }, 4 * 50],
  ['computeValuePath (50 steps, Figure 2)', () => computeValuePath(policing.context, policing.startingMix, 'crowdsourcing'), 1],
];

test('landscape timings against their targets', async ({ bench }) => {
  const registrations = cases.map(([name, fn]) => bench(name, fn));
  const store = await bench.compare(...registrations);
  const lines = cases.map(([name, , target]) => {
    const mean = store.get(name).latency.mean;
    return `${name.padEnd(56)} ${`${mean.toFixed(2)} ms`.padStart(10)}   target < ${target} ms   ${mean < target ? 'ok' : 'OVER'}`;
  });
  console.log(['', 'Mean time per call:', ...lines].join('\n'));
});
