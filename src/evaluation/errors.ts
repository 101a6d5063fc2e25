/** Why an input was refused. */
export type EvaluationErrorCode =
  | 'wrong-type'
  | 'not-finite'
  | 'out-of-range'
  | 'negative-share'
  | 'empty-mix'
  | 'unknown-value'
  | 'missing-field';

/** The only error the evaluation module throws: names the field and says how to fix it. */
export class EvaluationError extends Error {
  readonly code: EvaluationErrorCode;
  readonly field: string;

  constructor(code: EvaluationErrorCode, field: string, message: string) {
    super(message);
    this.name = 'EvaluationError';
    this.code = code;
    this.field = field;
  }
}

/** Tells an EvaluationError apart from any other thrown value. */
export function isEvaluationError(error: unknown): error is EvaluationError {
  return error instanceof EvaluationError;
}
