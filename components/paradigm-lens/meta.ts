/** The paradigm lens in the widget registry: its names and how its MDX props become a state. */
import { paradigmsCodec, type Paradigm, type ParadigmsState } from '@evaluation';
import type { WidgetMeta } from '../widget/widget-meta';

/** Props that set the paradigm lens: a service preset and, optionally, the paradigm to look through. */
export interface ParadigmsProps {
  /** Service preset to look at; the model's first preset when omitted. */
  preset?: string;
  /** Paradigm to highlight (weberian, npm, publicValue, coProduction); none when omitted. */
  paradigm?: Paradigm;
}

/** The paradigm lens widget. */
export const paradigmsWidget: WidgetMeta<'paradigms', ParadigmsProps> = {
  kind: 'paradigms',
  tag: 'ParadigmLens',
  title: 'The paradigm lens',
  stateFromProps(props): ParadigmsState {
    const state = { preset: props.preset ?? paradigmsCodec.defaultState().preset, paradigm: props.paradigm ?? null };
    // The codec refuses an unknown preset or paradigm, naming the known ones: an authoring mistake, caught at build.
    paradigmsCodec.encode(state);
    return state;
  },
};
