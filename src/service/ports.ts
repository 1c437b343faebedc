import type {
  ApprovalDecision,
  AuditEvent,
  Case,
  CaseId,
  CaseStatus,
  DeadlineContext,
  IncidentId,
  IncidentReport,
  IsoDate,
  IsoInstant,
  Person,
  PersonId,
  ReferralId,
  RoleAssignments,
  SanctionId,
  UserId,
  WarningMarker
} from '../domain';
import type { AlertStorePort } from '../app/alerts/syncCaseAlerts';
import type { RetentionStore } from '../app/retention/retentionStore';
import type { Stored } from '../data/ports/stored';
import type { RestrictionAlertRecord } from '../domain/alerts/alertRecord';

/*
 * What the case service needs from storage. The data layer's repositories (src/data)
 * satisfy these through a thin adapter; the shapes match the UI's view of the same
 * repositories (src/ui/services/appStore.ts) so one implementation serves both.
 * SharePoint is the only store: nothing here is kept in the service's memory. Records carry
 * the data layer's own `Stored<T>` (value, etag, item id), so a case read here goes back to
 * the repositories, and to the shared use cases in src/app, as it is.
 */

export interface CaseStorePort {
  get(id: CaseId): Promise<Stored<Case> | undefined>;
  /** The case holding this sanction (any version). */
  findBySanctionId(sanctionId: SanctionId): Promise<Stored<Case> | undefined>;
  /**
   * The case holding this sanction and the sanction's subject, read together: the sanction's
   * row names both, so the case and the person travel in one $batch after it (two round
   * trips, not three). `subject` is the person the sanction row names; the caller checks the
   * case names the same one. Optional: without it, loadSanction reads the three in a row.
   */
  findBySanctionIdWithSubject?(sanctionId: SanctionId): Promise<{ kase: Stored<Case>; subject: Person | undefined } | undefined>;
  /**
   * A case and a person read together by their ids, in one $batch: for a caller who was told
   * both (the approval card's data, the inbox), so the sanction's row need not be read first.
   * What was told is only a hint: loadSanction checks the case holds the sanction and names
   * the person. Optional: without it, the sanction's row is read first.
   */
  getWithSubject?(caseId: CaseId, personId: string): Promise<{ kase: Stored<Case> | undefined; subject: Person | undefined }>;
  /** Cases in these statuses (indexed Status column), for the sweeps. */
  listByStatus(statuses: readonly CaseStatus[]): Promise<Stored<Case>[]>;
  /**
   * Saves the whole aggregate under its etag. A stale etag throws the data layer's
   * ConflictError (kind 'Conflict'). Approvals are not written here: see DecisionPort.
   */
  save(current: Stored<Case>, next: Case): Promise<Stored<Case>>;
}

/**
 * The Decisions list, written only by the service identity. A decision is recorded before
 * the case is saved, under an id that is the same for every attempt to decide that
 * sanction (its client request key), so the first writer wins and what it wrote survives
 * a crash: a retried click or the next sweep finishes the decision from it.
 */
export interface DecisionPort {
  /** Records the decision unless one with its id exists; returns the one SharePoint holds. */
  claim(decision: ApprovalDecision, refs: { sanctionId: SanctionId; caseId: CaseId }): Promise<ApprovalDecision>;
}

export interface PersonStorePort {
  get(id: PersonId): Promise<Person | undefined>;
}

export interface IncidentStorePort {
  get(id: IncidentId): Promise<IncidentReport | undefined>;
}

/** An append begun before its events were known (AuditPort.prepareAppend); opaque to the caller. */
export interface PreparedAuditAppend {
  readonly preparedAuditAppend: true;
}

export interface AuditPort {
  /**
   * Appends to the hash-chained AuditLog. Idempotent per event id (the id is the item's
   * client request key): a retried append adds nothing twice. `prepared`: what prepareAppend
   * started, beside the write these events must follow (a wrapper may drop it: the append
   * then reads what it needs itself).
   */
  append(events: readonly AuditEvent[], prepared?: PreparedAuditAppend): Promise<void>;
  /**
   * Optional: starts reading the log's tail now, so that it travels beside another write
   * (the decision's claim); nothing is written until append. A tail that has moved on by then
   * is read again, so the chain never forks.
   */
  prepareAppend?(): PreparedAuditAppend;
  /** True when an event with this id is already logged for the entity (a "sent once" ledger). */
  has(eventId: string, entity: AuditEvent['entity']): Promise<boolean>;
}

export type ApprovalRequestStatus = 'Pending' | 'Decided' | 'Cancelled';

/** One approval card sent to one approver (ApprovalRequests list). */
export interface ApprovalRequestRecord {
  /** Deterministic: `approval:<sanctionId>:<approverId>`; also the client request key. */
  id: string;
  sanctionId: SanctionId;
  caseId: CaseId;
  approverId: UserId;
  conversationId?: string;
  activityId?: string;
  serviceUrl?: string;
  cardVersion: number;
  status: ApprovalRequestStatus;
  sentAt?: IsoInstant;
  decidedAt?: IsoInstant;
}

export interface ApprovalRequestPort {
  /** Creates the record, or returns the existing one with the same id (idempotent). */
  upsert(record: ApprovalRequestRecord): Promise<ApprovalRequestRecord>;
  update(id: string, changes: Partial<Omit<ApprovalRequestRecord, 'id'>>): Promise<void>;
  listForSanction(sanctionId: SanctionId): Promise<ApprovalRequestRecord[]>;
  listPendingForApprover(approverId: UserId): Promise<ApprovalRequestRecord[]>;
}

export interface SettingsPort {
  /** Who holds which role (Settings list, key 'roleAssignments'). */
  roleAssignments(): Promise<RoleAssignments>;
  /**
   * The time frames in effect on `today` and the council's closure days, as the administration
   * screen saved them (Settings, keys 'timeFrames' and 'corporateClosures'), resolved by the
   * domain: the policy defaults where nothing valid is saved.
   */
  deadlines(today: IsoDate): Promise<DeadlineContext>;
}

/** An FOI/EIR request that still needs its response or refusal notice. */
export interface OpenFoiRequest {
  id: string;
  reference: string;
  handlerId: UserId;
  statutoryDueDate: IsoDate;
}

export interface FoiPort {
  listOpen(): Promise<OpenFoiRequest[]>;
}

/** The staff banners (RestrictionAlerts), written by the service identity for sweep transitions and repairs. */
export interface AlertPort extends AlertStorePort {
  /** Every open banner, for reconciliation. */
  listOpen(): Promise<Stored<RestrictionAlertRecord>[]>;
}

/**
 * One of a councillor's own referrals (MemberReferrals), with only what the Members' need-to-know
 * view uses. The councillor can edit their own referral, so its case reference is only a claim:
 * the case, which only the case team writes, has to name the referral back (memberReferralId).
 * The referral's own person reference is not carried, for the same reason.
 */
export interface MemberReferralLink {
  id: ReferralId;
  /** The name the councillor gave. */
  personName: string;
  caseId?: CaseId;
}

export interface MemberReferralPort {
  /** The referrals this councillor made (indexed CouncillorId column). */
  listByCouncillor(councillorId: UserId): Promise<MemberReferralLink[]>;
}

/** Warning markers for the overdue-review sweep (issue 17): the markers due by a date, with the proposer. */
export interface MarkerReviewPort {
  listReviewDueBy(date: IsoDate): Promise<WarningMarker[]>;
}

export interface ServiceStore {
  cases: CaseStorePort;
  decisions: DecisionPort;
  persons: PersonStorePort;
  incidents: IncidentStorePort;
  audit: AuditPort;
  approvalRequests: ApprovalRequestPort;
  settings: SettingsPort;
  foi: FoiPort;
  alerts: AlertPort;
  memberReferrals: MemberReferralPort;
  /** Optional: a store without the register (an older site) has no marker sweep. */
  markers?: MarkerReviewPort;
  /** BR-24: records past retention and their disposal; absent where the store cannot delete. */
  retention?: RetentionServicePort;
}

/** The retention use cases' store, and the schedule as the Settings list holds it (checked by the domain). */
export interface RetentionServicePort extends RetentionStore {
  schedule(): Promise<unknown>;
}
