// BR-24: which records a retention rule applies to, and the date each one's period runs from.
// Storage reads the records; the rules about them live here, once.

import type { AuditedEntityType } from '../model/audit';
import type { Case } from '../model/case';
import { dateOfInstant, isAfter, type IsoDate } from '../model/dates';
import type { FoiRequestAssessment } from '../model/foi';
import type { IncidentReport } from '../model/incident';
import type { MemberReferral } from '../model/memberReferral';
import type { Person } from '../model/person';
import type { SanctionStatus } from '../model/sanction';
import { personNotYetToldOfRemoval, type WarningMarker } from '../model/warningMarker';
import type { AuditEvent } from '../model/audit';
import { dispositionDate, type RetentionCandidate, type RetentionRecordKind } from './retention';
import { RETENTION_ACTIONS } from './retentionLedger';
import { retentionPolicyOf, type RetentionRule, type RetentionSchedule } from './retentionSchedule';

/** A record as storage found it, by the kind of rule that may apply to it. */
export type RetentionSource =
  | { readonly kind: 'closedCase'; readonly record: Case }
  | { readonly kind: 'removedMarker'; readonly record: WarningMarker }
  | { readonly kind: 'foiFile'; readonly record: FoiRequestAssessment }
  /** `heldByCase`: a case holds the incident (it progressed), so the case's rule applies instead. */
  | { readonly kind: 'incidentNotProgressed'; readonly record: IncidentReport; readonly heldByCase: boolean }
  | { readonly kind: 'memberReferral'; readonly record: MemberReferral }
  /**
   * A customer's own record. `lastRecordedOn`: the last day anything was recorded on the person
   * themselves (their item changed, or an audit entry on them: a request, an export, a decision).
   * `othersRemaining`: how many other records still name them (incidents, cases, sanctions,
   * banners, markers and their flags, referrals, FOI files); while any does, they are kept.
   */
  | { readonly kind: 'person'; readonly record: Person; readonly lastRecordedOn: IsoDate; readonly othersRemaining: number };

export const RETENTION_ENTITY_TYPES: Readonly<Record<RetentionRecordKind, AuditedEntityType>> = {
  closedCase: 'Case',
  removedMarker: 'WarningMarker',
  foiFile: 'FoiRequestAssessment',
  incidentNotProgressed: 'IncidentReport',
  memberReferral: 'MemberReferral',
  person: 'Person'
};

/** Sanctions that never restricted anyone: a proposal refused or never decided. */
const NEVER_IN_FORCE: readonly SanctionStatus[] = ['Proposed', 'ChangesRequested', 'Rejected'];

function later(a: IsoDate, b: IsoDate | undefined): IsoDate {
  return b !== undefined && isAfter(b, a) ? b : a;
}

/**
 * A closed case's dates. Nothing changes a Closed case, so its last update is its closure [INF:
 * the case has no separate closure date]. The last restriction's end is the latest end date of
 * any sanction that was in force (a lifted one's end is its lift date, as the review records it).
 */
function closedCaseTrigger(kase: Case, rule: RetentionRule): IsoDate {
  const closedOn = dateOfInstant(kase.updatedAt);
  if (rule.trigger === 'closedOn') return closedOn;
  return kase.sanctions
    .filter((sanction) => NEVER_IN_FORCE.indexOf(sanction.status) < 0)
    .reduce<IsoDate>((latest, sanction) => later(latest, sanction.endDate), closedOn);
}

/** The FOI file closes with its refusal notice, or with the internal review decided after it. */
function foiClosedOn(file: FoiRequestAssessment): IsoDate | undefined {
  if (file.refusalNoticeDate === undefined) return undefined;
  return later(file.refusalNoticeDate, file.internalReview?.decidedOn);
}

/**
 * The candidate a record is, under the schedule, or undefined when no rule applies to it yet
 * (a case not closed, a marker not removed or whose removal the person has not yet been told of, an FOI file still open, an incident a case holds,
 * a referral a case was opened from: that one goes with its case; a person something else
 * still names).
 */
export function retentionCandidateOf(source: RetentionSource, schedule: RetentionSchedule): RetentionCandidate | undefined {
  const rule = schedule[source.kind];
  const candidate = (id: string, triggerDate: IsoDate | undefined): RetentionCandidate | undefined =>
    triggerDate === undefined ? undefined : { kind: source.kind, entityType: RETENTION_ENTITY_TYPES[source.kind], id, triggerDate };
  switch (source.kind) {
    case 'closedCase':
      return source.record.status === 'Closed' ? candidate(source.record.id, closedCaseTrigger(source.record, rule)) : undefined;
    case 'removedMarker':
      // Kept while its removal letter is owed (BR-33: the person is told): disposing of it would lose the debt.
      return source.record.status === 'Removed' && !personNotYetToldOfRemoval(source.record)
        ? candidate(source.record.id, source.record.removedOn)
        : undefined;
    case 'foiFile':
      return candidate(source.record.id, foiClosedOn(source.record));
    case 'incidentNotProgressed': {
      const reported = source.record.submittedAt ?? source.record.occurredAt;
      return source.heldByCase ? undefined : candidate(source.record.id, dateOfInstant(reported));
    }
    case 'memberReferral':
      return source.record.caseId === undefined ? candidate(source.record.id, source.record.referredToMonitoringOfficerOn) : undefined;
    case 'person':
      // Never while anything else about them remains: their record is what those records name.
      return source.othersRemaining === 0 ? candidate(source.record.id, source.lastRecordedOn) : undefined;
  }
}

const RETENTION_LEDGER_ACTIONS: ReadonlySet<string> = new Set(Object.values(RETENTION_ACTIONS));

/**
 * The last day anything was recorded on a person (the `person` kind's trigger): the later of
 * their item's last change and their latest audit entry (a subject access request, an export, a
 * change to their details). The retention ledger's own entries (the DPO confirming, holding or
 * releasing, a disposal stub) record nothing about the person: counting them would let each
 * decision on the record put its own disposal off. Undefined when nothing is known.
 */
export function personLastRecordedOn(itemChangedOn: IsoDate | undefined, personEvents: readonly AuditEvent[]): IsoDate | undefined {
  return personEvents
    .filter((event) => !RETENTION_LEDGER_ACTIONS.has(event.action))
    .map((event) => dateOfInstant(event.at))
    .reduce<IsoDate | undefined>((latest, day) => (latest === undefined || isAfter(day, latest) ? day : latest), itemChangedOn);
}

/** The date the record falls due under the schedule. */
export function disposeOnUnder(candidate: RetentionCandidate, schedule: RetentionSchedule): IsoDate {
  return dispositionDate(candidate, retentionPolicyOf(schedule));
}
