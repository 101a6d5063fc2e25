import type { CapacityRatings } from './capacities.ts';
import type { TriangleInput } from './triangle.ts';
import { CAPACITY_LEVELS, CAPACITY_TYPES, type CapacityCell, type CapacityType, type Corner, type Level } from './types.ts';

/** A triangle set-up the widget offers as a button, with the binding corner it is meant to show. */
export interface TriangleScenario {
  id: string;
  label: string;
  corners: TriangleInput;
  /** What the model must report for it (tested): a binding corner, or 'aligned'. */
  shows: Corner | 'aligned';
}

/** The typical failures of chapter 4, and an aligned triangle to compare them with. */
export const triangleScenarios: readonly TriangleScenario[] = [
  { id: 'aligned', label: 'Aligned', corners: { publicValue: 75, authorisingEnvironment: 70, operationalCapacity: 75 }, shows: 'aligned' },
  {
    id: 'no-mandate',
    label: 'Capacity without a mandate',
    corners: { publicValue: 70, authorisingEnvironment: 25, operationalCapacity: 85 },
    shows: 'authorisingEnvironment',
  },
  {
    id: 'no-capacity',
    label: 'A mandate without capacity',
    corners: { publicValue: 80, authorisingEnvironment: 80, operationalCapacity: 30 },
    shows: 'operationalCapacity',
  },
  {
    id: 'no-value',
    label: 'Efficient delivery of something nobody values',
    corners: { publicValue: 25, authorisingEnvironment: 75, operationalCapacity: 85 },
    shows: 'publicValue',
  },
];

/** A capacity profile the matrix offers as a button, with the weakest cell it is meant to show. */
export interface CapacityScenario {
  id: string;
  label: string;
  ratings: CapacityRatings;
  /** The weakest cell the model must name (tested), or null where no single cell is weakest. */
  weakest: CapacityCell | null;
  /** Whether the organisational-operational Achilles heel must be flagged (tested). */
  achillesHeel: boolean;
}

// Ratings row by row: individual, organisational, systemic for each capacity type.
const profile = (rows: Record<CapacityType, [Level, Level, Level]>): CapacityRatings =>
  Object.fromEntries(CAPACITY_TYPES.flatMap((t) => CAPACITY_LEVELS.map((l, i) => [`${t}.${l}`, rows[t][i]]))) as CapacityRatings;

/** Illustrative profiles for chapter 9's capacity matrix. */
export const capacityScenarios: readonly CapacityScenario[] = [
  {
    id: 'middling',
    label: 'All middling',
    ratings: profile({ analytical: [3, 3, 3], operational: [3, 3, 3], political: [3, 3, 3] }),
    weakest: null,
    achillesHeel: false,
  },
  {
    id: 'weak-organisation',
    label: 'Strong staff, weak organisation',
    ratings: profile({ analytical: [4, 2, 3], operational: [4, 1, 3], political: [4, 2, 3] }),
    weakest: 'operational.organisational',
    achillesHeel: true,
  },
  {
    id: 'backing-no-means',
    label: 'Backing without the means',
    ratings: profile({ analytical: [2, 2, 3], operational: [2, 2, 2], political: [4, 4, 4] }),
    weakest: 'analytical.individual',
    achillesHeel: true,
  },
  {
    id: 'strong',
    label: 'Strong across the board',
    ratings: profile({ analytical: [4, 4, 4], operational: [4, 4, 4], political: [4, 4, 4] }),
    weakest: null,
    achillesHeel: false,
  },
];
