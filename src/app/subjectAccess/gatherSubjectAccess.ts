// Gathers everything held about one person for a subject access request (BR-23), in three
// round trips whatever the number of cases: (1) the person and their records by person id
// (incidents, cases, every banner, markers, Member referrals, FOI/EIR requests), (2) each case
// in full, each report's files and the audit events of the records found so far, (3) the audit
// events of the cases' own records (sanctions, letters, reviews ...), beside which the letters'
// Word documents are read from the Letters library (a file's bytes cannot join a $batch). Each
// round is one SharePoint $batch (store.readTogether). A list the reader's groups do not open is
// a gap in the bundle, named as such, never "nothing held".

import type { AuditEvent, AttachmentRef, Case, IncidentReport, Person, WarningMarker } from '../../domain/model';
import type { MarkerViewing, SubjectAccessGap, SubjectAccessSectionKey, SubjectAccessSources } from '../../domain';
import { idsAboutThePerson, markerViewingsFromAudit } from '../../domain';
import { readLetterDocuments, type LetterDocumentFile } from './letterDocuments';
import { ForbiddenError, NotFoundError } from '../../data/errors';
import type { CaseStore, RestrictionAlert } from '../../data/ports';

/** Reads the store needs for subject access. */
export type SubjectAccessStore = Pick<
  CaseStore,
  | 'persons'
  | 'incidents'
  | 'cases'
  | 'restrictionAlerts'
  | 'warningMarkers'
  | 'memberReferrals'
  | 'foiAssessments'
  | 'auditLog'
  | 'letterFiles'
  | 'readTogether'
>;

/** What was gathered: the sources the domain builds the bundle from, and the letters' files themselves. */
export interface GatheredSubjectAccess extends SubjectAccessSources {
  /** Each letter document's bytes, to go into the export's zip file beside the bundle. */
  documents: LetterDocumentFile[];
}

/**
 * The warning-marker view log (spec 4.1). By default it is read from the audit log, where the
 * marker register writes every viewing (src/app/markers/viewMarker.ts): the markers' audit events
 * are already read in round 2, so the log costs no further request. A reader passed here
 * replaces that (a log kept elsewhere).
 */
export type MarkerViewLogReader = (markerIds: readonly string[]) => Promise<readonly MarkerViewing[]>;

function together<T>(store: SubjectAccessStore, reads: (store: SubjectAccessStore) => Promise<T>): Promise<T> {
  return store.readTogether ? store.readTogether(reads as (store: CaseStore) => Promise<T>) : reads(store);
}

/** A read whose refusal (403) becomes a gap; any other failure fails the export. */
async function orGap<T>(read: Promise<T>, empty: T, section: SubjectAccessSectionKey, gaps: SubjectAccessGap[]): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ForbiddenError) {
      if (!gaps.some((gap) => gap.section === section)) {
        gaps.push({
          section,
          reason: 'Your SharePoint groups do not open this list; ask the site owner to add you to CCM Data Protection.'
        });
      }
      return empty;
    }
    throw error;
  }
}

/** Audit events of the given records, one read per record, all started at once. */
function auditOf(
  store: SubjectAccessStore,
  refs: readonly { type: AuditEvent['entity']['type']; id: string }[],
  gaps: SubjectAccessGap[]
): Promise<AuditEvent[][]> {
  return Promise.all(
    refs.map((ref) =>
      orGap(
        store.auditLog.listForEntity(ref.type, ref.id).then((rows) => rows.map((row) => row.value.event)),
        [] as AuditEvent[],
        'auditEvents',
        gaps
      )
    )
  );
}

export class PersonNotFoundError extends Error {
  public constructor(personId: string) {
    super(`No customer with the id ${personId} is recorded.`);
    this.name = 'PersonNotFoundError';
  }
}

/** Everything held about the person, as read. Throws PersonNotFoundError for an unknown id. */
export async function gatherSubjectAccess(
  store: SubjectAccessStore,
  personId: string,
  markerViewLog?: MarkerViewLogReader
): Promise<GatheredSubjectAccess> {
  const gaps: SubjectAccessGap[] = [];

  // Round 1: the person and everything filed under their id.
  const first = await together(store, (s) =>
    Promise.all([
      s.persons.findWithDetails(personId),
      orGap(s.incidents.listByPerson(personId), [], 'incidents', gaps),
      orGap(s.cases.listByPerson(personId), [], 'cases', gaps),
      orGap(s.restrictionAlerts.listForPerson(personId), [], 'alerts', gaps),
      orGap(s.warningMarkers.listByPerson(personId), [], 'markers', gaps),
      orGap(s.memberReferrals.listByPerson(personId), [], 'memberReferrals', gaps),
      orGap(s.foiAssessments.listByPerson(personId), [], 'foiRequests', gaps),
      auditOf(s, [{ type: 'Person', id: personId }], gaps)
    ])
  );
  const [stored, incidentRows, caseRows, alertRows, markerRows, referralRows, foiRows, personAudit] = first;
  if (!stored) throw new PersonNotFoundError(personId);
  const subject: Person = stored.value;
  const incidents: IncidentReport[] = incidentRows.map((row) => row.value);
  const markers: WarningMarker[] = markerRows.map((row) => row.value);
  const alerts: RestrictionAlert[] = alertRows.map((row) => row.value);
  const memberReferrals = referralRows.map((row) => row.value);
  const foiRequests = foiRows.map((row) => row.value);

  // Round 2: each case in full, each report's files, the audit events of what round 1 found.
  const firstRefs = [
    ...incidents.map((incident) => ({ type: 'IncidentReport' as const, id: incident.id })),
    ...caseRows.map((row) => ({ type: 'Case' as const, id: row.value.id })),
    ...markers.map((marker) => ({ type: 'WarningMarker' as const, id: marker.id })),
    ...memberReferrals.map((referral) => ({ type: 'MemberReferral' as const, id: referral.id })),
    ...foiRequests.map((foi) => ({ type: 'FoiRequestAssessment' as const, id: foi.id }))
  ];
  const [cases, files, firstAudit, readViewings] = await together(store, (s) =>
    Promise.all([
      Promise.all(
        caseRows.map((row) =>
          orGap(
            s.cases.get(row.value.id).then((full) => full.value as Case | undefined),
            undefined,
            'cases',
            gaps
          )
        )
      ),
      Promise.all(
        incidentRows.map((row) => orGap(s.incidents.attachmentsOf(row).catch(notFoundAsNone), [] as AttachmentRef[], 'incidents', gaps))
      ),
      auditOf(s, firstRefs, gaps),
      markerViewLog ? markerViewLog(markers.map((marker) => marker.id)) : Promise.resolve(undefined)
    ])
  );
  const fullCases = cases.filter((kase): kase is Case => kase !== undefined);
  const markerIds = markers.map((marker) => marker.id);
  const viewings = readViewings ?? markerViewingsFromAudit(firstAudit.flat(), markerIds);
  // Markers whose audit events could not be read have an unknown view log, not an empty one.
  const auditGap = gaps.find((gap) => gap.section === 'auditEvents');
  if (!markerViewLog && auditGap && markerIds.length > 0) gaps.push({ section: 'markerViewLog', reason: auditGap.reason });

  // Round 3: the audit events of the cases' own records, and beside them the letters' documents.
  const seen = new Set(firstRefs.map((ref) => ref.id));
  const childRefs = [...idsAboutThePerson({ subject, incidents, cases: fullCases, markers })]
    .filter((id) => id !== personId && !seen.has(id))
    .map((id) => ({ type: childTypeOf(fullCases, id), id }));
  const [childAudit, letters] = await Promise.all([
    childRefs.length > 0 ? together(store, (s) => auditOf(s, childRefs, gaps)) : Promise.resolve([]),
    readLetterDocuments(store, fullCases, gaps)
  ]);

  const incidentFiles: Record<string, readonly AttachmentRef[]> = {};
  incidents.forEach((incident, index) => (incidentFiles[incident.id] = files[index]));
  return {
    subject,
    incidents,
    incidentFiles,
    cases: fullCases,
    letterDocuments: letters.listings,
    documents: letters.files,
    memberReferrals,
    foiRequests,
    alerts,
    markers,
    markerViewings: viewings,
    auditEvents: [...personAudit, ...firstAudit, ...childAudit].flat(),
    gaps
  };
}

function notFoundAsNone(error: unknown): AttachmentRef[] {
  if (error instanceof NotFoundError) return [];
  throw error;
}

/** The audit entity type of a case's own record, by id. */
function childTypeOf(cases: readonly Case[], id: string): AuditEvent['entity']['type'] {
  for (const kase of cases) {
    if (kase.sanctions.some((s) => s.id === id)) return 'Sanction';
    if (kase.sanctions.some((s) => s.approvals.some((a) => a.id === id))) return 'ApprovalDecision';
    if (kase.letters.some((l) => l.id === id)) return 'Letter';
    if (kase.reviews.some((r) => r.id === id)) return 'Review';
    if (kase.appeals.some((a) => a.id === id)) return 'Appeal';
    if (kase.contactLog.some((c) => c.id === id)) return 'ContactLogEntry';
    if (kase.tasks.some((t) => t.id === id)) return 'Task';
    if (kase.invocationDecision?.id === id) return 'InvocationDecision';
  }
  return 'Case';
}
