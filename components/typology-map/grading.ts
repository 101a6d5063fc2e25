/** Grades a reader's placement of a library case in "check my placement" mode. */
import type { Quadrant, TypologyCase, TypologyResult } from '@evaluation';

/** How a placement compares with the book's reading of the case. */
export type Verdict = 'match' | 'either' | 'near' | 'miss';

/** The verdict on a placement, with the quadrants the book accepts for the case. */
export interface Grade {
  verdict: Verdict;
  expected: Quadrant;
  /** The book's reading, and for a borderline case the other readings it accepts. */
  accepted: Quadrant[];
  placed: Quadrant;
}

/**
 * Compares the reader's placement (`placed`, the model's reading of where the marker is) with the
 * case's expected quadrant. A borderline case accepts every reading of its own placement; a marker
 * in the borderline margin whose other reading is the expected quadrant is "near", not wrong.
 */
export function gradePlacement(theCase: TypologyCase, caseReading: TypologyResult, placed: TypologyResult): Grade {
  const expected = theCase.expectedQuadrant;
  const accepted: Quadrant[] = theCase.expectedBorderline ? [expected, ...caseReading.alternatives.filter((q) => q !== expected)] : [expected];
  const verdict: Verdict =
    placed.quadrant === expected ? 'match' : accepted.includes(placed.quadrant) ? 'either' : placed.alternatives.includes(expected) ? 'near' : 'miss';
  return { verdict, expected, accepted, placed: placed.quadrant };
}
