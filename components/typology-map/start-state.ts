/** Where the typology widget starts, from the props an author writes: a library case's placement, or explicit positions. */
import { CO_DESTRUCTION_SIGNALS, placeAnswers, typologyCodec, type TypologyCase, type TypologyState } from '@evaluation';
import type { TypologyProps } from './meta';

/**
 * The starting state for these props. `findCase` looks a case up by id: the build passes the model's
 * library (and fails on an unknown id), the widget the library its island was given.
 */
export function typologyStart(props: TypologyProps, findCase: (id: string) => TypologyCase): TypologyState {
  const base = typologyCodec.defaultState();
  const noSignals = Object.fromEntries(CO_DESTRUCTION_SIGNALS.map((s) => [s, false])) as TypologyState['coDestruction'];
  if (!props.caseId) return { involvement: props.involvement ?? base.involvement, locus: props.locus ?? base.locus, coDestruction: noSignals };
  const placement = placeAnswers(findCase(props.caseId).answers);
  return {
    involvement: props.involvement ?? placement.involvement,
    locus: props.locus ?? placement.locus,
    coDestruction: { ...noSignals, ...placement.coDestruction },
  };
}
