// The browser build drops the notes of model parameters but must keep every value exactly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { stripParameterNotes } from '../../src/plugins/vite-strip-model-notes.mjs';
import { quadrantProfiles, triangleParameters, modeParameters, modeProfiles } from '@evaluation';

const file = join(import.meta.dirname, '..', '..', 'src', 'evaluation', 'parameters.ts');
const original = readFileSync(file, 'utf8');
const stripped = stripParameterNotes(original)!;

/** The source text of every argument of every param(…) call, in order. */
function paramArguments(code: string): string[][] {
  const source = ts.createSourceFile('p.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls: string[][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'param') {
      calls.push(node.arguments.map((a) => a.getText(source)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

describe('stripParameterNotes()', () => {
  const before = paramArguments(original);
  const after = paramArguments(stripped);

  it('keeps every param(…) call and its value, character for character', () => {
    expect(before.length).toBeGreaterThan(50);
    expect(after.map((args) => args[1])).toEqual(before.map((args) => args[1]));
  });

  it('blanks the label, source and rationale of each call', () => {
    for (const args of after) expect([args[0], args[2], args[3]]).toEqual(["''", 'null', "''"]);
    expect(stripped).not.toContain(triangleParameters.weakestWeight.rationale);
    expect(stripped).not.toContain(modeParameters.complementarityWeight.rationale);
  });

  it('leaves the rest of the file (profiles, anchors, descriptions) as it was', () => {
    expect(stripped).toContain(`label: '${modeProfiles.bureaucracy.label}'`);
    expect(stripped).toContain(quadrantProfiles.coConstruction.description);
    expect(stripped.length).toBeGreaterThan(original.length / 3);
    expect(ts.transpileModule(stripped, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } }).diagnostics).toEqual([]);
  });
});
