/**
 * Action.Execute verbs. The service switches on these (the Teams SDK routes by
 * `data.action`, not by verb, so the card data never carries an `action` key).
 */
export const CARD_VERBS = {
  approve: 'sanction.approve',
  reject: 'sanction.reject',
  askForChanges: 'sanction.askForChanges',
  refresh: 'sanction.refresh'
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];
export type DecisionVerb = Exclude<CardVerb, typeof CARD_VERBS.refresh>;

export function isCardVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && (Object.values(CARD_VERBS) as string[]).indexOf(value) >= 0;
}

/** Ids of the inputs on the approval card, read back from the invoke's `action.data`. */
export const CARD_INPUTS = {
  comment: 'decisionComment',
  continuityConfirmed: 'continuityPlanConfirmed',
  channelConfirmed: 'channelConfirmed'
} as const;

/** Hidden data every Action.Execute on an approval card carries. */
export interface ApprovalActionData {
  sanctionId: string;
  /** Sanction version the card was built for: a newer version makes the card stale. */
  sanctionVersion: number;
  /**
   * The case holding the sanction and the case's person, so the service reads both at once
   * instead of finding them through the sanction first. A hint it checks, never trusted.
   */
  caseId?: string;
  personId?: string;
}
