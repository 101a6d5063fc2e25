// Stands in for d3-format inside d3-scale in the book's bundles (see ../vite-lean-d3.mjs).

const unused = (name) => () => {
  throw new Error(`d3-format's ${name}() is not bundled: the book writes its own tick labels, so a scale's tickFormat() is not available (src/plugins/vite-lean-d3.mjs).`);
};

/** What d3-scale's tickFormat would format with; never called. */
export const format = unused('format');
export const formatPrefix = unused('formatPrefix');
export const formatSpecifier = unused('formatSpecifier');
export const precisionFixed = unused('precisionFixed');
export const precisionPrefix = unused('precisionPrefix');
export const precisionRound = unused('precisionRound');
