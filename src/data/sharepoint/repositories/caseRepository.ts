import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { ApprovalDecision, Case, CaseStatus, CaseTask, Letter, Sanction } from '../../../domain/model';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors';
import { nextCaseReference } from '../../../domain/model/caseReference';
import { dateOfInstant } from '../../../domain/model/dates';
import { eq } from '../../odata';
import { oneLetterPerId } from '../../ports/oneLetterPerId';
import type { CaseRepository, CaseSummary } from '../../ports/repositories';
import type { CreateOptions, PageOptions, Pages, Stored } from '../../ports/stored';
import { CLIENT_REQUEST_KEY } from '../../schema';
import type { ListGateway, SpRow } from '../listGateway';
import { etagOf } from '../listGateway';
import { caseMapper } from '../mappers/caseMapper';
import { sanctionRefOf } from '../mappers/decisionMapper';
import type { RowMapper } from '../mappers/rowMapper';
import { idFromRow } from '../mappers/rowMapper';
import { fieldValues, optionalText } from '../values';
import { changedFields, newId } from './entityRepository';

/** Gateways for the case row and every child list. */
export interface CaseGateways {
  cases: ListGateway;
  sanctions: ListGateway;
  decisions: ListGateway;
  invocationDecisions: ListGateway;
  reviews: ListGateway;
  appeals: ListGateway;
  letters: ListGateway;
  contactLog: ListGateway;
  tasks: ListGateway;
}

export interface CaseChildMappers {
  sanctions: RowMapper<Sanction, { caseId: string } | undefined>;
  decisions: RowMapper<ApprovalDecision, { sanctionId: string; caseId: string }>;
  invocationDecisions: RowMapper<NonNullable<Case['invocationDecision']>, { caseId: string }>;
  reviews: RowMapper<Case['reviews'][number], { caseId: string }>;
  appeals: RowMapper<Case['appeals'][number], { caseId: string }>;
  letters: RowMapper<Letter, { caseId: string | undefined }>;
  contactLog: RowMapper<Case['contactLog'][number], { caseId: string }>;
  tasks: RowMapper<CaseTask, { caseId: string | undefined }>;
}

/** Rows of one case, as read in one $batch. */
export interface CaseRows {
  root: SpRow | undefined;
  children: Record<Exclude<keyof CaseGateways, 'cases'>, SpRow[]>;
}

const CHILD_KEYS: readonly Exclude<keyof CaseGateways, 'cases'>[] = [
  'sanctions',
  'decisions',
  'invocationDecisions',
  'reviews',
  'appeals',
  'letters',
  'contactLog',
  'tasks'
];

const CHILD_PAGE: number = 2000;

/** Tries at a free case reference when others are opening cases at the same moment. */
const REFERENCE_ATTEMPTS: number = 10;

function byItemId(a: SpRow, b: SpRow): number {
  return a.Id - b.Id;
}

/**
 * Registers the reads of one case on `sp` (normally a batched SPFI) and returns a promise
 * of the rows. Nothing is sent until the batch executes.
 */
export function readCaseRows(gateways: CaseGateways, sp: SPFI, caseId: string): Promise<CaseRows> {
  const root = gateways.cases.bind(sp).page({ filter: eq(CLIENT_REQUEST_KEY, caseId) }, 1);
  const children = CHILD_KEYS.map((key) => gateways[key].bind(sp).page({ filter: eq('CaseRef', caseId) }, CHILD_PAGE));
  return Promise.all([root, Promise.all(children)]).then(([rootRows, childRows]) => {
    const record = {} as CaseRows['children'];
    CHILD_KEYS.forEach((key, index) => {
      record[key] = [...childRows[index]].sort(byItemId);
    });
    return { root: rootRows[0], children: record };
  });
}

export function assembleCase(rows: CaseRows, mappers: CaseChildMappers): Stored<Case> | undefined {
  if (!rows.root) {
    return undefined;
  }
  const { children } = rows;
  const approvals = new Map<string, ApprovalDecision[]>();
  for (const row of children.decisions) {
    const list = approvals.get(sanctionRefOf(row)) ?? [];
    list.push(mappers.decisions.fromRow(row));
    approvals.set(sanctionRefOf(row), list);
  }
  const sanctions = children.sanctions.map((row) => {
    const sanction = mappers.sanctions.fromRow(row);
    return { ...sanction, approvals: approvals.get(sanction.id) ?? [] };
  });
  const invocations = children.invocationDecisions.map((row) => mappers.invocationDecisions.fromRow(row));
  const value: Case = {
    ...caseMapper.fromRow(rows.root),
    sanctions,
    invocationDecision: invocations[invocations.length - 1],
    reviews: children.reviews.map((row) => mappers.reviews.fromRow(row)),
    appeals: children.appeals.map((row) => mappers.appeals.fromRow(row)),
    letters: children.letters.map((row) => mappers.letters.fromRow(row)),
    contactLog: children.contactLog.map((row) => mappers.contactLog.fromRow(row)),
    tasks: children.tasks.map((row) => mappers.tasks.fromRow(row))
  };
  return { value, etag: etagOf(rows.root), itemId: rows.root.Id };
}

function summaryOf(row: SpRow): Stored<CaseSummary> {
  const full = caseMapper.fromRow(row);
  const value: CaseSummary = {
    id: full.id,
    reference: full.reference,
    route: full.route,
    personId: full.personId,
    incidentIds: full.incidentIds,
    leadService: full.leadService,
    caseOfficerId: full.caseOfficerId,
    status: full.status,
    closureReason: full.closureReason,
    createdAt: full.createdAt,
    updatedAt: full.updatedAt,
    revision: full.revision
  };
  return { value, etag: etagOf(row), itemId: row.Id };
}

/** Creates children that are new and updates those that changed. Never deletes. */
async function syncChildren<T, TRefs>(
  gateway: ListGateway,
  mapper: RowMapper<T, TRefs>,
  currentRows: SpRow[],
  next: readonly T[],
  refs: TRefs,
  createChild?: (value: T) => Promise<unknown>
): Promise<void> {
  const byId = new Map(currentRows.map((row) => [idFromRow(row), row] as const));
  for (const child of next) {
    const id = mapper.idOf(child) || newId();
    const withId = { ...child, id } as T;
    const row = byId.get(id);
    if (!row) {
      if (createChild) {
        await createChild(withId);
      } else {
        await gateway.create(dropUndefined(mapper.toFields(withId, refs)), id);
      }
      continue;
    }
    const changes = changedFields(mapper.toFields(mapper.fromRow(row), refs), mapper.toFields(withId, refs));
    if (Object.keys(changes).length > 0) {
      await gateway.update(row.Id, etagOf(row), fieldValues(changes));
    }
  }
}

function dropUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * The case aggregate across its lists. The Cases row's etag is the aggregate's
 * concurrency token: `save` checks it first, so two officers cannot both save on top of
 * the same version; children are then brought in line with the saved case.
 */
export class SpCaseRepository implements CaseRepository {
  private readonly _sp: SPFI;
  private readonly _gateways: CaseGateways;
  private readonly _mappers: CaseChildMappers;
  private readonly _createLetter: (letter: Letter, caseId: string) => Promise<unknown>;

  public constructor(
    sp: SPFI,
    gateways: CaseGateways,
    mappers: CaseChildMappers,
    createLetter: (letter: Letter, caseId: string) => Promise<unknown>
  ) {
    this._sp = sp;
    this._gateways = gateways;
    this._mappers = mappers;
    this._createLetter = createLetter;
  }

  public async find(id: string): Promise<Stored<Case> | undefined> {
    const [batched, execute] = this._sp.batched();
    const rows = readCaseRows(this._gateways, batched, id);
    await execute();
    return assembleCase(await rows, this._mappers);
  }

  public async get(id: string): Promise<Stored<Case>> {
    const found = await this.find(id);
    if (!found) {
      throw new NotFoundError(`No case ${id}.`);
    }
    return found;
  }

  /**
   * Creates the case with the next free reference of its year (CCM-2026-0042) unless it has
   * one. The reference column is unique: when another officer took the same number a moment
   * before, SharePoint refuses the duplicate and the next number is tried.
   */
  public async create(value: Case, options: CreateOptions = {}): Promise<Stored<Case>> {
    const id = value.id || options.requestKey || newId();
    let withId: Case = { ...value, id };
    for (let attempt = 1; ; attempt += 1) {
      if (value.reference === undefined) withId = { ...withId, reference: await this._nextReference(value) };
      try {
        await this._gateways.cases.create(dropUndefined(caseMapper.toFields(withId, undefined)), options.requestKey ?? id);
        break;
      } catch (error) {
        const taken = error instanceof ValidationFailedError && error.isDuplicateOf('CaseReference');
        if (!taken || value.reference !== undefined || attempt >= REFERENCE_ATTEMPTS) throw error;
      }
    }
    await this._syncAllChildren(withId, undefined);
    return this.get(id);
  }

  /** The next reference of the case's year (UK time), after the newest cases' (ID order is always indexed). */
  private async _nextReference(value: Case): Promise<string> {
    const year = Number(dateOfInstant(value.createdAt).slice(0, 4));
    const newest = await this._gateways.cases.page({ orderBy: { field: 'ID', ascending: false } }, 20);
    return nextCaseReference(
      newest.map((row) => optionalText(row.CaseReference)),
      year
    );
  }

  public async save(stored: Stored<Case>, next: Case): Promise<Stored<Case>> {
    const id = stored.value.id;
    const changes = changedFields(caseMapper.toFields(stored.value, undefined), caseMapper.toFields({ ...next, id }, undefined));
    try {
      // Always touch the root (at least UpdatedAt/Revision normally change) so its etag moves.
      const payload = Object.keys(changes).length > 0 ? changes : { UpdatedAt: new Date().toISOString() };
      await this._gateways.cases.update(stored.itemId, stored.etag, fieldValues(payload));
    } catch (error) {
      if (error instanceof ConflictError) {
        throw new ConflictError<Stored<Case>>(error.message, await this.find(id));
      }
      throw error;
    }
    const [batched, execute] = this._sp.batched();
    const rows = readCaseRows(this._gateways, batched, id);
    await execute();
    await this._syncAllChildren({ ...next, id }, await rows);
    return this.get(id);
  }

  private async _syncAllChildren(next: Case, rows: CaseRows | undefined): Promise<void> {
    const refs = { caseId: next.id };
    const current = (key: Exclude<keyof CaseGateways, 'cases'>): SpRow[] => rows?.children[key] ?? [];
    const g = this._gateways;
    const m = this._mappers;
    await syncChildren(
      g.sanctions,
      m.sanctions,
      current('sanctions'),
      next.sanctions.map((sanction) => ({ ...sanction, caseId: next.id })),
      undefined
    );
    await syncChildren(
      g.invocationDecisions,
      m.invocationDecisions,
      current('invocationDecisions'),
      next.invocationDecision ? [next.invocationDecision] : [],
      refs
    );
    await syncChildren(g.reviews, m.reviews, current('reviews'), next.reviews, refs);
    await syncChildren(g.appeals, m.appeals, current('appeals'), next.appeals, refs);
    await syncChildren(g.contactLog, m.contactLog, current('contactLog'), next.contactLog, refs);
    await syncChildren(g.tasks, m.tasks, current('tasks'), next.tasks, refs);
    // A letter produced into the Letters library and then recorded as sent arrives twice under
    // one id: the sent version updates the library item (etag-checked) rather than adding one.
    await syncChildren(g.letters, m.letters, current('letters'), oneLetterPerId(next.letters), refs, (letter) =>
      this._createLetter(letter, next.id)
    );
  }

  public async *listByStatus(status: CaseStatus): Pages<Stored<CaseSummary>> {
    for await (const rows of this._gateways.cases.pages({ filter: eq('Status', status) })) {
      yield rows.map(summaryOf);
    }
  }

  public async *listByCaseOfficer(userId: string, options: PageOptions = {}): Pages<Stored<CaseSummary>> {
    for await (const rows of this._gateways.cases.pages({ filter: eq('CaseOfficerId', userId), pageSize: options.pageSize })) {
      yield rows.map(summaryOf);
    }
  }

  public async listByPerson(personId: string): Promise<Stored<CaseSummary>[]> {
    return (await this._gateways.cases.page({ filter: eq('PersonRef', personId) }, 500)).map(summaryOf);
  }
}
