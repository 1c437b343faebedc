import { applyCaseAction, can, dateOfInstant, isBefore, participationOf } from '../../domain';
import type { ApprovalDecision, ApprovalOutcome, Case, IsoInstant, Person, Sanction, SanctionId, UserId } from '../../domain';
import type { ServiceConfig } from '../config';
import type { ServiceStore } from '../ports';
import { approverRoleOf } from './designatedApprovers';
import { closingDecision } from './cardModels';
import { loadSanction, roleAssignments, type LoadedSanction } from './loadSanction';

export interface DecideInput {
  sanctionId: SanctionId;
  /** Entra object id of the person deciding (activity.from.aadObjectId or token oid). */
  actorId: UserId;
  outcome: ApprovalOutcome;
  comment: string;
  continuityPlanConfirmed?: boolean;
  /** Version of the sanction the card or screen showed; older means the view is stale. */
  seenVersion?: number;
}

interface Decided {
  kase: Case;
  sanction: Sanction;
  person: Person;
  decision: ApprovalDecision;
}

export type DecideResult =
  | ({ kind: 'decided' } & Decided)
  | ({ kind: 'alreadyDecided' } & Decided)
  | { kind: 'refused'; rule: string; message: string }
  | { kind: 'invalid'; rule?: string; message: string; details?: readonly string[] }
  | { kind: 'notFound'; message: string };

export interface DecideDeps {
  store: ServiceStore;
  config: ServiceConfig;
  now: () => IsoInstant;
}

const MAX_ATTEMPTS: number = 4;
/** How long to wait for a decision another request is still writing (case row first, Decisions item last). */
const SETTLE_READS: number = 40;
const SETTLE_DELAY_MS: number = 50;

const DECIDED_STATUSES: readonly Sanction['status'][] = ['Approved', 'Rejected', 'ChangesRequested'];

/**
 * True while another request's decision is half written: the case row (saved first, under
 * its etag) has moved on but the decision item is not there yet.
 */
function decisionInFlight(loaded: LoadedSanction): boolean {
  const { kase, sanction } = loaded;
  const open = sanction.status === 'Proposed' && kase.value.status === 'SanctionProposed';
  return (
    !open && closingDecision(sanction) === undefined && (sanction.status === 'Proposed' || DECIDED_STATUSES.indexOf(sanction.status) >= 0)
  );
}

/** Reads the sanction, waiting briefly for a concurrent decision to finish being written. */
async function loadSettled(store: ServiceStore, sanctionId: SanctionId): Promise<LoadedSanction | undefined> {
  let loaded = await loadSanction(store, sanctionId);
  for (let read = 0; read < SETTLE_READS && loaded !== undefined && decisionInFlight(loaded); read++) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_DELAY_MS));
    loaded = await loadSanction(store, sanctionId);
  }
  return loaded;
}

function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'Conflict';
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
 * no declared conflict) and whether the decision is still open; the case etag makes two
 * racing decisions end as one decision and one "already decided".
 */
export async function decideSanction(input: DecideInput, deps: DecideDeps): Promise<DecideResult> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const loaded = await loadSettled(deps.store, input.sanctionId);
    if (loaded === undefined) {
      return { kind: 'notFound', message: 'We could not find that sanction. It may have been withdrawn.' };
    }
    const { kase, sanction, person } = loaded;
    const open = sanction.status === 'Proposed' && kase.value.status === 'SanctionProposed';
    if (!open) {
      const decision = closingDecision(sanction);
      if (decision !== undefined) {
        return { kind: 'alreadyDecided', kase: kase.value, sanction, person, decision };
      }
      return { kind: 'invalid', message: 'This sanction is no longer awaiting a decision.' };
    }
    if (input.seenVersion !== undefined && input.seenVersion !== sanction.version) {
      return { kind: 'invalid', message: 'This card is out of date. Open the case to see the current proposal.' };
    }

    const roles = await roleAssignments(deps.store, deps.config.roleAssignmentsOverride);
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

    const now = deps.now();
    let counter = 0;
    // Ids derive from the sanction: there is only ever one decision per sanction version,
    // so a retried write reuses the same keys instead of creating duplicates.
    const newId = (prefix: string): string => `${prefix}-${sanction.id}-decision-${counter++}`;
    const outcome = applyCaseAction(
      kase.value,
      {
        type: 'decideSanction',
        approval: {
          approverRole: approverRoleOf(input.actorId, kase.value, roles, deps.config.approverRoles),
          outcome: input.outcome,
          reasons: input.comment.trim() === '' ? 'Approved as proposed.' : input.comment.trim(),
          continuityPlanConfirmed: input.continuityPlanConfirmed
        },
        // A rejection returns the case to monitoring while the period is still running.
        afterRejection:
          kase.value.monitoringPeriod !== undefined && isBefore(dateOfInstant(now), kase.value.monitoringPeriod.plannedEndDate)
            ? 'Monitoring'
            : 'Closed'
      },
      { now, actorId: input.actorId, roles, person, newId, approverRoles: deps.config.approverRoles }
    );
    if (!outcome.ok) {
      const error = outcome.error;
      return error.code === 'notPermitted'
        ? { kind: 'refused', rule: error.rule ?? 'BR-01', message: error.message }
        : { kind: 'invalid', rule: error.rule, message: error.message, details: error.details };
    }

    try {
      await deps.store.cases.save(kase, outcome.value.case);
    } catch (error) {
      if (isConflict(error)) {
        continue; // Someone else saved first: re-read and find out what they did.
      }
      throw error;
    }
    await deps.store.audit.append(outcome.value.auditEvents);
    const decided = outcome.value.case.sanctions.find((s) => s.id === sanction.id) as Sanction;
    return { kind: 'decided', kase: outcome.value.case, sanction: decided, person, decision: closingDecision(decided) as ApprovalDecision };
  }
  return { kind: 'invalid', message: 'The case kept changing while we saved your decision. Please try again.' };
}
