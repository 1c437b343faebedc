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
//      written then, the caller is told so (`audit`), never "not saved". The events go one
//      after another (the hash chain needs each entry written before the next links to it),
//      reading the log's tail once where the store can (auditLog.appendAll).
//   4. The staff banners that follow from its sanctions (syncCaseAlerts). Because they are
//      derived: if they cannot be written, the sweep's reconciliation writes them.
//   5. The work the transition passed outside the case (routedTasks: BR-16, an FOI or EIR request
//      in the FOI officers' queue), each under its own id as its client request key, so writing
//      it again never makes a second one. After the gate, so a refused save passes nothing on;
//      if it cannot be written, the caller is told so (`routed`) and says who to tell.
//   3, 4 and 5 each wait for the gate and for nothing else (none reads what another writes,
//   and each reports its own failure), so they run side by side once the case is saved: the
//   person waits for the longest of them, not for all three in turn. What they read first
//   (the audit log's tail, the case's open banners) is read beside the gate: a read writes
//   nothing, so a refused save still leaves nothing behind, and a read that is out of date by
//   the time of the write is caught there (a taken sequence number, a 412) and read again.
//
// Every other writer of a case keeps the same gate:
//   - Triage (src/ui/screens/triage/useTriage.ts) and the councillors' route
//     (openCaseFromMemberReferral.ts) create the case (its row, then its children), then its
//     audit events and the update of the incident or referral it came from (triage writes those
//     two side by side: neither reads what the other writes; an audit log refused then is a
//     warning, as in 3 above). A refused create writes nothing after it; the case id follows from
//     the incident or referral, so a retry finds the case instead of opening a second one. The councillors' route adds a new customer first
//     (the case needs their id); it is keyed by the referral, so a retry reuses that record.
//   - The sweep (src/service/sweeps/runSweeps.ts) saves expiries and escalations through this
//     function (with the service's store, src/service/caseChangeStore.ts), so it keeps this order
//     by construction. A banner it could not write is put right by the same run's reconciliation
//     (reconcileAlerts.ts); an audit log it could not write leaves the case reported as skipped.
//   - The case service's approval decision (src/service/approvals/decideSanction.ts and
//     completeDecision.ts) is the one place where a record goes before the case. The Decisions
//     item is the claim that settles which of two approvers acting at once decided, so it must
//     come first; then its audit entries, then the case under its etag. It is not removed when
//     the case save fails, because it is the decision: a stale etag re-reads and finishes it on
//     top, and after any other failure the next click or the sweep (repairDecisions.ts) finishes
//     writing the case from it under the same keys. Nothing is left half done for good.

import type { AuditEvent, Case, CaseTask, IsoDate } from '../../domain/model';
import type { AlertSubject, RestrictionAlertRecord } from '../../domain/alerts/alertRecord';
import type { AuditAppender, AuditLogRepository, CaseRepository, TaskRepository } from '../../data/ports/repositories';
import type { Stored } from '../../data/ports/stored';
import { syncCaseAlerts, type AlertStorePort, type AlertSyncOutcome } from '../alerts/syncCaseAlerts';

export interface CaseChangeStore {
  cases: Pick<CaseRepository, 'save'>;
  /** Only that the append succeeded matters here, so any audit writer will do (the service's returns nothing). */
  auditLog: {
    append(event: AuditEvent): Promise<unknown>;
    appendAll?: AuditLogRepository['appendAll'];
    startAppend?: AuditLogRepository['startAppend'];
  };
  restrictionAlerts: AlertStorePort;
  /** Needed only when a transition passes work outside the case (routedTasks). */
  tasks?: Pick<TaskRepository, 'create'>;
}

export interface SavedCaseChange {
  saved: Stored<Case>;
  /** The audit events as written, or those the audit log did not take once the case was saved. */
  audit: { status: 'written' } | { status: 'notWritten'; error: unknown; events: readonly AuditEvent[] };
  /** What the banners needed, or the failure that left them for the sweep to repair. */
  alerts: { status: 'inLine'; outcome: AlertSyncOutcome } | { status: 'leftForSweep'; error: unknown };
  /** The tasks passed outside the case, or those not written once the case was saved. */
  routed: { status: 'written' } | { status: 'notWritten'; error: unknown; tasks: readonly CaseTask[] };
}

async function appendAll(
  store: CaseChangeStore,
  events: readonly AuditEvent[],
  started?: AuditAppender
): Promise<SavedCaseChange['audit']> {
  const appendAllAtOnce = started ?? store.auditLog;
  if (events.length > 0 && appendAllAtOnce.appendAll) {
    const outcome = await appendAllAtOnce.appendAll(events);
    return outcome.written >= events.length
      ? { status: 'written' }
      : { status: 'notWritten', error: outcome.error, events: events.slice(outcome.written) };
  }
  for (let index = 0; index < events.length; index += 1) {
    try {
      await store.auditLog.append(events[index]);
    } catch (error) {
      return { status: 'notWritten', error, events: events.slice(index) };
    }
  }
  return { status: 'written' };
}

async function writeRouted(store: CaseChangeStore, tasks: readonly CaseTask[]): Promise<SavedCaseChange['routed']> {
  for (let index = 0; index < tasks.length; index += 1) {
    try {
      if (!store.tasks) throw new Error('This store cannot write tasks.');
      // Outside the case: no case reference, so it is no part of the case's own tasks.
      await store.tasks.create(tasks[index], undefined, { requestKey: tasks[index].id });
    } catch (error) {
      return { status: 'notWritten', error, tasks: tasks.slice(index) };
    }
  }
  return { status: 'written' };
}

async function syncAlerts(
  store: CaseChangeStore,
  saved: Stored<Case>,
  subject: AlertSubject,
  today: IsoDate,
  openAlerts?: Promise<Stored<RestrictionAlertRecord>[]>
): Promise<SavedCaseChange['alerts']> {
  if (saved.value.sanctions.length === 0) return { status: 'inLine', outcome: { opened: [], updated: [], closed: [] } };
  try {
    return { status: 'inLine', outcome: await syncCaseAlerts(store.restrictionAlerts, saved.value, subject, today, openAlerts) };
  } catch (error) {
    return { status: 'leftForSweep', error };
  }
}

/**
 * Starts a read to be awaited later. Its failure, even a synchronous one, is reported where it
 * is awaited (the banners are then left for the sweep, as when the read fails after the gate).
 */
function readBeside<T>(read: () => Promise<T>): Promise<T> {
  let started: Promise<T>;
  try {
    started = read();
  } catch (error) {
    started = Promise.reject(error);
  }
  started.catch(() => undefined);
  return started;
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
  subject: AlertSubject,
  today: IsoDate,
  routedTasks: readonly CaseTask[] = []
): Promise<SavedCaseChange> {
  // Reads only, beside the gate (see above): the log's tail and the case's open banners.
  const audit = auditEvents.length > 0 ? store.auditLog.startAppend?.() : undefined;
  const openAlerts = next.sanctions.length > 0 ? readBeside(() => store.restrictionAlerts.listOpenForCase(next.id)) : undefined;
  const saved = await store.cases.save(current, next);
  // After the gate, side by side: none of the three depends on another (see 3 to 5 above).
  const [audited, alerts, routed] = await Promise.all([
    appendAll(store, auditEvents, audit),
    syncAlerts(store, saved, subject, today, openAlerts),
    writeRouted(store, routedTasks)
  ]);
  return { saved, audit: audited, alerts, routed };
}
