export type ValidationErrorCode = 'required' | 'tooLong' | 'dateOrder' | 'outOfRange' | 'unknownChoice' | 'invalidFormat' | 'notAllowed';

/** One problem with one field, in plain British English for the person filling the form. */
export interface ValidationError {
  field: string;
  code: ValidationErrorCode;
  message: string;
}
