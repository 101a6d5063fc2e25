// Stands in for d3-color inside d3-interpolate in the book's bundles (see ../vite-lean-d3.mjs).

const unused = (name) => () => {
  throw new Error(`d3-color's ${name}() is not bundled: the book's scales interpolate numbers only (src/plugins/vite-lean-d3.mjs).`);
};

/** No string is a colour here, so d3-interpolate's generic interpolator treats strings as strings. */
export function color() {
  return null;
}

/** Colour spaces the colour interpolators would convert to; never called. */
export const rgb = unused('rgb');
export const hsl = unused('hsl');
export const lab = unused('lab');
export const hcl = unused('hcl');
export const cubehelix = unused('cubehelix');
