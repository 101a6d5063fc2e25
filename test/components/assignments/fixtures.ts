// A small course catalogue and progress records shared by the course-kit tests.
import type { Catalogue } from '@components/progress/catalogue';
import { catalogueKinds } from '@components/assignments/setup-choices';
import { emptyProgress, type ProgressData } from '@components/progress/progress-store';
import { encodeState, findPreset } from '@evaluation';
import { encodeAssignment, type Assignment } from '@components/assignments/assignment-codec';

const context = findPreset('car-pooling')!.context;
/** The car-pooling set-up of the mode balancer, and a mix a student reached from it. */
export const carPooling = encodeState('modes', { preset: 'car-pooling', context, mix: { bureaucracy: 30, innersourcing: 0, crowdsourcing: 30, opensourcing: 40 } });
export const reachedMix = encodeState('modes', { preset: 'car-pooling', context, mix: { bureaucracy: 20, innersourcing: 0, crowdsourcing: 40, opensourcing: 40 } });

/** Two chapters, three exercises (a quick check, a widget task, an essay), two widgets, a guided sequence of three steps (choose, guess, choose). */
export const catalogue: Catalogue = {
  chapters: [
    {
      id: '04-strategic-triangle',
      order: 4,
      title: 'Public value and the strategic triangle',
      href: '/chapters/04-strategic-triangle/',
      sections: [
        { anchor: 'the-triangle', text: 'The triangle', depth: 2 },
        { anchor: 'corners', text: 'Corners', depth: 3 },
        { anchor: 'alignment', text: 'Alignment', depth: 2 },
      ],
      widgets: [{ kind: 'triangle', param: 'triangle' }],
    },
    {
      id: '07-modes-of-production',
      order: 7,
      title: 'Modes of production',
      href: '/chapters/07-modes-of-production/',
      sections: [
        { anchor: 'four-ways', text: 'Four ways', depth: 2 },
        { anchor: 'balancing-the-modes', text: 'Balancing the modes', depth: 2 },
      ],
      widgets: [{ kind: 'modes', param: 'modes' }],
    },
  ],
  exercises: [
    {
      id: 'ch7-table1-example',
      kind: 'quick-check',
      title: 'Which mode is car-pooling?',
      chapter: '07-modes-of-production',
      href: '/chapters/07-modes-of-production/#ch7-table1-example',
      checks: [
        {
          name: 'qc-abc123',
          question: 'Which mode fits car-pooling?',
          choices: [
            { text: 'Bureaucracy', correct: false },
            { text: 'Opensourcing', correct: true },
            { text: 'Innersourcing', correct: false },
          ],
        },
      ],
    },
    { id: 'ch7-air-pollution', kind: 'widget-task', title: 'Air pollution: what mix?', chapter: '07-modes-of-production', href: '/chapters/07-modes-of-production/#ch7-air-pollution', checks: [] },
    { id: 'ch7-platform-essay', kind: 'essay', title: 'Should the administration become a platform?', chapter: '07-modes-of-production', href: '/chapters/07-modes-of-production/#ch7-platform-essay', checks: [] },
  ],
  sequences: [
    {
      id: 'ch4-guided-triangle-failures',
      title: 'Three ways a triangle fails',
      chapter: '04-strategic-triangle',
      href: '/chapters/04-strategic-triangle/#ch4-guided-triangle-failures',
      steps: [
        {
          title: 'Capacity without a mandate',
          kind: 'predict',
          question: 'Where does the same extra effort add most?',
          choices: [
            { text: 'More engineers, cameras and money', correct: false },
            { text: 'Winning over the council', correct: true },
          ],
          unit: '',
        },
        { title: 'A mandate without capacity', kind: 'guess', question: 'What realisable value would the model give?', choices: [], unit: ' %' },
        {
          title: 'Efficient delivery of something nobody values',
          kind: 'predict',
          question: 'What does a faster system do?',
          choices: [
            { text: 'Very little', correct: true },
            { text: 'A great deal', correct: false },
          ],
          unit: '',
        },
      ],
    },
  ],
  kinds: catalogueKinds(),
  paths: { assignment: '/assignment/', builder: '/assignments/', review: '/assignments/review/', lecturers: '/lecturers/' },
};

/** A student's progress: ch. 7 read, the quick check wrong then right, an essay written, the car-pooling set-up changed, the guided sequence's three steps predicted (the first wrongly, then rightly). */
export function studentProgress(name = 'Ana García', reader = 'r-ana'): ProgressData {
  const at = '2025-03-10T10:00:00.000Z';
  const key = `07-modes-of-production|modes|${carPooling}`;
  return {
    ...emptyProgress(reader),
    name,
    chapters: { '07-modes-of-production': { opened: at, read: at, seen: ['four-ways', 'balancing-the-modes'] } },
    exercises: {
      'ch7-table1-example': { chapter: '07-modes-of-production', at, checks: { 'qc-abc123': { first: 0, firstRight: false, last: 1, right: true, tries: 2 } } },
      'ch7-platform-essay': { chapter: '07-modes-of-production', at, answer: 'A platform, with care for equal access.', modelAnswer: true, hints: 1 },
    },
    setups: { [key]: { chapter: '07-modes-of-production', param: 'modes', opened: carPooling, reached: reachedMix, at } },
    sequences: {
      'ch4-guided-triangle-failures': {
        chapter: '04-strategic-triangle',
        at,
        steps: {
          1: { first: 'More engineers, cameras and money', firstRight: false, last: 'Winning over the council', right: true, tries: 2 },
          2: { first: 80, firstRight: true, last: 80, right: true, tries: 1 },
          3: { first: 'Very little', firstRight: true, last: 'Very little', right: true, tries: 1 },
        },
      },
    },
    last: { href: '/chapters/07-modes-of-production/#balancing-the-modes', chapter: '07-modes-of-production', title: 'Modes of production', section: 'Balancing the modes', at },
  };
}

/** The assignment of the tests: a section, the quick check, the essay, the widget task and a widget set-up. */
export const weekThree: Assignment = {
  title: 'Week 3: modes of production',
  instructions: 'Read, answer, explore.',
  due: 'Friday',
  items: [
    { type: 'section', chapter: '07-modes-of-production', anchor: 'four-ways', note: '' },
    { type: 'exercise', exercise: 'ch7-table1-example', note: '' },
    { type: 'exercise', exercise: 'ch7-platform-essay', note: 'About 300 words.' },
    { type: 'widget', kind: 'modes', state: carPooling, chapter: '07-modes-of-production', param: 'modes', note: '' },
  ],
};
export const weekThreeLink = encodeAssignment(weekThree);

/** An assignment with the guided sequence and the quick check. */
export const weekFour: Assignment = {
  title: 'Week 4: the triangle',
  instructions: 'Work through the sequence.',
  due: 'Monday',
  items: [
    { type: 'sequence', sequence: 'ch4-guided-triangle-failures', note: 'Predict before you try.' },
    { type: 'exercise', exercise: 'ch7-table1-example', note: '' },
  ],
};
export const weekFourLink = encodeAssignment(weekFour);
