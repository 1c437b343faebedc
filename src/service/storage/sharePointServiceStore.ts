import type { ApprovalRequest, AuditAppender, CaseStore, Pages, RetentionRecordStore, Stored } from '../../data/ports';
import type { SPFI } from '@pnp/sp';
import { createSharePointCaseStore } from '../../data/sharepoint/caseStore';
import { createSharePointRetentionRecords } from '../../data/sharepoint/retentionRecordStore';
import { isConflict, isDataError, ValidationFailedError } from '../../data/errors';
import { closuresFromSettings, deadlineContextFrom, isIsoInstant, SETTING_KEYS, timeFramesFromSettings } from '../../domain';
import type { AuditEvent, Case, CaseStatus, IsoDate, IsoInstant, RoleAssignments } from '../../domain';
import type { ApprovalRequestRecord, PreparedAuditAppend, ServiceStore } from '../ports';

/**
 * Thin adapter from the data layer's SharePoint repositories (src/data) to the ports the
 * service is written against. No caching: every call goes to SharePoint.
 *
 * What real SharePoint (the emulator) taught it:
 * - `cases.save` does not write approvals: the Decisions list is written only by the
 *   service identity, through DecisionRepository (`decisions.claim`), keyed by the
 *   decision's id (its ClientRequestKey), so a retry can never create a second decision row.
 * - A 412 on the Cases row surfaces as the data layer's ConflictError (kind 'Conflict'),
 *   which is what decideSanction retries on.
 * - A duplicate ClientRequestKey on create returns the existing item (the list gateway
 *   does that), so appends and upserts are idempotent without extra reads.
 */

const FAR_FUTURE: IsoDate = '2999-12-31' as IsoDate;

async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isDataError(error) && error.kind === 'NotFound') {
      return undefined;
    }
    throw error;
  }
}

/**
 * The repository's ApprovalRequest carries its instants as strings ('' for "not sent yet"); the
 * port promises IsoInstant, so each is checked rather than cast. The mapper reads the date
 * columns back through toISOString, so a real instant always passes and '' becomes undefined.
 */
function instantOrUndefined(value: string | undefined): IsoInstant | undefined {
  return isIsoInstant(value) ? value : undefined;
}

function toRecord(stored: Stored<ApprovalRequest>): ApprovalRequestRecord {
  const value = stored.value;
  return {
    ...value,
    conversationId: value.conversationId || undefined,
    activityId: value.activityId || undefined,
    serviceUrl: value.serviceUrl || undefined,
    sentAt: instantOrUndefined(value.sentAt),
    decidedAt: instantOrUndefined(value.decidedAt)
  };
}

/** Runs `reads` as one $batch where the store batches; otherwise against the store itself. */
function together<T>(store: CaseStore, reads: (reader: CaseStore) => Promise<T>): Promise<T> {
  return store.readTogether ? store.readTogether(reads) : reads(store);
}

/** The first page a paged read yields (the read is closed after it). */
async function firstPageOf<T>(pages: Pages<T>): Promise<readonly T[]> {
  for await (const page of pages) return page;
  return [];
}

/**
 * A status whose first page holds this many cases may have more pages, so it is scanned in full
 * outside the batch (a $skiptoken page needs the answer before it). The list gateway's pages are
 * 1,000 rows, so a first page shorter than this is the whole answer.
 */
const SCAN_IN_FULL_FROM: number = 100;

/**
 * Every case in these statuses, whole, for the sweeps. Two round trips however many cases there
 * are (PnPjs sends at most 100 operations per $batch, about eleven cases each): the first page of
 * every status in one $batch, then every case aggregate in one $batch. It used to be one list
 * read and one batch per status.
 */
async function casesInStatuses(store: CaseStore, statuses: readonly CaseStatus[]): Promise<Stored<Case>[]> {
  const firstPages = await together(store, (reader) =>
    Promise.all(statuses.map((status) => firstPageOf(reader.cases.listByStatus(status))))
  );
  const ids = new Set<string>();
  for (const [index, page] of firstPages.entries()) {
    if (page.length < SCAN_IN_FULL_FROM) {
      for (const summary of page) ids.add(summary.value.id);
      continue;
    }
    for await (const all of store.cases.listByStatus(statuses[index])) for (const summary of all) ids.add(summary.value.id);
  }
  const cases = await together(store, (reader) => Promise.all([...ids].map((id) => reader.cases.find(id))));
  return cases.filter((kase): kase is Stored<Case> => kase !== undefined);
}

/**
 * Appends events in order, reading the log's tail once. The event id is the item's client
 * request key: a duplicate means a retry of an append that already succeeded, so it is passed
 * over and the rest appended.
 */
async function appendSkippingRetries(log: CaseStore['auditLog'], events: readonly AuditEvent[], started?: AuditAppender): Promise<void> {
  const isRetry = (error: unknown): boolean => error instanceof ValidationFailedError && error.isDuplicateOf('ClientRequestKey');
  const appendAll: AuditAppender | undefined = log.appendAll ? { appendAll: log.appendAll.bind(log) } : undefined;
  // The started append (its tail read already under way) serves the first pass; a pass after a
  // skipped retry reads the tail afresh.
  let appender: AuditAppender | undefined = started ?? appendAll;
  for (let from = 0; from < events.length;) {
    if (!appender) {
      try {
        await log.append(events[from]);
      } catch (error) {
        if (!isRetry(error)) throw error;
      }
      from += 1;
      continue;
    }
    const outcome = await appender.appendAll(events.slice(from));
    appender = appendAll;
    if (outcome.error === undefined) return;
    if (!isRetry(outcome.error)) throw outcome.error;
    from += outcome.written + 1;
  }
}

/** How many approval requests' last-read rows are kept to update them without reading again. */
const REMEMBERED_REQUESTS: number = 500;

/**
 * The ApprovalRequests list as the service's port. The rows it has just read or written are
 * remembered (a few hundred, newest kept), so marking a card delivered or a request decided
 * is one MERGE under that row's etag instead of a read and a MERGE. A row changed since
 * (412) is read again and the change made on top, as before.
 */
function approvalRequestsOf(store: CaseStore): ServiceStore['approvalRequests'] {
  const remembered = new Map<string, Stored<ApprovalRequest>>();
  const remember = (stored: Stored<ApprovalRequest>): ApprovalRequestRecord => {
    remembered.delete(stored.value.id);
    remembered.set(stored.value.id, stored);
    if (remembered.size > REMEMBERED_REQUESTS) remembered.delete(remembered.keys().next().value as string);
    return toRecord(stored);
  };
  const updateOn = async (current: Stored<ApprovalRequest>, changes: Partial<Omit<ApprovalRequestRecord, 'id'>>): Promise<void> => {
    remember(await store.approvalRequests.update(current, { ...current.value, ...changes }));
  };
  return {
    // The id is the item's client request key: a create of one already there returns it as it is.
    upsert: async (record) =>
      remember(
        await store.approvalRequests.create(
          {
            ...record,
            conversationId: record.conversationId ?? '',
            activityId: record.activityId ?? '',
            serviceUrl: record.serviceUrl ?? '',
            sentAt: record.sentAt ?? ''
          },
          { requestKey: record.id }
        )
      ),
    update: async (id, changes) => {
      const known = remembered.get(id);
      if (known !== undefined) {
        try {
          await updateOn(known, changes);
          return;
        } catch (error) {
          if (!isConflict(error)) throw error;
        }
      }
      await updateOn(await store.approvalRequests.get(id), changes);
    },
    listForSanction: async (sanctionId) => (await store.approvalRequests.listPendingForSanction(sanctionId)).map(remember),
    listPendingForApprover: async (approverId) => (await store.approvalRequests.listPendingForApprover(approverId)).map(remember)
  };
}

export function sharePointServiceStore(store: CaseStore, retentionRecords?: RetentionRecordStore): ServiceStore {
  // The appends prepareAppend started, by the token handed out (weakly held: an unused one is simply dropped).
  const startedAppends = new WeakMap<PreparedAuditAppend, AuditAppender>();
  const audit: ServiceStore['audit'] = {
    append: (events, prepared) => {
      const started = prepared === undefined ? undefined : startedAppends.get(prepared);
      if (prepared !== undefined) startedAppends.delete(prepared);
      return appendSkippingRetries(store.auditLog, events, started);
    },
    ...(store.auditLog.startAppend === undefined
      ? {}
      : {
          prepareAppend: () => {
            const prepared: PreparedAuditAppend = { preparedAuditAppend: true };
            startedAppends.set(prepared, (store.auditLog.startAppend as () => AuditAppender).call(store.auditLog));
            return prepared;
          }
        }),
    has: async (eventId, entity) =>
      (await store.auditLog.listForEntity(entity.type, entity.id)).some((entry) => entry.value.event.id === eventId)
  };
  return {
    cases: {
      get: (id) => store.cases.find(id),
      findBySanctionId: async (sanctionId) => {
        const sanction = await orUndefined(store.sanctions.get(sanctionId));
        return sanction === undefined ? undefined : store.cases.find(sanction.value.caseId);
      },
      findBySanctionIdWithSubject: async (sanctionId) => {
        const sanction = await orUndefined(store.sanctions.get(sanctionId));
        if (sanction === undefined) return undefined;
        const { caseId, subjectPersonId } = sanction.value;
        // With the person's needs and circumstances, as persons.get reads them (the decision rules need them).
        const [kase, subject] = await together(store, (reader) =>
          Promise.all([reader.cases.find(caseId), reader.persons.findWithDetails(subjectPersonId)])
        );
        return kase === undefined ? undefined : { kase, subject: subject?.value };
      },
      getWithSubject: async (caseId, personId) => {
        const [kase, subject] = await together(store, (reader) =>
          Promise.all([reader.cases.find(caseId), reader.persons.findWithDetails(personId)])
        );
        return { kase, subject: subject?.value };
      },
      listByStatus: (statuses: readonly CaseStatus[]) => casesInStatuses(store, statuses),
      save: (current, next) => store.cases.save(current, next)
    },
    decisions: {
      claim: async (decision, refs) => (await store.decisions.record(decision, refs, { requestKey: decision.id })).value
    },
    // With their needs and circumstances: the decision rules need them (BR-13, BR-28, BR-29, BR-31).
    persons: { get: async (id) => (await store.persons.findWithDetails(id))?.value },
    incidents: { get: async (id) => (await store.incidents.find(id))?.value },
    audit,
    approvalRequests: approvalRequestsOf(store),
    alerts: {
      listOpenForCase: (caseId) => store.restrictionAlerts.listOpenForCase(caseId),
      create: (value, options) => store.restrictionAlerts.create(value, options),
      update: (stored, next) => store.restrictionAlerts.update(stored, next),
      listOpen: async () => {
        const open = [];
        for await (const page of store.restrictionAlerts.listOpen()) open.push(...page);
        return open;
      }
    },
    markers: {
      listReviewDueBy: async (date) => {
        const due = [];
        for await (const page of store.warningMarkers.listReviewDueBy(date)) due.push(...page.map((row) => row.value));
        return due;
      }
    },
    memberReferrals: {
      listByCouncillor: async (councillorId) =>
        (await store.memberReferrals.listByCouncillor(councillorId)).map(({ value }) => ({
          id: value.id,
          personName: value.personName,
          caseId: value.caseId
        }))
    },
    settings: {
      roleAssignments: async () => (await store.settings.get<RoleAssignments>('roleAssignments')) ?? {},
      deadlines: async (today: IsoDate) => {
        const [timeFrames, closures] = await Promise.all([
          store.settings.get<unknown>(SETTING_KEYS.timeFrames),
          store.settings.get<unknown>(SETTING_KEYS.corporateClosures)
        ]);
        return deadlineContextFrom(timeFramesFromSettings(timeFrames, today), closuresFromSettings(closures));
      }
    },
    foi: {
      listOpen: async () => {
        const open = [];
        for await (const page of store.foiAssessments.listDueBy(FAR_FUTURE)) {
          for (const item of page) {
            const a = item.value;
            if (a.refusalNoticeDate === undefined && a.statutoryDueDate !== undefined) {
              open.push({ id: a.id, reference: a.id, handlerId: a.handlerId, statutoryDueDate: a.statutoryDueDate });
            }
          }
        }
        return open;
      }
    },
    ...(retentionRecords === undefined
      ? {}
      : {
          retention: {
            records: retentionRecords,
            audit: {
              append: audit.append,
              listForEntity: async (type, id) =>
                (await store.auditLog.listForEntity(type, id))
                  .sort((a, b) => a.value.sequence - b.value.sequence)
                  .map((entry) => entry.value.event)
            },
            schedule: () => store.settings.get<unknown>(SETTING_KEYS.retentionSchedule)
          }
        })
  };
}

/** The service's store on its own SharePoint connection, with the retention records it may dispose of (BR-24). */
export function serviceStoreOn(sp: SPFI): ServiceStore {
  const caseStore = createSharePointCaseStore(sp);
  return sharePointServiceStore(caseStore, createSharePointRetentionRecords(sp, caseStore));
}
