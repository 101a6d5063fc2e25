import ts from 'typescript';

const PARAMETERS_FILE = '/src/evaluation/parameters.ts';
// param(label, value, source, rationale): every argument but the value is documentation.
const NOTE_ARGUMENTS = new Map([
  [0, "''"],
  [2, 'null'],
  [3, "''"],
]);

/**
 * Blanks the label, source and rationale of every `param(…)` call in the model's data file.
 * Returns the rewritten source, or null when there is nothing to change.
 */
export function stripParameterNotes(code, fileName = 'parameters.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'param') {
      node.arguments.forEach((argument, index) => {
        const replacement = NOTE_ARGUMENTS.get(index);
        if (replacement !== undefined) edits.push([argument.getStart(source), argument.end, replacement]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

/**
 * Vite plugin: in the browser bundle, drops the notes that document each model parameter (label,
 * source, rationale). Widgets only compute with the values; the notes are shown by the "Open the
 * model" page, which is rendered on the server from the untouched file. Saves about a third of the
 * model's JavaScript on every page with a widget.
 */
export function stripModelNotes() {
  return {
    name: 'pvc-strip-model-notes',
    enforce: 'pre',
    transform(code, id, options) {
      const isClient = this?.environment ? this.environment.name === 'client' : !options?.ssr;
      if (!isClient || !id.split('?')[0].endsWith(PARAMETERS_FILE)) return null;
      const stripped = stripParameterNotes(code, id);
      return stripped === null ? null : { code: stripped, map: null };
    },
  };
}
