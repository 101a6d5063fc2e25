import { EvaluationError } from '../errors.ts';
import { findPreset, presets } from '../presets.ts';
import type { StateCodec } from '../state-codec.ts';
import { requireRecord, show } from '../validate.ts';
import { PARADIGMS, type Paradigm } from '../types.ts';
import { unknownName } from './parts.ts';

const isParadigm = (value: unknown): value is Paradigm => (PARADIGMS as readonly unknown[]).includes(value);

/** The paradigm lens's state in a link: the preset and, when one is highlighted, the paradigm, e.g. "neighbourhood-policing.npm". */
export const paradigmsCodec: StateCodec<'paradigms'> = {
  kind: 'paradigms',
  defaultState: () => ({ preset: presets[0]!.id, paradigm: null }),
  encode(state) {
    const { preset, paradigm = null } = requireRecord(state, 'state');
    if (typeof preset !== 'string' || !findPreset(preset) || (paradigm !== null && !isParadigm(paradigm))) {
      throw new EvaluationError('unknown-value', 'state', `The paradigm lens needs a preset (${presets.map((p) => p.id).join(', ')}) and optionally a paradigm (${PARADIGMS.join(', ')}); got ${show(preset)} and ${show(paradigm)}.`);
    }
    return paradigm === null ? preset : `${preset}.${paradigm}`;
  },
  decode(payload) {
    const [preset = '', paradigm, ...rest] = payload.split('.');
    if (rest.length > 0) throw new EvaluationError('wrong-type', 'paradigms', 'A paradigm-lens state has a preset and optionally a paradigm.');
    if (!findPreset(preset)) throw new EvaluationError('unknown-value', 'preset', unknownName('service preset', preset));
    if (paradigm !== undefined && !isParadigm(paradigm)) throw new EvaluationError('unknown-value', 'paradigm', unknownName('paradigm', paradigm));
    return { preset, paradigm: paradigm ?? null };
  },
};
