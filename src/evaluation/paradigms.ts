import { findBalancedConfiguration } from './balance.ts';
import type { ModesResult } from './modes.ts';
import { paradigmMeasures, type ParadigmMeasure } from './parameters.ts';
import { clamp } from './validate.ts';
import { DIMENSIONS, MODES, PARADIGMS, type Dimension, type Mode, type ObjectiveTerm, type Paradigm, type ServiceContext } from './types.ts';

/** How a paradigm is named: as a heading, inside a sentence, in a figure's narrow row, and by what its measure counts (the words the trade-offs use). */
export const paradigmLabels: Record<Paradigm, { name: string; inText: string; short: string; measure: string }> = {
  weberian: { name: 'Weberian bureaucracy', inText: 'Weberian bureaucracy', short: 'Weberian', measure: 'equal treatment and legitimacy' },
  npm: { name: 'New Public Management', inText: 'New Public Management', short: 'NPM', measure: 'efficiency' },
  publicValue: { name: 'Public value', inText: 'public value', short: 'Public value', measure: 'aggregate public value' },
  coProduction: { name: 'Co-production', inText: 'co-production', short: 'Co-production', measure: 'co-created value' },
};

/** What one paradigm chooses for a service when it optimises its own measure, and how that choice fares on every measure. */
export interface ParadigmChoice {
  paradigm: Paradigm;
  /** The chosen mix, scored by the mode model. */
  result: ModesResult;
  /** The choice's score on each paradigm's measure, 0–100. */
  scores: Record<Paradigm, number>;
  /** The mode with the largest share of the choice (ties: the earlier mode). */
  lead: Mode;
}

/** The four paradigms' choices for one service, side by side: the paradigm lens's 4 × 4 table. */
export interface ParadigmLensResult {
  kind: 'paradigms';
  context: ServiceContext;
  /** Each paradigm's choice, in PARADIGMS order. */
  choices: Record<Paradigm, ParadigmChoice>;
  /** costs[p][q]: points of q's measure that p's choice gives up against q's own choice (0 or more; 0 on the diagonal). */
  costs: Record<Paradigm, Record<Paradigm, number>>;
  /** The mode every choice gives its largest share, or null when the paradigms disagree. */
  sharedLead: Mode | null;
}

/** A scored mix's value on a paradigm's measure: the weighted sum of its figures, within 0–100. */
export function scoreMeasure(result: ModesResult, measure: ParadigmMeasure): number {
  let value = 0;
  for (const [term, weight] of Object.entries(measure) as [ObjectiveTerm, number][]) {
    value += weight * ((DIMENSIONS as readonly string[]).includes(term) ? result.dimensions[term as Dimension] : result[term as Exclude<ObjectiveTerm, Dimension>]);
  }
  return clamp(value, 0, 100);
}

const leadOf = (result: ModesResult): Mode => MODES.reduce((a, b) => (result.mix[b] > result.mix[a] ? b : a));

/** Looks at one service through the four paradigms: each one's choice when it optimises its own measure, scored on all four (throws EvaluationError on an invalid context). */
export function evaluateParadigms(context: ServiceContext): ParadigmLensResult {
  const measure = (p: Paradigm): ParadigmMeasure => paradigmMeasures[p].value;
  const choices = {} as Record<Paradigm, ParadigmChoice>;
  for (const p of PARADIGMS) {
    const { best } = findBalancedConfiguration(context, { objective: measure(p) });
    const scores = {} as Record<Paradigm, number>;
    for (const q of PARADIGMS) scores[q] = scoreMeasure(best, measure(q));
    choices[p] = { paradigm: p, result: best, scores, lead: leadOf(best) };
  }
  const costs = {} as Record<Paradigm, Record<Paradigm, number>>;
  for (const p of PARADIGMS) {
    costs[p] = {} as Record<Paradigm, number>;
    // Each paradigm's own choice is the best on its measure, so the gap is never below 0; the floor
    // only absorbs rounding where two choices tie.
    for (const q of PARADIGMS) costs[p][q] = Math.max(0, choices[q].scores[q] - choices[p].scores[q]);
  }
  const leads = new Set(PARADIGMS.map((p) => choices[p].lead));
  return { kind: 'paradigms', context: choices.publicValue.result.context, choices, costs, sharedLead: leads.size === 1 ? choices.weberian.lead : null };
}
