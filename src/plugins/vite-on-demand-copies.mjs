/** The query that marks a package module copied for code that loads on demand. */
export const ON_DEMAND = '?on-demand';

/**
 * Vite plugin: code that loads only when the reader asks for it (modules whose path contains one of
 * `roots`) gets its own copy of the listed packages, rather than sharing the page's. The d3 packages
 * ship as one module each, so a lazily loaded figure that used d3-array, d3-shape or d3-path through
 * the shared module would move the functions only it needs (d3-contour's thresholds, say) into the
 * chunks every page loads at once. A copy is bundled and tree-shaken like any module, only with the
 * lazy code. Packages the lazy code shares with the page on purpose (d3-scale) are left out of the list.
 */
export function onDemandCopies({ roots, packages }) {
  const isOnDemand = (id) => id.endsWith(ON_DEMAND) || roots.some((root) => id.split('?')[0].includes(root));
  return {
    name: 'pvc-on-demand-copies',
    enforce: /** @type {const} */ ('pre'),
    async resolveId(source, importer, options) {
      if (!importer || !packages.includes(source) || !isOnDemand(importer)) return null;
      const resolved = await this.resolve(source, importer.split('?')[0], { ...options, skipSelf: true });
      return resolved && !resolved.external ? { ...resolved, id: `${resolved.id.split('?')[0]}${ON_DEMAND}` } : null;
    },
  };
}
