import { EvaluationError } from './errors.ts';
import { aggregateOf, buildModeModel, citizenContributionOf, CITIZEN_MODES, complementarityOf, evaluateInModel, type ModesResult } from './modes.ts';
import { modeParameters } from './parameters.ts';
import { validateContext } from './validate.ts';
import { DIMENSIONS, MODES, type Dimension, type Mix, type Mode, type ServiceContext } from './types.ts';

/** What the search maximises: aggregate public value by default, or one figure for contrast. */
export type BalanceObjective = 'aggregatePublicValue' | 'serviceValue' | Dimension;

/** The mix with the highest value of the objective on a grid over all mixes. */
export interface BalanceResult {
  kind: 'balance';
  objective: BalanceObjective;
  /** Grid step in percentage points. */
  step: number;
  /** How many mixes were compared. */
  searched: number;
  /** The full evaluation of the best mix. */
  best: ModesResult;
  /** Each pure mode's aggregate public value, for comparison (0–100). */
  pureModes: Record<Mode, number>;
  /** Modes holding at least the in-use share (15 %) of the best mix. */
  modesInUse: Mode[];
}

const OBJECTIVES: readonly BalanceObjective[] = ['aggregatePublicValue', 'serviceValue', ...DIMENSIONS];
const TIE = 1e-9;

/** Searches every mix on a 5-point grid for the highest aggregate public value (ties: more bureaucracy, then innersourcing, then crowdsourcing). */
export function findBalancedConfiguration(
  context: ServiceContext,
  options: { objective?: BalanceObjective } = {},
): BalanceResult {
  const objective = options.objective ?? 'aggregatePublicValue';
  if (!OBJECTIVES.includes(objective)) {
    throw new EvaluationError('unknown-value', 'objective', `objective must be one of ${OBJECTIVES.join(', ')}; got ${String(objective)}.`);
  }
  const model = buildModeModel(validateContext(context));
  const step = modeParameters.searchStep.value;
  const units = Math.round(100 / step);
  // Each objective is linear in the shares except for complementarity and citizens' contribution, so
  // one coefficient per mode plus those two concave terms suffice.
  const coefficient = MODES.map((m) => {
    if (objective === 'aggregatePublicValue') return aggregateOf(model.serviceByMode[m], model.sharedByMode[m], 0, model.authorityCostByMode[m]);
    if (objective === 'serviceValue') return model.serviceByMode[m];
    return 100 * model.performance[m][objective];
  });
  const beta = objective === 'aggregatePublicValue' ? modeParameters.complementarityWeight.value : 0;
  const scale = objective === 'aggregatePublicValue' ? model.contributionScale : 0;
  const [cB, cI, cC, cO] = coefficient as [number, number, number, number];
  let best = -Infinity;
  let bestShares: [number, number, number, number] = [units, 0, 0, 0];
  let searched = 0;
  for (let b = units; b >= 0; b--) {
    for (let i = units - b; i >= 0; i--) {
      for (let c = units - b - i; c >= 0; c--) {
        const o = units - b - i - c;
        const xb = b / units, xi = i / units, xc = c / units, xo = o / units;
        let value = xb * cB + xi * cI + xc * cC + xo * cO;
        if (beta > 0) value += beta * complementarityOf([xb, xi, xc, xo]);
        if (scale > 0) value += citizenContributionOf(xc + xo, scale);
        searched++;
        if (value > best + TIE) {
          best = value;
          bestShares = [b, i, c, o];
        }
      }
    }
  }
  const mix = {} as Mix;
  MODES.forEach((m, k) => (mix[m] = (bestShares[k] ?? 0) * step));
  const pureModes = {} as Record<Mode, number>;
  for (const m of MODES) {
    const contribution = citizenContributionOf(CITIZEN_MODES.includes(m) ? 1 : 0, model.contributionScale);
    pureModes[m] = aggregateOf(model.serviceByMode[m], model.sharedByMode[m], 0, model.authorityCostByMode[m], contribution);
  }
  return {
    kind: 'balance',
    objective,
    step,
    searched,
    best: evaluateInModel(model, mix, { applied: false, originalTotal: 100, message: null }),
    pureModes,
    modesInUse: MODES.filter((m) => mix[m] >= modeParameters.inUseShare.value),
  };
}
