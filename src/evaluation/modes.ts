import {
  digitalDependence,
  fitSensitivity,
  modeAffinity,
  modeFit,
  modeParameters,
  modeProfiles,
  serviceWeights,
  sharedValueWeights,
  stateAuthorityExposure,
  warningThresholds,
} from './parameters.ts';
import { clamp, normaliseMix, validateContext } from './validate.ts';
import { DIMENSIONS, MODES, RESOURCES, type Dimension, type Mix, type Mode, type Resource, type ServiceContext } from './types.ts';

/** A warning attached to a mix, with the reason a reader can check. */
export interface ModeWarning {
  id: 'digitalDivide' | 'lossOfControl' | 'legitimacyOfForce' | 'capture' | 'rigidity' | 'citizensLeftOut';
  label: string;
  explanation: string;
}

/** The evaluation of one mix of modes for one service. Scores are 0–100, fits 0–1. */
export interface ModesResult {
  kind: 'modes';
  /** The mix as evaluated, in percent, summing to 100. */
  mix: Mix;
  /** Whether the shares given had to be rescaled to sum to 100, and the notice to show. */
  normalisation: { applied: boolean; originalTotal: number; message: string | null };
  context: ServiceContext;
  /** How well each mode's way of working suits this service, 0–1. */
  fit: Record<Mode, number>;
  /** The mix's score on each public-value dimension, 0–100. */
  dimensions: Record<Dimension, number>;
  /** For each Table 1 resource, the share (0–100) drawn from outside the administration's own means. */
  resources: Record<Resource, number>;
  /** What the mix adds to this service, 0–100. */
  serviceValue: number;
  /** The mix's effect on values all services share (equity, legitimacy, control), 0–100. */
  sharedValue: number;
  /** How far modes are used together (0 = one mode, 100 = four equal shares); the same for every service. */
  complementarity: number;
  /** Aggregate value forfeited because part of production would put powers only the state may use in outside hands (points, 0–100). */
  authorityCost: number;
  /** Aggregate value added by citizens' own contribution where the outcome depends on what they do (points, 0–100). */
  citizenContribution: number;
  /** Service value weighed with shared values and complementarity, plus citizens' contribution, less the authority cost (Figure 2), 0–100. */
  aggregatePublicValue: number;
  warnings: ModeWarning[];
}

/** Per-mode scores for one context: the mix's scores are share-weighted sums of these. */
export interface ModeModel {
  context: ServiceContext;
  fit: Record<Mode, number>;
  /** performance[mode][dimension], 0–1. */
  performance: Record<Mode, Record<Dimension, number>>;
  serviceWeights: Record<Dimension, number>;
  sharedWeights: Record<Dimension, number>;
  /** Service value of each pure mode, 0–100. */
  serviceByMode: Record<Mode, number>;
  /** Shared value of each pure mode, 0–100. */
  sharedByMode: Record<Mode, number>;
  /** Aggregate value a full share of each mode forfeits to state authority (points; 0 for bureaucracy). */
  authorityCostByMode: Record<Mode, number>;
  /** Scale of citizens' contribution (points): what an all-citizen mix would add; see citizenContributionOf. */
  contributionScale: number;
}

/** The modes whose share is citizens' own contribution: staffed by all who answer the call (Table 1). */
export const CITIZEN_MODES: readonly Mode[] = ['crowdsourcing', 'opensourcing'];

const MAX_DIVERSITY = 1 - 1 / MODES.length;

function modeFitness(mode: Mode, context: ServiceContext): number {
  // A weighted arithmetic mean, not a geometric one: each feature then moves a mode's fit by the same
  // amount whatever the other features are, so the way a feature pushes the balanced configuration
  // is fixed by the weights (the directions table). Under a geometric mean a feature's pull grows with
  // the mode's fit elsewhere, and a well-fitting mode could overtake the mode the feature concerns.
  let sum = 0;
  let weights = 0;
  for (const term of modeFit[mode].value) {
    const x = context[term.field];
    sum += term.weight * (term.favours === 'high' ? x : 1 - x);
    weights += term.weight;
  }
  return sum / weights;
}

function weightsOf(base: Record<Dimension, { value: number }>): Record<Dimension, number> {
  const raw = {} as Record<Dimension, number>;
  let total = 0;
  for (const d of DIMENSIONS) total += base[d].value;
  for (const d of DIMENSIONS) raw[d] = base[d].value / total;
  return raw;
}

// Complementarity's slope at a pure mode: the bonus a first share of another mode earns there.
const CORNER_BONUS = (2 * 100) / MAX_DIVERSITY;

// Mean openness of a mode's four Table 1 resources: how much of them the administration does not pay for itself.
function outsideResources(mode: Mode): number {
  let sum = 0;
  for (const r of RESOURCES) sum += modeProfiles[mode].openness[r].value;
  return sum / RESOURCES.length;
}

/** Computes each mode's fit and dimension scores for a validated context. */
export function buildModeModel(context: ServiceContext): ModeModel {
  const fit = {} as Record<Mode, number>;
  const performance = {} as Record<Mode, Record<Dimension, number>>;
  // Where everyone must be served whatever the cost, the service is judged by equal access rather
  // than by cost: weight moves from efficiency to equity and no other weight changes. A transfer (not
  // a boost and a rescaling) so that the obligation cannot make legitimacy or control weigh less.
  const sWeights = weightsOf(serviceWeights);
  const shift = Math.min(sWeights.efficiency, modeParameters.equalAccessEfficiencyShift.value * context.equalAccessObligation);
  sWeights.efficiency -= shift;
  sWeights.equity += shift;
  const shWeights = weightsOf(sharedValueWeights);
  const serviceByMode = {} as Record<Mode, number>;
  const sharedByMode = {} as Record<Mode, number>;
  const authorityCostByMode = {} as Record<Mode, number>;
  const saving = modeParameters.outsideResourceSaving.value;
  const cornerBonus = modeParameters.complementarityWeight.value * CORNER_BONUS;
  const forfeit = modeParameters.stateAuthorityForfeit.value * cornerBonus;
  // Where the outcome rests on what citizens do, their share adds what the administration cannot
  // produce itself (A&E, air pollution). A bonus beside the administration's own production, not a
  // penalty on it: bureaucracy's and innersourcing's fit and value do not depend on it.
  // Where the service rests on powers only the state may use, a share handed to citizens forfeits this
  // bonus as it forfeits complementarity (policing: their part is to watch and report). One factor for
  // both citizens' modes, the less exposed one's, so the bonus stays a function of their combined share.
  const kept = Math.max(0, 1 - modeParameters.stateAuthorityForfeit.value * stateAuthorityExposure.crowdsourcing.value * context.stateAuthority);
  const contributionScale = (modeParameters.citizenContributionWeight.value * cornerBonus * context.dependsOnCitizenBehaviour * kept) / 2;
  for (const mode of MODES) {
    fit[mode] = modeFitness(mode, context);
    // Handing powers only the state may use to outside contributors is not a complement to the
    // state's own work (the policing example): such a share forfeits the bonus it would earn beside
    // the administration's own production. Charged per point of share, so it pushes the balance one
    // way only — away from the exposed modes — and never changes how the other modes combine.
    authorityCostByMode[mode] = forfeit * stateAuthorityExposure[mode].value * context.stateAuthority;
    const row = {} as Record<Dimension, number>;
    for (const d of DIMENSIONS) {
      const s = fitSensitivity[d].value;
      let score = modeAffinity[mode][d].value * (1 - s + s * fit[mode]);
      if (d === 'efficiency') score = (1 - saving) * score + saving * outsideResources(mode);
      if (d === 'equity') score *= 1 - digitalDependence[mode].value * (1 - context.digitalInclusion);
      if (d === 'legitimacy') score *= 1 - stateAuthorityExposure[mode].value * context.stateAuthority;
      row[d] = score;
    }
    performance[mode] = row;
    let service = 0;
    let shared = 0;
    for (const d of DIMENSIONS) {
      service += sWeights[d] * row[d];
      shared += shWeights[d] * row[d];
    }
    serviceByMode[mode] = 100 * service;
    sharedByMode[mode] = 100 * shared;
  }
  return { context, fit, performance, serviceWeights: sWeights, sharedWeights: shWeights, serviceByMode, sharedByMode, authorityCostByMode, contributionScale };
}

/** Complementarity of a mix given as fractions summing to 1: 0 for one mode, 100 for four equal shares. */
export function complementarityOf(fractions: readonly number[]): number {
  // Gini–Simpson diversity. It ignores the service on purpose: a term that weighted pairs of modes
  // by the context would make a feature move modes in both directions at once (see directions.ts).
  let sumOfSquares = 0;
  for (const f of fractions) sumOfSquares += f * f;
  return (100 * (1 - sumOfSquares)) / MAX_DIVERSITY;
}

/** Citizens' contribution (points) for the citizens' share of a mix (fraction 0–1) at a given scale. */
export function citizenContributionOf(citizenShare: number, scale: number): number {
  // x(2 − x): rises with citizens' share, fastest for the first points beside the administration's own
  // production, and stops rising as that production vanishes — citizens beside it, not instead of it.
  // Concave in the citizens' share alone, so more dependence on citizens never lowers their share.
  return scale * citizenShare * (2 - citizenShare);
}

/** Aggregate public value from service value, shared value and complementarity (0–100), plus citizens' contribution and less the authority cost (points). */
export function aggregateOf(service: number, shared: number, complementarity: number, authorityCost = 0, citizenContribution = 0): number {
  const beta = modeParameters.complementarityWeight.value;
  const gamma = modeParameters.sharedValueShare.value;
  return (1 - beta) * ((1 - gamma) * service + gamma * shared) + beta * complementarity + citizenContribution - authorityCost;
}

const clamp100 = (x: number): number => clamp(x, 0, 100);

function warningsFor(mix: Mix, context: ServiceContext): ModeWarning[] {
  const t = warningThresholds;
  const open = mix.crowdsourcing + mix.opensourcing;
  const warnings: ModeWarning[] = [];
  if (open >= t.digitalDivideShare.value && context.digitalInclusion < t.digitalDivideInclusion.value) {
    warnings.push({
      id: 'digitalDivide',
      label: 'Digital divide',
      explanation: `${Math.round(open)} % of the work relies on citizens taking part through platforms, but digital inclusion is low: those without skills or access are left out, and the service may deepen existing inequities.`,
    });
  }
  if (mix.opensourcing >= t.lossOfControlShare.value) {
    warnings.push({
      id: 'lossOfControl',
      label: 'Loss of control',
      explanation: `${Math.round(mix.opensourcing)} % opensourcing: the administration can no longer control production, only govern it, so it must watch that the result does not harm other public value.`,
    });
  }
  // Strictly above: a service that rests only half on state-only powers (air pollution: agencies
  // enforce, but the result rests on how citizens travel) is not one whose core is enforcement.
  if (context.stateAuthority > t.forceAuthority.value && open > t.forceShare.value) {
    warnings.push({
      id: 'legitimacyOfForce',
      label: 'Legitimacy of state authority',
      explanation: `The service involves powers only the state may use, yet ${Math.round(open)} % of the work sits outside it. Citizens can watch, report and advise; enforcing the law must stay with public officials.`,
    });
  }
  // Capture needs production that outside contributors do and the administration does not control:
  // households sorting waste under the council's rules cannot steer the service (Table 2: in
  // crowdsourcing the administration stays in control); citizens defining the problem can.
  let uncontrolled = 0;
  for (const m of CITIZEN_MODES) uncontrolled += mix[m] * (1 - modeAffinity[m].control.value);
  if (uncontrolled >= t.captureShare.value) {
    warnings.push({
      id: 'capture',
      label: 'Capture',
      explanation: `${Math.round(open)} % of production is open to outside contributors and about ${Math.round(uncontrolled)} % is beyond the administration’s control: the best organised or most connected can steer the service; keep accountability lines clear and those served represented.`,
    });
  }
  if (mix.bureaucracy >= t.rigidityShare.value && context.expectationChange >= t.rigidityChange.value) {
    warnings.push({
      id: 'rigidity',
      label: 'Rigidity',
      explanation: `${Math.round(mix.bureaucracy)} % bureaucracy while expectations change fast: standard procedures will lag behind what citizens now want.`,
    });
  }
  if (context.dependsOnCitizenBehaviour >= t.citizensIgnoredDependence.value && open < t.citizensIgnoredShare.value) {
    warnings.push({
      id: 'citizensLeftOut',
      label: 'Citizens left out',
      explanation: 'The outcome depends on what citizens do, but the mix hardly involves them; no internal efficiency gain can replace their contribution.',
    });
  }
  return warnings;
}

/** Evaluates a mix in a validated model; shares are fractions summing to 1. */
export function evaluateInModel(model: ModeModel, mix: Mix, normalisation: ModesResult['normalisation']): ModesResult {
  const fractions = MODES.map((m) => mix[m] / 100);
  const dimensions = {} as Record<Dimension, number>;
  for (const d of DIMENSIONS) {
    let score = 0;
    MODES.forEach((m, i) => (score += (fractions[i] ?? 0) * model.performance[m][d]));
    dimensions[d] = clamp100(100 * score);
  }
  const resources = {} as Record<Resource, number>;
  for (const r of RESOURCES) {
    let open = 0;
    MODES.forEach((m, i) => (open += (fractions[i] ?? 0) * modeProfiles[m].openness[r].value));
    resources[r] = clamp100(100 * open);
  }
  let serviceValue = 0;
  let sharedValue = 0;
  let authorityCost = 0;
  let citizenShare = 0;
  MODES.forEach((m, i) => {
    serviceValue += (fractions[i] ?? 0) * model.serviceByMode[m];
    sharedValue += (fractions[i] ?? 0) * model.sharedByMode[m];
    authorityCost += (fractions[i] ?? 0) * model.authorityCostByMode[m];
    if (CITIZEN_MODES.includes(m)) citizenShare += fractions[i] ?? 0;
  });
  const complementarity = clamp100(complementarityOf(fractions));
  const citizenContribution = citizenContributionOf(citizenShare, model.contributionScale);
  return {
    kind: 'modes',
    mix,
    normalisation,
    context: model.context,
    fit: { ...model.fit },
    dimensions,
    resources,
    serviceValue: clamp100(serviceValue),
    sharedValue: clamp100(sharedValue),
    complementarity,
    authorityCost: clamp100(authorityCost),
    citizenContribution: clamp100(citizenContribution),
    aggregatePublicValue: clamp100(aggregateOf(serviceValue, sharedValue, complementarity, authorityCost, citizenContribution)),
    warnings: warningsFor(mix, model.context),
  };
}

/** Scores a mix of modes (percentages, rescaled if they do not sum to 100) for a service context. */
export function evaluateMix(mix: Mix, context: ServiceContext): ModesResult {
  const { mix: normalised, normalised: applied, originalTotal } = normaliseMix(mix);
  const model = buildModeModel(validateContext(context));
  const message = applied
    ? `The shares you gave add up to ${Number(originalTotal.toFixed(2))}, not 100; they were rescaled in proportion.`
    : null;
  return evaluateInModel(model, normalised, { applied, originalTotal, message });
}
