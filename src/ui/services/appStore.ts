import type {
  AttachmentRef,
  AuditEvent,
  Case,
  CaseStatus,
  IncidentId,
  IncidentReport,
  IncidentStatus,
  Person,
  PersonId,
  RoleAssignments,
  UserId
} from '../../domain';

/*
 * What the UI needs from storage. It is written against the data ports (src/data/ports);
 * until those land it is the UI's own narrow view of them, and composition roots adapt the
 * real repositories to it. Keep it small: every method here is one screen's read or write.
 */

/** A stored record with the etag that every update must carry (ARCHITECTURE: Data). */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** A new customer, as captured on the incident form before the person has an id. */
export type NewPerson = Omit<Person, 'id'>;

export interface PersonsPort {
  /** Name search (given, family or alias), capped at `top`. */
  search(text: string, top?: number): Promise<Person[]>;
  get(id: PersonId): Promise<Person | undefined>;
  /** `requestKey` makes a retried create idempotent. */
  create(person: NewPerson, requestKey: string): Promise<Person>;
}

export type NewIncident = Omit<IncidentReport, 'id' | 'attachments' | 'acknowledgedAt' | 'acknowledgedBy'>;

export interface IncidentQuery {
  reporterId?: UserId;
  statuses?: readonly IncidentStatus[];
  top?: number;
}

export interface AttachmentUpload {
  name: string;
  content: Blob | ArrayBuffer;
}

export interface IncidentsPort {
  create(incident: NewIncident, requestKey: string): Promise<IncidentReport>;
  get(id: IncidentId): Promise<IncidentReport | undefined>;
  /** Newest first. Staff see only their own (list item-level security); the UI also filters. */
  list(query: IncidentQuery): Promise<IncidentReport[]>;
  /** Item attachment (AttachmentFiles) on the incident. */
  addAttachment(id: IncidentId, file: AttachmentUpload): Promise<AttachmentRef>;
  acknowledge(id: IncidentId, by: UserId): Promise<void>;
}

export interface CaseQuery {
  statuses?: readonly CaseStatus[];
  caseOfficerId?: UserId;
  lineManagerId?: UserId;
  personId?: PersonId;
  top?: number;
}

/** A case as listed (no heavy children needed for lists and counts). */
export type CaseSummary = Pick<Case, 'id' | 'personId' | 'status' | 'leadService' | 'caseOfficerId' | 'lineManagerId' | 'updatedAt' | 'createdAt' | 'route'> & {
  personName?: string;
  /** Next review or other due date, when the case has one. */
  nextDueDate?: string;
};

export type NewCase = Omit<Case, 'id'>;

export interface CasesPort {
  get(id: string): Promise<Versioned<Case> | undefined>;
  list(query: CaseQuery): Promise<CaseSummary[]>;
  create(kase: NewCase, requestKey: string): Promise<Versioned<Case>>;
  /**
   * Saves the whole aggregate under its etag. On a stale etag it throws the data layer's
   * ConflictError (kind 'Conflict') carrying the server's current Versioned<Case>.
   */
  save(kase: Case, etag: string): Promise<Versioned<Case>>;
}

/**
 * Exactly what front-line staff may see about a person under a restriction (BR-22, BR-15):
 * what is restricted, where, the single point of contact and how to make necessary contact.
 * Never the narrative, the behaviour or the case.
 */
export interface RestrictionAlertView {
  personId: PersonId;
  personName: string;
  /** Plain-words restriction labels, e.g. "Contact only through a single point of contact". */
  restrictions: readonly string[];
  /** Plain-words scope, e.g. "Housing service" or "Council-wide". */
  scope: string;
  spocName: string;
  spocContact: string;
  necessaryContact: string;
  /** Last day the restriction applies (IsoDate). */
  endDate?: string;
}

export interface RestrictionAlertsPort {
  forPerson(personId: PersonId): Promise<RestrictionAlertView[]>;
}

export interface DirectoryPort {
  /** Titles of the SharePoint groups the current user belongs to (e.g. 'CCM Staff'). */
  currentUserGroups(): Promise<string[]>;
  /** Who holds which fine-grained role (Settings: role assignments). */
  roleAssignments(): Promise<RoleAssignments>;
}

export interface AuditPort {
  append(events: readonly AuditEvent[]): Promise<void>;
}

/** The storage aggregate every screen reaches through useAppServices().store. */
export interface AppStore {
  persons: PersonsPort;
  incidents: IncidentsPort;
  cases: CasesPort;
  alerts: RestrictionAlertsPort;
  directory: DirectoryPort;
  audit: AuditPort;
}

/** Duck-typed check for the data layer's ConflictError, so the UI need not import src/data/errors. */
export interface ConflictLike<T> {
  kind: 'Conflict';
  current?: T;
  message: string;
}

export function isConflict<T>(error: unknown): error is ConflictLike<T> {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'Conflict';
}
