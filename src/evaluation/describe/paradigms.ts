import { paradigmLabels, type ParadigmLensResult } from '../paradigms.ts';
import { MODES, PARADIGMS, type Paradigm } from '../types.ts';
import { mixText, modeName, round } from './text.ts';

const points = (x: number): string => (x < 0.5 ? 'less than a point' : `${round(x)} point${round(x) === 1 ? '' : 's'}`);
const sameMix = (r: ParadigmLensResult, p: Paradigm, q: Paradigm): boolean => MODES.every((m) => r.choices[p].result.mix[m] === r.choices[q].result.mix[m]);

/** The trade-off between two paradigms' choices, seen from the first, as a clause. */
function tradeOff(r: ParadigmLensResult, p: Paradigm, q: Paradigm): string {
  const [mine, theirs] = [paradigmLabels[p], paradigmLabels[q]];
  if (sameMix(r, p, q)) return `${theirs.inText} makes the same choice`;
  return `against ${theirs.inText}’s choice, optimising ${mine.measure} here costs ${points(r.costs[p][q])} of ${theirs.measure} and gains ${points(r.costs[q][p])} of ${mine.measure}`;
}

/**
 * The paradigm lens in words: what each paradigm chooses for the service when it optimises its own
 * measure, whether they agree on the leading mode, and the trade-offs in points (0–100 measures) —
 * for one paradigm when one is highlighted, else the widest. It never ranks the paradigms.
 */
export function describeParadigms(r: ParadigmLensResult, options: { service?: string; paradigm?: Paradigm | null } = {}): string {
  const choices = PARADIGMS.map((p) => `${paradigmLabels[p].inText} (${paradigmLabels[p].measure}) chooses ${mixText(r.choices[p].result.mix)}`);
  const lead = r.sharedLead ? `All four give ${modeName(r.sharedLead)} the largest share.` : 'They disagree on which mode should lead.';
  let trade: string;
  const p = options.paradigm;
  if (p) {
    trade = `Through the ${paradigmLabels[p].inText} lens: ${PARADIGMS.filter((q) => q !== p).map((q) => tradeOff(r, p, q)).join('; ')}.`;
  } else {
    let [from, to] = [PARADIGMS[0]!, PARADIGMS[0]!];
    for (const a of PARADIGMS) for (const b of PARADIGMS) if (r.costs[a][b] > r.costs[from][to]) [from, to] = [a, b];
    trade =
      from === to
        ? 'Here every choice scores the same on every measure.'
        : `The widest gap: optimising ${paradigmLabels[from].measure} here costs ${points(r.costs[from][to])} of ${paradigmLabels[to].measure}, while optimising ${paradigmLabels[to].measure} costs ${points(r.costs[to][from])} of ${paradigmLabels[from].measure}.`;
  }
  return [
    `${options.service ?? 'This service'} through four lenses, each choosing the mix that scores highest on its own measure: ${choices.join('; ')}.`,
    lead,
    trade,
    'Each choice is the best only by its own measure; which measure should count is a judgement for the public and its representatives, not one the model can make.',
  ].join(' ');
}
