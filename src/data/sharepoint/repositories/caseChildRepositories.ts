import type {
  Appeal,
  ApprovalDecision,
  CaseTask,
  ContactLogEntry,
  InvocationDecision,
  IsoDate,
  Review,
  Sanction,
  SanctionStatus
} from '../../../domain/model';
import { and, eq, le } from '../../odata';
import type { ChildRepository, DecisionRepository, ReviewRepository, SanctionRepository, TaskRepository } from '../../ports/repositories';
import type { CreateOptions, PageOptions, Pages, Stored } from '../../ports/stored';
import type { DecisionRefs } from '../mappers/decisionMapper';
import type { CaseRefs, OptionalCaseRefs } from '../mappers/caseChildMappers';
import { toSharePointDate } from '../values';
import { SpEntityRepository } from './entityRepository';

function dateTimeOf(date: IsoDate): { kind: 'datetime'; iso: string } {
  return { kind: 'datetime', iso: toSharePointDate(date) as string };
}

/** A child of a case: lives in its own list, linked by CaseRef; saved through the case. */
export class SpCaseChildRepository<T> extends SpEntityRepository<T, CaseRefs> implements ChildRepository<T> {
  public listByCase(caseId: string): Promise<Stored<T>[]> {
    return this.list({ filter: eq('CaseRef', caseId) }, 2000);
  }

  public create(value: T, refs: CaseRefs, options?: CreateOptions): Promise<Stored<T>> {
    return this.createWith(value, refs, options);
  }

  public update(stored: Stored<T>, next: T, refs: CaseRefs): Promise<Stored<T>> {
    return this.updateWith(stored, next, refs);
  }
}

export class SpSanctionRepository extends SpCaseChildRepository<Sanction> implements SanctionRepository {
  public listByStatus(status: SanctionStatus): Pages<Stored<Sanction>> {
    return this.windowedPagesOf(eq('Status', status));
  }

  public listReviewDueBy(date: IsoDate, options: PageOptions = {}): Pages<Stored<Sanction>> {
    return this.pagesOf({ filter: and(le('ReviewDate', dateTimeOf(date)), eq('Status', 'Active')), pageSize: options.pageSize });
  }

  public listEndingBy(date: IsoDate): Pages<Stored<Sanction>> {
    return this.pagesOf({ filter: and(le('EndDate', dateTimeOf(date)), eq('Status', 'Active')) });
  }
}

export class SpReviewRepository extends SpCaseChildRepository<Review> implements ReviewRepository {
  public listDueBy(date: IsoDate): Pages<Stored<Review>> {
    return this.pagesOf({ filter: le('DueDate', dateTimeOf(date)) });
  }
}

export type SpAppealRepository = SpCaseChildRepository<Appeal>;
export type SpContactLogRepository = SpCaseChildRepository<ContactLogEntry>;
export type SpInvocationDecisionRepository = SpCaseChildRepository<InvocationDecision>;

export class SpDecisionRepository extends SpEntityRepository<ApprovalDecision, DecisionRefs> implements DecisionRepository {
  public record(decision: ApprovalDecision, refs: DecisionRefs, options?: CreateOptions): Promise<Stored<ApprovalDecision>> {
    return this.createWith(decision, refs, options);
  }

  public listBySanction(sanctionId: string): Promise<Stored<ApprovalDecision>[]> {
    return this.list({ filter: eq('SanctionRef', sanctionId) }, 100);
  }

  public listByCaseRows(caseId: string): Promise<Stored<ApprovalDecision>[]> {
    return this.list({ filter: eq('CaseRef', caseId) }, 500);
  }
}

export class SpTaskRepository extends SpEntityRepository<CaseTask, OptionalCaseRefs> implements TaskRepository {
  public listByCase(caseId: string): Promise<Stored<CaseTask>[]> {
    return this.list({ filter: eq('CaseRef', caseId) }, 2000);
  }

  public create(task: CaseTask, caseId: string | undefined, options?: CreateOptions): Promise<Stored<CaseTask>> {
    return this.createWith(task, { caseId }, options);
  }

  public update(stored: Stored<CaseTask>, next: CaseTask, caseId?: string): Promise<Stored<CaseTask>> {
    return this.updateWith(stored, next, { caseId });
  }

  public listOpenFor(userId: string): Promise<Stored<CaseTask>[]> {
    return this.list({ filter: and(eq('PrimaryAssignee', userId), eq('Done', false)) }, 1000);
  }
}
