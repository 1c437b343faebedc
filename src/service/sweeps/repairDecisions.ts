import { DEFAULT_APPROVER_ROLES } from '../../domain';
import type { IsoInstant, RoleAssignments, SanctionId, UserId } from '../../domain';
import { announceDecision, type AnnounceDeps } from '../approvals/announceDecision';
import { closingDecision } from '../approvals/cardModels';
import { completeDecision, halfWrittenDecision } from '../approvals/completeDecision';
import { loadSanction } from '../approvals/loadSanction';

/**
 * How old a half-written decision must be before the sweep finishes it. A younger one is
 * most likely still being written by a live request (which finishes it itself); finishing
 * it concurrently would be safe (same keys, the etag) but could announce it twice.
 */
export const REPAIR_GRACE_MS: number = 2 * 60 * 1000;

export interface RepairReport {
  /** Sanctions whose decision this run finished writing (case saved, audit entries, requests, cards). */
  repaired: string[];
  /** Sanctions whose recorded decision can no longer be applied (logged for a person to look at). */
  stuck: string[];
}

/** Everyone who can hold an approval request: holders of an approver role on any route. */
function approverIds(roles: RoleAssignments, deps: AnnounceDeps): UserId[] {
  const ids = new Set<UserId>();
  const byRoute = deps.config.approverRoles ?? DEFAULT_APPROVER_ROLES;
  for (const route of Object.keys(byRoute) as (keyof typeof byRoute)[]) {
    byRoute[route].forEach((role) => (roles[role] ?? []).forEach((id) => ids.add(id)));
  }
  return [...ids];
}

/**
 * Sanctions a decision may be missing writes for. Until a decision is fully written its
 * approval requests stay Pending (they are the last write), so the pending requests lead
 * to every decision that did not finish; open proposals (case in SanctionProposed) add
 * those decided without a request (nothing sent yet).
 */
async function candidateSanctions(roles: RoleAssignments, deps: AnnounceDeps): Promise<SanctionId[]> {
  const ids = new Set<SanctionId>();
  for (const approverId of approverIds(roles, deps)) {
    (await deps.store.approvalRequests.listPendingForApprover(approverId)).forEach((r) => ids.add(r.sanctionId));
  }
  for (const kase of await deps.store.cases.listByStatus(['SanctionProposed'])) {
    kase.value.sanctions.filter((s) => halfWrittenDecision(s) !== undefined).forEach((s) => ids.add(s.id));
  }
  return [...ids];
}

/**
 * Finishes decisions a request left half written when the service died between two
 * writes (see completeDecision.ts for the order): a decision recorded but the case not
 * (fully) saved is applied again from the record, under the same ids, so nothing is
 * written twice; a decided sanction whose approval requests are still Pending gets its
 * cards updated, its requests closed and the proposer told. Idempotent: a second run finds
 * nothing to do.
 */
export async function repairDecisions(roles: RoleAssignments, deps: AnnounceDeps & { now: () => IsoInstant }): Promise<RepairReport> {
  const report: RepairReport = { repaired: [], stuck: [] };
  const cutoff = Date.parse(deps.now()) - REPAIR_GRACE_MS;
  for (const sanctionId of await candidateSanctions(roles, deps)) {
    try {
      const loaded = await loadSanction(deps.store, sanctionId);
      const decision = loaded === undefined ? undefined : closingDecision(loaded.sanction);
      if (loaded === undefined || decision === undefined || Date.parse(decision.decidedAt) > cutoff) {
        continue; // Not decided (still waiting for an approver), or decided moments ago.
      }
      let { kase, sanction } = { kase: loaded.kase.value, sanction: loaded.sanction };
      if (halfWrittenDecision(loaded.sanction) !== undefined) {
        const completed = await completeDecision(loaded, decision, deps);
        if (completed.kind === 'stuck') {
          report.stuck.push(sanctionId);
          deps.log(`Repair: ${completed.message}`);
          continue;
        }
        if (completed.kind === 'conflict') {
          continue; // Someone saved the case meanwhile: the next run looks again.
        }
        ({ kase, sanction } = completed);
      } else if ((await deps.store.approvalRequests.listForSanction(sanctionId)).length === 0) {
        continue; // Fully written and announced.
      }
      await announceDecision(kase, sanction, loaded.person, decision, deps);
      report.repaired.push(sanctionId);
    } catch (error) {
      deps.log(`Repair of the decision on ${sanctionId} failed; the next run will retry it.`, error);
    }
  }
  return report;
}
