import { describe, expect, it } from 'vitest';
import { classifyPlacement, placeAnswers, typologyCases, type TypologyCase } from '@evaluation';
import { gradePlacement } from '@components/typology-map/grading';

const noSignals = { resistance: false, conflictingAims: false, divisiveEffects: false };
const at = (involvement: number, locus: number) => classifyPlacement({ involvement, locus, coDestruction: noSignals });
const reading = (c: TypologyCase) => classifyPlacement(placeAnswers(c.answers));
const clear = typologyCases.find((c) => !c.expectedBorderline && c.expectedQuadrant === 'coProduction')!;
const borderline = typologyCases.find((c) => c.expectedBorderline)!;

describe('gradePlacement() in “check my placement” mode', () => {
  it('calls a placement in the expected quadrant a match', () => {
    expect(gradePlacement(clear, reading(clear), at(0.1, 0.1))).toMatchObject({ verdict: 'match', expected: 'coProduction', accepted: ['coProduction'] });
  });

  it('calls a placement far into another quadrant a miss, naming both', () => {
    expect(gradePlacement(clear, reading(clear), at(0.9, 0.9))).toMatchObject({ verdict: 'miss', placed: 'coInnovation', expected: 'coProduction' });
  });

  it('calls a marker in the borderline margin whose other reading is right “near”, not wrong', () => {
    expect(gradePlacement(clear, reading(clear), at(0.52, 0.2)).verdict).toBe('near');
  });

  it('accepts every reading of a borderline case, with the book’s own reading first', () => {
    const caseReading = reading(borderline);
    const grade = gradePlacement(borderline, caseReading, caseReading);
    expect(grade.accepted[0]).toBe(borderline.expectedQuadrant);
    expect(grade.accepted.length).toBeGreaterThan(1);
    const other = grade.accepted.find((q) => q !== borderline.expectedQuadrant)!;
    const inOther = { coProduction: at(0.2, 0.2), coDesign: at(0.8, 0.2), coConstruction: at(0.2, 0.8), coInnovation: at(0.8, 0.8) }[other];
    expect(gradePlacement(borderline, caseReading, inOther).verdict).toBe('either');
  });
});
