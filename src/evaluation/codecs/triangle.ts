import type { StateCodec } from '../state-codec.ts';
import { evaluateTriangle } from '../triangle.ts';
import { CORNERS } from '../types.ts';
import { ints } from './parts.ts';

/** The strategic triangle's state in a link: the three corners, e.g. "70-35-80". */
export const triangleCodec: StateCodec<'triangle'> = {
  kind: 'triangle',
  defaultState: () => ({ publicValue: 50, authorisingEnvironment: 50, operationalCapacity: 50 }),
  encode(state) {
    const { corners } = evaluateTriangle(state);
    return CORNERS.map((c) => Math.round(corners[c])).join('-');
  },
  decode(payload) {
    const [pv, ae, oc] = ints(payload, 3, 'corners');
    return { publicValue: pv ?? 0, authorisingEnvironment: ae ?? 0, operationalCapacity: oc ?? 0 };
  },
};
