import type { CapacityLevel, CapacityType } from './types.ts';

// The words of the capacity matrix: descriptive anchors for each level and what each cell means.
// The matrix widget and the self-assessment show them; they are descriptions, not parameters, so
// they live here rather than in parameters.ts and stay out of pages without the matrix.

/** What each level of each capacity type looks like (anchors 1–5). */
export const capacityAnchors: Record<CapacityType, { label: string; purpose: string; levels: readonly [string, string, string, string, string] }> = {
  analytical: {
    label: 'Analytical',
    purpose: 'Making policy action technically sound.',
    levels: [
      'Decisions rest on habit; no one gathers or reads evidence about the service.',
      'Some data exist but are rarely used; analysis happens only when something goes wrong.',
      'Evidence is gathered and used for the main decisions, with known gaps.',
      'Analysis routinely informs design and review, including what users report.',
      'Evidence, user knowledge and evaluation are built into every stage and shared with partners.',
    ],
  },
  operational: {
    label: 'Operational',
    purpose: 'Mobilising and deploying means, coordinating action and engaging networks, communities and individuals.',
    levels: [
      'No one plans, staffs or budgets the joint work; it depends on goodwill.',
      'Coordination is ad hoc and fragile; systems do not talk to each other.',
      'Roles, budget and processes exist for the joint work and mostly hold.',
      'Structures, information systems and leadership coordinate work across units and with citizens.',
      'Coordination is robust, scales up and keeps working when people change.',
    ],
  },
  political: {
    label: 'Political',
    purpose: 'Winning legitimacy, and keeping a dialogue going with citizens and organisations outside government.',
    levels: [
      'No political backing; non-state actors are not heard.',
      'Backing is verbal or temporary; communication runs one way.',
      'Stable sponsorship and regular two-way channels with the main groups.',
      'Broad support across parties and groups; concerns are answered and acted on.',
      'Lasting legitimacy: partners and the public share ownership of the arrangement.',
    ],
  },
};

/** What each cell of the matrix means, in the book's words. */
export const capacityCells: Record<CapacityType, Record<'individual' | 'organisational' | 'systemic', string>> = {
  analytical: {
    individual: 'Staff who can find, read and use evidence about the service.',
    organisational: 'Data, information systems and routines for using evidence in decisions.',
    systemic: 'Access to knowledge across the policy field: research, open data, users’ expertise.',
  },
  operational: {
    individual: 'Managers who plan, staff, budget, delegate, direct and coordinate — leadership.',
    organisational: 'Administrative structures, processes and coordination, within and across bodies.',
    systemic: 'Working relations and coordination among public, private and civic partners.',
  },
  political: {
    individual: 'People who can build support and talk with citizens and groups.',
    organisational: 'Political sponsorship and backing for the arrangement inside the administration.',
    systemic: 'Legitimacy and trust in the wider community; two-way links with non-state actors.',
  },
};

/** How each capacity level is headed in the matrix. */
export const CAPACITY_LEVEL_LABELS: Record<CapacityLevel, string> = { individual: 'Individual', organisational: 'Organisational', systemic: 'Systemic' };
