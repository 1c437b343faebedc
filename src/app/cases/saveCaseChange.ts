// Saving the result of a domain transition, in one write order for the tab: the case under its
// etag (a stale etag is a conflict, nothing else is written), then its audit events, then the
// staff banners that follow from its sanctions. The banners come last because they are derived:
// if the process stops before them, the sweep's reconciliation writes them (see syncCaseAlerts).

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
  /** What the banners needed, or the failure that left them for the sweep to repair. */
  alerts: { status: 'inLine'; outcome: AlertSyncOutcome } | { status: 'leftForSweep'; error: unknown };
}

export async function saveCaseChange(
  store: CaseChangeStore,
  current: Stored<Case>,
  next: Case,
  auditEvents: readonly AuditEvent[],
  subject: Pick<Person, 'id' | 'names'>,
  today: IsoDate
): Promise<SavedCaseChange> {
  const saved = await store.cases.save(current, next);
  for (const event of auditEvents) await store.auditLog.append(event);
  if (saved.value.sanctions.length === 0) return { saved, alerts: { status: 'inLine', outcome: { opened: [], updated: [], closed: [] } } };
  try {
    return { saved, alerts: { status: 'inLine', outcome: await syncCaseAlerts(store.restrictionAlerts, saved.value, subject, today) } };
  } catch (error) {
    return { saved, alerts: { status: 'leftForSweep', error } };
  }
}
