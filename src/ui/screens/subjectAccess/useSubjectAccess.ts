// The subject access screen's state and actions: find the person by name (the indexed name
// search staff use), read their logged requests, log a new one, run the export and hold the two
// files for download (and the zip file with the letters' own documents). Writes go through the shared use cases (src/app/subjectAccess), which
// check the engine's gate; SharePoint's permissions are the authority.
import * as React from 'react';
import type { IsoDate } from '../../../domain';
import type { LoggedSubjectAccessRequest } from '../../../app/subjectAccess';
import { useAppServices } from '../../services/AppServices';
import { usePersonSearch, type FoundPerson, type SearchState } from './usePersonSearch';
import { useRequestRegister, type RequestOutcome } from './useRequestRegister';
import { useSubjectAccessExport, type ExportState } from './useSubjectAccessExport';

export type { FoundPerson, SearchState } from './usePersonSearch';
export type { ExportedFiles, ExportState } from './useSubjectAccessExport';

export function useSubjectAccess(): {
  search: SearchState;
  find(query: string): Promise<void>;
  chosen: FoundPerson | undefined;
  choose(person: FoundPerson | undefined): void;
  requests: LoggedSubjectAccessRequest[] | undefined;
  historyError?: string;
  logRequest(receivedOn: string, complex: boolean): Promise<RequestOutcome>;
  /** Today in Europe/London: what may still be extended depends on it. */
  today: IsoDate;
  extendRequest(request: LoggedSubjectAccessRequest, reason: string): Promise<RequestOutcome>;
  exportState: ExportState;
  runExport(request: LoggedSubjectAccessRequest): Promise<void>;
} {
  const { clock, currentUser, roleAssignments, newRequestKey } = useAppServices();
  const { search, find } = usePersonSearch();
  const [chosen, setChosen] = React.useState<FoundPerson | undefined>(undefined);
  const actor = React.useCallback(
    () => ({ actorId: currentUser.id, roles: roleAssignments, now: clock.now(), today: clock.today(), newId: newRequestKey }),
    [clock, currentUser.id, newRequestKey, roleAssignments]
  );
  const register = useRequestRegister(chosen, actor);
  const { setRequests, loadHistory } = register;
  const exporting = useSubjectAccessExport(chosen, actor, setRequests);
  const { setExportState } = exporting;

  const choose = React.useCallback(
    (person: FoundPerson | undefined): void => {
      setChosen(person);
      setRequests(undefined);
      setExportState({ status: 'idle' });
      if (person) loadHistory(person.personId).catch(() => undefined);
    },
    [loadHistory, setRequests, setExportState]
  );

  return {
    search,
    find,
    chosen,
    choose,
    requests: register.requests,
    historyError: register.historyError,
    logRequest: register.logRequest,
    today: clock.today(),
    extendRequest: register.extendRequest,
    exportState: exporting.exportState,
    runExport: exporting.runExport
  };
}
