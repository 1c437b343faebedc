import * as React from 'react';
import type { SubjectAccessBundle } from '../../../domain';
import { exportSubjectAccess, type LoggedSubjectAccessRequest, type SubjectAccessActor } from '../../../app/subjectAccess';
import { useAppServices } from '../../services/AppServices';
import { plainWords } from '../../components/errorWords';
import { useCouncilDetails } from '../../services/councilDetails';
import { generateSubjectAccessFilesLazily } from './loadSubjectAccessFiles';
import type { FoundPerson } from './usePersonSearch';
import type { RequestRegister } from './useRequestRegister';

export interface ExportedFiles {
  docx: { fileName: string; blob: Blob };
  json: { fileName: string; blob: Blob };
  /** The Word bundle, the JSON and the letters' own documents in one file. */
  zip: { fileName: string; blob: Blob; letterDocuments: number };
  bundle: SubjectAccessBundle;
}

export type ExportState =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; files: ExportedFiles } | { status: 'failed'; message: string };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface SubjectAccessExport {
  exportState: ExportState;
  setExportState(state: ExportState): void;
  runExport(request: LoggedSubjectAccessRequest): Promise<void>;
}

/** Runs the export for one request, marks it answered, and holds the Word, JSON and zip files for download. */
export function useSubjectAccessExport(
  chosen: FoundPerson | undefined,
  actor: () => SubjectAccessActor,
  setRequests: RequestRegister['setRequests']
): SubjectAccessExport {
  const { store, people } = useAppServices();
  const council = useCouncilDetails();
  const [exportState, setExportState] = React.useState<ExportState>({ status: 'idle' });
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
    [actor, chosen, council, people, store, setRequests]
  );
  return { exportState, setExportState, runExport };
}
