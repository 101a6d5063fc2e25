import type { TypologyAnswers } from './typology.ts';
import type { Quadrant, SourceRef } from './types.ts';

/** An example from the sources for the typology widget, with the quadrant the book expects (why: case-notes.ts). */
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
  },
  {
    id: 'care-home-residents',
    label: 'An older resident of a care home',
    source: OSBORNE('Quadrant I; residential home example'),
    answers: { choseToTakePart: 'no', aware: 'partly', scope: 'service', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: true,
    expectedBorderline: false,
  },
  {
    id: 'students-in-class',
    label: 'Students in a classroom',
    source: OSBORNE('Quadrant I'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'service', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: true,
    expectedBorderline: false,
  },
  {
    id: 'tax-returns-online',
    label: 'Filing a tax return online',
    source: OSBORNE('Quadrant I (electronic services)'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'encounter', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: false,
    expectedBorderline: false,
  },
  {
    id: 'offender-resisting',
    label: 'An offender resisting supervision',
    source: OSBORNE('Service-management view and Quadrant I (resistance in coercive services)'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'service', purpose: 'delivering', coDestruction: { resistance: true } },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: false,
    expectedBorderline: false,
  },
  {
    id: 'oncology-care-plan',
    label: 'Cancer patients involved in their own care plan',
    source: OSBORNE('Quadrant I, note 7'),
    answers: { choseToTakePart: 'partly', aware: 'yes', scope: 'service', purpose: 'delivering' },
    expectedQuadrant: 'coProduction',
    quadrantFromSource: true,
    expectedBorderline: true,
  },
  {
    id: 'care-package-design',
    label: 'A care package designed with an older person and their carers',
    source: OSBORNE('Quadrant II'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'improving' },
    expectedQuadrant: 'coDesign',
    quadrantFromSource: true,
    expectedBorderline: false,
  },
  {
    id: 'day-support-feedback',
    label: 'Users’ feedback shaping a day centre for adults with mental ill health',
    source: OSBORNE('Quadrant II'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'improving' },
    expectedQuadrant: 'coDesign',
    quadrantFromSource: true,
    expectedBorderline: false,
  },
  {
    id: 'pothole-reports',
    label: 'Residents reporting potholes through a city app',
    source: SORRENTINO('Moon: crowdsourcing design and government delivery'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'improving' },
    expectedQuadrant: 'coDesign',
    quadrantFromSource: false,
    expectedBorderline: false,
  },
  {
    id: 'faith-schools',
    label: 'Parents choosing a faith school',
    source: OSBORNE('Open issues, third point (co-destruction)'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'service', purpose: 'delivering', coDestruction: { divisiveEffects: true } },
    expectedQuadrant: 'coDesign',
    quadrantFromSource: false,
    expectedBorderline: true,
  },
  {
    id: 'adult-with-ms',
    label: 'An adult with multiple sclerosis in the adult care system',
    source: OSBORNE('Quadrant III'),
    answers: { choseToTakePart: 'no', aware: 'yes', scope: 'system', purpose: 'delivering' },
    expectedQuadrant: 'coConstruction',
    quadrantFromSource: true,
    expectedBorderline: false,
  },
  {
    id: 'mental-health-system',
    label: 'An adult with profound mental health problems in the mental health system',
    source: OSBORNE('Quadrant III'),
    answers: { choseToTakePart: 'no', aware: 'partly', scope: 'system', purpose: 'delivering' },
    expectedQuadrant: 'coConstruction',
    quadrantFromSource: true,
    expectedBorderline: false,
  },
  {
    id: 'free-schools',
    label: 'Parents founding a free school',
    source: OSBORNE('Quadrant IV'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'system', purpose: 'inventing' },
    expectedQuadrant: 'coInnovation',
    quadrantFromSource: true,
    expectedBorderline: false,
  },
  {
    id: 'disabled-adults-alternatives',
    label: 'Disabled adults creating alternatives to residential care',
    source: OSBORNE('Quadrant IV'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'system', purpose: 'inventing' },
    expectedQuadrant: 'coInnovation',
    quadrantFromSource: true,
    expectedBorderline: false,
  },
  {
    id: 'urban-living-lab',
    label: 'Citizens developing and testing services in an urban living lab',
    source: SORRENTINO('Nesti: urban living labs'),
    answers: { choseToTakePart: 'yes', aware: 'yes', scope: 'system', purpose: 'inventing' },
    expectedQuadrant: 'coInnovation',
    quadrantFromSource: false,
    expectedBorderline: false,
  },
];
