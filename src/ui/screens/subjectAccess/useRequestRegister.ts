import * as React from 'react';
import {
  extendSubjectAccessRequest,
  logSubjectAccessRequest,
  subjectAccessHistory,
  type LoggedSubjectAccessRequest,
  type SubjectAccessActor
} from '../../../app/subjectAccess';
import { useAppServices } from '../../services/AppServices';
import { plainWords } from '../../components/errorWords';
import type { FoundPerson } from './usePersonSearch';

export type RequestOutcome = { ok: true } | { ok: false; message: string };

export interface RequestRegister {
  requests: LoggedSubjectAccessRequest[] | undefined;
  setRequests: React.Dispatch<React.SetStateAction<LoggedSubjectAccessRequest[] | undefined>>;
  historyError?: string;
  loadHistory(personId: string): Promise<void>;
  logRequest(receivedOn: string, complex: boolean): Promise<RequestOutcome>;
  extendRequest(request: LoggedSubjectAccessRequest, reason: string): Promise<RequestOutcome>;
}

/** The chosen person's logged requests: read them, log a new one, extend one. */
export function useRequestRegister(chosen: FoundPerson | undefined, actor: () => SubjectAccessActor): RequestRegister {
  const { store } = useAppServices();
  const [requests, setRequests] = React.useState<LoggedSubjectAccessRequest[] | undefined>(undefined);
  const [historyError, setHistoryError] = React.useState<string | undefined>(undefined);
  const loadHistory = React.useCallback(
    async (personId: string): Promise<void> => {
      try {
        setRequests((await subjectAccessHistory(store, personId)).requests);
        setHistoryError(undefined);
      } catch (error) {
        setRequests([]);
        setHistoryError(plainWords(error));
      }
    },
    [store]
  );
  const logRequest = React.useCallback(
    async (receivedOn: string, complex: boolean): Promise<RequestOutcome> => {
      if (!chosen) return { ok: false, message: 'Choose the person first.' };
      try {
        const outcome = await logSubjectAccessRequest(store, { personId: chosen.personId, receivedOn, complex }, actor());
        if (outcome.status !== 'logged') return { ok: false, message: outcome.message };
        setRequests((earlier) => [outcome.request, ...(earlier ?? [])]);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: `The request was not logged: ${plainWords(error)}` };
      }
    },
    [actor, chosen, store]
  );
  const extendRequest = React.useCallback(
    async (request: LoggedSubjectAccessRequest, reason: string): Promise<RequestOutcome> => {
      if (!chosen) return { ok: false, message: 'Choose the person first.' };
      try {
        const outcome = await extendSubjectAccessRequest(store, { personId: chosen.personId, requestId: request.id, reason }, actor());
        if (outcome.status !== 'extended') return { ok: false, message: outcome.message };
        setRequests((earlier) => (earlier ?? []).map((known) => (known.id === request.id ? outcome.request : known)));
        return { ok: true };
      } catch (error) {
        return { ok: false, message: `The request was not extended: ${plainWords(error)}` };
      }
    },
    [actor, chosen, store]
  );
  return { requests, setRequests, historyError, loadHistory, logRequest, extendRequest };
}
