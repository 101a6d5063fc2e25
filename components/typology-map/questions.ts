/** The plain questions that place a case in the typology, in the order the widget asks them. */
import type { TypologyAnswers } from '@evaluation';

/** An answer the questions collect (everything but the co-destruction signals). */
export type AnswerKey = Exclude<keyof TypologyAnswers, 'coDestruction'>;

/** The answers given so far. */
export type Answers = Partial<Pick<TypologyAnswers, AnswerKey>>;

/** One question: what it asks and the answers it offers (values as the model reads them). */
export interface TypologyQuestion {
  key: AnswerKey;
  legend: string;
  options: { value: string; label: string }[];
}

const threeLevels = [
  { value: 'no', label: 'No' },
  { value: 'partly', label: 'Partly' },
  { value: 'yes', label: 'Yes' },
];

/** The four questions of MODEL.md §2: choice, awareness, scope and purpose. */
export const typologyQuestions: readonly TypologyQuestion[] = [
  { key: 'choseToTakePart', legend: 'Did the person choose to take part in producing or shaping the service, beyond simply using it?', options: threeLevels },
  { key: 'aware', legend: 'Were they aware of contributing?', options: threeLevels },
  {
    key: 'scope',
    legend: 'Is it about one encounter, one service, or the whole service system?',
    options: [
      { value: 'encounter', label: 'One encounter' },
      { value: 'service', label: 'One service' },
      { value: 'system', label: 'The whole system' },
    ],
  },
  {
    key: 'purpose',
    legend: 'Is it delivering the service as it is, improving it, or inventing a new form of service?',
    options: [
      { value: 'delivering', label: 'Delivering' },
      { value: 'improving', label: 'Improving' },
      { value: 'inventing', label: 'Inventing' },
    ],
  },
];

/** True once every question has an answer. */
export function isComplete(answers: Answers): answers is Pick<TypologyAnswers, AnswerKey> {
  return typologyQuestions.every((q) => answers[q.key] !== undefined);
}
