/**
 * The widget registry: every widget kind's meta (widget-kinds.ts) with its island and embed page. The embed
 * route and the course kit read it; chapters import each island they use (src/plugins/remark-component-imports.mjs),
 * and SetupLink and the guided steps read the metas alone, so that no page carries another widget's styles.
 * Adding a widget means one folder and one entry here and in widget-kinds.ts. Build-time only: widgets import
 * their own `meta.ts`, never this module, so no page's JavaScript carries another widget's code.
 */
import StrategicTriangle from './strategic-triangle/StrategicTriangle.astro';
import TypologyMap from './typology-map/TypologyMap.astro';
import ModeBalancer from './mode-balancer/ModeBalancer.astro';
import CapacityMatrix from './capacity-matrix/CapacityMatrix.astro';
import ParadigmLens from './paradigm-lens/ParadigmLens.astro';
import { widgetKinds, type KindMeta } from './widget-kinds';
import type { UrlWidgetKind } from './widget/widget-meta';

/** An Astro component, typed loosely: Astro and svelte-check each give `.astro` imports their own type. */
export type Island = (...args: never[]) => unknown;

/** A registered widget: its meta and the island that renders it (hydrated when visible, or at once with `embedded`). */
export interface RegisteredWidget<K extends UrlWidgetKind = UrlWidgetKind> extends KindMeta<K> {
  island: Island;
  /** Whether `/embed/<kind>/` exists for LMS iframes. */
  embed: boolean;
}

const entry = <K extends UrlWidgetKind>(meta: KindMeta<K>, island: Island): RegisteredWidget<K> => ({ ...meta, island, embed: true });

/** Every widget, in the order the book introduces them. */
export const widgetRegistry = {
  triangle: entry(widgetKinds.triangle, StrategicTriangle),
  typology: entry(widgetKinds.typology, TypologyMap),
  modes: entry(widgetKinds.modes, ModeBalancer),
  capacities: entry(widgetKinds.capacities, CapacityMatrix),
  paradigms: entry(widgetKinds.paradigms, ParadigmLens),
} satisfies { [K in UrlWidgetKind]: RegisteredWidget<K> };

/** The registered widgets as a list. */
export const widgets: RegisteredWidget[] = Object.values(widgetRegistry);
