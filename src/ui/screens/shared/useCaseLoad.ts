import * as React from 'react';
import type { Case, Person } from '../../../domain';
import type { CaseScreenData, Stored } from '../../../data/ports';
import { useAppServices } from '../../services/AppServices';

/** What the case screen read beside the case: the person's incident reports, alerts, markers. */
export type CaseRelated = Omit<CaseScreenData, 'case' | 'person'>;

export type CaseLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; stored: Stored<Case>; person: Person | undefined; related?: CaseRelated };

/** A saved or reloaded case keeps what was read beside it (saving the case does not change it). */
export function keepingRelated(stored: Stored<Case>, person: Person | undefined): (previous: CaseLoad) => CaseLoad {
  return (previous) => ({ status: 'ready', stored, person, related: previous.status === 'ready' ? previous.related : undefined });
}

export interface CaseLoadState {
  load: CaseLoad;
  setLoad: React.Dispatch<React.SetStateAction<CaseLoad>>;
  /** Reads the case again from the store. */
  reload(): void;
}

/** Reads one case with what the case screen shows beside it, in one batched read. */
export function useCaseLoad(caseId: string): CaseLoadState {
  const { store } = useAppServices();
  const [load, setLoad] = React.useState<CaseLoad>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    store.loadCaseScreen(caseId).then(
      (data) => {
        if (!current) return;
        const { case: stored, person, ...related } = data;
        setLoad({ status: 'ready', stored, person: person?.value, related });
      },
      (error: unknown) => current && setLoad({ status: 'error', error })
    );
    return () => {
      current = false;
    };
  }, [store, caseId, attempt]);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { load, setLoad, reload };
}
