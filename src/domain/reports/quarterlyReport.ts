// BR-27: the quarterly report to the Executive Director: active restrictions by type, service
// and age; overdue reviews; appeals and their outcomes; markers due for review [SRC S1, C3].
// Pure functions over records, so the same report runs in the browser, the service and tests.

import type { Case } from '../model/case';
import { daysBetween, IsoDate, isBefore, isOnOrAfter, isOnOrBefore } from '../model/dates';
import type { ServiceName } from '../model/ids';
import type { Sanction } from '../model/sanction';
import { SANCTION_CATALOGUE, SANCTION_TYPE_CODES, SanctionTypeCode } from '../model/sanctionCatalogue';
import type { WarningMarker } from '../model/warningMarker';
import { addCalendarMonths } from '../time/calendarMonths';

export const AGE_BANDS = ['Under 3 months', '3 to 6 months', '6 to 12 months', 'Over 12 months'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface CountRow<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly count: number;
}

export interface OverdueReview {
  readonly caseId: string;
  readonly sanctionId: string;
  readonly reviewDate: IsoDate;
  readonly daysOverdue: number;
}

export interface AppealSummary {
  readonly received: number;
  readonly upheld: number;
  readonly varied: number;
  readonly quashed: number;
  readonly undecided: number;
}

export interface MarkerDue {
  readonly markerId: string;
  readonly reviewDate: IsoDate;
  readonly overdue: boolean;
}

export interface QuarterlyReport {
  readonly quarterStart: IsoDate;
  readonly quarterEnd: IsoDate;
  readonly activeTotal: number;
  readonly activeByType: readonly CountRow<SanctionTypeCode>[];
  readonly activeByService: readonly CountRow<ServiceName>[];
  readonly activeByAge: readonly CountRow<AgeBand>[];
  readonly reviewsOverdue: readonly OverdueReview[];
  readonly appeals: AppealSummary;
  readonly markersDueForReview: readonly MarkerDue[];
}

export interface QuarterlyReportInput {
  readonly cases: readonly Case[];
  readonly markers: readonly WarningMarker[];
  readonly quarterStart: IsoDate;
  /** The report is "as at" this date, normally the last day of the quarter. */
  readonly quarterEnd: IsoDate;
}

function inForce(sanction: Sanction, on: IsoDate): boolean {
  return sanction.status === 'Active' && isOnOrBefore(sanction.startDate, on) && isOnOrAfter(sanction.endDate, on);
}

/** The service a restriction belongs to: its own scope when service-level, else the case's lead service. */
export function serviceOf(sanction: Sanction, caseRecord: Case): ServiceName {
  return sanction.scope.kind === 'service' || sanction.scope.kind === 'team' ? sanction.scope.service : caseRecord.leadService;
}

/** Age band of a restriction on a date, by whole calendar months since it started. */
export function ageBand(start: IsoDate, on: IsoDate): AgeBand {
  if (isBefore(on, addCalendarMonths(start, 3))) {
    return 'Under 3 months';
  }
  if (isBefore(on, addCalendarMonths(start, 6))) {
    return '3 to 6 months';
  }
  return isBefore(on, addCalendarMonths(start, 12)) ? '6 to 12 months' : 'Over 12 months';
}

function countBy<K extends string>(keys: readonly K[], labels: (key: K) => string, values: readonly K[]): CountRow<K>[] {
  return keys
    .map((key) => ({ key, label: labels(key), count: values.filter((value) => value === key).length }))
    .filter((row) => row.count > 0);
}

function reviewHeld(caseRecord: Case, sanction: Sanction): boolean {
  return caseRecord.reviews.some(
    (review) => review.sanctionId === sanction.id && review.outcome !== undefined && review.dueDate === sanction.reviewDate
  );
}

/** Builds the quarterly report as at `quarterEnd`. */
export function buildQuarterlyReport(input: QuarterlyReportInput): QuarterlyReport {
  const asAt = input.quarterEnd;
  const active: { sanction: Sanction; caseRecord: Case }[] = [];
  for (const caseRecord of input.cases) {
    for (const sanction of caseRecord.sanctions) {
      if (inForce(sanction, asAt)) {
        active.push({ sanction, caseRecord });
      }
    }
  }
  const types = active.flatMap(({ sanction }) => Array.from(new Set(sanction.restrictions.map((item) => item.type))));
  const services = active.map(({ sanction, caseRecord }) => serviceOf(sanction, caseRecord));
  const serviceKeys = Array.from(new Set(services)).sort();
  const reviewsOverdue = active
    .filter(({ sanction, caseRecord }) => isBefore(sanction.reviewDate, asAt) && !reviewHeld(caseRecord, sanction))
    .map(({ sanction, caseRecord }) => ({
      caseId: caseRecord.id,
      sanctionId: sanction.id,
      reviewDate: sanction.reviewDate,
      daysOverdue: daysBetween(sanction.reviewDate, asAt)
    }));
  const appealsInQuarter = input.cases
    .flatMap((caseRecord) => caseRecord.appeals)
    .filter((appeal) => isOnOrAfter(appeal.receivedOn, input.quarterStart) && isOnOrBefore(appeal.receivedOn, asAt));
  const markersDueForReview = input.markers
    .filter((marker) => marker.status !== 'Removed' && isOnOrBefore(marker.reviewDate, asAt))
    .map((marker) => ({ markerId: marker.id, reviewDate: marker.reviewDate, overdue: isBefore(marker.reviewDate, asAt) }));
  return {
    quarterStart: input.quarterStart,
    quarterEnd: asAt,
    activeTotal: active.length,
    activeByType: countBy(SANCTION_TYPE_CODES, (code) => SANCTION_CATALOGUE[code].label, types),
    activeByService: countBy(serviceKeys, (service) => service, services),
    activeByAge: countBy(
      AGE_BANDS,
      (band) => band,
      active.map(({ sanction }) => ageBand(sanction.startDate, asAt))
    ),
    reviewsOverdue,
    appeals: {
      received: appealsInQuarter.length,
      upheld: appealsInQuarter.filter((appeal) => appeal.outcome === 'Uphold').length,
      varied: appealsInQuarter.filter((appeal) => appeal.outcome === 'Vary').length,
      quashed: appealsInQuarter.filter((appeal) => appeal.outcome === 'Quash').length,
      undecided: appealsInQuarter.filter((appeal) => appeal.outcome === undefined).length
    },
    markersDueForReview
  };
}
