import * as React from 'react';
import { can, participationOf, type Case, type Person } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { useAppServices } from '../../services/AppServices';
import { draftOf, type PersonDraft } from './personDraft';
import type { PersonLoad } from './personDetailsTypes';

export interface PersonLoadState {
  load: PersonLoad;
  setLoad(load: PersonLoad): void;
  reload(): void;
  draft: PersonDraft | undefined;
  setDraft: React.Dispatch<React.SetStateAction<PersonDraft | undefined>>;
  /** True once saving was tried: the domain's messages show from then on. */
  showErrors: boolean;
  setShowErrors(show: boolean): void;
  /** Shows a stored person (as read, saved or reloaded) and starts the draft again from it. */
  show(kase: Case, stored: Stored<Person>): void;
}

/** Reads the case and its person (again on reload), refusing a case this user does not work on (BR-22). */
export function usePersonLoad(caseId: string, personId: string | undefined): PersonLoadState {
  const { store, currentUser, roleAssignments } = useAppServices();
  const [load, setLoad] = React.useState<PersonLoad>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [draft, setDraft] = React.useState<PersonDraft | undefined>(undefined);
  const [showErrors, setShowErrors] = React.useState(false);

  const show = React.useCallback((kase: Case, stored: Stored<Person>) => {
    setLoad({ status: 'ready', kase, stored });
    setDraft(draftOf(stored.value));
    setShowErrors(false);
  }, []);

  React.useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    store.loadCaseScreen(caseId, personId).then(
      (data) => {
        if (!current) return;
        const kase = data.case.value;
        const decision = can({ userId: currentUser.id }, 'case.readFull', { roles: roleAssignments, case: participationOf(kase) });
        if (!decision.allowed) setLoad({ status: 'refused', kase, reason: decision.reason });
        else if (!data.person) setLoad({ status: 'noPerson', kase });
        else show(kase, data.person);
      },
      (error: unknown) => current && setLoad({ status: 'error', error })
    );
    return () => {
      current = false;
    };
  }, [store, caseId, personId, attempt, currentUser.id, roleAssignments, show]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { load, setLoad, reload, draft, setDraft, showErrors, setShowErrors, show };
}
