import type { CaseChangeStore } from '../app/cases/saveCaseChange';
import type { ServiceStore } from './ports';

/**
 * The case service's store as the shared use case that saves a case change sees it
 * (src/app/cases/saveCaseChange.ts), so the service writes a case in the same order as the tab.
 * The audit port takes a list and skips an event already logged under its id (a retried run);
 * the use case hands it the transition's events in one call. The
 * service's store has no task port: a transition that routes work outside the case is told
 * so by the use case (`routed`), never silently dropped.
 */
export function caseChangeStoreOf(store: ServiceStore): CaseChangeStore {
  return {
    cases: store.cases,
    auditLog: {
      append: (event) => store.audit.append([event]),
      // One call for the whole list, so the log's tail is read once. The port does not say how
      // far a failed list got, so every event is reported as not written: appending them again
      // adds none twice (each is keyed by its id).
      appendAll: async (events) => {
        try {
          await store.audit.append(events);
          return { written: events.length };
        } catch (error) {
          return { written: 0, error };
        }
      }
    },
    restrictionAlerts: store.alerts
  };
}
