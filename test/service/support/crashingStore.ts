import type { ServiceStore } from '../../../src/service/ports';

/**
 * Where the service "dies" while writing a decision: after the Decisions item, after the
 * audit entries, after the Cases row (its child rows, such as the sanction's, not yet
 * brought in line), or after the whole case save (approval requests and cards not yet
 * updated). Every write before the point has really reached SharePoint.
 */
export type CrashPoint = 'afterDecisionItem' | 'afterAuditEntries' | 'afterCaseRow' | 'afterCaseSave';

export class SimulatedCrash extends Error {
  public constructor(point: CrashPoint) {
    super(`Simulated crash ${point}`);
    this.name = 'SimulatedCrash';
  }
}

/**
 * The real store, except that once armed it throws at the crash point, as the request
 * would stop if the process died there. It disarms itself, so the retry and the sweep
 * that follow run against the plain store.
 */
export function crashingStore(store: ServiceStore, armed: { point?: CrashPoint }): ServiceStore {
  const crashAt = (point: CrashPoint): void => {
    if (armed.point === point) {
      armed.point = undefined;
      throw new SimulatedCrash(point);
    }
  };
  return {
    ...store,
    decisions: {
      claim: async (decision, refs) => {
        const recorded = await store.decisions.claim(decision, refs);
        crashAt('afterDecisionItem');
        return recorded;
      }
    },
    audit: {
      ...store.audit,
      append: async (events) => {
        await store.audit.append(events);
        if (events.some((e) => e.action === 'case.decideSanction')) crashAt('afterAuditEntries');
      }
    },
    cases: {
      ...store.cases,
      save: async (current, next) => {
        if (armed.point === 'afterCaseRow') {
          // The Cases row as the save writes it, but no child row changed: the sanction row keeps its status.
          await store.cases.save(current, { ...next, sanctions: current.value.sanctions });
          crashAt('afterCaseRow');
        }
        const saved = await store.cases.save(current, next);
        crashAt('afterCaseSave');
        return saved;
      }
    }
  };
}
