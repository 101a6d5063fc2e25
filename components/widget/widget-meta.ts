/** What a widget's folder tells the registry about it; each folder's `meta.ts` exports one of these. */
import type { WidgetKind, WidgetStates } from '@evaluation';

/** The parameter an embed page keeps its widget's state in. */
export const EMBED_PARAM = 'state';

/** The widget kinds whose whole state lives in a link (the self-assessment keeps its own store). */
export type UrlWidgetKind = Exclude<WidgetKind, 'assessment'>;

/** One widget kind: its names, and how the props an author writes become its state. */
export interface WidgetMeta<K extends UrlWidgetKind, P> {
  /** The kind: the model's state codec and the embed page's path (`/embed/<kind>/`). */
  kind: K;
  /** The component's name in MDX (`<StrategicTriangle …>`). */
  tag: string;
  /** The heading the widget shows, and the embed page's title. */
  title: string;
  /**
   * The state the widget starts from, given the props an author writes in MDX. Shared by the
   * widget and by SetupLink, so a deep link and the widget can never disagree. Unknown ids throw:
   * they are authoring mistakes, caught at build.
   */
  stateFromProps(props: P): WidgetStates[K];
}
