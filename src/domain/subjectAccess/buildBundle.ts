// What counts as "about the person" (BR-23, spec 4.2) and how it becomes a bundle. The use case
// gathers; this decides. A record is about the person when it names them as its subject: their
// incident reports, their cases and everything in them (decisions, sanctions, letters, contact
// log, each letter's Word document), the councillors' referrals about them and the FOI/EIR
// requests they made, their warning markers and who viewed them, every banner staff were shown
// about them (ended ones too), and the audit events about the person or any of those records.

import type { AuditEvent } from '../model/audit';
import type { Case } from '../model/case';
import type { IsoInstant } from '../model/dates';
import type { IncidentReport, AttachmentRef } from '../model/incident';
import type { FoiRequestAssessment } from '../model/foi';
import type { Letter } from '../model/letter';
import type { MemberReferral } from '../model/memberReferral';
import type { Person } from '../model/person';
import type { WarningMarker } from '../model/warningMarker';
import type { RestrictionAlertRecord } from '../alerts/alertRecord';
import {
  type LetterDocumentListing,
  SUBJECT_ACCESS_FORMAT,
  SUBJECT_ACCESS_SECTIONS,
  type SubjectAccessBundle,
  type SubjectAccessGap,
  type SubjectAccessRecord,
  type SubjectAccessRequestRecord,
  type SubjectAccessSectionKey
} from './bundle';
import { attachThirdPartyRefs, ThirdPartyFinder } from './thirdParties';

/**
 * Extension point for the warning-marker view log (spec 4.1: an audit trail of every viewing),
 * which the marker register is adding. One entry per viewing; when the register records them,
 * the use case passes them here and they appear in the `markerViewLog` section. Until then the
 * use case passes `undefined` and the bundle says the section is not recorded yet.
 */
export interface MarkerViewing {
  id: string;
  markerId: string;
  viewedBy: string;
  viewedAt: IsoInstant;
  reason?: string;
}

/** Everything gathered for one person, as read (the use case reads; this filters and shapes). */
export interface SubjectAccessSources {
  subject: Person;
  incidents: readonly IncidentReport[];
  /** The files attached to each incident report, by incident id. */
  incidentFiles: Readonly<Record<string, readonly AttachmentRef[]>>;
  cases: readonly Case[];
  /**
   * Each letter's Word document, by letter id, where the letter has one (its `documentUrl`
   * field). A letter without an entry was recorded without a document.
   */
  letterDocuments: Readonly<Record<string, LetterDocumentListing>>;
  /** Councillors' referrals naming the person. */
  memberReferrals: readonly MemberReferral[];
  /** FOI and EIR requests the person made. */
  foiRequests: readonly FoiRequestAssessment[];
  /** Every banner staff were shown about the person, in force or ended. */
  alerts: readonly RestrictionAlertRecord[];
  markers: readonly WarningMarker[];
  /** The marker view log; undefined while the product does not record it (see MarkerViewing). */
  markerViewings: readonly MarkerViewing[] | undefined;
  auditEvents: readonly AuditEvent[];
  /** Parts that could not be read (a list the DPO's groups do not open); shown, never as "none". */
  gaps: readonly SubjectAccessGap[];
}

export interface BundleContext {
  request: SubjectAccessRequestRecord;
  exportedAt: IsoInstant;
  exportedBy: string;
  /** Display names of council users by id, for the third-party list. */
  nameOf(userId: string): string | undefined;
}

/** The ids of every record about the person, by which audit events are matched to them. */
export function idsAboutThePerson(
  sources: Pick<SubjectAccessSources, 'subject' | 'incidents' | 'cases' | 'markers'> &
    Partial<Pick<SubjectAccessSources, 'memberReferrals' | 'foiRequests' | 'alerts'>>
): Set<string> {
  const ids = new Set<string>([sources.subject.id]);
  for (const incident of sources.incidents) ids.add(incident.id);
  for (const kase of sources.cases) {
    ids.add(kase.id);
    if (kase.invocationDecision) ids.add(kase.invocationDecision.id);
    for (const child of [...kase.sanctions, ...kase.reviews, ...kase.appeals, ...kase.letters, ...kase.contactLog, ...kase.tasks])
      ids.add(child.id);
    for (const sanction of kase.sanctions) for (const approval of sanction.approvals) ids.add(approval.id);
  }
  for (const marker of sources.markers) ids.add(marker.id);
  for (const other of [...(sources.memberReferrals ?? []), ...(sources.foiRequests ?? []), ...(sources.alerts ?? [])]) ids.add(other.id);
  return ids;
}

const NO_DOCUMENT = 'No Word document was kept for this letter: what it said is in the fields above.';
const DOCUMENT_MISSING = 'The Letters library no longer holds this letter’s document (it may have been disposed of).';

/** A letter as disclosed: the record, and its document (packed into the zip) or why there is none. */
function letterRecord(letter: Letter, caseId: string, documents: SubjectAccessSources['letterDocuments']): SubjectAccessRecord {
  const listing = documents[letter.id];
  const document =
    listing === undefined
      ? NO_DOCUMENT
      : listing.missing
        ? DOCUMENT_MISSING
        : { fileName: listing.fileName, inTheZipFileAs: listing.packagedAs };
  return record(letter.id, { ...letter, caseId: letter.caseId ?? caseId, document });
}

function record(id: string, data: object): SubjectAccessRecord {
  return { id, data: data as Readonly<Record<string, unknown>>, thirdPartyRefs: [] };
}

function emptySections(): Record<SubjectAccessSectionKey, SubjectAccessRecord[]> {
  const sections = {} as Record<SubjectAccessSectionKey, SubjectAccessRecord[]>;
  for (const key of SUBJECT_ACCESS_SECTIONS) sections[key] = [];
  return sections;
}

/** Cases without the children that have sections of their own (so nothing is shown twice). */
function caseRecord(kase: Case): SubjectAccessRecord {
  const { sanctions, reviews, appeals, letters, contactLog, invocationDecision, ...rest } = kase;
  return record(kase.id, {
    ...rest,
    sanctionIds: sanctions.map((s) => s.id),
    letterIds: letters.map((l) => l.id),
    hasInvocationDecision: invocationDecision !== undefined,
    reviewIds: reviews.map((r) => r.id),
    appealIds: appeals.map((a) => a.id),
    contactLogEntries: contactLog.length
  });
}

/** The bundle: only records about the person, each section in a stable order, third parties flagged. */
export function buildSubjectAccessBundle(sources: SubjectAccessSources, context: BundleContext): SubjectAccessBundle {
  const subjectId = sources.subject.id;
  const sections = emptySections();
  const incidents = sources.incidents.filter((incident) => incident.personId === subjectId);
  for (const incident of incidents) {
    sections.incidents.push(record(incident.id, { ...incident, attachedFiles: sources.incidentFiles[incident.id] ?? [] }));
  }
  const cases = sources.cases.filter((kase) => kase.personId === subjectId);
  for (const kase of cases) {
    sections.cases.push(caseRecord(kase));
    if (kase.invocationDecision) {
      sections.decisions.push(record(kase.invocationDecision.id, { decision: 'invocation', caseId: kase.id, ...kase.invocationDecision }));
    }
    for (const sanction of kase.sanctions.filter((s) => s.subjectPersonId === subjectId)) {
      const { approvals, ...rest } = sanction;
      sections.sanctions.push(record(sanction.id, rest));
      for (const approval of approvals)
        sections.decisions.push(record(approval.id, { decision: 'approval', caseId: kase.id, sanctionId: sanction.id, ...approval }));
    }
    for (const review of kase.reviews) sections.decisions.push(record(review.id, { decision: 'review', caseId: kase.id, ...review }));
    for (const appeal of kase.appeals) sections.decisions.push(record(appeal.id, { decision: 'appeal', caseId: kase.id, ...appeal }));
    for (const letter of kase.letters) sections.letters.push(letterRecord(letter, kase.id, sources.letterDocuments));
    for (const entry of kase.contactLog) sections.contactLog.push(record(entry.id, { caseId: kase.id, ...entry }));
  }
  const memberReferrals = sources.memberReferrals.filter((referral) => referral.personId === subjectId);
  for (const referral of memberReferrals) sections.memberReferrals.push(record(referral.id, referral));
  const foiRequests = sources.foiRequests.filter((request) => request.personId === subjectId);
  for (const foi of foiRequests) sections.foiRequests.push(record(foi.id, foi));
  const markers = sources.markers.filter((marker) => marker.personId === subjectId);
  for (const marker of markers) sections.markers.push(record(marker.id, marker));
  const markerIds = new Set(markers.map((marker) => marker.id));
  for (const viewing of sources.markerViewings ?? [])
    if (markerIds.has(viewing.markerId)) sections.markerViewLog.push(record(viewing.id, viewing));
  const alerts = sources.alerts.filter((a) => a.personId === subjectId);
  for (const alert of alerts) sections.alerts.push(record(alert.id, alert));
  const about = idsAboutThePerson({ subject: sources.subject, incidents, cases, markers, memberReferrals, foiRequests, alerts });
  const events = sources.auditEvents.filter((event) => about.has(event.entity.id));
  const seen = new Set<string>();
  for (const event of [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    sections.auditEvents.push(record(event.id, event));
  }

  const gaps: SubjectAccessGap[] = [...sources.gaps];
  if (sources.markerViewings === undefined) {
    gaps.push({
      section: 'markerViewLog',
      reason: 'The product does not yet record who viewed a warning marker; nothing could be gathered.'
    });
  }

  const subject = sources.subject;
  const finder = new ThirdPartyFinder(subjectId, [`${subject.names.given} ${subject.names.family}`, ...subject.aliases], context.nameOf);
  finder.scanRecord('subject', subjectId, subject);
  for (const key of SUBJECT_ACCESS_SECTIONS) for (const item of sections[key]) finder.scanRecord(key, item.id, item.data);
  for (const key of SUBJECT_ACCESS_SECTIONS) for (const item of sections[key]) finder.scanTexts(key, item.id, item.data);
  const thirdParties = finder.flags();
  attachThirdPartyRefs(sections, thirdParties);

  return {
    format: SUBJECT_ACCESS_FORMAT,
    subjectId,
    subject,
    request: context.request,
    exportedAt: context.exportedAt,
    exportedBy: context.exportedBy,
    sections,
    gaps,
    thirdParties
  };
}
