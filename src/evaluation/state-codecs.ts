import { assessmentCodec } from './codecs/assessment.ts';
import { capacitiesCodec } from './codecs/capacities.ts';
import { modesCodec } from './codecs/modes.ts';
import { paradigmsCodec } from './codecs/paradigms.ts';
import { triangleCodec } from './codecs/triangle.ts';
import { typologyCodec } from './codecs/typology.ts';
import { decodeWith, encodeWith, type DecodedState, type StateCodec, type WidgetKind, type WidgetStates } from './state-codec.ts';

/** Every kind's codec. Pages that know their widget import that widget's codec alone; this table serves the build and tests. */
export const stateCodecs: { [K in WidgetKind]: StateCodec<K> } = {
  triangle: triangleCodec,
  typology: typologyCodec,
  modes: modesCodec,
  capacities: capacitiesCodec,
  paradigms: paradigmsCodec,
  assessment: assessmentCodec,
};

/** The state each widget starts from, and falls back to. */
export function defaultState<K extends WidgetKind>(kind: K): WidgetStates[K] {
  return stateCodecs[kind].defaultState();
}

/** Encodes a widget's state as a compact, versioned string, e.g. "v1.t.60-40-75". Throws EvaluationError on an invalid state. */
export function encodeState<K extends WidgetKind>(kind: K, state: WidgetStates[K]): string {
  return encodeWith(stateCodecs[kind], state);
}

/** Decodes a URL state; never throws: an invalid, foreign or old string gives the defaults and a reason to show. */
export function decodeState<K extends WidgetKind>(kind: K, text: unknown): DecodedState<K> {
  return decodeWith(stateCodecs[kind], text);
}
