/** The four-quadrant typology in the widget registry: its names and how its MDX props become a state. */
import { typologyCases, type TypologyCase } from '@evaluation';
import type { WidgetMeta } from '../widget/widget-meta';
import { typologyStart } from './start-state';

/** Props that set the typology widget: a case from the library, or explicit positions (0–1). */
export interface TypologyProps {
  /** A case from the library (typologyCases) to start from. */
  caseId?: string;
  /** Starting involvement, 0 (involuntary, intrinsic) – 1 (voluntary, conscious); overrides the case's. */
  involvement?: number;
  /** Starting locus, 0 (a single service) – 1 (the service system); overrides the case's. */
  locus?: number;
}

/** The case with this id, or an error naming the ids that exist. */
export function requireCase(caseId: string): TypologyCase {
  const found = typologyCases.find((c) => c.id === caseId);
  if (!found) throw new Error(`Unknown typology case "${caseId}". Known cases: ${typologyCases.map((c) => c.id).join(', ')}`);
  return found;
}

/** The typology widget. */
export const typologyWidget: WidgetMeta<'typology', TypologyProps> = {
  kind: 'typology',
  tag: 'TypologyMap',
  title: 'The four-quadrant typology',
  stateFromProps: (props) => typologyStart(props, requireCase),
};
