import { EvaluationError } from '../errors.ts';
import type { StateCodec, TypologyState } from '../state-codec.ts';
import { CO_DESTRUCTION_SIGNALS } from '../types.ts';
import { classifyPlacement } from '../typology.ts';
import { ints, pct } from './parts.ts';

/** The typology's state in a link: involvement and locus in percent and the co-destruction signals as bits, e.g. "25-80-1". */
export const typologyCodec: StateCodec<'typology'> = {
  kind: 'typology',
  defaultState: () => ({ involvement: 0.25, locus: 0.25, coDestruction: { resistance: false, conflictingAims: false, divisiveEffects: false } }),
  encode(state) {
    const r = classifyPlacement(state);
    const flags = CO_DESTRUCTION_SIGNALS.reduce((bits, s, i) => bits | (r.coDestruction.some((f) => f.signal === s) ? 1 << i : 0), 0);
    return `${pct(r.involvement)}-${pct(r.locus)}-${flags}`;
  },
  decode(payload) {
    const [inv, loc, flags] = ints(payload, 3, 'placement');
    if ((flags ?? 0) > 7) throw new EvaluationError('out-of-range', 'flags', 'The co-destruction flags should be a number from 0 to 7.');
    return {
      involvement: (inv ?? 0) / 100,
      locus: (loc ?? 0) / 100,
      coDestruction: Object.fromEntries(CO_DESTRUCTION_SIGNALS.map((s, i) => [s, (((flags ?? 0) >> i) & 1) === 1])) as TypologyState['coDestruction'],
    };
  },
};
