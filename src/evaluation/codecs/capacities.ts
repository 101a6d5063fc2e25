import type { CapacityRatings } from '../capacities.ts';
import { EvaluationError } from '../errors.ts';
import type { CapacitiesState, StateCodec } from '../state-codec.ts';
import { optionalLevel, requireRecord } from '../validate.ts';
import { CAPACITY_CELLS, type Level } from '../types.ts';
import { decodeLevels, encodeLevels } from './parts.ts';

const toRecord = (levels: (Level | undefined)[]): CapacityRatings => {
  const out: CapacityRatings = {};
  CAPACITY_CELLS.forEach((c, i) => {
    const level = levels[i];
    if (level !== undefined) out[c] = level;
  });
  return out;
};

/** The capacity matrix's state in a link: one digit per cell (0 unrated) and optionally the targets, e.g. "333313333.333333333". */
export const capacitiesCodec: StateCodec<'capacities'> = {
  kind: 'capacities',
  defaultState: () => ({ ratings: Object.fromEntries(CAPACITY_CELLS.map((c) => [c, 3])) as CapacityRatings }),
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
    const state: CapacitiesState = { ratings: toRecord(decodeLevels(ratingText ?? '', CAPACITY_CELLS.length, true, 'ratings')) };
    if (targetText !== undefined) state.targets = toRecord(decodeLevels(targetText, CAPACITY_CELLS.length, false, 'targets'));
    return state;
  },
};
