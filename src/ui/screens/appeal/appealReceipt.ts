import { can, participationOf, type Case, type RoleAssignments } from '../../../domain';
import type { Choice } from '../../components/FormFields';
import type { FieldProblem } from '../shared/useCaseActionSubmit';

/** The appeal as it arrived, as the case officer records it. */
export interface AppealReceipt {
  receivedOn: string;
  grounds: string[];
  statement: string;
  reviewerId: string;
}

/** BR-11: only designated reviewers who had no part in the decision are offered. */
export function independentReviewers(kase: Case, roles: RoleAssignments, nameOf: (id: string) => string): Choice[] {
  const participation = participationOf(kase);
  return (roles.appealReviewer ?? [])
    .filter((id) => can({ userId: id }, 'appeal.decide', { roles, case: participation }).allowed)
    .map((id) => ({ value: id, label: nameOf(id) }));
}

/** Why no reviewer can be offered, if none can: none designated, or every one was involved (BR-11). */
export function noReviewerReason(reviewers: readonly Choice[], designated: number): string | undefined {
  if (reviewers.length > 0) return undefined;
  return designated === 0
    ? 'No appeal reviewer is designated. Ask the site owner to name the appeal reviewers in the CCM settings.'
    : 'Every designated appeal reviewer was involved in this decision, so none can hear the appeal (BR-11). Ask the site owner to designate an independent reviewer.';
}

/** What the receipt form is missing before the engine sees it. */
export function receiptProblems(receipt: AppealReceipt): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (receipt.grounds.length === 0) problems.push({ field: 'grounds', message: 'Choose at least one ground of appeal.' });
  if (receipt.statement.trim() === '') problems.push({ field: 'statement', message: "Summarise the person's appeal." });
  if (!receipt.reviewerId)
    problems.push({ field: 'reviewerId', message: 'Choose an appeal reviewer who was not involved in the decision.' });
  return problems;
}
