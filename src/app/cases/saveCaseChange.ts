// Saving the result of a domain transition: the one write order for a case, and why.
//
//   1. The case row, under the etag it was read with. This is the gate: a stale etag (412,
//      someone else saved first) or a refusal (403, the user's groups may not write cases)
//      stops the save here, before anything else is written. A failed save therefore leaves
//      nothing behind: no child rows, no audit entries, no banners. The caller shows the
//      conflict (reload or merge) or the refusal in words.
//   2. The case's child rows (sanctions, reviews, appeals, letters, contact log, tasks, the panel
//      decision), written by CaseRepository.save straight after its row, each under its own id
//      (client request key), so writing them again never makes a second one.
//   3. The transition's audit events. After the gate, so an attempt SharePoint refused is never
//      audited as done. Once the case is saved it stays saved: if the audit log cannot be
//      written then, the caller is told so (`audit`), never "not saved".
//   4. The staff banners that follow from its sanctions (syncCaseAlerts). Last, because they are
//      derived: if they cannot be written, the sweep's reconciliation writes them.
//
// Every other writer of a case keeps the same gate:
//   - Triage (src/ui/screens/triage/useTriage.ts) and the councillors' route
//     (openCaseFromMemberReferral.ts) create the case (its row, then its children), then its
//     audit events, then update the incident or referral it came from. A refused create writes
//     nothing after it; the case id follows from the incident or referral, so a retry finds the
//     case instead of opening a second one. The councillors' route adds a new customer first
//     (the case needs their id); it is keyed by the referral, so a retry reuses that record.
//   - The sweep (src/service/sweeps/runSweeps.ts): the case under its etag, then audit, then banners.
//   - The case service's approval decision (src/service/approvals/decideSanction.ts and
//     completeDecision.ts) is the one place where a record goes before the case. The Decisions
//     item is the claim that settles which of two approvers acting at once decided, so it must
//     come first; then its audit entries, then the case under its etag. It is not removed when
//     the case save fails, because it is the decision: a stale etag re-reads and finishes it on
//     top, and after any other failure the next click or the sweep (repairDecisions.ts) finishes
//     writing the case from it under the same keys. Nothing is left half done for good.

import type { AuditEvent, Case, IsoDate, Person } from '../../domain/model';
import type { AuditLogRepository, CaseRepository } from '../../data/ports/repositories';
import type { Stored } from '../../data/ports/stored';
import { syncCaseAlerts, type AlertStorePort, type AlertSyncOutcome } from '../alerts/syncCaseAlerts';

export interface CaseChangeStore {
  cases: Pick<CaseRepository, 'save'>;
  auditLog: Pick<AuditLogRepository, 'append'>;
  restrictionAlerts: AlertStorePort;
}

export interface SavedCaseChange {
  saved: Stored<Case>;
  /** The audit events as written, or those the audit log did not take once the case was saved. */
  audit: { status: 'written' } | { status: 'notWritten'; error: unknown; events: readonly AuditEvent[] };
  /** What the banners needed, or the failure that left them for the sweep to repair. */
  alerts: { status: 'inLine'; outcome: AlertSyncOutcome } | { status: 'leftForSweep'; error: unknown };
}

async function appendAll(store: CaseChangeStore, events: readonly AuditEvent[]): Promise<SavedCaseChange['audit']> {
  for (let index = 0; index < events.length; index += 1) {
    try {
      await store.auditLog.append(events[index]);
    } catch (error) {
      return { status: 'notWritten', error, events: events.slice(index) };
    }
  }
  return { status: 'written' };
}

/**
 * Saves `next` over `current` in the order above. Throws only when the gate refuses (the case
 * row's ConflictError or ForbiddenError, or any failure before the case was saved): then
 * nothing at all has been written for this attempt.
 */
export async function saveCaseChange(
  store: CaseChangeStore,
  current: Stored<Case>,
  next: Case,
  auditEvents: readonly AuditEvent[],
  subject: Pick<Person, 'id' | 'names'>,
  today: IsoDate
): Promise<SavedCaseChange> {
  const saved = await store.cases.save(current, next);
  const audit = await appendAll(store, auditEvents);
  if (saved.value.sanctions.length === 0)
    return { saved, audit, alerts: { status: 'inLine', outcome: { opened: [], updated: [], closed: [] } } };
  try {
    return {
      saved,
      audit,
      alerts: { status: 'inLine', outcome: await syncCaseAlerts(store.restrictionAlerts, saved.value, subject, today) }
    };
  } catch (error) {
    return { saved, audit, alerts: { status: 'leftForSweep', error } };
  }
}
