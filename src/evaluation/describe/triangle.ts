import { cornerLabels, type TriangleResult } from '../triangle.ts';
import { list, round } from './text.ts';

/** The strategic triangle's result in words: the corners, the binding one and what its failure looks like. */
export function describeTriangle(r: TriangleResult): string {
  const c = r.corners;
  const head = `Public value proposition ${round(c.publicValue)}, authorising environment ${round(c.authorisingEnvironment)}, operational capacity ${round(c.operationalCapacity)} (of 100).`;
  const state =
    r.binding === 'aligned'
      ? `The corners are aligned (spread ${round(r.spread)} points).`
      : `The ${cornerLabels[r.binding]} is the binding corner, ${round(r.spread)} points behind the strongest${r.alsoWeak.length > 0 ? `, with the ${list(r.alsoWeak.map((k) => cornerLabels[k]))} close behind it` : ''}.`;
  return `${head} ${state} Realisable value ${round(r.realisableValue)} of 100; alignment ${r.alignment.toFixed(2)}. ${r.explanation}`;
}
