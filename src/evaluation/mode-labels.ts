// The names the mode balancer gives the public-value dimensions and Table 1's resources: display
// words, in their own module so that pages without the balancer do not carry them.
import type { Dimension, Resource } from './types.ts';

/** How each dimension is named in figures and tables. */
export const DIMENSION_LABELS: Record<Dimension, string> = {
  efficiency: 'Efficiency',
  equity: 'Equity and fairness',
  responsiveness: 'Responsiveness to citizens',
  innovation: 'Innovation',
  legitimacy: 'Legitimacy and accountability',
  control: 'Administration’s control',
};

/** How each resource is named in figures and tables (Table 1's row headings). */
export const RESOURCE_LABELS: Record<Resource, string> = { finance: 'Finance', staff: 'Staff', skills: 'Skills', technology: 'Technology' };
