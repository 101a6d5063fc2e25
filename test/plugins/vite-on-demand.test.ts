// Code that loads on demand (the value landscape) must not grow what every page loads at once: the
// preload helper shrinks to a call, and the lazy code gets its own copies of the d3 packages it uses.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { LEAN_PRELOAD_HELPER, PRELOAD_HELPER_ID, leanPreloadHelper } from '../../src/plugins/vite-lean-preload.mjs';
import { ON_DEMAND, onDemandCopies } from '../../src/plugins/vite-on-demand-copies.mjs';

const fixture = join(import.meta.dirname, 'fixtures', 'on-demand');

/** Builds the fixture page for the browser with the given plugins and returns its chunks by name. */
async function bundle(plugins: Plugin[]): Promise<Map<string, Rolldown.OutputChunk>> {
  const output = (await build({
    root: fixture,
    logLevel: 'silent',
    configFile: false,
    plugins,
    build: { write: false, minify: false, rolldownOptions: { input: join(fixture, 'entry.js'), preserveEntrySignatures: 'exports-only' } },
  })) as Rolldown.RolldownOutput;
  return new Map(output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk').map((c) => [c.name, c]));
}

const code = (chunks: Map<string, Rolldown.OutputChunk>) => [...chunks.values()].map((c) => c.code).join('\n');

/** What the page loads at once: the entry chunk and the chunks it imports statically. */
function initialCode(chunks: Map<string, Rolldown.OutputChunk>): string {
  const entry = chunks.get('entry')!;
  const imported = [...chunks.values()].filter((c) => entry.imports.includes(c.fileName));
  return [entry, ...imported].map((c) => c.code).join('\n');
}

describe('leanPreloadHelper()', () => {
  it('serves the one-line helper for Vite’s preload module and nothing else', () => {
    const load = leanPreloadHelper().load;
    expect(load(PRELOAD_HELPER_ID)).toBe(LEAN_PRELOAD_HELPER);
    expect(load('/src/main.ts')).toBeNull();
  });

  it('leaves the browser build no dependency lists, and other builds alone', () => {
    const configure = leanPreloadHelper().configEnvironment;
    const client = configure('client') as { build: { modulePreload: { resolveDependencies: (...args: unknown[]) => string[] } } };
    expect(client.build.modulePreload.resolveDependencies('x.js', ['a.js'], {})).toEqual([]);
    expect(configure('ssr')).toBeNull();
  });

  it('in a real build, a dynamic import still loads its chunk, without the full helper', async () => {
    const plain = code(await bundle([]));
    expect(plain).toContain('vite:preloadError');
    const lean = await bundle([leanPreloadHelper()]);
    expect(code(lean)).not.toContain('vite:preloadError');
    expect(code(lean)).not.toContain('__vite__mapDeps');
    expect(code(lean)).toMatch(/import\(["'`]\.\/part-[\w-]+\.js["'`]\)/);
  }, 30_000);
});

describe('onDemandCopies()', () => {
  it('in a real build, the page’s chunk keeps only what it uses, and the lazy chunk carries its own copy', async () => {
    const shared = await bundle([leanPreloadHelper()]);
    const own = await bundle([leanPreloadHelper(), onDemandCopies({ roots: ['/on-demand/lazy/'], packages: ['d3-array'] })]);
    // Without copies the page loads the lazy part's d3-array functions (Sturges' rule) at once, in the shared module.
    expect(initialCode(shared)).toMatch(/Math\.LN2/);
    expect(initialCode(own)).not.toMatch(/Math\.LN2/);
    expect(initialCode(own)).toMatch(/function ticks/);
    expect(own.get('part')!.code).toMatch(/Math\.LN2/);
    expect(own.get('part')!.imports).toEqual([]);
  }, 30_000);

  it('marks the copies, and leaves imports from other code and other packages to the normal resolution', async () => {
    const plugin = onDemandCopies({ roots: ['/lazy/'], packages: ['d3-array'] });
    const context = { resolve: async (source: string) => ({ id: `/node_modules/${source}/index.js`, external: false }) };
    const resolve = (source: string, importer: string | undefined) => plugin.resolveId.call(context as never, source, importer, {});
    expect(await resolve('d3-array', '/site/lazy/part.js')).toMatchObject({ id: `/node_modules/d3-array/index.js${ON_DEMAND}` });
    expect(await resolve('d3-array', `/node_modules/d3-contour/index.js${ON_DEMAND}`)).toMatchObject({ id: `/node_modules/d3-array/index.js${ON_DEMAND}` });
    expect(await resolve('d3-array', '/site/page.js')).toBeNull();
    expect(await resolve('d3-scale', '/site/lazy/part.js')).toBeNull();
    expect(await resolve('d3-array', undefined)).toBeNull();
  });
});
