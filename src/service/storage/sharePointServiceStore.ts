import type { CaseStore, RetentionRecordStore, Stored } from '../../data/ports';
import type { SPFI } from '@pnp/sp';
import { createSharePointCaseStore } from '../../data/sharepoint/caseStore';
import { createSharePointRetentionRecords } from '../../data/sharepoint/retentionRecordStore';
import { isDataError, ValidationFailedError } from '../../data/errors';
import { closuresFromSettings, deadlineContextFrom, SETTING_KEYS, timeFramesFromSettings } from '../../domain';
import type { Case, CaseStatus, IsoDate, RoleAssignments } from '../../domain';
import type { ApprovalRequestRecord, ServiceStore, Versioned } from '../ports';

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

function toRecord(stored: Stored<import('../../data/ports').ApprovalRequest>): ApprovalRequestRecord {
  const value = stored.value;
  return {
    ...value,
    conversationId: value.conversationId || undefined,
    activityId: value.activityId || undefined,
    serviceUrl: value.serviceUrl || undefined,
    sentAt: (value.sentAt || undefined) as never,
    decidedAt: value.decidedAt as never
  };
}

export function sharePointServiceStore(store: CaseStore, retentionRecords?: RetentionRecordStore): ServiceStore {
  const audit: ServiceStore['audit'] = {
    append: async (events) => {
      for (const event of events) {
        try {
          await store.auditLog.append(event);
        } catch (error) {
          // The event id is the item's client request key: a duplicate means a retry
          // of an append that already succeeded.
          if (!(error instanceof ValidationFailedError && error.isDuplicateOf('ClientRequestKey'))) {
            throw error;
          }
        }
      }
    },
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
      listByStatus: async (statuses: readonly CaseStatus[]) => {
        const found: Versioned<Case>[] = [];
        // Each page's cases are read together (one $batch where the store batches), not one
        // request after another per case: a sweep over hundreds of cases stays a few round trips.
        const readCases = (ids: readonly string[]): Promise<(Versioned<Case> | undefined)[]> => {
          const readAll = (reader: typeof store): Promise<(Versioned<Case> | undefined)[]> =>
            Promise.all(ids.map((id) => reader.cases.find(id)));
          return store.readTogether ? store.readTogether(readAll) : readAll(store);
        };
        for (const status of statuses) {
          for await (const page of store.cases.listByStatus(status)) {
            for (const kase of await readCases(page.map((summary) => summary.value.id))) {
              if (kase !== undefined) found.push(kase);
            }
          }
        }
        return found;
      },
      save: async (current, next) => {
        if (current.itemId === undefined) {
          throw new Error(`Case ${current.value.id} was not read from SharePoint (no item id), so it cannot be saved under its etag.`);
        }
        return store.cases.save({ value: current.value, etag: current.etag, itemId: current.itemId }, next);
      }
    },
    decisions: {
      claim: async (decision, refs) => (await store.decisions.record(decision, refs, { requestKey: decision.id })).value
    },
    // With their needs and circumstances: the decision rules need them (BR-13, BR-28, BR-29, BR-31).
    persons: { get: async (id) => (await store.persons.findWithDetails(id))?.value },
    incidents: { get: async (id) => (await store.incidents.find(id))?.value },
    audit,
    approvalRequests: {
      upsert: async (record) => {
        const existing = await store.approvalRequests.find(record.id);
        if (existing !== undefined) {
          return toRecord(existing);
        }
        const created = await store.approvalRequests.create(
          {
            ...record,
            conversationId: record.conversationId ?? '',
            activityId: record.activityId ?? '',
            serviceUrl: record.serviceUrl ?? '',
            sentAt: record.sentAt ?? ''
          },
          { requestKey: record.id }
        );
        return toRecord(created);
      },
      update: async (id, changes) => {
        const current = await store.approvalRequests.get(id);
        await store.approvalRequests.update(current, { ...current.value, ...(changes as Partial<typeof current.value>) });
      },
      listForSanction: async (sanctionId) => (await store.approvalRequests.listPendingForSanction(sanctionId)).map(toRecord),
      listPendingForApprover: async (approverId) => (await store.approvalRequests.listPendingForApprover(approverId)).map(toRecord)
    },
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
