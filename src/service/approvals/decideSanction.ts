import { can, participationOf } from '../../domain';
import type { ApprovalDecision, ApprovalOutcome, Case, IsoInstant, Person, Sanction, SanctionId, UserId } from '../../domain';
import type { ServiceConfig } from '../config';
import type { ApprovalRequestRecord, ServiceStore } from '../ports';
import { approverRoleOf } from './designatedApprovers';
import { closingDecision } from './cardModels';
import { completeDecision, halfWrittenDecision } from './completeDecision';
import { decisionTransition, sameDecision } from './decisionTransition';
import { loadSanction, roleAssignments, type LoadedSanction, type SanctionWhereabouts } from './loadSanction';
import { isConflict } from '../../data/ports';

export interface DecideInput {
  sanctionId: SanctionId;
  /** Entra object id of the person deciding (activity.from.aadObjectId or token oid). */
  actorId: UserId;
  outcome: ApprovalOutcome;
  comment: string;
  continuityPlanConfirmed?: boolean;
  /** BR-31 widened: the approver confirms the channel works for this person. */
  channelConfirmed?: boolean;
  /** Version of the sanction the card or screen showed; older means the view is stale. */
  seenVersion?: number;
  /** The case and person the card or screen was built for (a hint, checked: loadSanction.ts). */
  told?: SanctionWhereabouts;
}

interface Decided {
  kase: Case;
  sanction: Sanction;
  person: Person;
  decision: ApprovalDecision;
}

export type DecideResult =
  /**
   * `requests`: the sanction's pending approval requests, read beside the sanction (so that
   * announcing the decision need not read them again after it); absent if that read failed.
   */
  | ({ kind: 'decided'; requests?: readonly ApprovalRequestRecord[] } & Decided)
  /** `completedNow`: this request finished writing a decision another request left half written (announce it). */
  | ({ kind: 'alreadyDecided'; completedNow: boolean } & Decided)
  | { kind: 'refused'; rule: string; message: string }
  | { kind: 'invalid'; rule?: string; message: string; details?: readonly string[] }
  | { kind: 'notFound'; message: string };

export interface DecideDeps {
  store: ServiceStore;
  config: ServiceConfig;
  now: () => IsoInstant;
  log?: (message: string, error?: unknown) => void;
}

const MAX_ATTEMPTS: number = 4;
/** How long to wait for a decision another request is still writing (claim first, case last). */
const SETTLE_READS: number = 40;
const SETTLE_DELAY_MS: number = 50;

/** Reads the sanction, waiting briefly for a decision another request is still writing. */
async function loadSettled(store: ServiceStore, sanctionId: SanctionId, told?: SanctionWhereabouts): Promise<LoadedSanction | undefined> {
  let loaded = await loadSanction(store, sanctionId, told);
  for (let read = 0; read < SETTLE_READS && loaded !== undefined && halfWrittenDecision(loaded.sanction) !== undefined; read++) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_DELAY_MS));
    loaded = await loadSanction(store, sanctionId, told);
  }
  return loaded;
}

/** BR-01 wording for the reason each outcome needs. */
function missingReason(outcome: ApprovalOutcome, comment: string): string | undefined {
  if (comment.trim() !== '') {
    return undefined;
  }
  if (outcome === 'Reject') {
    return 'Give a reason for rejecting the sanction. The case officer and the record need it.';
  }
  if (outcome === 'AskForChanges') {
    return 'Say what needs to change so the case officer can revise the proposal.';
  }
  return undefined;
}

/**
 * The one decision path, used by the Teams card (Action.Execute) and the tab's approvals
 * inbox alike. The domain decides who may decide (designated approver, not the proposer,
 * no declared conflict) and whether the decision is still open.
 *
 * Write order (completeDecision.ts): the Decisions item first, under an id that is the same
 * for every attempt on this sanction, so of two racing approvers the first to write it
 * wins; then the audit entries; then the case under its etag. A request that finds a
 * decision recorded but the case not saved (another request still writing, or one that
 * died) waits briefly and then finishes it, so a crash between writes is repaired by the
 * next click; the sweep (repairDecisions.ts) repairs it when nobody clicks.
 */
export async function decideSanction(input: DecideInput, deps: DecideDeps): Promise<DecideResult> {
  // The role holders are read once, beside the first read of the sanction (nothing here changes them).
  const rolesRead = roleAssignments(deps.store, deps.config.roleAssignmentsOverride);
  rolesRead.catch(() => undefined);
  // So are the pending approval requests, which announcing the decision closes (a failed read
  // is read again there).
  const requestsRead = deps.store.approvalRequests.listForSanction(input.sanctionId).catch(() => undefined);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [loaded, roles] = await Promise.all([loadSettled(deps.store, input.sanctionId, input.told), rolesRead]);
    if (loaded === undefined) {
      return { kind: 'notFound', message: 'We could not find that sanction. It may have been withdrawn.' };
    }
    const { kase, sanction, person } = loaded;
    const claim = halfWrittenDecision(sanction);
    if (claim !== undefined) {
      const completed = await completeDecision(loaded, claim, deps, roles);
      if (completed.kind === 'conflict') {
        continue;
      }
      if (completed.kind === 'stuck') {
        deps.log?.(completed.message);
        return { kind: 'invalid', message: 'This sanction is no longer awaiting a decision.' };
      }
      const mine = claim.approverId === input.actorId && claim.outcome === input.outcome;
      const decided = { kase: completed.kase, sanction: completed.sanction, person, decision: claim };
      return mine ? { kind: 'decided', ...decided } : { kind: 'alreadyDecided', ...decided, completedNow: true };
    }
    const open = sanction.status === 'Proposed' && kase.value.status === 'SanctionProposed';
    if (!open) {
      const decision = closingDecision(sanction);
      if (decision !== undefined) {
        return { kind: 'alreadyDecided', kase: kase.value, sanction, person, decision, completedNow: false };
      }
      return { kind: 'invalid', message: 'This sanction is no longer awaiting a decision.' };
    }
    if (input.seenVersion !== undefined && input.seenVersion !== sanction.version) {
      return { kind: 'invalid', message: 'This card is out of date. Open the case to see the current proposal.' };
    }

    const permission = can({ userId: input.actorId }, 'sanction.approve', {
      roles,
      case: participationOf(kase.value),
      approverRoles: deps.config.approverRoles
    });
    if (!permission.allowed) {
      return { kind: 'refused', rule: permission.rule, message: permission.reason };
    }
    const reasonProblem = missingReason(input.outcome, input.comment);
    if (reasonProblem !== undefined) {
      return { kind: 'invalid', rule: 'BR-01', message: reasonProblem };
    }

    const outcome = decisionTransition(
      kase.value,
      sanction.id,
      {
        approverId: input.actorId,
        approverRole: approverRoleOf(input.actorId, kase.value, roles, deps.config.approverRoles),
        outcome: input.outcome,
        reasons: input.comment.trim() === '' ? 'Approved as proposed.' : input.comment.trim(),
        continuityPlanConfirmed: input.continuityPlanConfirmed,
        channelConfirmed: input.channelConfirmed,
        decidedAt: deps.now()
      },
      { roles, person, approverRoles: deps.config.approverRoles }
    );
    if (!outcome.ok) {
      const error = outcome.error;
      return error.code === 'notPermitted'
        ? { kind: 'refused', rule: error.rule ?? 'BR-01', message: error.message }
        : { kind: 'invalid', rule: error.rule, message: error.message, details: error.details };
    }
    const decided = outcome.value.case.sanctions.find((s) => s.id === sanction.id) as Sanction;
    const decision = closingDecision(decided) as ApprovalDecision;

    // 1. The claim. Someone else's decision under the same id means they were first:
    //    re-read, and their decision is finished (if need be) and reported. The audit log's
    //    tail is read beside it (a read writes nothing; a tail that moves on is read again).
    const auditAppend = deps.store.audit.prepareAppend?.();
    const recorded = await deps.store.decisions.claim(decision, { sanctionId: sanction.id, caseId: kase.value.id });
    if (!sameDecision(recorded, decision)) {
      continue;
    }
    // 2. The audit entries (ids derive from the sanction: a repeat is skipped), only once the
    //    claim is ours: a losing approver's entries would take the winner's ids.
    await deps.store.audit.append(outcome.value.auditEvents, auditAppend);
    // 3. The case, under the etag read above.
    try {
      await deps.store.cases.save(kase, outcome.value.case);
    } catch (error) {
      if (isConflict(error)) {
        continue; // Someone else saved the case meanwhile: re-read and finish this decision on top.
      }
      throw error;
    }
    return { kind: 'decided', kase: outcome.value.case, sanction: decided, person, decision, requests: await requestsRead };
  }
  return { kind: 'invalid', message: 'The case kept changing while we saved your decision. Please try again.' };
}
