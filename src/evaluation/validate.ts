import { EvaluationError } from './errors.ts';
import { modeParameters } from './parameters.ts';
import {
  CONTEXT_FIELDS,
  MODES,
  type Level,
  type Mix,
  type ServiceContext,
} from './types.ts';

/** Describes any value briefly for an error message, without trusting it. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** Requires a plain object and returns it for field access. */
export function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EvaluationError('wrong-type', field, `${field} must be an object with named fields; got ${show(value)}.`);
  }
  return value as Record<string, unknown>;
}

/** Requires a finite number in [min, max] and returns it. */
export function requireNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number') {
    throw new EvaluationError('wrong-type', field, `${field} must be a number from ${min} to ${max}; got ${show(value)}.`);
  }
  if (!Number.isFinite(value)) {
    throw new EvaluationError('not-finite', field, `${field} must be a finite number from ${min} to ${max}; got ${value}.`);
  }
  if (value < min || value > max) {
    throw new EvaluationError('out-of-range', field, `${field} must be from ${min} to ${max}; got ${value}.`);
  }
  return value;
}

/** Requires one of the allowed strings and returns it. */
export function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new EvaluationError(
    'unknown-value',
    field,
    `${field} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got ${show(value)}.`,
  );
}

/** Requires a boolean, treating a missing value as false. */
export function optionalBoolean(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') {
    throw new EvaluationError('wrong-type', field, `${field} must be true or false; got ${show(value)}.`);
  }
  return value;
}

/** Requires a 1–5 rating, or undefined for a skipped answer. */
export function optionalLevel(value: unknown, field: string): Level | undefined {
  if (value === undefined || value === null) return undefined;
  const n = requireNumber(value, field, 1, 5);
  if (!Number.isInteger(n)) {
    throw new EvaluationError('wrong-type', field, `${field} must be a whole number from 1 to 5; got ${n}.`);
  }
  return n as Level;
}

/** A mix made to sum to 100, with a note when it had to be rescaled. */
export interface NormalisedMix {
  /** Shares in percent, summing to 100. */
  mix: Mix;
  /** True when the shares given did not sum to 100 and were rescaled. */
  normalised: boolean;
  /** The sum of the shares as given. */
  originalTotal: number;
}

const SUM_TOLERANCE = modeParameters.normaliseTolerance.value;
// Shares may be given as any weights (1:2:1); the cap only keeps their sum finite.
const MAX_SHARE = 1e9;

/** Validates a mix of modes and rescales it to sum to 100, saying so when it does. */
export function normaliseMix(input: unknown, field = 'mix'): NormalisedMix {
  const record = requireRecord(input, field);
  const shares = {} as Mix;
  let total = 0;
  for (const mode of MODES) {
    const raw = record[mode] ?? 0;
    if (typeof raw === 'number' && Number.isFinite(raw) && raw < 0) {
      throw new EvaluationError('negative-share', `${field}.${mode}`, `${field}.${mode} cannot be negative; got ${raw}. Use 0 for a mode that is not used.`);
    }
    shares[mode] = requireNumber(raw, `${field}.${mode}`, 0, MAX_SHARE);
    total += shares[mode];
  }
  if (!(total > 0)) {
    throw new EvaluationError('empty-mix', field, `${field} needs at least one mode with a share above 0; every share is 0.`);
  }
  const normalised = Math.abs(total - 100) > SUM_TOLERANCE;
  const mix = {} as Mix;
  for (const mode of MODES) mix[mode] = (shares[mode] / total) * 100;
  return { mix, normalised, originalTotal: total };
}

/** Validates a service context: every field present and between 0 and 1. */
export function validateContext(input: unknown, field = 'context'): ServiceContext {
  const record = requireRecord(input, field);
  const context = {} as ServiceContext;
  for (const key of CONTEXT_FIELDS) {
    if (record[key] === undefined) {
      throw new EvaluationError('missing-field', `${field}.${key}`, `${field}.${key} is missing; give a number from 0 to 1.`);
    }
    context[key] = requireNumber(record[key], `${field}.${key}`, 0, 1);
  }
  return context;
}

/** Keeps a computed figure inside its stated range despite floating-point rounding. */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
