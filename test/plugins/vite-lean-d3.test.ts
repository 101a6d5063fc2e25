// d3-scale's linear scale without d3-color and d3-format: the bundle drops them, and everything the
// widgets do with a scale still works on the stand-ins (which say clearly what is missing if called).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rolldown } from 'vite';
import type { scaleLinear as ScaleLinear } from 'd3-scale';
import { leanD3, STAND_INS, standInFor } from '../../src/plugins/vite-lean-d3.mjs';

const fixture = join(import.meta.dirname, 'fixtures', 'lean-d3');

/** Bundles the fixture (d3-scale's scaleLinear) for the browser, minified, with the given plugins. */
async function bundle(plugins: Plugin[]): Promise<string> {
  const output = (await build({
    root: fixture,
    logLevel: 'silent',
    configFile: false,
    plugins,
    build: { write: false, rolldownOptions: { input: join(fixture, 'entry.js'), preserveEntrySignatures: 'exports-only' } },
  })) as Rolldown.RolldownOutput;
  return output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk').map((c) => c.code).join('\n');
}

/** Loads bundled code as a module. */
async function load(code: string): Promise<{ scaleLinear: typeof ScaleLinear }> {
  const file = join(mkdtempSync(join(tmpdir(), 'lean-d3-')), 'scale.mjs');
  writeFileSync(file, code);
  return import(/* @vite-ignore */ pathToFileURL(file).href);
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;

describe('standInFor()', () => {
  it('gives d3-scale and d3-interpolate the stand-ins, and every other importer the real packages', () => {
    expect(standInFor('d3-color', '/app/node_modules/d3-interpolate/dist/d3-interpolate.mjs')).toBe(STAND_INS['d3-color']);
    expect(standInFor('d3-format', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toBe(STAND_INS['d3-format']);
    expect(standInFor('d3-color', '/app/components/widget/colours.ts')).toBeNull();
    expect(standInFor('d3-format', undefined)).toBeNull();
    expect(standInFor('d3-array', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toBeNull();
  });
});

describe('leanD3()', async () => {
  const [full, lean] = await Promise.all([bundle([]), bundle([leanD3()])]);
  const { scaleLinear } = await load(lean);

  it('leaves d3-color and d3-format out of the bundle: at least 5 KB gzipped less', () => {
    expect(full).toContain('aliceblue');
    expect(lean).not.toContain('aliceblue');
    expect(full).toContain('µ');
    expect(lean).not.toContain('µ');
    expect(gz(full) - gz(lean)).toBeGreaterThan(5 * 1024);
  });

  it('keeps what the widgets use: domain, range, clamp, invert and ticks', () => {
    const x = scaleLinear().domain([0, 100]).range([20, 220]);
    expect([x(0), x(50), x(100), x(150)]).toEqual([20, 120, 220, 320]);
    expect(x.invert(70)).toBe(25);
    expect(x.ticks(2)).toEqual([0, 50, 100]);
    expect(x.copy().clamp(true)(150)).toBe(220);
    const y = scaleLinear().domain([0, 1]).range([300, 10]);
    expect(y(0.5)).toBe(155);
    expect(y.invert(10)).toBe(1);
  });

  it('says plainly what is missing when a scale is asked to format ticks or to interpolate colours', () => {
    expect(() => scaleLinear().tickFormat(5)).toThrow(/d3-format's .*not bundled.*vite-lean-d3/);
    expect(() => scaleLinear<string>().range(['white', 'black'])(0.5)).not.toThrow();
  });
});
