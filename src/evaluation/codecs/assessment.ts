import { ASSESSMENT_ITEM_IDS } from '../assessment-ids.ts';
import type { AssessmentAnswerLevels } from '../assessment-items.ts';
import { EvaluationError } from '../errors.ts';
import type { AssessmentState, StateCodec } from '../state-codec.ts';
import { optionalLevel, requireRecord } from '../validate.ts';
import type { Mix } from '../types.ts';
import { decodeLevels, decodeMix, encodeLevels, encodeMix } from './parts.ts';

/** A self-assessment in a link: one digit per item (0 skipped) and optionally the current mix. */
export const assessmentCodec: StateCodec<'assessment'> = {
  kind: 'assessment',
  defaultState: () => ({ answers: {} }),
  encode(state) {
    const record = requireRecord(state, 'state');
    const answers = requireRecord(record['answers'], 'answers');
    const text = encodeLevels(ASSESSMENT_ITEM_IDS.map((id) => optionalLevel(answers[id], `answers.${id}`)));
    return record['currentMix'] === undefined ? text : `${text}.${encodeMix(record['currentMix'] as Mix)}`;
  },
  decode(payload) {
    const [answerText, mixText, ...rest] = payload.split('.');
    if (rest.length > 0) throw new EvaluationError('wrong-type', 'assessment', 'An assessment state has answers and optionally a mix.');
    const levels = decodeLevels(answerText ?? '', ASSESSMENT_ITEM_IDS.length, true, 'answers');
    const answers: AssessmentAnswerLevels = {};
    ASSESSMENT_ITEM_IDS.forEach((id, i) => {
      const level = levels[i];
      if (level !== undefined) answers[id] = level;
    });
    const state: AssessmentState = { answers };
    if (mixText !== undefined) state.currentMix = decodeMix(mixText);
    return state;
  },
};
