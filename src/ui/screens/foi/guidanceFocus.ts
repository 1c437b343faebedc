/** Where the officer is in the form, so the guidance beside it can follow (spec 5.7). */
export interface GuidanceFocus {
  step?: string;
  field?: string;
}
