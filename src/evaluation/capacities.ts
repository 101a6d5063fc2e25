import { capacityAnchors, capacityCells } from './capacity-anchors.ts';
import { capacityParameters } from './parameters.ts';
import { optionalLevel, requireRecord } from './validate.ts';
import { CAPACITY_CELLS, type CapacityCell, type CapacityLevel, type CapacityType, type Level } from './types.ts';

/** Ratings (1–5) for any of the nine cells; a missing cell was not rated. */
export type CapacityRatings = Partial<Record<CapacityCell, Level>>;

/** A cell rated below its target. */
export interface CapacityGap {
  cell: CapacityCell;
  type: CapacityType;
  level: CapacityLevel;
  rating: Level;
  target: Level;
  /** Levels short of the target (1–4). */
  gap: number;
  /** What the current level looks like. */
  anchor: string;
}

/** Gaps, weakest cell, Achilles heel and bearing on the triangle of a capacity profile. */
export interface CapacityResult {
  kind: 'capacities';
  ratings: Record<CapacityCell, Level | null>;
  targets: Record<CapacityCell, Level>;
  /** Cells below target, largest gap first. A cell at or above its target is not a gap. */
  gaps: CapacityGap[];
  /** The lowest-rated cell (ties: larger gap, then matrix order); null when nothing is rated or all rated cells are level. */
  weakest: { cell: CapacityCell; rating: Level; anchor: string } | null;
  /** Organisational-operational capacity at or below the threshold: co-production's Achilles heel. */
  achillesHeel: { flagged: boolean; rating: Level | null; explanation: string };
  /** How the profile bears on the strategic triangle, 0–100, or null when the cells are unrated. */
  triangleBearing: { authorisingEnvironment: number | null; operationalCapacity: number | null };
  /** Cells not rated. */
  missing: CapacityCell[];
}

/** Splits a cell name into its capacity type and level. */
export function splitCell(cell: CapacityCell): { type: CapacityType; level: CapacityLevel } {
  const [type, level] = cell.split('.') as [CapacityType, CapacityLevel];
  return { type, level };
}

/** The descriptive anchor of a level for a capacity type. */
export function anchorFor(type: CapacityType, rating: Level): string {
  return capacityAnchors[type].levels[rating - 1] ?? '';
}

/** A cell's name in words, e.g. "operational capacity, organisational level". */
export function cellLabel(cell: CapacityCell): string {
  const { type, level } = splitCell(cell);
  return `${type} capacity, ${level} level`;
}

/** What a cell of the matrix means, in plain words. */
export function describeCell(cell: CapacityCell): string {
  const { type, level } = splitCell(cell);
  return capacityCells[type][level];
}

const toScore = (rating: number): number => ((rating - 1) / 4) * 100;

function meanScore(cells: readonly CapacityCell[], ratings: Record<CapacityCell, Level | null>): number | null {
  const rated = cells.map((c) => ratings[c]).filter((r): r is Level => r !== null);
  if (rated.length === 0) return null;
  return rated.reduce((sum, r) => sum + toScore(r), 0) / rated.length;
}

/** Finds gaps against targets (default 3; a level that fits the service is not a gap), the weakest cell and the Achilles heel. */
export function evaluateCapacities(ratingsInput: CapacityRatings, options: { targets?: CapacityRatings } = {}): CapacityResult {
  const record = requireRecord(ratingsInput, 'ratings');
  const targetRecord = options.targets === undefined ? {} : requireRecord(options.targets, 'targets');
  const defaultTarget = capacityParameters.defaultTarget.value as Level;
  const ratings = {} as Record<CapacityCell, Level | null>;
  const targets = {} as Record<CapacityCell, Level>;
  for (const cell of CAPACITY_CELLS) {
    ratings[cell] = optionalLevel(record[cell], `ratings.${cell}`) ?? null;
    targets[cell] = optionalLevel(targetRecord[cell], `targets.${cell}`) ?? defaultTarget;
  }
  const gaps: CapacityGap[] = [];
  for (const cell of CAPACITY_CELLS) {
    const rating = ratings[cell];
    if (rating === null || rating >= targets[cell]) continue;
    const { type, level } = splitCell(cell);
    gaps.push({ cell, type, level, rating, target: targets[cell], gap: targets[cell] - rating, anchor: anchorFor(type, rating) });
  }
  gaps.sort((a, b) => b.gap - a.gap || CAPACITY_CELLS.indexOf(a.cell) - CAPACITY_CELLS.indexOf(b.cell));
  let weakest: CapacityResult['weakest'] = null;
  for (const cell of CAPACITY_CELLS) {
    const rating = ratings[cell];
    if (rating === null) continue;
    const shortfall = targets[cell] - rating;
    if (
      weakest === null ||
      rating < weakest.rating ||
      (rating === weakest.rating && shortfall > targets[weakest.cell] - weakest.rating)
    ) {
      weakest = { cell, rating, anchor: anchorFor(splitCell(cell).type, rating) };
    }
  }
  // A weakest link only exists when some cell trails the others.
  const rated = CAPACITY_CELLS.map((cell) => ratings[cell]).filter((r): r is Level => r !== null);
  if (rated.every((r) => r === rated[0])) weakest = null;
  const heel = ratings['operational.organisational'];
  const flagged = heel !== null && heel <= capacityParameters.achillesHeelThreshold.value;
  return {
    kind: 'capacities',
    ratings,
    targets,
    gaps,
    weakest,
    achillesHeel: {
      flagged,
      rating: heel,
      explanation: flagged
        ? 'Organisational operational capacity is weak. Howlett and Ramesh call a lack of organisational capacity the Achilles heel of co-production: every actor relies on the structures, processes and coordination of existing organisations, so the arrangement fails there first.'
        : heel === null
          ? 'Organisational operational capacity was not rated; it is the cell co-production most often fails on, so rate it.'
          : 'Organisational operational capacity holds: the structures, processes and coordination that co-production leans on are in place.',
    },
    triangleBearing: {
      authorisingEnvironment: meanScore(['political.individual', 'political.organisational', 'political.systemic'], ratings),
      operationalCapacity: meanScore(
        CAPACITY_CELLS.filter((c) => !c.startsWith('political')),
        ratings,
      ),
    },
    missing: CAPACITY_CELLS.filter((c) => ratings[c] === null),
  };
}
