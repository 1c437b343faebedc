import { approvalRequestCard } from '../../cards';
import { can, checkSanctionProposal, participationOf } from '../../domain';
import type { AuditEvent, CaseId, IsoInstant, SanctionId, UserId } from '../../domain';
import type { Messenger } from '../teams/messenger';
import { approvalCardModel, behavioursOf, type CardModelDeps } from './cardModels';
import { designatedApprovers } from './designatedApprovers';
import { caseHoldingSanction, roleAssignments } from './loadSanction';

export interface RequestApprovalInput {
  sanctionId: SanctionId;
  caseId?: CaseId;
  actorId: UserId;
}

export type RequestApprovalResult =
  | { kind: 'sent'; approvalId: string; approverIds: UserId[] }
  | { kind: 'refused'; rule: string; message: string }
  | { kind: 'invalid'; rule?: string; message: string; details?: readonly string[] }
  | { kind: 'notFound'; message: string };

export interface RequestApprovalDeps extends CardModelDeps {
  messenger: Messenger;
  now: () => IsoInstant;
}

export function approvalRequestId(sanctionId: SanctionId, approverId: UserId): string {
  return `approval:${sanctionId}:${approverId}`;
}

/**
 * Sends the approval card to every designated approver. Safe to call again (a retry, a
 * double click in the tab): requests are keyed by sanction and approver, and a card that
 * was already delivered is not sent twice.
 *
 * Round trips, for the officer waiting on the tab: the case (straight from the case id the tab
 * sends), the role holders and the audit ledger side by side; then the person and the
 * incidents the card lists side by side; then each approver's request, card and delivery
 * record, every approver at once, beside the audit entry.
 */
export async function requestApproval(input: RequestApprovalInput, deps: RequestApprovalDeps): Promise<RequestApprovalResult> {
  const eventId = `audit-${input.sanctionId}-approval-requested`;
  const [held, roles, alreadyAudited] = await Promise.all([
    caseHoldingSanction(deps.store, input.sanctionId, input.caseId),
    roleAssignments(deps.store, deps.config.roleAssignmentsOverride),
    deps.store.audit.has(eventId, { type: 'Sanction', id: input.sanctionId })
  ]);
  if (held === undefined) {
    return { kind: 'notFound', message: 'We could not find that sanction proposal.' };
  }
  const { kase, sanction } = held;
  const [person, behaviours] = await Promise.all([deps.store.persons.get(kase.value.personId), behavioursOf(kase.value, deps)]);
  if (person === undefined) {
    throw new Error(`Case ${kase.value.id} names a person (${kase.value.personId}) that cannot be read.`);
  }
  if (sanction.status !== 'Proposed' || kase.value.status !== 'SanctionProposed') {
    return { kind: 'invalid', message: 'This sanction is not awaiting approval.' };
  }
  const mayAsk =
    input.actorId === sanction.proposedBy ||
    input.actorId === kase.value.caseOfficerId ||
    can({ userId: input.actorId }, 'sanction.propose', { roles, case: participationOf(kase.value) }).allowed;
  if (!mayAsk) {
    return { kind: 'refused', rule: 'BR-01', message: 'Only the case officer or the proposer can ask for approval.' };
  }
  const check = checkSanctionProposal(sanction, person);
  if (check.errors.length > 0) {
    return {
      kind: 'invalid',
      rule: check.errors[0].rule,
      message: 'The proposal has problems to fix before it can go for approval.',
      details: check.errors.map((e) => `${e.rule}: ${e.message}`)
    };
  }
  const approverIds = designatedApprovers(kase.value, roles, deps.config.approverRoles);
  if (approverIds.length === 0) {
    return {
      kind: 'invalid',
      rule: 'BR-01',
      message: `No designated approver is configured for the ${kase.value.route.toLowerCase()} route (other than the proposer). Ask an administrator to set the role holders.`
    };
  }

  // Each approver's request is its own record and card, so they go out side by side.
  const deliver = async (approverId: UserId): Promise<void> => {
    const request = await deps.store.approvalRequests.upsert({
      id: approvalRequestId(sanction.id, approverId),
      sanctionId: sanction.id,
      caseId: kase.value.id,
      approverId,
      cardVersion: sanction.version,
      status: 'Pending'
    });
    if (request.activityId !== undefined && request.activityId !== '') {
      return; // Already delivered.
    }
    const model = await approvalCardModel(kase.value, sanction, person, [approverId], deps, behaviours);
    const sent = await deps.messenger.sendCardToUser(approverId, approvalRequestCard(model));
    await deps.store.approvalRequests.update(request.id, { ...sent, sentAt: deps.now() });
  };
  // The audit entry says approval was asked of these approvers; it waits for nothing the
  // deliveries write (a delivery that fails is retried by asking again, which logs nothing twice).
  const audit = async (): Promise<void> => {
    if (alreadyAudited) return;
    const event: AuditEvent = {
      id: eventId,
      actorId: input.actorId,
      action: 'sanction.approvalRequested',
      at: deps.now(),
      entity: { type: 'Sanction', id: sanction.id },
      after: { approvers: approverIds },
      rule: 'BR-01'
    };
    await deps.store.audit.append([event]);
  };
  const settled = await Promise.allSettled([...approverIds.map(deliver), audit()]);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return { kind: 'sent', approvalId: sanction.id, approverIds };
}
