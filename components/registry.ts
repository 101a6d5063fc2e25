/**
 * The widget registry: every widget kind with its title, MDX name, props-to-state mapping, island
 * and embed page. The embed route, SetupLink and the MDX component map read it, so adding a widget
 * means one folder and one entry here. Build-time only: widgets import their own `meta.ts`, never
 * this module, so no page's JavaScript carries another widget's code.
 */
import StrategicTriangle from './strategic-triangle/StrategicTriangle.astro';
import TypologyMap from './typology-map/TypologyMap.astro';
import ModeBalancer from './mode-balancer/ModeBalancer.astro';
import CapacityMatrix from './capacity-matrix/CapacityMatrix.astro';
import ParadigmLens from './paradigm-lens/ParadigmLens.astro';
import { triangleWidget } from './strategic-triangle/meta';
import { typologyWidget } from './typology-map/meta';
import { modesWidget } from './mode-balancer/meta';
import { capacitiesWidget } from './capacity-matrix/meta';
import { paradigmsWidget } from './paradigm-lens/meta';
import type { UrlWidgetKind, WidgetMeta } from './widget/widget-meta';

/** An Astro component, typed loosely: Astro and svelte-check each give `.astro` imports their own type. */
export type Island = (...args: never[]) => unknown;

/** A registered widget: its meta and the island that renders it (hydrated when visible, or at once with `embedded`). */
export interface RegisteredWidget<K extends UrlWidgetKind = UrlWidgetKind> extends WidgetMeta<K, never> {
  island: Island;
  /** Whether `/embed/<kind>/` exists for LMS iframes. */
  embed: boolean;
}

// The props each meta accepts differ; the registry only passes them through from MDX, so it stores
// them as a common shape and `stateFromProps` below restores the kind's own signature.
const entry = <K extends UrlWidgetKind, P>(meta: WidgetMeta<K, P>, island: Island): RegisteredWidget<K> => ({
  ...(meta as unknown as WidgetMeta<K, never>),
  island,
  embed: true,
});

/** Every widget, in the order the book introduces them. */
export const widgetRegistry = {
  triangle: entry(triangleWidget, StrategicTriangle),
  typology: entry(typologyWidget, TypologyMap),
  modes: entry(modesWidget, ModeBalancer),
  capacities: entry(capacitiesWidget, CapacityMatrix),
  paradigms: entry(paradigmsWidget, ParadigmLens),
} satisfies { [K in UrlWidgetKind]: RegisteredWidget<K> };

/** The registered widgets as a list. */
export const widgets: RegisteredWidget[] = Object.values(widgetRegistry);

/** The widget of a kind, or an error naming the kinds that exist (an authoring mistake, caught at build). */
export function requireWidget(kind: string): RegisteredWidget {
  const found = widgets.find((w) => w.kind === kind);
  if (!found) throw new Error(`Unknown widget "${kind}". Known widgets: ${widgets.map((w) => w.kind).join(', ')}`);
  return found;
}

/** The state a widget's MDX props give it (what SetupLink puts in a deep link). */
export function stateFromProps(kind: string, props: Record<string, unknown>) {
  const meta = requireWidget(kind) as unknown as WidgetMeta<UrlWidgetKind, Record<string, unknown>>;
  return meta.stateFromProps(props);
}
