import type { LandscapeResult, ValuePath } from '../landscape.ts';
import { modeParameters } from '../parameters.ts';
import type { Mode } from '../types.ts';
import { list, mixText, modeName, round } from './text.ts';

// Changes smaller than this (points) read as "about the same": below what the teaching model can tell apart.
const STEADY = 0.5;

function range(mode: Mode, span: { min: number; max: number }): string {
  const low = round(span.min);
  const high = round(span.max);
  return low === high ? `${low} % ${modeName(mode)}` : `${low}–${high} % ${modeName(mode)}`;
}

/** The landscape in words: the slice, the span of values, where the highest region lies and the lowest point. */
export function describeLandscape(r: LandscapeResult): string {
  const held = `With ${modeName(r.fixed)} held at ${round(r.fixedShare)} %`;
  if (r.divisions === 0) {
    return `${held}, no share is left for the other modes: the map is a single mix, with aggregate public value ${round(r.highest.aggregatePublicValue)} of 100.`;
  }
  const region = r.highRegion;
  const margin = modeParameters.landscapeTopMargin.value;
  return [
    `${held}, aggregate public value over the mixes of ${list(r.free.map(modeName))} runs from ${round(r.lowest.aggregatePublicValue)} (${mixText(r.lowest.mix)}) to ${round(r.highest.aggregatePublicValue)} (${mixText(r.highest.mix)}).`,
    `The highest region (the mixes within ${margin} points of the top) holds ${list(r.free.map((m) => range(m, region.ranges[m])))}.`,
  ].join(' ');
}

function trend(from: number, to: number): string {
  if (Math.abs(to - from) < STEADY) return `stays at about ${round(from)}`;
  return `${to > from ? 'rises' : 'falls'} from ${round(from)} to ${round(to)}`;
}

/** The path from a mix to one mode in words: how service value and aggregate public value move, and whether they part ways (Figure 2). */
export function describeValuePath(p: ValuePath): string {
  if (p.from[p.towards] >= 100) return `The mix is already all ${modeName(p.towards)}: there is no path to follow.`;
  const start = p.points[0]!;
  const end = p.points[p.points.length - 1]!;
  const serviceUp = end.serviceValue - start.serviceValue >= STEADY;
  const aggregateDown = start.aggregatePublicValue - end.aggregatePublicValue >= STEADY;
  const peak = p.bestAggregate;
  const peaks = peak.t > 0 && peak.t < 1 && peak.aggregatePublicValue - Math.max(start.aggregatePublicValue, end.aggregatePublicValue) >= STEADY;
  return [
    `From ${mixText(p.from)} all the way to ${modeName(p.towards)}, service value ${trend(start.serviceValue, end.serviceValue)} and aggregate public value ${trend(start.aggregatePublicValue, end.aggregatePublicValue)}.`,
    peaks ? `Aggregate public value peaks at ${round(peak.aggregatePublicValue)}, ${round(100 * peak.t)} % of the way along (${mixText(peak.mix)}).` : '',
    serviceUp && aggregateDown
      ? 'The two part ways: what this service gains, public value as a whole loses, the pattern of Figure 2 in Cordella, Paletti and Shaikh (2017).'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}
