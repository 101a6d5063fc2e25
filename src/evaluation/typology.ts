import { quadrantProfiles, quadrantValueAssociation, typologyParameters, valueTypes } from './parameters.ts';
import { clamp, optionalBoolean, requireNumber, requireOneOf, requireRecord } from './validate.ts';
import { CO_DESTRUCTION_SIGNALS, VALUE_TYPES, type CoDestructionSignal, type Quadrant, type ValueType } from './types.ts';

/** A case placed on the two axes, each 0–1, with any signals of co-destruction. */
export interface TypologyPlacement {
  /** 0 = involuntary, intrinsic (service-management view) … 1 = voluntary, conscious (public-administration view). */
  involvement: number;
  /** 0 = a single service … 1 = the wider service system and the user's life. */
  locus: number;
  /** Signals that co-production may destroy value; each defaults to false. */
  coDestruction?: Partial<Record<CoDestructionSignal, boolean>>;
}

/** Plain-language answers about a case, turned into a placement. */
export interface TypologyAnswers {
  /** Did the person choose to take part in producing or shaping the service, beyond simply using it? */
  choseToTakePart: 'no' | 'partly' | 'yes';
  /** Were they aware of contributing? */
  aware: 'no' | 'partly' | 'yes';
  /** Is it about one encounter, one service, or the whole service system? */
  scope: 'encounter' | 'service' | 'system';
  /** Is it delivering the service as it is, improving it, or inventing a new form of service? */
  purpose: 'delivering' | 'improving' | 'inventing';
  coDestruction?: Partial<Record<CoDestructionSignal, boolean>>;
}

/** A value type at stake, marked as usually discussed with the quadrant or merely possible. */
export interface ValueAtStake {
  type: ValueType;
  numeral: string;
  label: string;
  /** True when the sources' discussion links this type to the quadrant; every type remains possible. */
  usuallyDiscussed: boolean;
}

/** A co-destruction signal raised for the case, with why it matters. */
export interface CoDestructionFlag {
  signal: CoDestructionSignal;
  explanation: string;
}

/** Where a case sits in the typology and why. Quadrants are not ranked: none is better or further along. */
export interface TypologyResult {
  kind: 'typology';
  involvement: number;
  locus: number;
  quadrant: Quadrant;
  numeral: string;
  label: string;
  /** Why the case falls in this quadrant, from its two positions. */
  reasoning: string;
  /** True when a position lies within the borderline margin of a boundary. */
  borderline: boolean;
  /** The other readings a borderline case allows (empty otherwise). */
  alternatives: Quadrant[];
  valuesAtStake: ValueAtStake[];
  /** The sources do not fix a one-to-one mapping between value types and quadrants. */
  valueCaveat: string;
  coDestruction: CoDestructionFlag[];
  /** Reminder that co-production can destroy value in any quadrant. */
  coDestructionNote: string;
}

const coDestructionExplanations: Record<CoDestructionSignal, string> = {
  resistance:
    'The person resists the service. Resistance is still co-production, but unaddressed it can turn the encounter against its own purpose.',
  conflictingAims:
    'Users and professionals pull towards different ends or bring inputs that do not fit, which tends to destroy rather than create value.',
  divisiveEffects:
    'What works for those involved may harm others — for instance by deepening divides between groups, as has been argued of faith schools.',
};

const VALUE_CAVEAT =
  'The sources do not tie each type of value to one quadrant: Osborne et al. (2016) leave that link as open work, so the types marked here are those usually discussed with this quadrant, and the others remain possible.';

const CO_DESTRUCTION_NOTE =
  'Co-production is not good in itself: in any quadrant it can destroy value as well as create it (Osborne et al. 2016; Sorrentino et al. 2018).';

function quadrantAt(involvement: number, locus: number, boundary: number): Quadrant {
  const voluntary = involvement >= boundary;
  const system = locus >= boundary;
  if (system) return voluntary ? 'coInnovation' : 'coConstruction';
  return voluntary ? 'coDesign' : 'coProduction';
}

function readSignals(input: unknown, field: string): CoDestructionFlag[] {
  if (input === undefined) return [];
  const record = requireRecord(input, field);
  return CO_DESTRUCTION_SIGNALS.filter((s) => optionalBoolean(record[s], `${field}.${s}`)).map((signal) => ({
    signal,
    explanation: coDestructionExplanations[signal],
  }));
}

/** Places a case in the four-quadrant typology from its two positions (each 0–1). */
export function classifyPlacement(placement: TypologyPlacement): TypologyResult {
  const record = requireRecord(placement, 'placement');
  const involvement = requireNumber(record['involvement'], 'involvement', 0, 1);
  const locus = requireNumber(record['locus'], 'locus', 0, 1);
  const coDestruction = readSignals(record['coDestruction'], 'coDestruction');
  const boundary = typologyParameters.boundary.value;
  const margin = typologyParameters.borderlineMargin.value;
  const quadrant = quadrantAt(involvement, locus, boundary);
  const nearInvolvement = Math.abs(involvement - boundary) < margin;
  const nearLocus = Math.abs(locus - boundary) < margin;
  const readings = new Set<Quadrant>();
  for (const i of nearInvolvement ? [0, 1] : [involvement]) {
    for (const l of nearLocus ? [0, 1] : [locus]) readings.add(quadrantAt(i, l, boundary));
  }
  readings.delete(quadrant);
  const profile = quadrantProfiles[quadrant];
  const usual = quadrantValueAssociation.value[quadrant];
  const side = (near: boolean, text: string) => (near ? `close to the boundary, leaning ${text}` : text);
  return {
    kind: 'typology',
    involvement,
    locus,
    quadrant,
    numeral: profile.numeral,
    label: profile.label,
    reasoning: `Involvement is ${side(nearInvolvement, profile.involvement === 'voluntary' ? 'voluntary and conscious' : 'intrinsic, whether or not chosen')}; the locus is ${side(nearLocus, profile.locus === 'system' ? 'the wider service system' : 'a single service')}. ${profile.description}`,
    borderline: readings.size > 0,
    alternatives: [...readings],
    valuesAtStake: VALUE_TYPES.map((type) => ({
      type,
      numeral: valueTypes[type].numeral,
      label: valueTypes[type].label,
      usuallyDiscussed: usual.includes(type),
    })),
    valueCaveat: VALUE_CAVEAT,
    coDestruction,
    coDestructionNote: CO_DESTRUCTION_NOTE,
  };
}

/** Turns plain-language answers into positions on the two axes (each 0–1). */
export function placeAnswers(answers: TypologyAnswers): TypologyPlacement {
  const record = requireRecord(answers, 'answers');
  const positions = typologyParameters.answerPositions.value;
  const chose = requireOneOf(record['choseToTakePart'], 'choseToTakePart', ['no', 'partly', 'yes'] as const);
  const aware = requireOneOf(record['aware'], 'aware', ['no', 'partly', 'yes'] as const);
  const scope = requireOneOf(record['scope'], 'scope', ['encounter', 'service', 'system'] as const);
  const purpose = requireOneOf(record['purpose'], 'purpose', ['delivering', 'improving', 'inventing'] as const);
  const wi = typologyParameters.involvementWeights.value;
  const wl = typologyParameters.locusWeights.value;
  const placement: TypologyPlacement = {
    involvement: clamp(
      wi.choseToTakePart * positions.choseToTakePart[chose] +
        wi.aware * positions.aware[aware] +
        wi.purpose * positions.purposeInvolvement[purpose],
      0,
      1,
    ),
    locus: clamp(wl.scope * positions.scope[scope] + wl.purpose * positions.purposeLocus[purpose], 0, 1),
  };
  if (record['coDestruction'] !== undefined) placement.coDestruction = record['coDestruction'] as TypologyPlacement['coDestruction'];
  return placement;
}

/** Places a case in the typology from plain-language answers about it. */
export function classifyAnswers(answers: TypologyAnswers): TypologyResult {
  return classifyPlacement(placeAnswers(answers));
}
