import type {
  AttachmentRef,
  FoiRequestAssessment,
  IncidentReport,
  IncidentStatus,
  IsoDate,
  MarkerStatus,
  MemberReferral,
  WarningMarker
} from '../../../domain/model';
import type { TriageScope } from '../../../domain/workflow/triage';
import { and, eq, ge, isNull, le, ne, or } from '../../odata';
import type {
  ApprovalRequest,
  ApprovalRequestRepository,
  AttachmentUpload,
  FoiAssessmentRepository,
  IncidentRepository,
  MarkerFlag,
  MarkerFlagRepository,
  MemberReferralRepository,
  RestrictionAlert,
  RestrictionAlertRepository,
  WarningMarkerRepository
} from '../../ports/repositories';
import type { CreateOptions, PageOptions, Pages, Stored } from '../../ports/stored';
import { toSharePointDate } from '../values';
import type { ListGateway } from '../listGateway';
import type { RowMapper } from '../mappers/rowMapper';
import { SpEntityRepository } from './entityRepository';

function dateLiteral(date: IsoDate): string {
  return toSharePointDate(date) as string;
}

/** Common create/update for entities that need no references from outside themselves. */
class RootRepository<T> extends SpEntityRepository<T> {
  public create(value: T, options?: CreateOptions): Promise<Stored<T>> {
    return this.createWith(value, undefined, options);
  }

  public update(stored: Stored<T>, next: T): Promise<Stored<T>> {
    return this.updateWith(stored, next, undefined);
  }
}

/**
 * The services of a line manager's triage scope as a filter, as domain isInTriageScope reads
 * them: their own services, or any service no line manager holds. With nothing configured
 * (no service held), every service: no clause.
 */
export function triageScopeFilter(scope: TriageScope): string | undefined {
  if (scope.held.length === 0) return undefined;
  return or(...scope.own.map((service) => eq('Service', service)), and(...scope.held.map((service) => ne('Service', service))));
}

export class SpIncidentRepository extends RootRepository<IncidentReport> implements IncidentRepository {
  public listByReporter(reporterId: string, options: PageOptions = {}): Pages<Stored<IncidentReport>> {
    return this.pagesOf({ filter: eq('ReporterId', reporterId), orderBy: { field: 'ID', ascending: false }, pageSize: options.pageSize });
  }

  public listByPerson(personId: string): Promise<Stored<IncidentReport>[]> {
    return this.list({ filter: eq('PersonRef', personId) }, 1000);
  }

  public listByStatus(status: IncidentStatus, options: PageOptions = {}): Pages<Stored<IncidentReport>> {
    // Thousands of incidents share a status: windowed so the threshold is never met.
    return this.windowedPagesOf(eq('Status', status), options);
  }

  public listSubmittedInScope(scope: TriageScope, options: PageOptions = {}): Pages<Stored<IncidentReport>> {
    // As listByStatus, narrowed to the manager's services within each ID window.
    const services = triageScopeFilter(scope);
    return this.windowedPagesOf(services ? and(eq('Status', 'Submitted'), services) : eq('Status', 'Submitted'), options);
  }

  /**
   * `uploads` is the Incidents gateway on an SPFI that is not batched: in a store whose reads
   * join a $batch (readTogether), an upload still goes out as a request of its own.
   */
  public constructor(
    gateway: ListGateway,
    mapper: RowMapper<IncidentReport>,
    private readonly uploads: ListGateway = gateway
  ) {
    super(gateway, mapper);
  }

  public async attachmentsOf(incident: Stored<IncidentReport>): Promise<AttachmentRef[]> {
    const files = await this.gateway.attachmentFiles(incident.itemId);
    return files.map((file) => ({ name: file.FileName, url: file.ServerRelativeUrl }));
  }

  public async attach(incident: Stored<IncidentReport>, file: AttachmentUpload): Promise<AttachmentRef> {
    const added = await this.uploads.addAttachment(incident.itemId, file.name, file.content);
    return { name: added.FileName, url: added.ServerRelativeUrl };
  }
}

export class SpRestrictionAlertRepository extends RootRepository<RestrictionAlert> implements RestrictionAlertRepository {
  public listActiveForPerson(personId: string): Promise<Stored<RestrictionAlert>[]> {
    return this.list({ filter: and(eq('PersonRef', personId), eq('IsActive', true)) }, 100);
  }

  public listForPerson(personId: string): Promise<Stored<RestrictionAlert>[]> {
    return this.list({ filter: eq('PersonRef', personId) }, 1000);
  }

  public listOpenForCase(caseId: string): Promise<Stored<RestrictionAlert>[]> {
    return this.list({ filter: and(eq('CaseRef', caseId), eq('IsActive', true)) }, 100);
  }

  public listOpen(options: PageOptions = {}): Pages<Stored<RestrictionAlert>> {
    // Open banners may one day pass 5,000: windowed by ID so the threshold is never met.
    return this.windowedPagesOf(eq('IsActive', true), options);
  }
}

export class SpMemberReferralRepository extends RootRepository<MemberReferral> implements MemberReferralRepository {
  public listByCouncillor(councillorId: string): Promise<Stored<MemberReferral>[]> {
    return this.list({ filter: eq('CouncillorId', councillorId) }, 1000);
  }

  public listByPerson(personId: string): Promise<Stored<MemberReferral>[]> {
    return this.list({ filter: eq('PersonRef', personId) }, 1000);
  }

  public listReferredSince(date: IsoDate): Pages<Stored<MemberReferral>> {
    return this.pagesOf({ filter: ge('ReferredOn', { kind: 'datetime', iso: dateLiteral(date) }) });
  }

  public listWaiting(options: PageOptions = {}): Pages<Stored<MemberReferral>> {
    // CaseRef is indexed, but an empty value does not narrow a large list: windowed by ID.
    return this.windowedPagesOf(isNull('CaseRef'), options);
  }
}

export class SpFoiAssessmentRepository extends RootRepository<FoiRequestAssessment> implements FoiAssessmentRepository {
  public listDueBy(date: IsoDate): Pages<Stored<FoiRequestAssessment>> {
    return this.pagesOf({ filter: le('StatutoryDueDate', { kind: 'datetime', iso: dateLiteral(date) }) });
  }

  public listByHandler(userId: string): Promise<Stored<FoiRequestAssessment>[]> {
    return this.list({ filter: eq('HandlerId', userId) }, 1000);
  }

  public listByPerson(personId: string): Promise<Stored<FoiRequestAssessment>[]> {
    return this.list({ filter: eq('PersonRef', personId) }, 1000);
  }
}

export class SpWarningMarkerRepository extends RootRepository<WarningMarker> implements WarningMarkerRepository {
  public listByPerson(personId: string): Promise<Stored<WarningMarker>[]> {
    return this.list({ filter: eq('PersonRef', personId) }, 100);
  }

  public listReviewDueBy(date: IsoDate): Pages<Stored<WarningMarker>> {
    return this.pagesOf({ filter: le('ReviewDate', { kind: 'datetime', iso: dateLiteral(date) }) });
  }

  public listByStatus(status: MarkerStatus): Promise<Stored<WarningMarker>[]> {
    return this.list({ filter: eq('Status', status) }, 1000);
  }

  public listAwaitingRemovalLetter(): Promise<Stored<WarningMarker>[]> {
    return this.list({ filter: eq('AwaitingRemovalLetter', true) }, 1000);
  }
}

export class SpMarkerFlagRepository extends RootRepository<MarkerFlag> implements MarkerFlagRepository {
  public listOpenForPerson(personId: string): Promise<Stored<MarkerFlag>[]> {
    return this.list({ filter: and(eq('PersonRef', personId), eq('IsOpen', true)) }, 100);
  }
}

export class SpApprovalRequestRepository extends RootRepository<ApprovalRequest> implements ApprovalRequestRepository {
  public listPendingForSanction(sanctionId: string): Promise<Stored<ApprovalRequest>[]> {
    return this.list({ filter: and(eq('SanctionRef', sanctionId), eq('RequestStatus', 'Pending')) }, 100);
  }

  public listPendingForApprover(approverId: string): Promise<Stored<ApprovalRequest>[]> {
    return this.list({ filter: and(eq('ApproverId', approverId), eq('RequestStatus', 'Pending')) }, 500);
  }
}
