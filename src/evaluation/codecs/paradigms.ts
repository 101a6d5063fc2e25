import { EvaluationError } from '../errors.ts';
import { findPreset, presets } from '../presets.ts';
import type { StateCodec } from '../state-codec.ts';
import { requireRecord, show } from '../validate.ts';
import { PARADIGMS, type Paradigm } from '../types.ts';

const isParadigm = (value: unknown): value is Paradigm => (PARADIGMS as readonly unknown[]).includes(value);

function requirePreset(id: unknown): string {
  if (typeof id !== 'string' || !findPreset(id)) throw new EvaluationError('unknown-value', 'preset', `There is no service preset called ${show(id)}.`);
  return id;
}

/** The paradigm lens's state in a link: the preset and, when one is highlighted, the paradigm, e.g. "neighbourhood-policing.npm". */
export const paradigmsCodec: StateCodec<'paradigms'> = {
  kind: 'paradigms',
  defaultState: () => ({ preset: presets[0]!.id, paradigm: null }),
  encode(state) {
    const record = requireRecord(state, 'state');
    const preset = requirePreset(record['preset']);
    const paradigm = record['paradigm'] ?? null;
    if (paradigm !== null && !isParadigm(paradigm)) throw new EvaluationError('unknown-value', 'paradigm', `paradigm must be one of ${PARADIGMS.join(', ')} or null.`);
    return paradigm === null ? preset : `${preset}.${paradigm}`;
  },
  decode(payload) {
    const [id, paradigm, ...rest] = payload.split('.');
    if (rest.length > 0) throw new EvaluationError('wrong-type', 'paradigms', 'A paradigm-lens state has a preset and optionally a paradigm.');
    if (paradigm !== undefined && !isParadigm(paradigm)) throw new EvaluationError('unknown-value', 'paradigm', `There is no paradigm called ${show(paradigm)}.`);
    return { preset: requirePreset(id), paradigm: paradigm ?? null };
  },
};
