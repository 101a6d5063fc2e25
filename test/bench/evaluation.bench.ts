import { test } from 'vitest';
import {
  classifyAnswers,
  decodeState,
  describeResult,
  describeWhoAndWhen,
  encodeState,
  evaluateCapacities,
  evaluateMix,
  evaluateParadigms,
  evaluateTriangle,
  findBalancedConfiguration,
  findPreset,
  scoreAssessment,
  typologyCases,
  type AssessmentAnswerLevels,
} from '@evaluation';

// Targets on the reference machine: one evaluation < 50 µs; the balanced-configuration search < 20 ms.
const policing = findPreset('neighbourhood-policing')!;
const mix = { bureaucracy: 60, innersourcing: 10, crowdsourcing: 25, opensourcing: 5 };
const ratings = { 'analytical.individual': 3, 'operational.organisational': 2, 'political.systemic': 4 } as const;
const answers: AssessmentAnswerLevels = { problemKnown: 4, involvement: 2, locus: 2, purpose: 3, participants: 3, interaction: 2, valueProposition: 4, authorisation: 3, sponsorship: 2, leadership: 3, organisation: 2, evidence: 3 };
const modesResult = evaluateMix(mix, policing.context);
const modesUrl = encodeState('modes', { preset: policing.id, context: policing.context, mix });

const cases: [name: string, fn: () => unknown, targetMs: number][] = [
  ['evaluateTriangle', () => evaluateTriangle({ publicValue: 70, authorisingEnvironment: 40, operationalCapacity: 65 }), 0.05],
  ['classifyAnswers', () => classifyAnswers(typologyCases[6]!.answers), 0.05],
  ['evaluateMix', () => evaluateMix(mix, policing.context), 0.05],
  ['evaluateCapacities', () => evaluateCapacities(ratings), 0.05],
  ['describeWhoAndWhen', () => describeWhoAndWhen({ phases: ['coDesign', 'coDelivery'], participants: 'group', interaction: 'mixed', outcome: 'improveExisting' }), 0.05],
  ['describe (modes result)', () => describeResult(modesResult), 0.05],
  ['decodeState (modes)', () => decodeState('modes', modesUrl), 0.05],
  ['findBalancedConfiguration (1,771 mixes)', () => findBalancedConfiguration(policing.context), 20],
  ['scoreAssessment (includes one search)', () => scoreAssessment({ answers, currentMix: mix }), 20],
  // Redone on every change of the paradigm lens's service: four searches, one per paradigm's measure.
  ['evaluateParadigms (four searches)', () => evaluateParadigms(policing.context), 16],
];

test('evaluation timings against their targets', async ({ bench }) => {
  const registrations = cases.map(([name, fn]) => bench(name, fn));
  const store = await bench.compare(...registrations);
  const lines = cases.map(([name, , target]) => {
    const mean = store.get(name).latency.mean;
    const shown = mean < 1 ? `${(mean * 1000).toFixed(2)} µs` : `${mean.toFixed(2)} ms`;
    const goal = target < 1 ? `${target * 1000} µs` : `${target} ms`;
    return `${name.padEnd(42)} ${shown.padStart(12)}   target < ${goal}   ${mean < target ? 'ok' : 'OVER'}`;
  });
  console.log(['', 'Mean time per call:', ...lines].join('\n'));
});
