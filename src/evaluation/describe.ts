import type { AssessmentResult } from './assessment.ts';
import type { BalanceResult } from './balance.ts';
import type { CapacityResult } from './capacities.ts';
import type { LandscapeResult, ValuePath } from './landscape.ts';
import type { ModesResult } from './modes.ts';
import type { ParadigmLensResult } from './paradigms.ts';
import type { TriangleResult } from './triangle.ts';
import type { TypologyResult } from './typology.ts';
import type { WhoWhenResult } from './who-when.ts';
import { describeAssessment } from './describe/assessment.ts';
import { describeCapacities } from './describe/capacities.ts';
import { describeLandscape, describeValuePath } from './describe/landscape.ts';
import { describeBalance, describeModes } from './describe/modes.ts';
import { describeParadigms } from './describe/paradigms.ts';
import { describeTriangle } from './describe/triangle.ts';
import { describeTypology } from './describe/typology.ts';
import { describeWhoWhen } from './describe/who-when.ts';

/** Any result the model returns; `kind` tells them apart. */
export type EvaluationResult =
  | TriangleResult
  | TypologyResult
  | ModesResult
  | BalanceResult
  | LandscapeResult
  | ValuePath
  | CapacityResult
  | ParadigmLensResult
  | WhoWhenResult
  | AssessmentResult;

/**
 * A plain-language description of any result, for live regions, the no-JavaScript fallback, print
 * and the report. A widget calls its own kind's describer instead, so its page carries only that one.
 */
export function describeResult(result: EvaluationResult): string {
  switch (result.kind) {
    case 'triangle':
      return describeTriangle(result);
    case 'typology':
      return describeTypology(result);
    case 'modes':
      return describeModes(result);
    case 'balance':
      return describeBalance(result);
    case 'landscape':
      return describeLandscape(result);
    case 'valuePath':
      return describeValuePath(result);
    case 'capacities':
      return describeCapacities(result);
    case 'paradigms':
      return describeParadigms(result);
    case 'who-when':
      return describeWhoWhen(result);
    case 'assessment':
      return describeAssessment(result);
  }
}
