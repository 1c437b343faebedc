import type { CaseChangeStore } from '../app/cases/saveCaseChange';
import type { ServiceStore } from './ports';

/**
 * The case service's store as the shared use case that saves a case change sees it
 * (src/app/cases/saveCaseChange.ts), so the service writes a case in the same order as the tab.
 * The audit port takes a list and skips an event already logged under its id (a retried run);
 * the use case appends one event at a time so that it can say which were not written. The
 * service's store has no task port: a transition that routes work outside the case is told
 * so by the use case (`routed`), never silently dropped.
 */
export function caseChangeStoreOf(store: ServiceStore): CaseChangeStore {
  return {
    cases: store.cases,
    auditLog: { append: (event) => store.audit.append([event]) },
    restrictionAlerts: store.alerts
  };
}
