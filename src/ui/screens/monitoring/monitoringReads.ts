import { buildQuarterlyReport, type QuarterlyReport } from '../../../domain/reports';
import { displayName, type IsoDate } from '../../../domain';
import { firstPage, type CaseStore } from '../../services/appStore';
import { readTogether } from '../../services/readTogether';
import { monitoringLists, type MonitoringLists } from './monitoringLists';
import { quarterOf } from './quarterOf';

/**
 * Active sanctions, and markers due, read on one dashboard load: the first page only. The
 * screen does not yet say when there are more.
 */
export const MAX_SANCTIONS: number = 500;

export interface MonitoringData {
  lists: MonitoringLists;
  report: QuarterlyReport;
  quarterLabel: string;
}

/**
 * Cases read in one $batch: a case is nine reads (its row and eight child lists), plus its
 * customer's name, and SharePoint takes at most 100 operations in one $batch, so nine cases,
 * their customers and the markers fit.
 */
export const CASES_PER_BATCH: number = 9;

function inGroups<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups.length > 0 ? groups : [[]];
}

/**
 * The dashboard's reads: the active sanctions, then every case holding one and the warning
 * markers due for review, together in ONE $batch round trip.
 *
 * The active sanctions come first, on their own: which cases to read depends on their answer,
 * and the Sanctions list can outgrow SharePoint's list view threshold, so the Status filter
 * is a scan in ID windows (see ListGateway.windowedPages). Its first window goes out beside
 * the list's highest ID (two requests, one round trip); a further window is asked for only
 * when the list holds more than 5,000 items. The markers do not depend on the sanctions but
 * wait for the batch so the load stays at one $batch.
 *
 * More than CASES_PER_BATCH cases need more than one $batch; those go out side by side (still
 * one round trip) rather than one after another, as a single oversized batch would.
 */
export async function loadMonitoringData(store: CaseStore, today: IsoDate): Promise<MonitoringData> {
  const quarter = quarterOf(today);
  const sanctions = await firstPage(store.sanctions.listByStatus('Active'), MAX_SANCTIONS);
  const caseIds = Array.from(new Set(sanctions.map((entry) => entry.value.caseId)));
  const subjectOf = new Map(sanctions.map((entry) => [entry.value.caseId, entry.value.subjectPersonId] as const));
  const batches = await Promise.all(
    inGroups(caseIds, CASES_PER_BATCH).map((ids, index) =>
      readTogether(store, (batched) =>
        Promise.all([
          Promise.all(ids.map((id) => batched.cases.get(id).then((entry) => entry.value))),
          index === 0 ? firstPage(batched.warningMarkers.listReviewDueBy(quarter.end), MAX_SANCTIONS) : Promise.resolve([]),
          // The customers' names, so the team sees who is restricted, not a case id.
          Promise.all(
            ids.map((id) => {
              const personId = subjectOf.get(id) ?? '';
              return batched.persons.find(personId).then(
                (person) => [personId, person ? displayName(person.value) : undefined] as const,
                () => [personId, undefined] as const
              );
            })
          )
        ])
      )
    )
  );
  const cases = batches.flatMap(([casesRead]) => casesRead);
  const markers = batches[0][1].map((entry) => entry.value);
  const names = new Map<string, string>();
  for (const [, , people] of batches) for (const [personId, name] of people) if (name !== undefined) names.set(personId, name);
  return {
    lists: monitoringLists(cases, today, names),
    report: buildQuarterlyReport({ cases, markers, quarterStart: quarter.start, quarterEnd: today }),
    quarterLabel: quarter.label
  };
}
