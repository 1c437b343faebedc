// Running a subject access export (BR-23, UK GDPR Art. 15) for a request already logged:
//
//   1. The engine's gate (can('subjectAccess.export')): only the data protection officer.
//      SharePoint is the authority as well: nobody else's groups open PersonDetails, every
//      incident report and the audit log together.
//   2. Gather (three $batch round trips, gatherSubjectAccess.ts), then build the bundle in the
//      domain (what is about the person, third parties flagged for redaction).
//   3. Audit the export on the person, as the DPO, BEFORE the files are handed over: an export
//      that cannot be audited is not given out (the caller shows the error and no download).
//      The letters' documents were read in step 2 and are handed over only with the bundle.

import { buildSubjectAccessBundle, can, SUBJECT_ACCESS_SECTIONS, type SubjectAccessBundle } from '../../domain';
import type { AuditEvent } from '../../domain/model';
import { gatherSubjectAccess, type MarkerViewLogReader, type SubjectAccessStore } from './gatherSubjectAccess';
import type { LetterDocumentFile } from './letterDocuments';
import { SUBJECT_ACCESS_EXPORTED, type LoggedSubjectAccessRequest, type SubjectAccessActor } from './subjectAccessRequests';

/** Names of council users by id: the directory the screen already has (Graph, or the personas locally). */
export interface UserNames {
  resolve(ids: readonly string[]): Promise<void>;
  displayName(id: string): string | undefined;
}

/** The bundle, and the letters' documents to be packed beside it (each listed in the bundle's letters). */
export type ExportOutcome =
  | { status: 'exported'; bundle: SubjectAccessBundle; documents: LetterDocumentFile[]; auditEventId: string }
  | { status: 'refused'; message: string };

export async function exportSubjectAccess(
  store: SubjectAccessStore,
  input: { personId: string; request: LoggedSubjectAccessRequest },
  actor: Omit<SubjectAccessActor, 'today'>,
  names: UserNames,
  markerViewLog?: MarkerViewLogReader
): Promise<ExportOutcome> {
  const decision = can({ userId: actor.actorId }, 'subjectAccess.export', { roles: actor.roles });
  if (!decision.allowed) return { status: 'refused', message: decision.reason };

  const sources = await gatherSubjectAccess(store, input.personId, markerViewLog);
  const logged = input.request;
  const request = {
    receivedOn: logged.receivedOn,
    dueOn: logged.dueOn,
    ...(logged.extendedDueOn ? { extendedDueOn: logged.extendedDueOn } : {}),
    complex: logged.complex,
    ...(logged.extensionReason ? { extensionReason: logged.extensionReason } : {}),
    loggedBy: logged.loggedBy,
    loggedAt: logged.loggedAt
  };
  const context = { request, exportedAt: actor.now, exportedBy: actor.actorId };
  // A first pass finds the staff ids the records hold, so their names are asked for once.
  const ids = buildSubjectAccessBundle(sources, { ...context, nameOf: () => undefined })
    .thirdParties.map((flag) => flag.identifier)
    .filter((id): id is string => id !== undefined);
  await names.resolve([...ids, actor.actorId]);
  const bundle = buildSubjectAccessBundle(sources, { ...context, nameOf: (id) => names.displayName(id) });

  const counts: Record<string, number> = {};
  for (const key of SUBJECT_ACCESS_SECTIONS) counts[key] = bundle.sections[key].length;
  const event: AuditEvent = {
    id: actor.newId(),
    actorId: actor.actorId,
    action: SUBJECT_ACCESS_EXPORTED,
    at: actor.now,
    entity: { type: 'Person', id: input.personId },
    after: {
      requestId: input.request.id,
      receivedOn: request.receivedOn,
      format: bundle.format,
      records: counts,
      letterDocuments: sources.documents.length,
      thirdPartiesFlagged: bundle.thirdParties.length,
      gaps: bundle.gaps.map((gap) => gap.section)
    },
    rule: 'BR-23',
    note: 'Subject access bundle exported (Word, JSON and the letters’ documents); third parties flagged for redaction, nothing removed.'
  };
  await store.auditLog.append(event);
  return { status: 'exported', bundle, documents: sources.documents, auditEventId: event.id };
}
