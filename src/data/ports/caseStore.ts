import type { Case, Person, IncidentReport, WarningMarker } from '../../domain/model';
import type {
  AppealRepository,
  ApprovalRequestRepository,
  AuditLogRepository,
  CaseRepository,
  ContactLogRepository,
  DecisionRepository,
  FoiAssessmentRepository,
  GuidanceRepository,
  IncidentRepository,
  InvocationDecisionRepository,
  LetterDocumentStore,
  LetterRepository,
  MemberReferralRepository,
  PersonRepository,
  RestrictionAlert,
  RestrictionAlertRepository,
  ReviewRepository,
  SanctionRepository,
  SettingsRepository,
  TaskRepository,
  WarningMarkerRepository
} from './repositories';
import type { Stored } from './stored';

/** Everything the case screen shows, read in one $batch round trip. */
export interface CaseScreenData {
  case: Stored<Case>;
  person: Stored<Person> | undefined;
  incidents: Stored<IncidentReport>[];
  alerts: Stored<RestrictionAlert>[];
  markers: Stored<WarningMarker>[];
}

/** The storage ports the UI and the service depend on; one implementation per host. */
export interface CaseStore {
  persons: PersonRepository;
  incidents: IncidentRepository;
  cases: CaseRepository;
  sanctions: SanctionRepository;
  decisions: DecisionRepository;
  invocationDecisions: InvocationDecisionRepository;
  reviews: ReviewRepository;
  appeals: AppealRepository;
  contactLog: ContactLogRepository;
  letters: LetterRepository;
  /**
   * Letter documents in the Letters library. Optional: a host that cannot keep files (the
   * in-memory demo store) leaves it out, and the letters screen then offers a download only.
   */
  letterFiles?: LetterDocumentStore;
  restrictionAlerts: RestrictionAlertRepository;
  guidance: GuidanceRepository;
  auditLog: AuditLogRepository;
  settings: SettingsRepository;
  memberReferrals: MemberReferralRepository;
  foiAssessments: FoiAssessmentRepository;
  warningMarkers: WarningMarkerRepository;
  tasks: TaskRepository;
  approvalRequests: ApprovalRequestRepository;
  /**
   * The case aggregate, its person, the person's incidents, alerts and markers. One $batch
   * when `personId` is given (the case list knows it); otherwise two.
   */
  loadCaseScreen(caseId: string, personId?: string): Promise<CaseScreenData>;
}
