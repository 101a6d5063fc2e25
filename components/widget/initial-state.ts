/**
 * Turns the props an author writes in MDX (a preset, a case, corner values) into a widget's state.
 * Shared by the widgets (their starting state) and SetupLink (the state a deep link carries), so
 * the two can never disagree. Unknown ids fail loudly: they are authoring mistakes caught at build.
 */
import {
  CAPACITY_CELLS,
  CO_DESTRUCTION_SIGNALS,
  defaultState,
  findPreset,
  placeAnswers,
  typologyCases,
  type CapacityRatings,
  type Mix,
  type TypologyCase,
  type WidgetStates,
} from '@evaluation';

/** Props that set the strategic triangle's corners (0–100 each). */
export interface TriangleProps {
  publicValue?: number;
  authorisingEnvironment?: number;
  operationalCapacity?: number;
}

/** Props that set the typology widget: a case from the library or explicit positions (0–1). */
export interface TypologyProps {
  caseId?: string;
  involvement?: number;
  locus?: number;
}

/** Props that set the mode balancer: a service preset and, optionally, a starting mix. */
export interface ModesProps {
  preset?: string;
  mix?: Mix;
}

/** Props that set the capacity matrix: ratings 1–5 by cell (`analytical.individual`, …). */
export interface CapacitiesProps {
  ratings?: CapacityRatings;
}

/** The case with this id, or an error naming the ids that exist. */
export function requireCase(caseId: string): TypologyCase {
  const found = typologyCases.find((c) => c.id === caseId);
  if (!found) throw new Error(`Unknown typology case "${caseId}". Known cases: ${typologyCases.map((c) => c.id).join(', ')}`);
  return found;
}

/** The triangle's state from its props (missing corners take the default). */
export function triangleState(props: TriangleProps): WidgetStates['triangle'] {
  const base = defaultState('triangle');
  return {
    publicValue: props.publicValue ?? base.publicValue,
    authorisingEnvironment: props.authorisingEnvironment ?? base.authorisingEnvironment,
    operationalCapacity: props.operationalCapacity ?? base.operationalCapacity,
  };
}

/** The typology's state from its props: a case's answers placed on the axes, or explicit positions. */
export function typologyState(props: TypologyProps): WidgetStates['typology'] {
  const base = defaultState('typology');
  const noSignals = Object.fromEntries(CO_DESTRUCTION_SIGNALS.map((s) => [s, false])) as WidgetStates['typology']['coDestruction'];
  if (props.caseId) {
    const placement = placeAnswers(requireCase(props.caseId).answers);
    return {
      involvement: props.involvement ?? placement.involvement,
      locus: props.locus ?? placement.locus,
      coDestruction: { ...noSignals, ...placement.coDestruction },
    };
  }
  return { involvement: props.involvement ?? base.involvement, locus: props.locus ?? base.locus, coDestruction: noSignals };
}

/** The mode balancer's state from its props: the preset's context and its starting mix (or the given one). */
export function modesState(props: ModesProps): WidgetStates['modes'] {
  const base = defaultState('modes');
  if (!props.preset) return props.mix ? { ...base, mix: { ...props.mix } } : base;
  const preset = findPreset(props.preset);
  if (!preset) throw new Error(`Unknown service preset "${props.preset}".`);
  return { preset: preset.id, context: { ...preset.context }, mix: { ...(props.mix ?? preset.startingMix) } };
}

/** The capacity matrix's state from its props (unrated cells take the default). */
export function capacitiesState(props: CapacitiesProps): WidgetStates['capacities'] {
  const base = defaultState('capacities');
  const ratings = Object.fromEntries(CAPACITY_CELLS.map((cell) => [cell, props.ratings?.[cell] ?? base.ratings[cell]])) as CapacityRatings;
  return { ratings };
}
