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
  WarningMarkerRepository,
  MarkerFlagRepository
} from './repositories';
import type { Stored } from './stored';

/** Everything the case screen shows, read in one $batch round trip. */
export interface CaseScreenData {
  case: Stored<Case>;
  person: Stored<Person> | undefined;
  incidents: Stored<IncidentReport>[];
  alerts: Stored<RestrictionAlert>[];
  markers: Stored<WarningMarker>[];
  /**
   * Parts the user's groups do not open (shown as such, never as "none"). `personDetails`: the
   * person's needs and circumstances, so `person` holds none.
   */
  unreadable: ('incidents' | 'alerts' | 'markers' | 'personDetails')[];
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
  /** Issue 17: the need-to-know safety flags staff see (derived from markers, never the narrative). */
  markerFlags: MarkerFlagRepository;
  tasks: TaskRepository;
  approvalRequests: ApprovalRequestRepository;
  /**
   * The case aggregate, its person, the person's incidents, alerts and markers. One $batch
   * when `personId` is given (the case list knows it); otherwise two.
   */
  loadCaseScreen(caseId: string, personId?: string): Promise<CaseScreenData>;
  /**
   * A screen load in ONE round trip: `reads` gets a store whose reads are queued and sent
   * together (one SharePoint `$batch`) once `reads` has started them. Start every read before
   * the first `await` in `reads` (for example inside one `Promise.all`): a read that needs
   * another read's answer belongs in a second call. Windowed scans of very large lists
   * (`incidents.listByStatus`) need answers in turn, so they cannot join. Optional: a store
   * with no round trips to save (the in-memory fake) leaves it out, and callers run `reads`
   * against the store itself (see src/ui/services/readTogether.ts).
   */
  readTogether?<T>(reads: (store: CaseStore) => Promise<T>): Promise<T>;
}
