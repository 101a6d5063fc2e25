/**
 * A guided step's set-up: the state it puts its widget in, as the address carries it (checked to
 * read back), and the same set-up in words for the step's figure caption. Pure: no DOM.
 */
import {
  CAPACITY_CELLS,
  cellLabel,
  cornerLabels,
  CORNERS,
  decodeState,
  encodeState,
  findPreset,
  mixText,
  type WidgetStates,
} from '@evaluation';
import type { UrlWidgetKind } from '../widget/widget-meta';

/** A step's set-up as a link carries it, and the state the widget will show once it reads it back. */
export interface StepSetUp<K extends UrlWidgetKind> {
  kind: K;
  /** The state as the address holds it (`v1.t.70-25-85`, …). */
  encoded: string;
  /** The state read back from `encoded`: what the widget shows, and what the step's figure draws. */
  state: WidgetStates[K];
}

/** Encodes the state a guided step sets its widget to and reads it back; throws, naming the step, when the model refuses it or it does not read back. */
export function stepSetUp<K extends UrlWidgetKind>(kind: K, state: WidgetStates[K], where: string): StepSetUp<K> {
  let encoded: string;
  try {
    encoded = encodeState(kind, state);
  } catch (error) {
    throw new Error(`${where}: its set-up is not a valid state of the widget: ${(error as Error).message}`, { cause: error });
  }
  const decoded = decodeState(kind, encoded);
  if (!decoded.ok) throw new Error(`${where}: its set-up does not read back from a link: ${decoded.reason ?? ''}`);
  return { kind, encoded, state: decoded.state };
}

const two = (x: number): string => x.toFixed(2);

/** A step's set-up in words, for its figure's caption: the inputs the widget is set to, never the model's results. */
export function describeSetUp<K extends UrlWidgetKind>({ kind, state }: StepSetUp<K>): string {
  if (kind === 'triangle') {
    const corners = state as WidgetStates['triangle'];
    const words = CORNERS.map((c) => `${cornerLabels[c]} ${Math.round(corners[c])}`).join(', ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)} (of 100).`;
  }
  if (kind === 'typology') {
    const place = state as WidgetStates['typology'];
    if (place.involvement === 0.5 && place.locus === 0.5) return 'The marker at the centre of the map, where the four quadrants meet.';
    return `The marker at involvement ${two(place.involvement)} (0 involuntary, 1 voluntary) and locus ${two(place.locus)} (0 one service, 1 the service system).`;
  }
  if (kind === 'modes') {
    const modes = state as WidgetStates['modes'];
    const preset = modes.preset === null ? undefined : findPreset(modes.preset);
    const service = preset ? preset.label : 'A custom service';
    const edited = preset && Object.entries(preset.context).some(([field, value]) => modes.context[field as keyof typeof modes.context] !== value);
    return `${service}${edited ? ' (its context edited)' : ''}: ${mixText(modes.mix)}.`;
  }
  const { ratings } = state as WidgetStates['capacities'];
  // The commonest rating, then the cells that differ from it, reads better than nine numbers.
  const counts = new Map<number, number>();
  for (const cell of CAPACITY_CELLS) if (ratings[cell] !== undefined) counts.set(ratings[cell]!, (counts.get(ratings[cell]!) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  const others = CAPACITY_CELLS.filter((cell) => ratings[cell] !== usual).map((cell) => `${cellLabel(cell)} ${ratings[cell] ?? 'not rated'}`);
  return usual === undefined ? 'No capacity rated.' : `Every capacity at ${usual} of 5${others.length > 0 ? ` except ${others.join('; ')}` : ''}.`;
}
