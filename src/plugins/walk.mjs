/** Calls `visit(node, parent)` for every node of an mdast/hast tree, depth first. */
export function walk(node, visit, parent = null) {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

/** Reads a string attribute of an MDX JSX element, or undefined when absent or an expression. */
export function jsxAttribute(node, name) {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Names the file a plugin is working on, relative to the project, for build errors. */
export function fileLabel(file) {
  const path = file.path ?? file.history?.[0] ?? '<unknown file>';
  return path.replace(process.cwd() + '/', '');
}

/** Stores a value in the Astro frontmatter that `render()` returns as remarkPluginFrontmatter. */
export function setFrontmatter(file, key, value) {
  file.data.astro ??= {};
  file.data.astro.frontmatter ??= {};
  file.data.astro.frontmatter[key] = value;
}
