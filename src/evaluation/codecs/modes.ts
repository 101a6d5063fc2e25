import { EvaluationError } from '../errors.ts';
import { findPreset, presets } from '../presets.ts';
import type { StateCodec } from '../state-codec.ts';
import { requireRecord, validateContext } from '../validate.ts';
import { CONTEXT_FIELDS, type Mix, type ServiceContext } from '../types.ts';
import { decodeMix, encodeMix, ints, pct, unknownName } from './parts.ts';

const firstPreset = presets[0]!;

/** The mode balancer's state in a link: the preset, the mix and, when it differs from the preset's, the context, e.g. "recycling-collection.70-0-30-0". */
export const modesCodec: StateCodec<'modes'> = {
  kind: 'modes',
  defaultState: () => ({ preset: firstPreset.id, context: { ...firstPreset.context }, mix: { ...firstPreset.startingMix } }),
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
    if (preset === undefined) throw new EvaluationError('unknown-value', 'preset', unknownName('service preset', id));
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
};
