import type { AssessmentAnswerLevels } from './assessment-items.ts';
import type { CapacityRatings } from './capacities.ts';
import { EvaluationError } from './errors.ts';
import { MODEL_VERSION } from './model-version.ts';
import type { TriangleInput } from './triangle.ts';
import type { CoDestructionSignal, Mix, Paradigm, ServiceContext } from './types.ts';

/** The widgets whose whole state fits in a URL. */
export type WidgetKind = 'triangle' | 'typology' | 'modes' | 'capacities' | 'paradigms' | 'assessment';

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

/** The paradigm lens's state: a service preset and the paradigm highlighted, if any. */
export interface ParadigmsState {
  preset: string;
  paradigm: Paradigm | null;
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
  paradigms: ParadigmsState;
  assessment: AssessmentState;
}

/** A decoded state: always usable; `ok` is false when defaults were used, and `reason` says why. */
export interface DecodedState<K extends WidgetKind> {
  state: WidgetStates[K];
  ok: boolean;
  reason?: string;
  /** The model version the state was made with (see modelVersionNote); null for a format-v1 link, which predates recorded versions. */
  madeWith: string | null;
}

/** How one kind's state is written into a link and read back; each kind's codec lives in its own module so a page loads only its widgets'. */
export interface StateCodec<K extends WidgetKind> {
  kind: K;
  /** The state the widget starts from, and falls back to. */
  defaultState(): WidgetStates[K];
  /** The payload after the version and kind; throws EvaluationError on an invalid state. */
  encode(state: WidgetStates[K]): string;
  /** The state from a payload; throws EvaluationError when it cannot be read. */
  decode(payload: string): WidgetStates[K];
}

/**
 * The current URL-state format version. v2 is v1 with the model version after the kind
 * ("v2.t.2-2-0.60-40-75"); v1 links ("v1.t.60-40-75") are still read, as made before versions were recorded.
 */
export const STATE_VERSION = 'v2';

/** The letter each widget kind's states carry after the format version ("v2.m.…" is a mode balancer's). */
export const KIND_CODES: Readonly<Record<WidgetKind, string>> = { triangle: 't', typology: 'y', modes: 'm', capacities: 'c', paradigms: 'p', assessment: 'a' };
const MAX_LENGTH = 1000;
// What a reader calls each kind, for the sentence saying a link is for another widget.
const KIND_NAMES: Readonly<Record<WidgetKind, string>> = {
  triangle: 'the strategic triangle',
  typology: 'the typology',
  modes: 'the mode balancer',
  capacities: 'the capacity matrix',
  paradigms: 'the paradigm lens',
  assessment: 'the self-assessment',
};

/** Encodes a state with its kind's codec as a compact string with its format and model version, e.g. "v2.t.2-2-0.60-40-75". Throws EvaluationError on an invalid state. */
export function encodeWith<K extends WidgetKind>(codec: StateCodec<K>, state: WidgetStates[K]): string {
  return `${STATE_VERSION}.${KIND_CODES[codec.kind]}.${MODEL_VERSION.replaceAll('.', '-')}.${codec.encode(state)}`;
}

/** Decodes a URL state with its kind's codec; never throws: an invalid, foreign or old string gives the defaults and a reason to show. */
export function decodeWith<K extends WidgetKind>(codec: StateCodec<K>, text: unknown): DecodedState<K> {
  const kind = codec.kind;
  const fallback = (reason: string): DecodedState<K> => ({ state: codec.defaultState(), ok: false, reason, madeWith: MODEL_VERSION });
  if (typeof text !== 'string' || text.length === 0) return fallback('No saved state was given.');
  if (text.length > MAX_LENGTH) return fallback('The link’s set-up is too long to be one of this book’s.');
  const match = /^v(\d{1,4})\.([a-z])\.(.*)$/s.exec(text);
  if (match === null) return fallback('The link’s set-up is not in a format this page understands.');
  const [, version, code, rest] = match as unknown as [string, string, string, string];
  if (version !== '1' && `v${version}` !== STATE_VERSION) {
    return fallback(`The link was made with format v${version}, which this version of the book cannot read.`);
  }
  if (code !== KIND_CODES[kind]) {
    const other = (Object.keys(KIND_CODES) as WidgetKind[]).find((k) => KIND_CODES[k] === code);
    return fallback(other ? `The link is a set-up of ${KIND_NAMES[other]}, not of ${KIND_NAMES[kind]}.` : 'The link’s set-up is for a widget this book does not have.');
  }
  const model = version === '1' ? null : /^(\d{1,3})-(\d{1,3})-(\d{1,3})\.(.*)$/s.exec(rest);
  if (model === null && version !== '1') return fallback('The link does not say which version of the model made it.');
  const madeWith = model ? model.slice(1, 4).join('.') : null;
  const payload = model ? (model[4] ?? '') : rest;
  try {
    return { state: codec.decode(payload), ok: true, madeWith };
  } catch (error) {
    return fallback(error instanceof EvaluationError ? error.message : 'The link’s set-up is damaged.');
  }
}
