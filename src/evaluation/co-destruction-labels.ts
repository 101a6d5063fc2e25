// The co-destruction signals in plain words: display words of the typology map, in their own module
// so that pages without the map do not carry them.
import type { CoDestructionSignal } from './types.ts';

/** Each co-destruction signal's short name and the statement a reader ticks. */
export const CO_DESTRUCTION_LABELS: Record<CoDestructionSignal, { name: string; statement: string }> = {
  resistance: { name: 'Resistance', statement: 'The person resists the service' },
  conflictingAims: { name: 'Conflicting aims', statement: 'Conflicting aims, or inputs that do not fit' },
  divisiveEffects: { name: 'Divisive effects', statement: 'Divisive effects on others' },
};
