/** The capacity matrix in the widget registry: its names and how its MDX props become a state. */
import { CAPACITY_CELLS, capacitiesCodec, type CapacitiesState, type CapacityRatings } from '@evaluation';
import type { WidgetMeta } from '../widget/widget-meta';

/** Props that set the capacity matrix: ratings 1–5 by cell (`analytical.individual`, …); unrated cells take the default. */
export interface CapacitiesProps {
  ratings?: CapacityRatings;
}

/** The capacity matrix widget. */
export const capacitiesWidget: WidgetMeta<'capacities', CapacitiesProps> = {
  kind: 'capacities',
  tag: 'CapacityMatrix',
  title: 'The capacity matrix',
  stateFromProps(props): CapacitiesState {
    const base = capacitiesCodec.defaultState();
    return { ratings: Object.fromEntries(CAPACITY_CELLS.map((cell) => [cell, props.ratings?.[cell] ?? base.ratings[cell]])) as CapacityRatings };
  },
};
