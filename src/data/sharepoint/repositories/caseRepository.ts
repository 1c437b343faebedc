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

/** Operations SharePoint accepts in one $batch (PnPjs would split at 20 and send the parts one after another). */
const BATCH_LIMIT: number = 100;

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

/** The writes that bring one child list in line: batched ones join a $batch, others run beside it. */
interface ChildWrites {
  batched: ((sp: SPFI) => Promise<void>)[];
  outside: (() => Promise<unknown>)[];
}

/** Plans the creates of children that are new and the updates of those that changed. Never deletes. */
function planChildren<T, TRefs>(
  writes: ChildWrites,
  gateway: ListGateway,
  mapper: RowMapper<T, TRefs>,
  currentRows: SpRow[],
  next: readonly T[],
  refs: TRefs,
  createChild?: (value: T) => Promise<unknown>
): void {
  const byId = new Map(currentRows.map((row) => [idFromRow(row), row] as const));
  for (const child of next) {
    const id = mapper.idOf(child) || newId();
    const withId = { ...child, id } as T;
    const row = byId.get(id);
    if (!row) {
      if (createChild) writes.outside.push(() => createChild(withId));
      else writes.batched.push((sp) => gateway.bind(sp).addKeyed(dropUndefined(mapper.toFields(withId, refs)), id));
      continue;
    }
    const changes = changedFields(mapper.toFields(mapper.fromRow(row), refs), mapper.toFields(withId, refs));
    if (Object.keys(changes).length > 0) {
      writes.batched.push((sp) => gateway.bind(sp).merge(row.Id, etagOf(row), fieldValues(changes)));
    }
  }
}

/** Waits for every write, then throws the first refusal (each write is keyed, so a retry repeats none). */
async function allAnswered(answers: readonly Promise<unknown>[]): Promise<void> {
  const settled = await Promise.allSettled(answers);
  const refused = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (refused) throw refused.reason;
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
    return (await this._syncAllChildren(withId, undefined)) ?? this.get(id);
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

  /**
   * Two round trips for most saves. First one $batch: the case row under its etag (the gate),
   * then the case's rows as they stand after it (parts are answered in order; the reads write
   * nothing, so a refused gate leaves nothing behind, and a 412 hands back the current case).
   * Then one $batch of every child create and update (each under its own key or etag), then
   * the case read back, in that batch when no letter has to be uploaded beside it.
   */
  public async save(stored: Stored<Case>, next: Case): Promise<Stored<Case>> {
    const id = stored.value.id;
    const changes = changedFields(caseMapper.toFields(stored.value, undefined), caseMapper.toFields({ ...next, id }, undefined));
    // Always touch the root (at least UpdatedAt/Revision normally change) so its etag moves.
    const payload = Object.keys(changes).length > 0 ? changes : { UpdatedAt: new Date().toISOString() };
    const [batched, execute] = this._sp.batched({ maxRequests: BATCH_LIMIT });
    const gate = this._gateways.cases.bind(batched).merge(stored.itemId, stored.etag, fieldValues(payload));
    const rowsAfter = readCaseRows(this._gateways, batched, id);
    gate.catch(() => undefined);
    rowsAfter.catch(() => undefined);
    await execute();
    try {
      await gate;
    } catch (error) {
      if (error instanceof ConflictError) {
        const current = await rowsAfter.then((rows) => assembleCase(rows, this._mappers)).catch(() => undefined);
        throw new ConflictError<Stored<Case>>(error.message, current);
      }
      throw error;
    }
    const rows = await rowsAfter;
    return (await this._syncAllChildren({ ...next, id }, rows)) ?? (assembleCase(rows, this._mappers) as Stored<Case>);
  }

  /**
   * Writes every new or changed child in one $batch (letters are uploaded beside it: a library
   * file cannot join one) and returns the case read back, or undefined when nothing needed writing.
   */
  private async _syncAllChildren(next: Case, rows: CaseRows | undefined): Promise<Stored<Case> | undefined> {
    const refs = { caseId: next.id };
    const current = (key: Exclude<keyof CaseGateways, 'cases'>): SpRow[] => rows?.children[key] ?? [];
    const g = this._gateways;
    const m = this._mappers;
    const writes: ChildWrites = { batched: [], outside: [] };
    planChildren(
      writes,
      g.sanctions,
      m.sanctions,
      current('sanctions'),
      next.sanctions.map((sanction) => ({ ...sanction, caseId: next.id })),
      undefined
    );
    planChildren(
      writes,
      g.invocationDecisions,
      m.invocationDecisions,
      current('invocationDecisions'),
      next.invocationDecision ? [next.invocationDecision] : [],
      refs
    );
    planChildren(writes, g.reviews, m.reviews, current('reviews'), next.reviews, refs);
    planChildren(writes, g.appeals, m.appeals, current('appeals'), next.appeals, refs);
    planChildren(writes, g.contactLog, m.contactLog, current('contactLog'), next.contactLog, refs);
    planChildren(writes, g.tasks, m.tasks, current('tasks'), next.tasks, refs);
    // A letter produced into the Letters library and then recorded as sent arrives twice under
    // one id: the sent version updates the library item (etag-checked) rather than adding one.
    planChildren(writes, g.letters, m.letters, current('letters'), oneLetterPerId(next.letters), refs, (letter) =>
      this._createLetter(letter, next.id)
    );
    if (writes.batched.length === 0 && writes.outside.length === 0) return undefined;
    const outside = allAnswered(writes.outside.map((write) => write()));
    let readBack: Promise<CaseRows> | undefined;
    if (writes.batched.length > 0) {
      const [batched, execute] = this._sp.batched({ maxRequests: BATCH_LIMIT });
      const answers = writes.batched.map((write) => write(batched));
      answers.forEach((answer) => answer.catch(() => undefined));
      // After the writes in the same batch (answered in order), unless a letter upload runs beside it.
      if (writes.outside.length === 0) {
        readBack = readCaseRows(this._gateways, batched, next.id);
        readBack.catch(() => undefined);
      }
      await execute();
      await allAnswered(answers);
    }
    await outside;
    return readBack ? (assembleCase(await readBack, this._mappers) as Stored<Case>) : this.get(next.id);
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
