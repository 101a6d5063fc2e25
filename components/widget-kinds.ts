/**
 * Every widget kind's meta (title, MDX tag, props-to-state mapping), without its island. Building blocks that
 * only name a widget (SetupLink, guided steps) read this module, not the registry, so a chapter page carries the
 * styles of the widgets it shows and no others (a page's styles follow the components its modules import).
 */
import { triangleWidget } from './strategic-triangle/meta';
import { typologyWidget } from './typology-map/meta';
import { modesWidget } from './mode-balancer/meta';
import { capacitiesWidget } from './capacity-matrix/meta';
import { paradigmsWidget } from './paradigm-lens/meta';
import type { UrlWidgetKind, WidgetMeta } from './widget/widget-meta';

/** A widget kind's meta, with the props its MDX tag accepts stored as a common shape. */
export type KindMeta<K extends UrlWidgetKind = UrlWidgetKind> = WidgetMeta<K, never>;

/** Every widget kind's meta, in the order the book introduces them. */
export const widgetKinds = {
  triangle: triangleWidget as unknown as KindMeta<'triangle'>,
  typology: typologyWidget as unknown as KindMeta<'typology'>,
  modes: modesWidget as unknown as KindMeta<'modes'>,
  capacities: capacitiesWidget as unknown as KindMeta<'capacities'>,
  paradigms: paradigmsWidget as unknown as KindMeta<'paradigms'>,
} satisfies { [K in UrlWidgetKind]: KindMeta<K> };

/** The meta of a kind, or an error naming the kinds that exist (an authoring mistake, caught at build). */
export function requireWidget(kind: string): KindMeta {
  const found = (Object.values(widgetKinds) as KindMeta[]).find((w) => w.kind === kind);
  if (!found) throw new Error(`Unknown widget "${kind}". Known widgets: ${Object.keys(widgetKinds).join(', ')}`);
  return found;
}

/** The state a widget's MDX props give it (what SetupLink puts in a deep link). */
export function stateFromProps(kind: string, props: Record<string, unknown>) {
  const meta = requireWidget(kind) as unknown as WidgetMeta<UrlWidgetKind, Record<string, unknown>>;
  return meta.stateFromProps(props);
}
