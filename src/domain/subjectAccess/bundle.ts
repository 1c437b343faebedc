// The subject access bundle: everything the system holds about one person (BR-23, UK GDPR
// Art. 15), as one value that becomes both the readable Word document and the machine-readable
// JSON. The JSON's field names are the ones below and the domain's own record shapes: they are
// a published format (`format`), so change them only with a new format version.

import type { IsoDate, IsoInstant } from '../model/dates';
import type { UserId } from '../model/ids';
import type { Person } from '../model/person';

/**
 * The format version written into every JSON export. 2: Member referrals and FOI/EIR requests
 * about the person, every banner (closed ones too) and each letter's document.
 */
export const SUBJECT_ACCESS_FORMAT = 'ccm-subject-access/2';

/** The sections of a bundle, in the order they are shown (spec 4.2: what is disclosable). */
export const SUBJECT_ACCESS_SECTIONS = [
  'incidents',
  'cases',
  'decisions',
  'sanctions',
  'letters',
  'contactLog',
  'memberReferrals',
  'foiRequests',
  'markers',
  'markerViewLog',
  'alerts',
  'auditEvents'
] as const;
export type SubjectAccessSectionKey = (typeof SUBJECT_ACCESS_SECTIONS)[number];

export const SUBJECT_ACCESS_SECTION_TITLES: Readonly<Record<SubjectAccessSectionKey, string>> = {
  incidents: 'Incident reports',
  cases: 'Cases',
  decisions: 'Decisions (invocation panels, approvals, reviews and appeals)',
  sanctions: 'Sanctions',
  letters: 'Letters and their documents',
  contactLog: 'Contact log',
  memberReferrals: 'Councillors’ referrals (Member referrals)',
  foiRequests: 'Freedom of information and environmental information requests',
  markers: 'Warning markers',
  markerViewLog: 'Who viewed the warning markers',
  alerts: 'Restriction banners shown to staff (in force and ended)',
  auditEvents: 'Audit events about the person and their records'
};

/** Who a third party is to the person (each is flagged for redaction, never removed). */
export type ThirdPartyKind = 'staff' | 'witness' | 'representative' | 'otherCustomer' | 'councillor';

export const THIRD_PARTY_KIND_LABELS: Readonly<Record<ThirdPartyKind, string>> = {
  staff: 'Member of staff',
  witness: 'Witness (not council staff)',
  representative: 'Representative or other person named',
  otherCustomer: 'Another customer',
  councillor: 'Councillor'
};

/** Where a third party appears: a record of a section, and the field (a dotted path) that names them. */
export interface ThirdPartyAppearance {
  /** A section, or 'subject' for the person's own record (a representative named there, say). */
  section: SubjectAccessSectionKey | 'subject';
  recordId: string;
  field: string;
}

/** Someone other than the person who is identified in the records: to be considered for redaction (BR-23). */
export interface ThirdPartyFlag {
  /** Stable within one bundle: TP1, TP2, ... in order of first appearance. */
  ref: string;
  kind: ThirdPartyKind;
  /** The name as recorded or as the directory gives it; undefined when only an id is known. */
  name?: string;
  /** The user id or person id that identifies them, where the records hold one. */
  identifier?: string;
  appearsIn: ThirdPartyAppearance[];
}

/** One record of a section: the record as stored (the domain's shape) and the third parties in it. */
export interface SubjectAccessRecord {
  id: string;
  /** The stored record itself, field names as the domain names them. */
  data: Readonly<Record<string, unknown>>;
  /** Refs of the third parties this record identifies. */
  thirdPartyRefs: string[];
}

/**
 * A section that could not be gathered: the user's groups do not open its list, or the
 * product does not record it yet. Shown as such in both files, never as "nothing held".
 */
export interface SubjectAccessGap {
  section: SubjectAccessSectionKey;
  reason: string;
}

/**
 * A letter's Word document as the export hands it over (BR-23: "letters and their documents"):
 * the file itself goes into the export's zip file at `packagedAs`; `missing` when the letter names
 * a document the Letters library no longer holds (said so, never silently left out).
 */
export interface LetterDocumentListing {
  fileName: string;
  packagedAs?: string;
  missing?: true;
}

/** Where a letter's document sits in the export's zip file. */
export function letterDocumentPath(fileName: string): string {
  return `letters/${fileName}`;
}

export interface SubjectAccessRequestRecord {
  receivedOn: IsoDate;
  dueOn: IsoDate;
  extendedDueOn?: IsoDate;
  complex: boolean;
  /** Why it was extended, where it was extended after it was logged (what the person was told). */
  extensionReason?: string;
  loggedBy: UserId;
  loggedAt: IsoInstant;
}

export interface SubjectAccessBundle {
  format: typeof SUBJECT_ACCESS_FORMAT;
  /** The person's id (the key of their Persons item). */
  subjectId: string;
  subject: Person;
  request: SubjectAccessRequestRecord;
  exportedAt: IsoInstant;
  exportedBy: UserId;
  sections: Record<SubjectAccessSectionKey, SubjectAccessRecord[]>;
  gaps: SubjectAccessGap[];
  thirdParties: ThirdPartyFlag[];
}
