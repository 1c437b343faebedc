import { syncCaseAlerts } from '../../app/alerts/syncCaseAlerts';
import { RESTRICTION_IN_FORCE_CASE_STATUSES } from '../../domain/alerts/alertRecord';
import type { Case, IsoDate } from '../../domain';
import type { ServiceStore } from '../ports';

/** What reconciliation changed: each entry names the case and the banners it opened, updated or closed. */
export interface AlertRepairs {
  repaired: string[];
  failed: string[];
}

/**
 * Brings every staff banner in line with the sanctions in force today: a sanction in force
 * with no open banner gets one (the tab or service stopped between the case save and the
 * banner write), an open banner whose sanction is no longer in force is closed (also one past
 * its end date). Covers every case in a status where a restriction may be in force and every
 * case that has an open banner. Idempotent: a second run changes nothing.
 */
export async function reconcileAlerts(
  deps: { store: ServiceStore; log: (message: string, error?: unknown) => void },
  today: IsoDate
): Promise<AlertRepairs> {
  const repairs: AlertRepairs = { repaired: [], failed: [] };
  const cases = new Map<string, Case>();
  for (const kase of await deps.store.cases.listByStatus(RESTRICTION_IN_FORCE_CASE_STATUSES)) cases.set(kase.value.id, kase.value);
  for (const alert of await deps.store.alerts.listOpen()) {
    const caseId = alert.value.caseId;
    if (caseId !== undefined && !cases.has(caseId)) {
      const kase = await deps.store.cases.get(caseId);
      if (kase) cases.set(caseId, kase.value);
    }
    if (caseId === undefined || !cases.has(caseId)) {
      // A banner that names no case we can read cannot follow a sanction in force: close it.
      await deps.store.alerts.update(alert, { ...alert.value, isActive: false });
      repairs.repaired.push(`${alert.value.id}: closed (no case)`);
    }
  }
  for (const kase of cases.values()) {
    try {
      const person = await deps.store.persons.get(kase.personId);
      if (person === undefined) throw new Error(`Person ${kase.personId} cannot be read.`);
      // Name only: this read has no needs and circumstances, so the banner keeps its communication needs (BR-31).
      const outcome = await syncCaseAlerts(deps.store.alerts, kase, { id: person.id, names: person.names }, today);
      const changes = [
        ...outcome.opened.map((id) => `opened ${id}`),
        ...outcome.updated.map((id) => `updated ${id}`),
        ...outcome.closed.map((id) => `closed ${id}`)
      ];
      if (changes.length > 0) repairs.repaired.push(`${kase.id}: ${changes.join(', ')}`);
    } catch (error) {
      repairs.failed.push(kase.id);
      deps.log(`Alert reconciliation skipped case ${kase.id}; the next run will retry it.`, error);
    }
  }
  return repairs;
}
