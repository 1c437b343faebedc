/**
 * Typed storage errors. The UI and the service switch on `kind`, never on HTTP codes,
 * so the same handling works against SharePoint Online and the local emulator.
 */

export type DataErrorKind = 'NotFound' | 'Conflict' | 'Forbidden' | 'Throttled' | 'ValidationFailed' | 'ThresholdExceeded' | 'Unexpected';

export abstract class DataError extends Error {
  public abstract readonly kind: DataErrorKind;
  /** HTTP status that caused it, when there was one. */
  public readonly status: number | undefined;

  protected constructor(message: string, status?: number) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}

export class NotFoundError extends DataError {
  public readonly kind = 'NotFound' as const;
  public constructor(message: string, status: number = 404) {
    super(message, status);
  }
}

/**
 * Someone else saved the item since it was read (HTTP 412). `current` is the server's
 * version at the time of the conflict, so the UI can offer "reload" or "merge".
 */
/** What callers need of a conflict: the server's current version, when SharePoint sent it. */
export interface ConflictLike<T> {
  kind: 'Conflict';
  current?: T;
  message: string;
}

/**
 * True for the data layer's ConflictError. Checked by its kind rather than instanceof, so it
 * holds across bundles (the web part's chunks each carry their own copy of this module).
 */
export function isConflict<T = unknown>(error: unknown): error is ConflictLike<T> {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'Conflict';
}

export class ConflictError<T = unknown> extends DataError {
  public readonly kind = 'Conflict' as const;
  public readonly current: T | undefined;
  public constructor(message: string, current?: T, status: number = 412) {
    super(message, status);
    this.current = current;
  }
}

export class ForbiddenError extends DataError {
  public readonly kind = 'Forbidden' as const;
  /**
   * The CCM groups whose members may do this (from the schema's grants), so the screen can
   * say whom to ask for what ("ask the site owner to add you to CCM Case Team").
   */
  public readonly groupsThatMay: readonly string[];
  public constructor(message: string, status: number = 403, groupsThatMay: readonly string[] = []) {
    super(message, status);
    this.groupsThatMay = groupsThatMay;
  }
}

/** SharePoint kept answering 429/503 after the retries; try again after `retryAfterSeconds`. */
export class ThrottledError extends DataError {
  public readonly kind = 'Throttled' as const;
  public readonly retryAfterSeconds: number | undefined;
  public constructor(message: string, status?: number, retryAfterSeconds?: number) {
    super(message, status);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface FieldProblem {
  /** Internal field name (as in the schema), or '' when SharePoint did not say. */
  field: string;
  message: string;
  /** True when a unique column already holds this value. */
  duplicate?: boolean;
}

export class ValidationFailedError extends DataError {
  public readonly kind = 'ValidationFailed' as const;
  public readonly problems: readonly FieldProblem[];
  public constructor(message: string, problems: readonly FieldProblem[], status: number = 400) {
    super(message, status);
    this.problems = problems;
  }

  public isDuplicateOf(field: string): boolean {
    return this.problems.some((problem) => problem.duplicate === true && problem.field === field);
  }
}

/**
 * The list view threshold stopped the query: a filter or sort on a column that is not
 * indexed over more than 5,000 items. It is a defect in the query, not a user error.
 */
export class ThresholdExceededError extends DataError {
  public readonly kind = 'ThresholdExceeded' as const;
  public constructor(message: string, status: number = 500) {
    super(message, status);
  }
}

export class UnexpectedDataError extends DataError {
  public readonly kind = 'Unexpected' as const;
  public readonly inner: unknown;
  public constructor(message: string, cause?: unknown, status?: number) {
    super(message, status);
    this.inner = cause;
  }
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}
