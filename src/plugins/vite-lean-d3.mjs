import { fileURLToPath } from 'node:url';

// d3-scale's linear scale reaches two packages the book never uses: d3-format, through the scale's
// tickFormat method, and d3-color, through d3-interpolate's generic interpolator (the scale's
// default, which picks a colour interpolator when given colour strings). A method or a default
// cannot be tree-shaken, so together they cost about 5.8 KB gzipped on every page with a widget,
// a tenth of its budget. The widgets map numbers to numbers and write their own tick labels.

/** The modules that stand in for d3-color and d3-format in the book's bundles. */
export const STAND_INS = {
  'd3-color': fileURLToPath(new URL('./lean-d3/d3-color.mjs', import.meta.url)),
  'd3-format': fileURLToPath(new URL('./lean-d3/d3-format.mjs', import.meta.url)),
};

// Only d3's own modules are redirected: code of the book that imported d3-color or d3-format
// would get the real package, and the lint would see it.
const D3_IMPORTER = /[\\/]node_modules[\\/]d3-(?:scale|interpolate)[\\/]/;

/** Where an import resolves to: the stand-in when d3-scale or d3-interpolate asks for d3-color or d3-format, otherwise null (resolve as usual). */
export function standInFor(source, importer) {
  return Object.hasOwn(STAND_INS, source) && importer && D3_IMPORTER.test(importer) ? STAND_INS[source] : null;
}

/**
 * Vite plugin: gives d3-scale and d3-interpolate small stand-ins for d3-color and d3-format, whose
 * functions throw a clear error if ever called. Numeric linear scales (domain, range, clamp, invert,
 * ticks) work unchanged; test/plugins/vite-lean-d3.test.ts runs them against the stand-ins.
 */
export function leanD3() {
  return {
    name: 'pvc-lean-d3',
    enforce: /** @type {const} */ ('pre'),
    resolveId(source, importer) {
      return standInFor(source, importer);
    },
  };
}
