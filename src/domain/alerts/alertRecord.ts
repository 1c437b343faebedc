// The stored form of the staff banner (the RestrictionAlerts list), and the plan that keeps it
// in line with a case's sanctions. An alert is a derived record (ARCHITECTURE.md): it is
// written by the code that changes the sanction and reconciled by the sweep, never typed by
// hand. Built field by field from toRestrictionAlert, so nothing of the narrative, reasons,
// incidents, adjustments or vulnerability can reach it (BR-22).

import { isOnOrAfter, isOnOrBefore, type IsoDate } from '../model/dates';
import { SANCTION_RUNNING_STATUSES, type CaseStatus } from '../model/case';
import type { Person } from '../model/person';
import type { Sanction } from '../model/sanction';
import { staffCommunicationNeeds } from './communicationNeeds';
import { toRestrictionAlert } from './restrictionAlert';

/**
 * Case statuses in which one of the case's sanctions may be in force: while it is active, and
 * while it is reviewed, appealed or about to be replaced by a new version. The sweep
 * reconciles the banners of every case in these statuses.
 */
export const RESTRICTION_IN_FORCE_CASE_STATUSES: readonly CaseStatus[] = [
  'SanctionProposed',
  'SanctionLetterDraft',
  ...SANCTION_RUNNING_STATUSES
];

/** One banner as stored. One per sanction: its id follows from the sanction's id. */
export interface RestrictionAlertRecord {
  id: string;
  personId: string;
  personName: string;
  sanctionId?: string;
  caseId?: string;
  restrictionTypes: readonly string[];
  /** What the restriction means for staff, one line per restriction type. */
  summary: string;
  scopeSummary: string;
  spocName: string;
  spocChannel: string;
  /** Who covers when the single point of contact is away (BR-31). */
  spocCover?: string;
  contactArrangements: string;
  /**
   * BR-31: the communication needs staff must respect, as instructions (communicationNeeds.ts),
   * never the person's recorded needs themselves. Absent when the writer could not read them.
   */
  communicationNeeds?: readonly string[];
  activeFrom?: IsoDate;
  activeUntil?: IsoDate;
  isActive: boolean;
}

/** The alert's id for a sanction: the same on every write, so a retried create adds nothing twice. */
export function alertIdFor(sanctionId: string): string {
  return `alert-${sanctionId}`;
}

/** The open banner for a sanction in force today, or undefined when it is not in force. */
export function alertRecordFor(sanction: Sanction, person: AlertSubject, today: IsoDate): RestrictionAlertRecord | undefined {
  const alert = toRestrictionAlert(sanction, person, today);
  if (alert === undefined) return undefined;
  const record: RestrictionAlertRecord = {
    id: alertIdFor(sanction.id),
    personId: alert.personId,
    personName: alert.personName,
    sanctionId: alert.sanctionId,
    caseId: sanction.caseId,
    restrictionTypes: alert.restrictions.map((item) => item.code),
    summary: alert.restrictions.map((item) => (item.arrangement ? `${item.label}: ${item.arrangement}` : item.label)).join('\n'),
    scopeSummary: alert.scopeLabel,
    spocName: alert.singlePointOfContact.name,
    spocChannel: alert.singlePointOfContact.channel,
    contactArrangements: alert.necessaryContact,
    activeFrom: alert.startDate,
    activeUntil: alert.endDate,
    isActive: true
  };
  const withNeeds =
    person.reasonableAdjustments !== undefined
      ? { ...record, communicationNeeds: staffCommunicationNeeds(person.reasonableAdjustments) }
      : record;
  return alert.cover ? { ...withNeeds, spocCover: alert.cover.name } : withNeeds;
}

/**
 * Whom a banner is about. The person's adjustments when the writer could read them (the case
 * team, the service); without them the banner keeps the communication needs it already shows.
 */
export type AlertSubject = Pick<Person, 'id' | 'names'> & Partial<Pick<Person, 'reasonableAdjustments'>>;

/**
 * A banner may be shown only while it is open and within its dates: a read never shows an
 * alert past its end date, even before the sweep has closed it.
 */
export function isAlertShowable(alert: Pick<RestrictionAlertRecord, 'isActive' | 'activeFrom' | 'activeUntil'>, today: IsoDate): boolean {
  if (!alert.isActive) return false;
  if (alert.activeFrom !== undefined && !isOnOrBefore(alert.activeFrom, today)) return false;
  return alert.activeUntil === undefined || isOnOrAfter(alert.activeUntil, today);
}

export interface AlertSyncPlan {
  /** Sanctions in force with no open banner: open one. */
  readonly open: readonly RestrictionAlertRecord[];
  /** Open banners whose sanction changed (amended, varied, new dates): bring them in line. */
  readonly update: readonly { readonly current: RestrictionAlertRecord; readonly next: RestrictionAlertRecord }[];
  /** Open banners whose sanction is no longer in force (lifted, expired, quashed, superseded). */
  readonly close: readonly { readonly current: RestrictionAlertRecord; readonly next: RestrictionAlertRecord }[];
}

function sameRecord(a: RestrictionAlertRecord, b: RestrictionAlertRecord): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof RestrictionAlertRecord>;
  for (const key of keys) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  return true;
}

/**
 * What must change so that the open banners match the sanctions in force today. `sanctions`
 * are every sanction of the case (or cases) whose banners are in `openAlerts`; `personFor`
 * names the subject of each. Applying the plan twice changes nothing the second time.
 */
export function planAlertSync(input: {
  sanctions: readonly Sanction[];
  personFor: (sanction: Sanction) => AlertSubject | undefined;
  openAlerts: readonly RestrictionAlertRecord[];
  today: IsoDate;
}): AlertSyncPlan {
  const wanted = new Map<string, RestrictionAlertRecord>();
  for (const sanction of input.sanctions) {
    const person = input.personFor(sanction);
    const record = person && sanction.subjectPersonId === person.id ? alertRecordFor(sanction, person, input.today) : undefined;
    if (record) wanted.set(record.id, record);
  }
  const open: RestrictionAlertRecord[] = [];
  const update: { current: RestrictionAlertRecord; next: RestrictionAlertRecord }[] = [];
  const close: { current: RestrictionAlertRecord; next: RestrictionAlertRecord }[] = [];
  const seen = new Set<string>();
  for (const current of input.openAlerts) {
    if (!current.isActive) continue;
    const wantedNext = wanted.get(current.id);
    // A writer that could not read the person's needs leaves the banner's as they are.
    const next =
      wantedNext !== undefined && wantedNext.communicationNeeds === undefined && current.communicationNeeds !== undefined
        ? { ...wantedNext, communicationNeeds: current.communicationNeeds }
        : wantedNext;
    if (next === undefined || seen.has(current.id)) {
      close.push({ current, next: { ...current, isActive: false } });
      continue;
    }
    seen.add(current.id);
    if (!sameRecord(current, next)) update.push({ current, next });
  }
  for (const [id, record] of wanted) {
    if (!seen.has(id)) open.push(record);
  }
  return { open, update, close };
}

export function isEmptyPlan(plan: AlertSyncPlan): boolean {
  return plan.open.length === 0 && plan.update.length === 0 && plan.close.length === 0;
}
