/** A finding about a sanction proposal, tied to the business rule that raised it. */
export interface SanctionIssue {
  rule: string;
  field: string;
  message: string;
}

export interface SanctionCheckResult {
  /** Blocking: the proposal cannot be approved while any remain. */
  errors: SanctionIssue[];
  /** Shown to the proposer and approver (proportionality, adjustments); not blocking. */
  warnings: SanctionIssue[];
}
