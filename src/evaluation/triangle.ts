import { triangleParameters } from './parameters.ts';
import { clamp, requireNumber, requireRecord } from './validate.ts';
import { CORNERS, type Corner } from './types.ts';

/** The three corners of the strategic triangle, each rated 0–100. */
export type TriangleInput = Record<Corner, number>;

/** The triangle's alignment, realisable value and binding corner. */
export interface TriangleResult {
  kind: 'triangle';
  corners: TriangleInput;
  /** 1 when all corners are equal, falling to 0 as the spread reaches 100 points. */
  alignment: number;
  /** Value the three corners together can deliver, 0–100: held back by the weakest corner. */
  realisableValue: number;
  /** The corner that holds value back, or 'aligned' when the spread is within the tolerance. */
  binding: Corner | 'aligned';
  /** Other corners nearly as weak as the binding one (within the tolerance of it). */
  alsoWeak: Corner[];
  /** Points between the strongest and the weakest corner. */
  spread: number;
  /** The typical failure when this corner binds, or how alignment shows. */
  explanation: string;
}

/** The label of each corner, in the sources' terms. */
export const cornerLabels: Record<Corner, string> = {
  publicValue: 'public value proposition',
  authorisingEnvironment: 'authorising environment',
  operationalCapacity: 'operational capacity',
};

/** The typical failure when each corner is the weakest. */
export const bindingFailures: Record<Corner, string> = {
  publicValue:
    'Efficient, authorised delivery of something citizens do not value: the organisation can act and is allowed to, but the proposition does not meet what people expect.',
  authorisingEnvironment:
    'Capacity without a mandate: the organisation could deliver, but ministers, legislators, regulators, groups and the public have not lent it the support and legitimacy to do so.',
  operationalCapacity:
    'A mandate without the means: the value is wanted and authorised, but finance, staff, skills or technology are not there to deliver it.',
};

/** Evaluates the strategic triangle: alignment, realisable value and the binding corner. */
export function evaluateTriangle(input: TriangleInput): TriangleResult {
  const record = requireRecord(input, 'triangle');
  const corners = {} as TriangleInput;
  for (const c of CORNERS) corners[c] = requireNumber(record[c], c, 0, 100);
  const values = CORNERS.map((c) => corners[c]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const mean = (values[0]! + values[1]! + values[2]!) / 3;
  const spread = max - min;
  const tolerance = triangleParameters.alignmentTolerance.value;
  const w = triangleParameters.weakestWeight.value;
  const realisableValue = w * min + (1 - w) * mean;
  // Ties for weakest go to the first corner in the triangle's fixed order.
  const weakest = CORNERS.find((c) => corners[c] === min) ?? 'publicValue';
  const aligned = spread <= tolerance;
  const binding: Corner | 'aligned' = aligned ? 'aligned' : weakest;
  const alsoWeak = aligned ? [] : CORNERS.filter((c) => c !== weakest && corners[c] - min <= tolerance);
  return {
    kind: 'triangle',
    corners,
    alignment: clamp(1 - spread / 100, 0, 1),
    realisableValue: clamp(realisableValue, 0, 100),
    binding,
    alsoWeak,
    spread,
    explanation: aligned
      ? 'The three corners are within a few points of each other: value, support and capacity reinforce one another, so raising all three together pays.'
      : bindingFailures[weakest],
  };
}
