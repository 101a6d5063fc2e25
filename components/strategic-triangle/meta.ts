/** The strategic triangle in the widget registry: its names and how its MDX props become a state. */
import { triangleCodec, type TriangleInput } from '@evaluation';
import type { WidgetMeta } from '../widget/widget-meta';

/** Props that set the triangle's corners (0–100 each); a missing corner takes the default. */
export type TriangleProps = Partial<TriangleInput>;

/** The strategic triangle widget. */
export const triangleWidget: WidgetMeta<'triangle', TriangleProps> = {
  kind: 'triangle',
  tag: 'StrategicTriangle',
  title: 'The strategic triangle',
  stateFromProps(props) {
    const base = triangleCodec.defaultState();
    return {
      publicValue: props.publicValue ?? base.publicValue,
      authorisingEnvironment: props.authorisingEnvironment ?? base.authorisingEnvironment,
      operationalCapacity: props.operationalCapacity ?? base.operationalCapacity,
    };
  },
};
