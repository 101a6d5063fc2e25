import {
  assessmentItems,
  assessmentRules,
  chapterLink,
  type AssessmentAnswerLevels,
  type ItemId,
  type RuleDefinition,
  type RuleId,
} from './assessment-items.ts';
import { findBalancedConfiguration, type BalanceResult } from './balance.ts';
import { cellLabel, evaluateCapacities, type CapacityRatings, type CapacityResult } from './capacities.ts';
import { EvaluationError } from './errors.ts';
import { evaluateMix, type ModesResult } from './modes.ts';
import { assessmentParameters, capacityParameters, typologyParameters, warningThresholds } from './parameters.ts';
import { evaluateTriangle, type TriangleResult } from './triangle.ts';
import { classifyPlacement, type TypologyResult } from './typology.ts';
import { optionalLevel, requireRecord, show } from './validate.ts';
import { describeWhoAndWhen, type WhoWhenResult } from './who-when.ts';
import { CONTEXT_FIELDS, MODES, PHASES, type CapacityCell, type Level, type Mix, type Mode, type ServiceContext } from './types.ts';

/** A completed (or partly completed) self-assessment. */
export interface AssessmentInput {
  /** Answers 1–5 by item id; skipped items are simply absent. */
  answers: AssessmentAnswerLevels;
  /** The service's current mix of modes, in percent (optional). */
  currentMix?: Mix;
  /** Optional notes on the evidence behind answers, by item id. */
  notes?: Partial<Record<ItemId, string>>;
}

/** An answer that triggered a flag or recommendation: "because you answered …". */
export interface TriggeringAnswer {
  itemId: ItemId;
  short: string;
  level: Level;
  levelText: string;
}

/** A risk the profile flags, with the answers that raised it. */
export interface RiskFlag {
  id: 'equityDigitalDivide' | 'coDestruction' | 'capture' | 'sustainability' | 'professionalResistance';
  label: string;
  explanation: string;
  because: TriggeringAnswer[];
}

/** A recommendation with the rule that produced it, the answers that triggered it and the chapter that explains it. */
export interface Recommendation {
  ruleId: RuleId;
  rule: string;
  advice: string;
  because: TriggeringAnswer[];
  /** Further reason from the profile (e.g. which corner binds), in plain words. */
  detail: string;
  /** Link to the chapter section, e.g. /chapters/09-making-it-work/#sustainability. */
  link: string;
  linkLabel: string;
}

/** A capacity target set by the service, with the reason. */
export interface CapacityTarget {
  cell: CapacityCell;
  target: Level;
  reason: string;
}

/** The self-assessment profile: every framework applied to one service. */
export interface AssessmentResult {
  kind: 'assessment';
  answered: number;
  total: number;
  /** Items skipped, with a note on what could not be assessed. */
  missing: { itemId: ItemId; short: string }[];
  missingNote: string | null;
  context: ServiceContext;
  /** Context fields that were skipped and set to the middle of the scale. */
  assumedContext: (keyof ServiceContext)[];
  typology: TypologyResult | null;
  whoWhen: WhoWhenResult | null;
  modes: {
    current: ModesResult | null;
    balanced: BalanceResult;
    /** Current minus balanced share, in points, per mode (null without a current mix). */
    differences: Record<Mode, number> | null;
  };
  triangle: TriangleResult | null;
  capacities: CapacityResult;
  capacityTargets: CapacityTarget[];
  risks: RiskFlag[];
  recommendations: Recommendation[];
  notes: Partial<Record<ItemId, string>>;
}

const ITEM_IDS = assessmentItems.map((i) => i.id) as readonly ItemId[];
const MAX_NOTE = 2000;
const itemById = new Map(assessmentItems.map((i) => [i.id as ItemId, i]));

// Which cells the capacity and strategy items rate.
const CAPACITY_ITEMS: Partial<Record<CapacityCell, ItemId>> = {
  'operational.individual': 'leadership',
  'operational.organisational': 'organisation',
  'analytical.organisational': 'evidence',
  'political.organisational': 'sponsorship',
  'political.systemic': 'authorisation',
};

interface Facts {
  answers: AssessmentAnswerLevels;
  context: ServiceContext;
  typology: TypologyResult | null;
  triangle: TriangleResult | null;
  capacities: CapacityResult;
  current: ModesResult | null;
  balanced: BalanceResult;
  differences: Record<Mode, number> | null;
}

type Trigger = { because: ItemId[]; detail: string };

function because(answers: AssessmentAnswerLevels, ids: readonly ItemId[]): TriggeringAnswer[] {
  const out: TriggeringAnswer[] = [];
  for (const itemId of ids) {
    const level = answers[itemId];
    const item = itemById.get(itemId);
    if (level === undefined || item === undefined) continue;
    out.push({ itemId, short: item.short, level, levelText: item.levels[level - 1] ?? '' });
  }
  return out;
}

const weak = (level: Level | undefined): boolean => level !== undefined && level <= assessmentParameters.weakLevel.value;
const strong = (level: Level | undefined): boolean => level !== undefined && level >= assessmentParameters.strongLevel.value;
const platformShare = (mix: Mix | undefined): number => (mix ? mix.crowdsourcing + mix.opensourcing : 0);

function readAnswers(input: unknown): { answers: AssessmentAnswerLevels; currentMix: Mix | undefined; notes: Partial<Record<ItemId, string>> } {
  const record = requireRecord(input, 'assessment');
  const rawAnswers = requireRecord(record['answers'] ?? {}, 'answers');
  const answers: AssessmentAnswerLevels = {};
  for (const id of ITEM_IDS) {
    const level = optionalLevel(rawAnswers[id], `answers.${id}`);
    if (level !== undefined) answers[id] = level;
  }
  const notes: Partial<Record<ItemId, string>> = {};
  if (record['notes'] !== undefined) {
    const rawNotes = requireRecord(record['notes'], 'notes');
    for (const id of ITEM_IDS) {
      const note = rawNotes[id];
      if (note === undefined) continue;
      if (typeof note !== 'string') {
        throw new EvaluationError('wrong-type', `notes.${id}`, `notes.${id} must be text; got ${show(note)}.`);
      }
      notes[id] = note.slice(0, MAX_NOTE);
    }
  }
  return { answers, currentMix: record['currentMix'] === undefined ? undefined : (record['currentMix'] as Mix), notes };
}

function contextFrom(answers: AssessmentAnswerLevels): { context: ServiceContext; assumed: (keyof ServiceContext)[] } {
  const context = {} as ServiceContext;
  const assumed: (keyof ServiceContext)[] = [];
  for (const field of CONTEXT_FIELDS) {
    const level = answers[field];
    if (level === undefined) assumed.push(field);
    context[field] = level === undefined ? assessmentParameters.missingContextValue.value : (level - 1) / 4;
  }
  return { context, assumed };
}

function typologyFrom(answers: AssessmentAnswerLevels): TypologyResult | null {
  const { involvement, locus, purpose } = answers;
  if (involvement === undefined || locus === undefined) return null;
  const wi = typologyParameters.involvementWeights.value;
  const wl = typologyParameters.locusWeights.value;
  const p = purpose === undefined ? null : (purpose - 1) / 4;
  const inv = (involvement - 1) / 4;
  const loc = (locus - 1) / 4;
  // The involvement item stands for both "chose" and "aware"; without a purpose answer the axis items decide alone.
  const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
  return classifyPlacement({
    involvement: clamp01(p === null ? inv : (wi.choseToTakePart + wi.aware) * inv + wi.purpose * p),
    locus: clamp01(p === null ? loc : wl.scope * loc + wl.purpose * p),
    coDestruction: {
      resistance: weak(answers.aimsAligned) && answers.aimsAligned === 1,
      conflictingAims: weak(answers.aimsAligned),
      divisiveEffects: weak(answers.effectsOnOthers),
    },
  });
}

function whoWhenFrom(answers: AssessmentAnswerLevels): WhoWhenResult | null {
  const { participants, interaction, purpose } = answers;
  if (participants === undefined || interaction === undefined) return null;
  const active = assessmentParameters.activeLevel.value;
  const byLevel = <T,>(level: Level, low: T, mid: T, high: T): T => (level <= 2 ? low : level === 3 ? mid : high);
  return describeWhoAndWhen({
    phases: PHASES.filter((p) => (answers[p] ?? 0) >= active),
    participants: byLevel(participants, 'individual', 'group', 'collective'),
    interaction: byLevel(interaction, 'inPerson', 'mixed', 'ictMediated'),
    outcome: strong(purpose) ? 'userLedInnovation' : 'improveExisting',
  });
}

function capacityTargetsFor(answers: AssessmentAnswerLevels, balanced: BalanceResult, whoWhen: WhoWhenResult | null): CapacityTarget[] {
  const raised = assessmentParameters.raisedTarget.value as Level;
  const lowered = assessmentParameters.loweredTarget.value as Level;
  const base = capacityParameters.defaultTarget.value as Level;
  const targets: CapacityTarget[] = [];
  const set = (cell: CapacityCell, target: Level, reason: string) => targets.push({ cell, target, reason });
  if (!weak(answers.problemKnown) && answers.problemKnown === 5) {
    set('analytical.organisational', lowered, 'A settled, standard task asks little new analysis.');
  } else if (weak(answers.problemKnown)) {
    set('analytical.organisational', raised, 'A problem still to be defined needs strong use of evidence and users’ knowledge.');
  }
  if (platformShare(balanced.best.mix) >= assessmentParameters.platformShare.value || whoWhen?.level === 'enhanced') {
    set('operational.organisational', raised, 'Orchestrating many outside contributors puts organisational capacity at the centre.');
  }
  if ((whoWhen?.phases.length ?? 0) >= 3) {
    set('operational.individual', raised, 'Users take part in most phases, which asks a lot of leadership.');
  }
  if (strong(answers.stateAuthority)) {
    set('political.systemic', raised, 'Using state powers needs broad legitimacy.');
  }
  if (whoWhen !== null && whoWhen.level === 'none' && !strong(answers.stateAuthority)) {
    set('political.organisational', lowered, 'With no active co-production to sponsor, modest backing fits.');
  }
  for (const cell of Object.keys(CAPACITY_ITEMS) as CapacityCell[]) {
    if (!targets.some((t) => t.cell === cell)) set(cell, base, 'The default: adequate for this service, not the most possible.');
  }
  return targets;
}

const rules: Record<RuleId, (f: Facts) => Trigger | null> = {
  'strengthen-binding-corner': (f) => {
    if (f.triangle === null || f.triangle.binding === 'aligned') return null;
    const items: Record<string, ItemId[]> = {
      publicValue: ['valueProposition'],
      authorisingEnvironment: ['authorisation', 'sponsorship'],
      operationalCapacity: ['leadership', 'organisation', 'evidence'],
    };
    return { because: items[f.triangle.binding] ?? [], detail: f.triangle.explanation };
  },
  'rebalance-modes': (f) => {
    if (f.differences === null) return null;
    const gap = assessmentParameters.mixGapPoints.value;
    const off = MODES.filter((m) => Math.abs(f.differences?.[m] ?? 0) >= gap);
    if (off.length === 0) return null;
    const parts = off.map((m) => `${m} ${Math.round(f.current?.mix[m] ?? 0)} % now, ${f.balanced.best.mix[m]} % balanced`);
    const drivers = CONTEXT_FIELDS.filter((c) => f.answers[c] === 1 || f.answers[c] === 5) as ItemId[];
    return { because: drivers, detail: `Your mix differs from the balanced configuration: ${parts.join('; ')}.` };
  },
  'keep-state-authority-public': (f) =>
    strong(f.answers.stateAuthority) && platformShare(f.current?.mix) > warningThresholds.forceShare.value
      ? { because: ['stateAuthority'], detail: `${Math.round(platformShare(f.current?.mix))} % of the current work is crowd- or open-sourced.` }
      : null,
  'engage-citizens': (f) =>
    strong(f.answers.dependsOnCitizenBehaviour) && f.current !== null && platformShare(f.current.mix) < warningThresholds.citizensIgnoredShare.value
      ? { because: ['dependsOnCitizenBehaviour'], detail: 'The current mix leaves citizens’ own contribution out of the design.' }
      : null,
  'close-digital-divide': (f) => (riskDigital(f) ? { because: riskDigital(f) ?? [], detail: 'Those without access or skills cannot take part on equal terms.' } : null),
  'prevent-co-destruction': (f) => {
    const ids = (['aimsAligned', 'effectsOnOthers'] as const).filter((id) => weak(f.answers[id]));
    return ids.length > 0 ? { because: ids, detail: 'Co-production can destroy value as well as create it.' } : null;
  },
  'guard-against-capture': (f) => (riskCapture(f) ? { because: riskCapture(f) ?? [], detail: 'Blurred accountability lets organised interests steer the service.' } : null),
  'secure-sustainability': (f) => (weak(f.answers.sponsorship) ? { because: ['sponsorship'], detail: 'Sponsorship limited in time has ended other promising arrangements.' } : null),
  'work-with-professionals': (f) => (weak(f.answers.professionals) ? { because: ['professionals'], detail: 'Professionals who feel threatened can block co-production.' } : null),
  'fix-achilles-heel': (f) => (f.capacities.achillesHeel.flagged ? { because: ['organisation'], detail: f.capacities.achillesHeel.explanation } : null),
  'close-capacity-gaps': (f) => {
    const gaps = f.capacities.gaps.filter((g) => g.cell !== 'operational.organisational' || !f.capacities.achillesHeel.flagged);
    if (gaps.length === 0) return null;
    const ids = gaps.map((g) => CAPACITY_ITEMS[g.cell]).filter((id): id is ItemId => id !== undefined);
    return { because: ids, detail: `Below what this service needs: ${gaps.map((g) => `${cellLabel(g.cell)} (${g.rating}, needs ${g.target})`).join('; ')}.` };
  },
  'engage-intrinsic-co-production': (f) =>
    f.typology !== null &&
    (f.typology.quadrant === 'coProduction' || f.typology.quadrant === 'coConstruction') &&
    weak(f.answers.coDelivery)
      ? { because: ['involvement', 'coDelivery'], detail: `The service sits in ${f.typology.label}: users co-produce whether or not the service works with them.` }
      : null,
};

function riskDigital(f: Pick<Facts, 'answers' | 'current' | 'balanced'>): ItemId[] | null {
  if (!weak(f.answers.digitalInclusion)) return null;
  const platformReliant =
    strong(f.answers.interaction) || platformShare(f.current?.mix ?? f.balanced.best.mix) >= assessmentParameters.platformShare.value;
  if (!platformReliant) return null;
  return strong(f.answers.interaction) ? ['digitalInclusion', 'interaction'] : ['digitalInclusion'];
}

function riskCapture(f: Pick<Facts, 'answers' | 'current'>): ItemId[] | null {
  if (!weak(f.answers.accountability)) return null;
  const open =
    platformShare(f.current?.mix) >= assessmentParameters.platformShare.value ||
    (f.answers.coCommissioning ?? 0) >= assessmentParameters.activeLevel.value ||
    strong(f.answers.participants);
  if (!open) return null;
  return (['accountability', 'coCommissioning', 'participants'] as const).filter((id) => f.answers[id] !== undefined);
}

function risksFor(f: Facts): RiskFlag[] {
  const risks: RiskFlag[] = [];
  const digital = riskDigital(f);
  if (digital) {
    risks.push({ id: 'equityDigitalDivide', label: 'Equity and the digital divide', explanation: 'Many of those concerned cannot take part digitally, yet the service relies on platforms; co-production then tends to favour the already advantaged.', because: because(f.answers, digital) });
  }
  const destruction = (['aimsAligned', 'effectsOnOthers'] as const).filter((id) => weak(f.answers[id]));
  if (destruction.length > 0) {
    risks.push({ id: 'coDestruction', label: 'Co-destruction of value', explanation: 'Conflicting aims, resistance or harm to others can make co-production destroy value instead of creating it.', because: because(f.answers, destruction) });
  }
  const capture = riskCapture(f);
  if (capture) {
    risks.push({ id: 'capture', label: 'Capture and clientelism', explanation: 'Where accountability blurs and outside actors share in deciding, the arrangement can be captured for private ends or patronage.', because: because(f.answers, capture) });
  }
  if (weak(f.answers.sponsorship)) {
    risks.push({ id: 'sustainability', label: 'Sustainability of funding and sponsorship', explanation: 'Arrangements launched with a grant or one sponsor often fade when that support ends.', because: because(f.answers, ['sponsorship']) });
  }
  if (weak(f.answers.professionals)) {
    risks.push({ id: 'professionalResistance', label: 'Professional resistance', explanation: 'Staff who see users’ involvement as a threat to their standards can stall or undo it.', because: because(f.answers, ['professionals']) });
  }
  return risks;
}

/** Scores a self-assessment into one profile: quadrant, who and when, modes, triangle, capacities, risks and recommendations. */
export function scoreAssessment(input: AssessmentInput): AssessmentResult {
  const { answers, currentMix, notes } = readAnswers(input);
  const { context, assumed } = contextFrom(answers);
  const balanced = findBalancedConfiguration(context);
  const current = currentMix === undefined ? null : evaluateMix(currentMix, context);
  const differences = current === null ? null : (Object.fromEntries(MODES.map((m) => [m, current.mix[m] - balanced.best.mix[m]])) as Record<Mode, number>);
  const typology = typologyFrom(answers);
  const whoWhen = whoWhenFrom(answers);
  const capacityTargets = capacityTargetsFor(answers, balanced, whoWhen);
  const ratings: CapacityRatings = {};
  const targets: CapacityRatings = {};
  for (const [cell, id] of Object.entries(CAPACITY_ITEMS) as [CapacityCell, ItemId][]) {
    const level = answers[id];
    if (level !== undefined) ratings[cell] = level;
  }
  for (const t of capacityTargets) targets[t.cell] = t.target;
  const capacities = evaluateCapacities(ratings, { targets });
  const { valueProposition } = answers;
  const authorising = capacities.triangleBearing.authorisingEnvironment;
  const operational = capacities.triangleBearing.operationalCapacity;
  const triangle =
    valueProposition === undefined || authorising === null || operational === null
      ? null
      : evaluateTriangle({ publicValue: ((valueProposition - 1) / 4) * 100, authorisingEnvironment: authorising, operationalCapacity: operational });
  const facts: Facts = { answers, context, typology, triangle, capacities, current, balanced, differences };
  const recommendations: Recommendation[] = [];
  for (const rule of assessmentRules) {
    const trigger = rules[rule.id](facts);
    if (trigger !== null) recommendations.push(toRecommendation(rule, trigger, answers));
  }
  const missing = ITEM_IDS.filter((id) => answers[id] === undefined).map((itemId) => ({ itemId, short: itemById.get(itemId)?.short ?? itemId }));
  const unassessed = [
    typology === null ? 'the typology' : null,
    whoWhen === null ? 'who takes part and how' : null,
    triangle === null ? 'the strategic triangle' : null,
    assumed.length > 0 ? `the service context (${assumed.length} answer${assumed.length === 1 ? '' : 's'} assumed at the middle of the scale)` : null,
  ].filter((s): s is string => s !== null);
  return {
    kind: 'assessment',
    answered: ITEM_IDS.length - missing.length,
    total: ITEM_IDS.length,
    missing,
    missingNote:
      missing.length === 0
        ? null
        : `${missing.length} of ${ITEM_IDS.length} items were skipped${unassessed.length > 0 ? `; not fully assessed: ${unassessed.join(', ')}` : ''}.`,
    context,
    assumedContext: assumed,
    typology,
    whoWhen,
    modes: { current, balanced, differences },
    triangle,
    capacities,
    capacityTargets,
    risks: risksFor(facts),
    recommendations,
    notes,
  };
}

function toRecommendation(rule: RuleDefinition, trigger: Trigger, answers: AssessmentAnswerLevels): Recommendation {
  return {
    ruleId: rule.id,
    rule: rule.label,
    advice: rule.advice,
    because: because(answers, trigger.because),
    detail: trigger.detail,
    link: chapterLink(rule.link),
    linkLabel: rule.link.heading,
  };
}
