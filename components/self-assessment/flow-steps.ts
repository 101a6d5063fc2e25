/** The steps of the self-assessment flow and how a preset fills in the questions about the service. */
import { assessmentSections, CONTEXT_FIELDS, findPreset, type AssessmentAnswerLevels, type AssessmentSection, type ItemId, type Level } from '@evaluation';

/** One screen of the flow. */
export type FlowStep = { kind: 'start' } | { kind: 'section'; section: AssessmentSection } | { kind: 'mix' };

/** The screens in order: the service, the model's sections, then the current mix. */
export const FLOW_STEPS: readonly FlowStep[] = [
  { kind: 'start' },
  ...(Object.keys(assessmentSections) as AssessmentSection[]).map((section): FlowStep => ({ kind: 'section', section })),
  { kind: 'mix' },
];

/** A step's title. */
export function stepTitle(step: FlowStep): string {
  if (step.kind === 'start') return 'Name the service';
  if (step.kind === 'mix') return 'The current mix of modes';
  return assessmentSections[step.section];
}

/** The level 1–5 closest to a context value 0–1 (the model reads level n as (n − 1) / 4). */
export function levelFor(value: number): Level {
  return Math.min(5, Math.max(1, Math.round(value * 4) + 1)) as Level;
}

/** The answers to the questions about the service that a preset's reading implies; empty for an unknown preset. */
export function presetAnswers(presetId: string): AssessmentAnswerLevels {
  const preset = findPreset(presetId);
  if (preset === undefined) return {};
  const answers: AssessmentAnswerLevels = {};
  for (const field of CONTEXT_FIELDS) answers[field as ItemId] = levelFor(preset.context[field]);
  return answers;
}
