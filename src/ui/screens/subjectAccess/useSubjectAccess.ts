// The subject access screen's state and actions: find the person by name (the indexed name
// search staff use), read their logged requests, log a new one, run the export and hold the two
// files for download (and the zip file with the letters' own documents). Writes go through the shared use cases (src/app/subjectAccess), which
// check the engine's gate; SharePoint's permissions are the authority.
import * as React from 'react';
import { displayName, type IsoDate, type SubjectAccessBundle } from '../../../domain';
import {
  exportSubjectAccess,
  extendSubjectAccessRequest,
  logSubjectAccessRequest,
  subjectAccessHistory,
  type LoggedSubjectAccessRequest
} from '../../../app/subjectAccess';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';
import { plainWords } from '../../components/errorWords';
import { useCouncilDetails } from '../../services/councilDetails';
import { generateSubjectAccessFilesLazily } from './loadSubjectAccessFiles';

export interface FoundPerson {
  personId: string;
  name: string;
  /** The name form that matched, when it is not the current name (an alias, a previous name). */
  matchedAs?: string;
  address?: string;
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; people: FoundPerson[] }
  | { status: 'failed'; message: string };

export interface ExportedFiles {
  docx: { fileName: string; blob: Blob };
  json: { fileName: string; blob: Blob };
  /** The Word bundle, the JSON and the letters' own documents in one file. */
  zip: { fileName: string; blob: Blob; letterDocuments: number };
  bundle: SubjectAccessBundle;
}

export type ExportState =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; files: ExportedFiles } | { status: 'failed'; message: string };

const MOST_PEOPLE = 20;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function useSubjectAccess(): {
  search: SearchState;
  find(query: string): Promise<void>;
  chosen: FoundPerson | undefined;
  choose(person: FoundPerson | undefined): void;
  requests: LoggedSubjectAccessRequest[] | undefined;
  historyError?: string;
  logRequest(receivedOn: string, complex: boolean): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Today in Europe/London: what may still be extended depends on it. */
  today: IsoDate;
  extendRequest(request: LoggedSubjectAccessRequest, reason: string): Promise<{ ok: true } | { ok: false; message: string }>;
  exportState: ExportState;
  runExport(request: LoggedSubjectAccessRequest): Promise<void>;
} {
  const { store, clock, currentUser, roleAssignments, people, newRequestKey } = useAppServices();
  const council = useCouncilDetails();
  const [search, setSearch] = React.useState<SearchState>({ status: 'idle' });
  const [chosen, setChosen] = React.useState<FoundPerson | undefined>(undefined);
  const [requests, setRequests] = React.useState<LoggedSubjectAccessRequest[] | undefined>(undefined);
  const [historyError, setHistoryError] = React.useState<string | undefined>(undefined);
  const [exportState, setExportState] = React.useState<ExportState>({ status: 'idle' });

  const find = React.useCallback(
    async (query: string): Promise<void> => {
      setSearch({ status: 'searching' });
      try {
        const matches = await store.persons.findIdsByName(query, MOST_PEOPLE);
        const found = await readTogether(store, (reads) => Promise.all(matches.map((match) => reads.persons.find(match.personId))));
        const seen = new Set<string>();
        const list: FoundPerson[] = [];
        matches.forEach((match, index) => {
          if (seen.has(match.personId)) return;
          seen.add(match.personId);
          const person = found[index]?.value;
          const name = person ? displayName(person) : match.nameAsRecorded;
          list.push({
            personId: match.personId,
            name,
            ...(match.nameAsRecorded !== name ? { matchedAs: match.nameAsRecorded } : {}),
            ...(person && person.addresses.length > 0 ? { address: person.addresses[0] } : {})
          });
        });
        setSearch({ status: 'done', query, people: list });
      } catch (error) {
        setSearch({ status: 'failed', message: plainWords(error) });
      }
    },
    [store]
  );

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

  const choose = React.useCallback(
    (person: FoundPerson | undefined): void => {
      setChosen(person);
      setRequests(undefined);
      setExportState({ status: 'idle' });
      if (person) loadHistory(person.personId).catch(() => undefined);
    },
    [loadHistory]
  );

  const actor = React.useCallback(
    () => ({ actorId: currentUser.id, roles: roleAssignments, now: clock.now(), today: clock.today(), newId: newRequestKey }),
    [clock, currentUser.id, newRequestKey, roleAssignments]
  );

  const logRequest = React.useCallback(
    async (receivedOn: string, complex: boolean): Promise<{ ok: true } | { ok: false; message: string }> => {
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
    async (request: LoggedSubjectAccessRequest, reason: string): Promise<{ ok: true } | { ok: false; message: string }> => {
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

  const runExport = React.useCallback(
    async (request: LoggedSubjectAccessRequest): Promise<void> => {
      if (!chosen) return;
      setExportState({ status: 'running' });
      try {
        const outcome = await exportSubjectAccess(store, { personId: chosen.personId, request }, actor(), people);
        if (outcome.status !== 'exported') {
          setExportState({ status: 'failed', message: outcome.message });
          return;
        }
        // Answered: it can no longer be extended (the register says so too, from the export's audit entry).
        setRequests((earlier) => (earlier ?? []).map((known) => (known.id === request.id ? { ...known, answered: true } : known)));
        const details = await council.loaded();
        const files = await generateSubjectAccessFilesLazily(
          outcome.bundle,
          outcome.documents,
          (id) => people.displayName(id),
          details.name
        );
        setExportState({
          status: 'done',
          files: {
            bundle: outcome.bundle,
            docx: { fileName: files.docx.fileName, blob: new Blob([files.docx.bytes], { type: DOCX_TYPE }) },
            json: { fileName: files.json.fileName, blob: new Blob([files.json.text], { type: 'application/json' }) },
            zip: {
              fileName: files.zip.fileName,
              blob: new Blob([files.zip.bytes], { type: 'application/zip' }),
              letterDocuments: files.zip.letterDocuments
            }
          }
        });
      } catch (error) {
        setExportState({ status: 'failed', message: plainWords(error) });
      }
    },
    [actor, chosen, council, people, store]
  );

  return {
    search,
    find,
    chosen,
    choose,
    requests,
    historyError,
    logRequest,
    today: clock.today(),
    extendRequest,
    exportState,
    runExport
  };
}
