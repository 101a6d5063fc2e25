import type { TypologyAnswers } from './typology.ts';
import type { Quadrant, SourceRef } from './types.ts';

/** An example from the sources for the typology widget, with the quadrant the book expects and why. */
export interface TypologyCase {
  id: string;
  label: string;
  source: SourceRef;
  /** The plain-language answers that describe the case. */
  answers: TypologyAnswers;
  expectedQuadrant: Quadrant;
  /** True when the source itself places the case in this quadrant; false when it is the book's reading. */
  quadrantFromSource: boolean;
  /** True when the book expects the case to sit near a boundary. */
  expectedBorderline: boolean;
  reasoning: string;
}

const OSBORNE = (locator: string): SourceRef => ({ key: 'osborne2016', locator });
const SORRENTINO = (locator: string): SourceRef => ({ key: 'sorrentino2018', locator });

/** The case library: the sources' own examples. */
export const typologyCases: readonly TypologyCase[] = [
  {
    id: 'surgery-patients',
    label: 'A patient undergoing surgery',
    source: OSBORNE('Quadrant I'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'encounter', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'The patient’s part in the operation is intrinsic to the service, not a choice to take part, and it concerns one encounter.',
  },
  {
    id: 'care-home-residents',
    label: 'An older resident of a care home',
    source: OSBORNE('Quadrant I; residential home example'),
    answers: { choseToTakePart: 'no', aware: 'partly', scope: 'service', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'Residents shape the home’s life for themselves and each other even when they did not choose to live there or, with dementia, do not know it.',
  },
  {
    id: 'students-in-class',
    label: 'Students in a classroom',
    source: OSBORNE('Quadrant I'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'service', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'Learning cannot happen without the learner: the contribution is part of the service itself.',
  },
  {
    id: 'tax-returns-online',
    label: 'Filing a tax return online',
    source: OSBORNE('Quadrant I (electronic services)'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'encounter', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: false,
    expectedBorderline: false,
    reasoning: 'Entering one’s own data through a screen is a passive, low-intensity form of the intrinsic co-production every service involves.',
  },
  {
    id: 'offender-resisting',
    label: 'An offender resisting supervision',
    source: OSBORNE('Service-management view and Quadrant I (resistance in coercive services)'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'service', purpose: 'delivering', coDestruction: { resistance: true } },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: false,
    expectedBorderline: false,
    reasoning: 'In coercive services resistance is itself a form of co-production; it is flagged because it can turn into co-destruction.',
  },
  {
    id: 'oncology-care-plan',
    label: 'Cancer patients involved in their own care plan',
    source: OSBORNE('Quadrant I, note 7'),
    answers: { choseToTakePart: 'partly', aware: 'yes', scope: 'service', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: true,
    expectedBorderline: true,
    reasoning: 'The source uses it to show active engagement with intrinsic co-production; because the patients help shape the plan, it also reads as co-design.',
  },
  {
    id: 'care-package-design',
    label: 'A care package designed with an older person and their carers',
    source: OSBORNE('Quadrant II'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'improving' },
    expectedQuadrant: 'coDesign',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'The older person and their carers choose to take an active part in designing their own care.',
  },
  {
    id: 'day-support-feedback',
    label: 'Users’ feedback shaping a day centre for adults with mental ill health',
    source: OSBORNE('Quadrant II'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'improving' },
    expectedQuadrant: 'coDesign',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'Users deliberately give feedback that the unit uses to improve the service for everyone.',
  },
  {
    id: 'pothole-reports',
    label: 'Residents reporting potholes through a city app',
    source: SORRENTINO('Moon: crowdsourcing design and government delivery'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'improving' },
    expectedQuadrant: 'coDesign',
    quadrantFromSource: false,
    expectedBorderline: false,
    reasoning: 'Citizens choose to send information that the administration uses to improve an existing service.',
  },
  {
    id: 'faith-schools',
    label: 'Parents choosing a faith school',
    source: OSBORNE('Open issues, third point (co-destruction)'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'delivering', coDestruction: { divisiveEffects: true } },
    expectedQuadrant: 'coDesign',
    quadrantFromSource: false,
    expectedBorderline: true,
    reasoning: 'Parents choose to co-produce their children’s education within a religious framework; the source cites it for co-destruction through the divides it may deepen, not for a quadrant.',
  },
  {
    id: 'adult-with-ms',
    label: 'An adult with multiple sclerosis in the adult care system',
    source: OSBORNE('Quadrant III'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'system', purpose: 'delivering' },
    expectedQuadrant: 'coConstruction',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'Only a few consultations a year, but a lived experience made of many interactions with the care system and their effect on daily life.',
  },
  {
    id: 'mental-health-system',
    label: 'An adult with profound mental health problems in the mental health system',
    source: OSBORNE('Quadrant III'),
    answers: { choseToTakePart: 'no', aware: 'partly', scope: 'system', purpose: 'delivering' },
    expectedQuadrant: 'coConstruction',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'The person’s life shapes how they meet the system, and being inside the system shapes their life in turn.',
  },
  {
    id: 'free-schools',
    label: 'Parents founding a free school',
    source: OSBORNE('Quadrant IV'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'system', purpose: 'inventing' },
    expectedQuadrant: 'coInnovation',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'Parents deliberately create a new school, with its management and oversight of teaching, inside the education system.',
  },
  {
    id: 'disabled-adults-alternatives',
    label: 'Disabled adults creating alternatives to residential care',
    source: OSBORNE('Quadrant IV'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'system', purpose: 'inventing' },
    expectedQuadrant: 'coInnovation',
    quadrantFromSource: true,
    expectedBorderline: false,
    reasoning: 'Adults with physical disabilities work within community care to generate new resources in place of residential homes.',
  },
  {
    id: 'urban-living-lab',
    label: 'Citizens developing and testing services in an urban living lab',
    source: SORRENTINO('Nesti: urban living labs'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'system', purpose: 'inventing' },
    expectedQuadrant: 'coInnovation',
    quadrantFromSource: false,
    expectedBorderline: false,
    reasoning: 'Volunteers prototype new services with the city: voluntary, conscious and aimed at new forms of delivery.',
  },
];
