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

// Evaluates the literal subset of JavaScript an author writes in a JSX prop: arrays, objects, strings,
// numbers, booleans, null, negative numbers and template strings without expressions.
function literal(node) {
  switch (node?.type) {
    case 'Program':
      return literal(node.body[0]);
    case 'ExpressionStatement':
      return literal(node.expression);
    case 'ArrayExpression':
      return node.elements.map(literal);
    case 'ObjectExpression':
      return Object.fromEntries(node.properties.map((p) => [p.key?.name ?? p.key?.value, literal(p.value)]));
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis.map((q) => q.value.cooked).join('');
      break;
    case 'UnaryExpression':
      if (node.operator === '-') return -literal(node.argument);
      break;
  }
  throw new Error(`not a literal value (${node?.type ?? 'nothing'})`);
}

/** Reads an attribute of an MDX JSX element as a plain value (a string, or a literal expression such as `{[…]}`); undefined when absent. */
export function jsxValue(node, name) {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (attribute === undefined) return undefined;
  if (typeof attribute.value === 'string' || attribute.value === null) return attribute.value ?? true;
  return literal(attribute.value.data?.estree);
}
