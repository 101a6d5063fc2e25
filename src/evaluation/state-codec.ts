import { ASSESSMENT_ITEM_IDS, type ItemId } from './assessment-ids.ts';
import type { AssessmentAnswerLevels } from './assessment-items.ts';
import type { CapacityRatings } from './capacities.ts';
import { presets, findPreset } from './presets.ts';
import type { TriangleInput } from './triangle.ts';
import { evaluateTriangle } from './triangle.ts';
import { classifyPlacement } from './typology.ts';
import { normaliseMix, optionalLevel, requireRecord, validateContext } from './validate.ts';
import {
  CAPACITY_CELLS,
  CO_DESTRUCTION_SIGNALS,
  CONTEXT_FIELDS,
  CORNERS,
  MODES,
  type CoDestructionSignal,
  type Level,
  type Mix,
  type ServiceContext,
} from './types.ts';
import { EvaluationError } from './errors.ts';

/** The widgets whose whole state fits in a URL. */
export type WidgetKind = 'triangle' | 'typology' | 'modes' | 'capacities' | 'assessment';

/** The typology widget's state: positions 0–1 and co-destruction signals. */
export interface TypologyState {
  involvement: number;
  locus: number;
  coDestruction: Record<CoDestructionSignal, boolean>;
}

/** The mode balancer's state: a preset (or null for a custom service), its context and the mix in whole percent. */
export interface ModesState {
  preset: string | null;
  context: ServiceContext;
  mix: Mix;
}

/** The capacity matrix's state: ratings and, optionally, targets. */
export interface CapacitiesState {
  ratings: CapacityRatings;
  targets?: CapacityRatings;
}

/** A whole self-assessment: answers and, optionally, the current mix (notes stay in the browser, not the URL). */
export interface AssessmentState {
  answers: AssessmentAnswerLevels;
  currentMix?: Mix;
}

/** The state of each widget kind. */
export interface WidgetStates {
  triangle: TriangleInput;
  typology: TypologyState;
  modes: ModesState;
  capacities: CapacitiesState;
  assessment: AssessmentState;
}

/** A decoded state: always usable; `ok` is false when defaults were used, and `reason` says why. */
export interface DecodedState<K extends WidgetKind> {
  state: WidgetStates[K];
  ok: boolean;
  reason?: string;
}

/** The current URL-state format version. */
export const STATE_VERSION = 'v1';

const KIND_CODES: Record<WidgetKind, string> = { triangle: 't', typology: 'y', modes: 'm', capacities: 'c', assessment: 'a' };
const MAX_LENGTH = 1000;
const ITEM_IDS: readonly ItemId[] = ASSESSMENT_ITEM_IDS;

const firstPreset = presets[0]!;

/** The state each widget starts from, and falls back to. */
export function defaultState<K extends WidgetKind>(kind: K): WidgetStates[K] {
  const states: WidgetStates = {
    triangle: { publicValue: 50, authorisingEnvironment: 50, operationalCapacity: 50 },
    typology: { involvement: 0.25, locus: 0.25, coDestruction: { resistance: false, conflictingAims: false, divisiveEffects: false } },
    modes: { preset: firstPreset.id, context: { ...firstPreset.context }, mix: { ...firstPreset.startingMix } },
    capacities: { ratings: Object.fromEntries(CAPACITY_CELLS.map((c) => [c, 3])) as CapacityRatings },
    assessment: { answers: {} },
  };
  return states[kind];
}

// --- small codecs ------------------------------------------------------------------------------

const INT = /^(?:100|[1-9]?[0-9])$/;

function ints(text: string, count: number, what: string): number[] {
  const parts = text.split('-');
  if (parts.length !== count || !parts.every((p) => INT.test(p))) {
    throw new EvaluationError('wrong-type', what, `${what} should be ${count} whole numbers from 0 to 100 separated by "-".`);
  }
  return parts.map(Number);
}

// Rounds percentages to whole numbers that still sum to 100 (largest remainder).
function wholeMix(mix: Mix): Mix {
  const { mix: m } = normaliseMix(mix);
  const floors = MODES.map((k) => Math.floor(m[k]));
  let rest = 100 - floors.reduce((a, b) => a + b, 0);
  const order = MODES.map((k, i) => ({ i, frac: m[k] - Math.floor(m[k]) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    rest--;
  }
  return Object.fromEntries(MODES.map((k, i) => [k, floors[i] ?? 0])) as Mix;
}

function encodeMix(mix: Mix): string {
  const w = wholeMix(mix);
  return MODES.map((k) => w[k]).join('-');
}

function decodeMix(text: string): Mix {
  const values = ints(text, MODES.length, 'mix');
  if (values.reduce((a, b) => a + b, 0) !== 100) throw new EvaluationError('out-of-range', 'mix', 'The mix shares should add up to 100.');
  return Object.fromEntries(MODES.map((k, i) => [k, values[i] ?? 0])) as Mix;
}

function encodeLevels(values: readonly (Level | undefined)[]): string {
  return values.map((v) => String(v ?? 0)).join('');
}

function decodeLevels(text: string, count: number, allowSkip: boolean, what: string): (Level | undefined)[] {
  const pattern = allowSkip ? /^[0-5]*$/ : /^[1-5]*$/;
  if (text.length !== count || !pattern.test(text)) {
    throw new EvaluationError('wrong-type', what, `${what} should be ${count} digits from ${allowSkip ? 0 : 1} to 5.`);
  }
  return [...text].map((ch) => (ch === '0' ? undefined : (Number(ch) as Level)));
}

const pct = (x: number): number => Math.round(x * 100);

interface Codec<S> {
  encode(state: S): string;
  decode(payload: string): S;
}

const codecs: { [K in WidgetKind]: Codec<WidgetStates[K]> } = {
  triangle: {
    encode(state) {
      const { corners } = evaluateTriangle(state);
      return CORNERS.map((c) => Math.round(corners[c])).join('-');
    },
    decode(payload) {
      const [pv, ae, oc] = ints(payload, 3, 'corners');
      return { publicValue: pv ?? 0, authorisingEnvironment: ae ?? 0, operationalCapacity: oc ?? 0 };
    },
  },
  typology: {
    encode(state) {
      const r = classifyPlacement(state);
      const flags = CO_DESTRUCTION_SIGNALS.reduce((bits, s, i) => bits | (r.coDestruction.some((f) => f.signal === s) ? 1 << i : 0), 0);
      return `${pct(r.involvement)}-${pct(r.locus)}-${flags}`;
    },
    decode(payload) {
      const [inv, loc, flags] = ints(payload, 3, 'typology');
      if ((flags ?? 0) > 7) throw new EvaluationError('out-of-range', 'flags', 'The co-destruction flags should be a number from 0 to 7.');
      return {
        involvement: (inv ?? 0) / 100,
        locus: (loc ?? 0) / 100,
        coDestruction: Object.fromEntries(CO_DESTRUCTION_SIGNALS.map((s, i) => [s, (((flags ?? 0) >> i) & 1) === 1])) as TypologyState['coDestruction'],
      };
    },
  },
  modes: {
    encode(state) {
      const record = requireRecord(state, 'state');
      const context = validateContext(record['context']);
      const preset = record['preset'] === null ? undefined : findPreset(String(record['preset']));
      if (record['preset'] !== null && preset === undefined) {
        throw new EvaluationError('unknown-value', 'preset', `preset must be one of ${presets.map((p) => p.id).join(', ')} or null.`);
      }
      const mix = encodeMix(record['mix'] as Mix);
      const contextText = CONTEXT_FIELDS.map((f) => pct(context[f])).join('-');
      const presetText = CONTEXT_FIELDS.map((f) => pct(preset?.context[f] ?? -1)).join('-');
      return contextText === presetText ? `${preset?.id}.${mix}` : `${preset?.id ?? '_'}.${mix}.${contextText}`;
    },
    decode(payload) {
      const [id, mixText, contextText, ...rest] = payload.split('.');
      if (id === undefined || mixText === undefined || rest.length > 0) throw new EvaluationError('wrong-type', 'modes', 'A mode-balancer state has a preset, a mix and optionally a context.');
      const preset = id === '_' ? null : findPreset(id);
      if (preset === undefined) throw new EvaluationError('unknown-value', 'preset', `There is no service preset called "${id.slice(0, 30)}".`);
      if (preset === null && contextText === undefined) throw new EvaluationError('missing-field', 'context', 'A custom service needs its context.');
      const mix = decodeMix(mixText);
      let context: ServiceContext;
      if (contextText === undefined) context = { ...(preset as NonNullable<typeof preset>).context };
      else {
        const values = ints(contextText, CONTEXT_FIELDS.length, 'context');
        context = Object.fromEntries(CONTEXT_FIELDS.map((f, i) => [f, (values[i] ?? 0) / 100])) as unknown as ServiceContext;
      }
      return { preset: preset?.id ?? null, context, mix };
    },
  },
  capacities: {
    encode(state) {
      const record = requireRecord(state, 'state');
      const ratings = requireRecord(record['ratings'], 'ratings');
      const text = encodeLevels(CAPACITY_CELLS.map((c) => optionalLevel(ratings[c], `ratings.${c}`)));
      if (record['targets'] === undefined) return text;
      const targets = requireRecord(record['targets'], 'targets');
      return `${text}.${encodeLevels(CAPACITY_CELLS.map((c) => optionalLevel(targets[c], `targets.${c}`) ?? 3))}`;
    },
    decode(payload) {
      const [ratingText, targetText, ...rest] = payload.split('.');
      if (rest.length > 0) throw new EvaluationError('wrong-type', 'capacities', 'A capacity state has ratings and optionally targets.');
      const toRecord = (levels: (Level | undefined)[]): CapacityRatings => {
        const out: CapacityRatings = {};
        CAPACITY_CELLS.forEach((c, i) => {
          const level = levels[i];
          if (level !== undefined) out[c] = level;
        });
        return out;
      };
      const state: CapacitiesState = { ratings: toRecord(decodeLevels(ratingText ?? '', CAPACITY_CELLS.length, true, 'ratings')) };
      if (targetText !== undefined) state.targets = toRecord(decodeLevels(targetText, CAPACITY_CELLS.length, false, 'targets'));
      return state;
    },
  },
  assessment: {
    encode(state) {
      const record = requireRecord(state, 'state');
      const answers = requireRecord(record['answers'], 'answers');
      const text = encodeLevels(ITEM_IDS.map((id) => optionalLevel(answers[id], `answers.${id}`)));
      return record['currentMix'] === undefined ? text : `${text}.${encodeMix(record['currentMix'] as Mix)}`;
    },
    decode(payload) {
      const [answerText, mixText, ...rest] = payload.split('.');
      if (rest.length > 0) throw new EvaluationError('wrong-type', 'assessment', 'An assessment state has answers and optionally a mix.');
      const levels = decodeLevels(answerText ?? '', ITEM_IDS.length, true, 'answers');
      const answers: AssessmentAnswerLevels = {};
      ITEM_IDS.forEach((id, i) => {
        const level = levels[i];
        if (level !== undefined) answers[id] = level;
      });
      const state: AssessmentState = { answers };
      if (mixText !== undefined) state.currentMix = decodeMix(mixText);
      return state;
    },
  },
};

/** Encodes a widget's state as a compact, versioned string, e.g. "v1.t.60-40-75". Throws EvaluationError on an invalid state. */
export function encodeState<K extends WidgetKind>(kind: K, state: WidgetStates[K]): string {
  return `${STATE_VERSION}.${KIND_CODES[kind]}.${codecs[kind].encode(state)}`;
}

/** Decodes a URL state; never throws: an invalid, foreign or old string gives the defaults and a reason to show. */
export function decodeState<K extends WidgetKind>(kind: K, text: unknown): DecodedState<K> {
  const fallback = (reason: string): DecodedState<K> => ({ state: defaultState(kind), ok: false, reason });
  if (typeof text !== 'string' || text.length === 0) return fallback('No saved state was given.');
  if (text.length > MAX_LENGTH) return fallback('The saved state is too long to be one of ours.');
  const match = /^v(\d{1,4})\.([a-z])\.(.*)$/s.exec(text);
  if (match === null) return fallback('The link’s state is not in a format this page understands.');
  const [, version, code, payload] = match as unknown as [string, string, string, string];
  if (`v${version}` !== STATE_VERSION) {
    return fallback(`The link was made with format v${version}, which this version of the book cannot read.`);
  }
  if (code !== KIND_CODES[kind]) {
    const other = (Object.keys(KIND_CODES) as WidgetKind[]).find((k) => KIND_CODES[k] === code);
    return fallback(other ? `The link holds a ${other} state, not a ${kind} state.` : 'The link’s state is for an unknown widget.');
  }
  try {
    return { state: codecs[kind].decode(payload), ok: true };
  } catch (error) {
    const detail = error instanceof EvaluationError ? ` ${error.message}` : '';
    return fallback(`The link’s state could not be read.${detail}`);
  }
}
