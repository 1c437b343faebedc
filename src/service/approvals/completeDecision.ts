import type { ApprovalDecision, Case, RoleAssignments, Sanction } from '../../domain';
import type { ServiceConfig } from '../config';
import type { ServiceStore } from '../ports';
import { closingDecision } from './cardModels';
import { decisionTransition } from './decisionTransition';
import { roleAssignments, type LoadedSanction } from './loadSanction';
import { isConflict } from '../../data/ports';

/*
 * A decision is written in this order: the Decisions item (the claim), the audit entries,
 * the case (its row under the etag, then its child rows), then the approval requests and
 * cards (announceDecision). The claim holds everything the approver decided, so if the
 * service dies after it, the rest can be worked out again and written under the same keys.
 */

/**
 * The decision recorded in the Decisions list whose case was not (fully) saved: the
 * sanction row still says Proposed although an approval is recorded against it.
 */
export function halfWrittenDecision(sanction: Sanction): ApprovalDecision | undefined {
  return sanction.status === 'Proposed' ? closingDecision(sanction) : undefined;
}

/**
 * The case as it was when the decision started. The claim is left out of the sanction's
 * approvals; if the case row was already saved but its child rows were not, the row is
 * stepped back to the state the decision starts from (the domain works the rest out again).
 */
export function caseBeforeDecision(kase: Case, sanctionId: string, claim: ApprovalDecision): Case {
  const sanctions = kase.sanctions.map((s) =>
    s.id === sanctionId ? { ...s, approvals: s.approvals.filter((a) => a.id !== claim.id) } : s
  );
  if (kase.status === 'SanctionProposed') {
    return { ...kase, sanctions };
  }
  return { ...kase, sanctions, status: 'SanctionProposed', closureReason: undefined, revision: kase.revision - 1 };
}

export type CompletionResult =
  | { kind: 'completed'; kase: Case; sanction: Sanction; decision: ApprovalDecision }
  | { kind: 'conflict' }
  | { kind: 'stuck'; message: string };

/**
 * Finishes a half-written decision from its claim: the same domain transition (same ids,
 * same time), the audit entries (a duplicate id is skipped) and the case save under the
 * etag just read. A conflict means someone else saved meanwhile; the caller re-reads.
 */
export async function completeDecision(
  loaded: LoadedSanction,
  claim: ApprovalDecision,
  deps: { store: ServiceStore; config: ServiceConfig },
  /** The role holders when the caller has read them already. */
  known?: RoleAssignments
): Promise<CompletionResult> {
  const { kase, sanction, person } = loaded;
  const roles = known ?? (await roleAssignments(deps.store, deps.config.roleAssignmentsOverride));
  const outcome = decisionTransition(caseBeforeDecision(kase.value, sanction.id, claim), sanction.id, claim, {
    roles,
    person,
    approverRoles: deps.config.approverRoles
  });
  if (!outcome.ok) {
    return { kind: 'stuck', message: `The recorded decision ${claim.id} can no longer be applied: ${outcome.error.message}` };
  }
  await deps.store.audit.append(outcome.value.auditEvents);
  try {
    await deps.store.cases.save(kase, outcome.value.case);
  } catch (error) {
    if (isConflict(error)) {
      return { kind: 'conflict' };
    }
    throw error;
  }
  const decided = outcome.value.case.sanctions.find((s) => s.id === sanction.id) as Sanction;
  return { kind: 'completed', kase: outcome.value.case, sanction: decided, decision: claim };
}
