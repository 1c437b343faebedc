import * as React from 'react';
import type { AttachmentRef, IncidentReport } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';

/** The files attached to one incident report, as far as they have been read. */
export type IncidentAttachments =
  { status: 'loading' } | { status: 'error'; retry(): void } | { status: 'ready'; files: readonly AttachmentRef[] };

/**
 * Files recorded on the report itself and files SharePoint holds as attachments of its list
 * item, each name once (SharePoint's own copy first: its URL is the one that opens the file).
 */
function mergeFiles(listed: readonly AttachmentRef[], recorded: readonly AttachmentRef[]): AttachmentRef[] {
  const seen = new Set<string>();
  const files: AttachmentRef[] = [];
  for (const file of [...listed, ...recorded]) {
    // The report's own list is stored JSON: skip anything that is not a named file.
    if (typeof file?.name !== 'string' || file.name === '') continue;
    const key = file.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    files.push(file);
  }
  return files;
}

/**
 * Reads the files attached to each of the reports, all in one round trip (one SharePoint
 * `$batch`), once the reports are known. A report whose files cannot be listed says so on
 * its own; the others still show theirs.
 */
export function useIncidentAttachments(
  incidents: readonly Stored<IncidentReport>[] | undefined
): (incident: IncidentReport) => IncidentAttachments {
  const { store } = useAppServices();
  const [answers, setAnswers] = React.useState<ReadonlyMap<string, readonly AttachmentRef[] | 'error'>>(new Map());
  const [attempt, setAttempt] = React.useState(0);
  const rows = React.useRef(incidents);
  rows.current = incidents;
  // The reports as a value, so a new array of the same reports does not read them again.
  const wanted = (incidents ?? []).map((row) => `${row.itemId}:${row.value.id}`).join('|');

  React.useEffect(() => {
    const reports = rows.current ?? [];
    setAnswers(new Map());
    if (reports.length === 0) return;
    let current = true;
    readTogether(store, (batched) =>
      Promise.all(
        reports.map((row) =>
          batched.incidents.attachmentsOf(row).then(
            (files): readonly AttachmentRef[] | 'error' => files,
            (): 'error' => 'error'
          )
        )
      )
    ).then(
      (results) => current && setAnswers(new Map(reports.map((row, index) => [row.value.id, results[index]]))),
      () => current && setAnswers(new Map(reports.map((row) => [row.value.id, 'error' as const])))
    );
    return () => {
      current = false;
    };
  }, [store, wanted, attempt]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return React.useCallback(
    (incident: IncidentReport): IncidentAttachments => {
      const answer = answers.get(incident.id);
      if (answer === undefined) return { status: 'loading' };
      if (answer === 'error') return { status: 'error', retry };
      return { status: 'ready', files: mergeFiles(answer, incident.attachments) };
    },
    [answers, retry]
  );
}
