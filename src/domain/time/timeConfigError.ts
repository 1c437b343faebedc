// The error shape for refused time settings: {field, code, message}, the same shape as the
// domain ValidationError, so settings screens can show each message beside its field.

export type TimeConfigErrorCode =
  | 'unknownField'
  | 'notPositiveInteger'
  | 'tooLarge'
  | 'exceedsStatutoryLimit'
  | 'belowStatutoryMinimum'
  | 'exceedsPolicyLimit'
  | 'inconsistent'
  | 'invalidDate'
  | 'invalidMonthDay'
  | 'missingReason';

export interface TimeConfigError {
  readonly field: string;
  readonly code: TimeConfigErrorCode;
  readonly message: string;
}
