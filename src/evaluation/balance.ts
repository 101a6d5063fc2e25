import { EvaluationError } from './errors.ts';
import { aggregateOf, buildModeModel, citizenContributionOf, CITIZEN_MODES, complementarityOf, evaluateInModel, type ModesResult } from './modes.ts';
import { modeParameters } from './parameters.ts';
import { show, validateContext } from './validate.ts';
import { DIMENSIONS, MODES, type Mix, type Mode, type ObjectiveTerm, type ServiceContext } from './types.ts';

/** What the search maximises: aggregate public value by default, one figure for contrast, or weights on several figures (a paradigm's measure). */
export type BalanceObjective = ObjectiveTerm | Readonly<Partial<Record<ObjectiveTerm, number>>>;

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

const TERMS: readonly ObjectiveTerm[] = ['aggregatePublicValue', 'serviceValue', 'citizenContribution', ...DIMENSIONS];
const TIE = 1e-9;

/** An objective as weights on figures, checked: known figures, finite weights of 0 or more, at least one above 0. */
function weightsOf(objective: unknown): [ObjectiveTerm, number][] {
  const entries = (typeof objective === 'string' ? [[objective, 1]] : Object.entries(objective ?? {})) as [ObjectiveTerm, number][];
  if (!entries.every(([term, weight]) => TERMS.includes(term) && typeof weight === 'number' && weight >= 0 && weight < Infinity) || !entries.some(([, weight]) => weight > 0)) {
    throw new EvaluationError('unknown-value', 'objective', `objective must be one of ${TERMS.join(', ')}, or finite weights of 0 or more on them, at least one above 0; got ${show(objective)}.`);
  }
  return entries;
}

/** Searches every mix on a 5-point grid for the highest aggregate public value, or another objective (ties: more bureaucracy, then innersourcing, then crowdsourcing). */
export function findBalancedConfiguration(
  context: ServiceContext,
  options: { objective?: BalanceObjective } = {},
): BalanceResult {
  const objective = options.objective ?? 'aggregatePublicValue';
  const weights = weightsOf(objective);
  const model = buildModeModel(validateContext(context));
  const step = modeParameters.searchStep.value;
  const units = Math.round(100 / step);
  // Every figure is linear in the shares except complementarity and citizens' contribution, so a
  // weighted objective is one coefficient per mode plus those two concave terms, each with its weight.
  const termCoefficient = (term: ObjectiveTerm, m: Mode): number => {
    if (term === 'aggregatePublicValue') return aggregateOf(model.serviceByMode[m], model.sharedByMode[m], 0, model.authorityCostByMode[m]);
    if (term === 'serviceValue') return model.serviceByMode[m];
    if (term === 'citizenContribution') return 0;
    return 100 * model.performance[m][term];
  };
  const coefficient = MODES.map((m) => weights.reduce((sum, [term, weight]) => sum + weight * termCoefficient(term, m), 0));
  const weightOf = (term: ObjectiveTerm): number => weights.reduce((sum, [t, weight]) => sum + (t === term ? weight : 0), 0);
  const beta = weightOf('aggregatePublicValue') * modeParameters.complementarityWeight.value;
  const scale = (weightOf('aggregatePublicValue') + weightOf('citizenContribution')) * model.contributionScale;
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
