import { actionAllowedFrom, currentSanction, SANCTION_RUNNING_STATUSES, type Case, type PermissionAction } from '../../../domain';

export interface NextStep {
  screen: string;
  label: string;
  /** Extra route parameters beside the case id (e.g. which letter to write). */
  params?: Readonly<Record<string, string>>;
  permission: PermissionAction;
  /** Whether the step applies to the case now, for this user (some steps are one person's). */
  when(kase: Case, userId: string): boolean;
}

/** What can be done next on this case, by status; each is also checked with the domain's can(). */
export const NEXT_STEPS: readonly NextStep[] = [
  {
    screen: 'checklist',
    label: 'Complete the checklist',
    permission: 'case.manage',
    when: (k) => actionAllowedFrom('recordChecklist', k.status)
  },
  {
    screen: 'invocation',
    label: 'Record the panel decision',
    permission: 'invocation.record',
    when: (k) => actionAllowedFrom('recordInvocationDecision', k.status)
  },
  {
    screen: 'case-monitoring',
    label: 'Monitoring letter and contact log',
    permission: 'case.manage',
    // The monitoring letter, then the contact log while monitoring runs or a sanction is in force.
    when: (k) =>
      actionAllowedFrom('sendMonitoringLetter', k.status) || k.status === 'Monitoring' || SANCTION_RUNNING_STATUSES.indexOf(k.status) >= 0
  },
  {
    screen: 'propose-sanction',
    label: 'Propose a sanction',
    permission: 'sanction.propose',
    when: (k) => k.status === 'Monitoring' || (k.status === 'SanctionProposed' && currentSanction(k)?.status === 'ChangesRequested')
  },
  {
    // The approved sanction starts only once the customer has been told (spec §5.4, BR-07).
    screen: 'letters',
    label: 'Send the restriction letter',
    params: { letterType: 'RestrictionDecision' },
    permission: 'case.manage',
    when: (k) => actionAllowedFrom('sendSanctionLetter', k.status)
  },
  {
    // BR-09: an expired restriction leaves the case officer a letter to send; recording it sent completes that task.
    screen: 'letters',
    label: 'Send the letter saying the restriction has ended',
    params: { letterType: 'RestrictionEnded' },
    permission: 'case.manage',
    when: (k) =>
      actionAllowedFrom('sendRestrictionEndedLetter', k.status) && k.tasks.some((t) => t.kind === 'sendRestrictionEndedLetter' && !t.done)
  },
  {
    screen: 'review',
    label: 'Record a review',
    permission: 'review.conduct',
    when: (k) => actionAllowedFrom('startReview', k.status) || actionAllowedFrom('completeReview', k.status)
  },
  {
    // BR-34: the customer's own request for a review is logged beside the review form.
    screen: 'review',
    label: 'Log a request for a review',
    params: { section: 'person-requests' },
    permission: 'case.manage',
    when: (k) => actionAllowedFrom('logPersonReviewRequest', k.status)
  },
  {
    screen: 'appeal',
    label: 'Record an appeal',
    permission: 'case.manage',
    when: (k) => actionAllowedFrom('receiveAppeal', k.status) || actionAllowedFrom('decideAppeal', k.status)
  },
  {
    // BR-11: the independent reviewer named on the appeal decides it (journeys found it offered to nobody).
    screen: 'appeal',
    label: 'Decide the appeal',
    permission: 'appeal.decide',
    when: (k, userId) => actionAllowedFrom('decideAppeal', k.status) && k.appeals[k.appeals.length - 1]?.reviewerId === userId
  }
];
