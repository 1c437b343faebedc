import { approvalRequestCard } from '../../cards';
import { can, checkSanctionProposal, participationOf } from '../../domain';
import type { AuditEvent, CaseId, IsoInstant, SanctionId, UserId } from '../../domain';
import type { Messenger } from '../teams/messenger';
import { approvalCardModel, type CardModelDeps } from './cardModels';
import { designatedApprovers } from './designatedApprovers';
import { loadSanction, roleAssignments } from './loadSanction';

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
 */
export async function requestApproval(input: RequestApprovalInput, deps: RequestApprovalDeps): Promise<RequestApprovalResult> {
  const loaded = await loadSanction(deps.store, input.sanctionId);
  if (loaded === undefined || (input.caseId !== undefined && input.caseId !== loaded.kase.value.id)) {
    return { kind: 'notFound', message: 'We could not find that sanction proposal.' };
  }
  const { kase, sanction, person } = loaded;
  if (sanction.status !== 'Proposed' || kase.value.status !== 'SanctionProposed') {
    return { kind: 'invalid', message: 'This sanction is not awaiting approval.' };
  }
  const roles = await roleAssignments(deps.store, deps.config.roleAssignmentsOverride);
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

  for (const approverId of approverIds) {
    const request = await deps.store.approvalRequests.upsert({
      id: approvalRequestId(sanction.id, approverId),
      sanctionId: sanction.id,
      caseId: kase.value.id,
      approverId,
      cardVersion: sanction.version,
      status: 'Pending'
    });
    if (request.activityId !== undefined && request.activityId !== '') {
      continue; // Already delivered.
    }
    const model = await approvalCardModel(kase.value, sanction, person, [approverId], deps);
    const sent = await deps.messenger.sendCardToUser(approverId, approvalRequestCard(model));
    await deps.store.approvalRequests.update(request.id, { ...sent, sentAt: deps.now() });
  }

  const eventId = `audit-${sanction.id}-approval-requested`;
  if (!(await deps.store.audit.has(eventId, { type: 'Sanction', id: sanction.id }))) {
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
  }
  return { kind: 'sent', approvalId: sanction.id, approverIds };
}
