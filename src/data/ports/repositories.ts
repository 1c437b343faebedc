import type {
  Appeal,
  ApprovalDecision,
  AttachmentRef,
  AuditEvent,
  Case,
  CaseStatus,
  CaseTask,
  ContactLogEntry,
  FoiRequestAssessment,
  IncidentReport,
  IncidentStatus,
  InvocationDecision,
  IsoDate,
  Letter,
  MemberReferral,
  Person,
  Review,
  Sanction,
  SanctionStatus,
  WarningMarker,
  MarkerStatus
} from '../../domain/model';
import type { MarkerFlag as MarkerFlagRecord } from '../../domain/markers/markerFlag';
import type { TriageScope } from '../../domain/workflow/triage';
import type { GuidanceAudience, GuidanceSection } from '../../domain/guidance/guidanceSection';
import type { RestrictionAlertRecord } from '../../domain/alerts/alertRecord';
import type { CreateOptions, EntityRepository, PageOptions, Pages, Stored } from './stored';

/**
 * People, found and named by everyone who works with customers. `find` and `get` give who the
 * person is and how to reach them, with nothing recorded about their needs and circumstances
 * (the domain's PERSON_CIRCUMSTANCE_FIELDS are empty): staff read that much, and the rest is
 * kept where only those who may read the whole case can (BR-22). `findWithDetails` adds it, for
 * the case screens and the case service, whose rules (BR-13, BR-28, BR-29, BR-31) need it; it is
 * refused (ForbiddenError) to anyone else. `create` and `update` write both parts.
 */
export interface PersonRepository extends EntityRepository<Person> {
  /** The person with their needs and circumstances; refused to those who may not read them. */
  findWithDetails(id: string): Promise<Stored<Person> | undefined>;
  /** Family name starts with the text (case-insensitive in SharePoint). Small lists only: not indexed for prefixes. */
  searchByFamilyName(prefix: string, top?: number): Promise<Stored<Person>[]>;
  /**
   * Who answers to the name as typed: surname alone, first and last name, an alias or a
   * previous name, however accented or punctuated (domain nameSearchKey). One indexed
   * equality query, under the list view threshold at any size. Creating or updating a
   * person stores their keys.
   */
  findIdsByName(query: string, top?: number): Promise<PersonNameMatch[]>;
}

export interface IncidentRepository extends EntityRepository<IncidentReport> {
  /**
   * The most recently recorded first (not by when they happened: a report can be recorded days
   * later). Staff: SharePoint returns only their own anyway (item-level security).
   */
  listByReporter(reporterId: string, options?: PageOptions): Pages<Stored<IncidentReport>>;
  listByPerson(personId: string): Promise<Stored<IncidentReport>[]>;
  listByStatus(status: IncidentStatus, options?: PageOptions): Pages<Stored<IncidentReport>>;
  /**
   * Submitted incidents in a line manager's triage scope (their services, and any service no
   * line manager holds: domain triage.ts), in ID order. Scanned in ID windows, so it never
   * meets the list view threshold; a scan needs answers in turn, so it cannot join a $batch.
   */
  listSubmittedInScope(scope: TriageScope, options?: PageOptions): Pages<Stored<IncidentReport>>;
  /**
   * The files attached to the report: SharePoint keeps them as attachments of the report's
   * list item (the report's own `attachments` field does not list them), each with its name
   * and server-relative URL, decoded as SharePoint gives it. One read, so a screen can ask
   * for several reports' files in one round trip (readTogether).
   */
  attachmentsOf(incident: Stored<IncidentReport>): Promise<AttachmentRef[]>;
  /**
   * Attaches one evidence file to the report as an attachment of its list item, and answers
   * the file as attachmentsOf will list it (name, server-relative URL). One request, never in
   * a $batch (an upload cannot join one). A name the report already has a file under, in any
   * letter case, is refused (ValidationFailedError, a duplicate of `FileName`): nothing is
   * replaced. Changing a report's files is editing the report, so it needs EditListItems on
   * the item: the reporter, or a group that edits incidents, not one that only reads them
   * (ForbiddenError); a report the caller cannot read is not found (NotFoundError).
   */
  attach(incident: Stored<IncidentReport>, file: AttachmentUpload): Promise<AttachmentRef>;
}

/** A file to attach: the name it is stored under (made safe and distinct by the caller) and its bytes. */
export interface AttachmentUpload {
  name: string;
  content: Blob | ArrayBuffer;
}

/** Summary row for lists of cases (no children loaded). */
export type CaseSummary = Pick<
  Case,
  | 'id'
  | 'reference'
  | 'route'
  | 'personId'
  | 'incidentIds'
  | 'leadService'
  | 'caseOfficerId'
  | 'status'
  | 'closureReason'
  | 'createdAt'
  | 'updatedAt'
  | 'revision'
>;

export interface CaseRepository {
  /** The whole aggregate (sanctions with approvals, reviews, appeals, letters, contact log, tasks) in one $batch. */
  get(id: string): Promise<Stored<Case>>;
  find(id: string): Promise<Stored<Case> | undefined>;
  create(value: Case, options?: CreateOptions): Promise<Stored<Case>>;
  /**
   * Saves the case row (etag-checked: a stale etag is ConflictError with the current case)
   * and adds or updates its children. Approvals are not written here (see DecisionRepository).
   */
  save(stored: Stored<Case>, next: Case): Promise<Stored<Case>>;
  listByStatus(status: CaseStatus): Pages<Stored<CaseSummary>>;
  listByCaseOfficer(userId: string, options?: PageOptions): Pages<Stored<CaseSummary>>;
  listByPerson(personId: string): Promise<Stored<CaseSummary>[]>;
}

export interface SanctionRepository {
  listByCase(caseId: string): Promise<Stored<Sanction>[]>;
  listByStatus(status: SanctionStatus): Pages<Stored<Sanction>>;
  /** Monitoring: reviews falling due on or before the date. */
  listReviewDueBy(date: IsoDate, options?: PageOptions): Pages<Stored<Sanction>>;
  /** Sweep: end dates on or before the date. */
  listEndingBy(date: IsoDate): Pages<Stored<Sanction>>;
  get(id: string): Promise<Stored<Sanction>>;
}

/** Written only by the case service's identity (list permissions enforce it). */
export interface DecisionRepository {
  record(
    decision: ApprovalDecision,
    refs: { sanctionId: string; caseId: string },
    options?: CreateOptions
  ): Promise<Stored<ApprovalDecision>>;
  listBySanction(sanctionId: string): Promise<Stored<ApprovalDecision>[]>;
}

export interface ChildRepository<T> {
  listByCase(caseId: string): Promise<Stored<T>[]>;
  get(id: string): Promise<Stored<T>>;
}

export interface ReviewRepository extends ChildRepository<Review> {
  listDueBy(date: IsoDate): Pages<Stored<Review>>;
}

export type AppealRepository = ChildRepository<Appeal>;
export type ContactLogRepository = ChildRepository<ContactLogEntry>;
export type LetterRepository = ChildRepository<Letter>;

/** A finished letter document (a .docx) to keep in the Letters library beside its record. */
export interface LetterDocumentToSave {
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
  readonly type: Letter['type'];
  readonly caseId?: string;
  readonly reference: string;
  readonly templateVersion: string;
  /** Content keyed by letter item (spec §2.6), stored as the Letter's fields. */
  readonly fields: Readonly<Record<string, string>>;
  /** How the letter is to go; 'letter' (post) when not said. Recording it as sent may change it. */
  readonly channel?: Letter['channel'];
}

/**
 * The library item a saved document became. It IS the case's Letter: recording the letter as
 * sent saves the case with a Letter of this same id, which updates this item (sent date,
 * channel, sent by) instead of adding a second letter.
 */
export interface SavedLetterDocument {
  /** Where the file now lives, for a link. */
  readonly url: string;
  /** The Letter's id (the item's ClientRequestKey); unchanged when the same file is saved again. */
  readonly letterId: string;
  /** The item's etag as saved. */
  readonly etag: string;
}

/** Saves letter documents to the Letters library; the same file name replaces the earlier file. */
export interface LetterDocumentStore {
  save(file: LetterDocumentToSave): Promise<SavedLetterDocument>;
  /**
   * The document's bytes, by the address `save` gave (the letter's `documentUrl` field), as
   * the reader's own permissions allow: a subject access export hands over the letters
   * themselves (BR-23). Undefined when no file is there (disposed of, or never saved).
   */
  open(documentUrl: string): Promise<ArrayBuffer | undefined>;
}
export type InvocationDecisionRepository = ChildRepository<InvocationDecision>;

export interface TaskRepository extends ChildRepository<CaseTask> {
  /** Tasks not tied to a case (e.g. FOI); the key makes a repeated sweep idempotent. */
  create(task: CaseTask, caseId: string | undefined, options?: CreateOptions): Promise<Stored<CaseTask>>;
  update(stored: Stored<CaseTask>, next: CaseTask): Promise<Stored<CaseTask>>;
  /**
   * The user's open tasks, each with its case (caseId): those they are the assignee of (the
   * engine gives each person their own task; the indexed "Assigned to" column holds one).
   * One request, so it can join a $batch.
   */
  listOpenFor(userId: string): Promise<Stored<CaseTask>[]>;
}

/** The banner data every member of staff may read (BR-15, BR-22); its shape is the domain's. */
export type RestrictionAlert = RestrictionAlertRecord;

export interface RestrictionAlertRepository extends EntityRepository<RestrictionAlert> {
  /** Open banners of one person (IsActive; a caller still checks the dates: isAlertShowable). */
  listActiveForPerson(personId: string): Promise<Stored<RestrictionAlert>[]>;
  /** Every banner of one person, open or closed: what staff were ever shown (subject access, BR-23). */
  listForPerson(personId: string): Promise<Stored<RestrictionAlert>[]>;
  /** Open banners of one case: what a transition on that case brings in line. */
  listOpenForCase(caseId: string): Promise<Stored<RestrictionAlert>[]>;
  /** Every open banner, for the sweep's reconciliation (windowed: any number). */
  listOpen(options?: PageOptions): Pages<Stored<RestrictionAlert>>;
}

/** A person whose name, alias or previous name has the search key that was typed. */
export interface PersonNameMatch {
  personId: string;
  /** The name form the key was made from (the current name, an alias or a previous name). */
  nameAsRecorded: string;
}

export interface GuidanceRepository {
  listByAudience(audience: GuidanceAudience): Promise<Stored<GuidanceSection>[]>;
  /** A new version of a section (the old one stays: guidance is versioned). */
  publish(section: GuidanceSection): Promise<Stored<GuidanceSection>>;
}

/** An audit entry as stored: the event plus its place in the hash chain. */
export interface ChainedAuditEvent {
  event: AuditEvent;
  sequence: number;
  previousHash: string;
  entryHash: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** First sequence number whose hash or link does not match. */
  brokenAt?: number;
}

/** How far an appendAll got: `written` events were logged; `error` stopped the rest. */
export interface AuditAppendOutcome {
  written: number;
  error?: unknown;
}

/** An append begun before its events are known (see AuditLogRepository.startAppend). */
export interface AuditAppender {
  appendAll(events: readonly AuditEvent[]): Promise<AuditAppendOutcome>;
}

export interface AuditLogRepository {
  /** Appends and chains (sha-256 of previous hash + this entry). Retries on a concurrent append. */
  append(event: AuditEvent): Promise<Stored<ChainedAuditEvent>>;
  /**
   * Appends several events in order with fewer round trips (the SharePoint log reads its tail
   * once). Optional: without it, callers append one by one. Stops at the first failure.
   */
  appendAll?(events: readonly AuditEvent[]): Promise<AuditAppendOutcome>;
  /**
   * Optional: starts what an append needs first (the SharePoint log reads its tail) so that it
   * can run beside another write; the events are given when that write has succeeded.
   */
  startAppend?(): AuditAppender;
  listForEntity(type: AuditEvent['entity']['type'], id: string): Promise<Stored<ChainedAuditEvent>[]>;
  verifyChain(): Promise<ChainVerification>;
}

/**
 * The Settings list: configuration read by key. `get` reads a value for use; `read` and `save`
 * are for the administration screen, which edits a value and saves it back under the etag it
 * read, so that two administrators never overwrite each other: a stale etag is ConflictError
 * carrying the value as saved now (`Stored<unknown>`, to be checked by the domain again).
 * Values are `unknown` on the way in: a list item edited by hand can hold anything.
 */
export interface SettingsRepository {
  get<T>(key: string): Promise<T | undefined>;
  /** The value with its etag, or undefined when the setting was never saved (the default applies). */
  read(key: string): Promise<Stored<unknown> | undefined>;
  /**
   * Saves under `etag` (the one `read` gave), or as the first value when `etag` is undefined; a
   * setting someone else saved since is ConflictError, never overwritten.
   */
  save(key: string, value: unknown, etag: string | undefined, description?: string): Promise<Stored<unknown>>;
  /** Seeding and provisioning only: writes without an etag check. */
  set<T>(key: string, value: T, description?: string): Promise<void>;
}

export interface MemberReferralRepository extends EntityRepository<MemberReferral> {
  /** Members see only their own (item-level security); case team sees all. */
  listByCouncillor(councillorId: string): Promise<Stored<MemberReferral>[]>;
  /** The referrals about one person (subject access, BR-23): the indexed PersonRef column. */
  listByPerson(personId: string): Promise<Stored<MemberReferral>[]>;
  listReferredSince(date: IsoDate): Pages<Stored<MemberReferral>>;
  /**
   * Referrals no case has been opened from yet (no case reference), for the Monitoring
   * Officer, in ID order (oldest first). Scanned in ID windows, so it never meets the list
   * view threshold; a scan needs answers in turn, so it cannot join a $batch.
   */
  listWaiting(options?: PageOptions): Pages<Stored<MemberReferral>>;
}

export interface FoiAssessmentRepository extends EntityRepository<FoiRequestAssessment> {
  listDueBy(date: IsoDate): Pages<Stored<FoiRequestAssessment>>;
  listByHandler(userId: string): Promise<Stored<FoiRequestAssessment>[]>;
  /** The requests from one person (subject access, BR-23): the indexed PersonRef column. */
  listByPerson(personId: string): Promise<Stored<FoiRequestAssessment>[]>;
}

export interface WarningMarkerRepository extends EntityRepository<WarningMarker> {
  listByPerson(personId: string): Promise<Stored<WarningMarker>[]>;
  listReviewDueBy(date: IsoDate): Pages<Stored<WarningMarker>>;
  /** Markers in one status (the H&S adviser's queue: Provisional), by the indexed Status column. */
  listByStatus(status: MarkerStatus): Promise<Stored<WarningMarker>[]>;
  /** Removed markers whose person is not yet told (BR-33): the removal letters owed, by an indexed column. */
  listAwaitingRemovalLetter(): Promise<Stored<WarningMarker>[]>;
}

/** Need-to-know safety flags (issue 17): what staff may know of a marker, never the narrative. */
export type MarkerFlag = MarkerFlagRecord;

export interface MarkerFlagRepository extends EntityRepository<MarkerFlag> {
  /** The open flags on a person: what Check a customer shows staff. */
  listOpenForPerson(personId: string): Promise<Stored<MarkerFlag>[]>;
}

/** A Teams approval card the bot sent, so it can update the card after a decision. */
export interface ApprovalRequest {
  id: string;
  sanctionId: string;
  caseId: string;
  approverId: string;
  conversationId: string;
  activityId: string;
  serviceUrl: string;
  cardVersion: number;
  status: 'Pending' | 'Decided' | 'Cancelled';
  sentAt: string;
  decidedAt?: string;
}

export interface ApprovalRequestRepository extends EntityRepository<ApprovalRequest> {
  listPendingForSanction(sanctionId: string): Promise<Stored<ApprovalRequest>[]>;
  listPendingForApprover(approverId: string): Promise<Stored<ApprovalRequest>[]>;
}
