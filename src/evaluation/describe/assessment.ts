import type { AssessmentResult } from '../assessment.ts';
import { describeCapacities } from './capacities.ts';
import { list, mixText } from './text.ts';
import { describeTriangle } from './triangle.ts';
import { describeWhoWhen } from './who-when.ts';

/** A whole self-assessment profile in words, with the rule and answers behind each recommendation. */
export function describeAssessment(r: AssessmentResult): string {
  return [
    `Self-assessment: ${r.answered} of ${r.total} items answered.`,
    r.missingNote ?? '',
    r.typology ? `Typology: quadrant ${r.typology.numeral}, ${r.typology.label.toLowerCase()}${r.typology.borderline ? ' (borderline)' : ''}.` : '',
    r.whoWhen ? describeWhoWhen(r.whoWhen) : '',
    r.modes.current ? `Current mix: ${mixText(r.modes.current.mix)}.` : '',
    `Balanced configuration: ${mixText(r.modes.balanced.best.mix)}.`,
    r.triangle ? describeTriangle(r.triangle) : '',
    describeCapacities(r.capacities),
    r.risks.length > 0 ? `Risks: ${list(r.risks.map((x) => x.label.toLowerCase()))}.` : 'No risks flagged.',
    r.recommendations.length > 0
      ? `Recommendations: ${r.recommendations.map((x) => `${x.advice} (rule ${x.ruleId}; because you answered ${list(x.because.map((a) => `"${a.levelText}" on ${a.short}`)) || 'as you did'}).`).join(' ')}`
      : 'No recommendations.',
  ]
    .filter(Boolean)
    .join(' ');
}
