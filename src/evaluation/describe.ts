import type { AssessmentResult } from './assessment.ts';
import type { BalanceResult } from './balance.ts';
import { cellLabel, describeCell, type CapacityResult } from './capacities.ts';
import type { ModesResult } from './modes.ts';
import { modeParameters, modeProfiles, quadrantProfiles } from './parameters.ts';
import { cornerLabels, type TriangleResult } from './triangle.ts';
import { CAPACITY_CELLS, MODES, type Dimension, type Mix, type Mode } from './types.ts';
import type { TypologyResult } from './typology.ts';
import { whoWhenLabels, type WhoWhenResult } from './who-when.ts';

/** Any result the model returns; `kind` tells them apart. */
export type EvaluationResult =
  | TriangleResult
  | TypologyResult
  | ModesResult
  | BalanceResult
  | CapacityResult
  | WhoWhenResult
  | AssessmentResult;

const round = (x: number): number => Math.round(x);
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const modeName = (m: Mode): string => modeProfiles[m].label.toLowerCase();

function mixText(mix: Mix): string {
  const used = MODES.filter((m) => mix[m] > 0).sort((a, b) => mix[b] - mix[a]);
  return list(used.map((m) => `${round(mix[m])} % ${modeName(m)}`));
}

function describeTriangle(r: TriangleResult): string {
  const c = r.corners;
  const head = `Public value proposition ${round(c.publicValue)}, authorising environment ${round(c.authorisingEnvironment)}, operational capacity ${round(c.operationalCapacity)} (of 100).`;
  const state =
    r.binding === 'aligned'
      ? `The corners are aligned (spread ${round(r.spread)} points).`
      : `The ${cornerLabels[r.binding]} is the binding corner, ${round(r.spread)} points behind the strongest${r.alsoWeak.length > 0 ? `, with the ${list(r.alsoWeak.map((k) => cornerLabels[k]))} close behind it` : ''}.`;
  return `${head} ${state} Realisable value ${round(r.realisableValue)} of 100; alignment ${r.alignment.toFixed(2)}. ${r.explanation}`;
}

function describeTypology(r: TypologyResult): string {
  const usual = r.valuesAtStake.filter((v) => v.usuallyDiscussed).map((v) => `Type ${v.numeral}, ${v.label.toLowerCase()}`);
  const parts = [
    `Quadrant ${r.numeral}, ${r.label.toLowerCase()}.`,
    r.reasoning,
    r.borderline ? `The case sits near a boundary and can also be read as ${list(r.alternatives.map((q) => `${quadrantProfiles[q].label.toLowerCase()} (${quadrantProfiles[q].numeral})`))}.` : '',
    `Value usually discussed here: ${list(usual)}; other types remain possible.`,
    r.coDestruction.length > 0 ? `Risk of co-destruction: ${r.coDestruction.map((f) => f.explanation).join(' ')}` : '',
    'The quadrants are not a ladder: none is better or more advanced than another.',
  ];
  return parts.filter(Boolean).join(' ');
}

const dimensionLabels: Record<Dimension, string> = {
  efficiency: 'efficiency',
  equity: 'equity',
  responsiveness: 'responsiveness',
  innovation: 'innovation',
  legitimacy: 'legitimacy',
  control: 'control',
};

function describeModes(r: ModesResult): string {
  const dims = (Object.keys(r.dimensions) as Dimension[]).map((d) => `${dimensionLabels[d]} ${round(r.dimensions[d])}`).join(', ');
  return [
    r.normalisation.message ?? '',
    `Mix: ${mixText(r.mix)}.`,
    `Service value ${round(r.serviceValue)} and aggregate public value ${round(r.aggregatePublicValue)} of 100.`,
    `Dimensions: ${dims}.`,
    `Share of resources from outside the administration: finance ${round(r.resources.finance)} %, staff ${round(r.resources.staff)} %, skills ${round(r.resources.skills)} %, technology ${round(r.resources.technology)} %.`,
    r.warnings.length > 0 ? `Warnings: ${r.warnings.map((w) => `${w.label} — ${w.explanation}`).join(' ')}` : 'No warnings.',
  ]
    .filter(Boolean)
    .join(' ');
}

function describeBalance(r: BalanceResult): string {
  const what = r.objective === 'aggregatePublicValue' ? 'aggregate public value' : r.objective === 'serviceValue' ? 'service value' : r.objective;
  return `Of ${r.searched} mixes in ${r.step}-point steps, the one with the highest ${what} is ${mixText(r.best.mix)}: service value ${round(r.best.serviceValue)}, aggregate public value ${round(r.best.aggregatePublicValue)} of 100. ${r.modesInUse.length} mode${r.modesInUse.length === 1 ? '' : 's'} hold ${modeParameters.inUseShare.value} % or more.`;
}

function describeCapacities(r: CapacityResult): string {
  const parts = [
    r.weakest
      ? `Weakest cell: ${cellLabel(r.weakest.cell)}, rated ${r.weakest.rating} of 5 — ${r.weakest.anchor}`
      : r.missing.length === CAPACITY_CELLS.length
        ? 'No cell rated yet.'
        : 'All rated cells are at the same level, so no single cell is the weakest link.',
    r.gaps.length > 0
      ? `Gaps against what the service needs: ${list(r.gaps.map((g) => `${cellLabel(g.cell)} (${g.rating}, needs ${g.target})`))}.`
      : 'No gaps: every rated cell meets its target.',
    r.achillesHeel.explanation,
    r.missing.length > 0 ? `${r.missing.length} cell${r.missing.length === 1 ? '' : 's'} not rated.` : '',
  ];
  if (r.weakest) parts.splice(1, 0, `(${describeCell(r.weakest.cell)})`);
  return parts.filter(Boolean).join(' ');
}

function describeWhoWhen(r: WhoWhenResult): string {
  return [
    r.phases.length > 0 ? `Users take part in ${list(r.phases.map((p) => whoWhenLabels.phases[p]))}.` : 'Users take no active part in any phase.',
    `Participants: ${whoWhenLabels.participants[r.participants]} — ${r.scale} co-production.`,
    r.roles.length > 0 ? `Roles: ${list(r.roles.map((x) => whoWhenLabels.roles[x]))}.` : '',
    `Level: ${whoWhenLabels.levels[r.level]}.`,
    `Interaction ${whoWhenLabels.interaction[r.interaction]}; ${r.tradition === 'traditional' ? 'a traditional form' : r.tradition === 'nonTraditional' ? 'a non-traditional form' : 'between traditional and non-traditional forms'}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

function describeAssessment(r: AssessmentResult): string {
  const b = r.modes.balanced.best.mix;
  return [
    `Self-assessment: ${r.answered} of ${r.total} items answered.`,
    r.missingNote ?? '',
    r.typology ? `Typology: quadrant ${r.typology.numeral}, ${r.typology.label.toLowerCase()}${r.typology.borderline ? ' (borderline)' : ''}.` : '',
    r.whoWhen ? describeWhoWhen(r.whoWhen) : '',
    r.modes.current ? `Current mix: ${mixText(r.modes.current.mix)}.` : '',
    `Balanced configuration: ${mixText(b)}.`,
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

/** A plain-language description of any result, for live regions, the no-JavaScript fallback, print and the report. */
export function describeResult(result: EvaluationResult): string {
  switch (result.kind) {
    case 'triangle':
      return describeTriangle(result);
    case 'typology':
      return describeTypology(result);
    case 'modes':
      return describeModes(result);
    case 'balance':
      return describeBalance(result);
    case 'capacities':
      return describeCapacities(result);
    case 'who-when':
      return describeWhoWhen(result);
    case 'assessment':
      return describeAssessment(result);
  }
}
