// The councillors' route into a case (spec 1.6, M1 p.6): the Monitoring Officer opens a case
// from a Member referral, through the domain engine, and the referral is linked to it. One
// write order: the customer (if new), the case, its audit events, then the referral under its
// etag. A referral changed since it was read is reported, never overwritten; the case stays
// open and a second attempt links it.

import {
  newDraftCase,
  type Case,
  type IsoInstant,
  type MemberReferral,
  type Person,
  type RoleAssignments,
  type ServiceName,
  type UserId
} from '../../domain/model';
import { can } from '../../domain/permissions';
import { applyCaseAction, type TransitionError } from '../../domain/workflow';
import type { AuditLogRepository, CaseRepository, MemberReferralRepository, PersonRepository } from '../../data/ports/repositories';
import type { Pages, Stored } from '../../data/ports/stored';
import { isConflict } from '../../data/ports';

export interface MemberReferralCaseStore {
  persons: Pick<PersonRepository, 'create'>;
  cases: Pick<CaseRepository, 'find' | 'create'>;
  auditLog: Pick<AuditLogRepository, 'append'>;
  memberReferrals: Pick<MemberReferralRepository, 'get' | 'update'>;
}

/** The customer the case is about: found with the name search, or added now. */
export type ReferralCustomer = { kind: 'existing'; person: Person } | { kind: 'new'; person: Omit<Person, 'id'> };

export interface OpenCaseFromReferralRequest {
  referral: Stored<MemberReferral>;
  customer: ReferralCustomer;
  leadService: ServiceName;
  actorId: UserId;
  roles: RoleAssignments;
  now: IsoInstant;
}

export type ReferralCaseOutcome =
  /** The case is open and the referral names it (and the person). */
  | { status: 'opened'; caseId: string; personId: string; referral: Stored<MemberReferral> }
  /** Nothing was written: the engine or the referral refused. */
  | { status: 'refused'; refusal: TransitionError }
  /**
   * The case is open, but the referral changed after it was read (a stale etag), so it was
   * left as it is: `current` is the referral as it is now, when SharePoint returned it.
   */
  | { status: 'notLinked'; caseId: string; personId: string; current: Stored<MemberReferral> | undefined };

/**
 * One case per referral: its id (and client request key) comes from the referral's, so a
 * retry, or a second officer opening the same referral, finds the case rather than adding one.
 */
export function caseIdForReferral(referralId: string): string {
  return `case-from-${referralId}`;
}

function personIdForReferral(referralId: string): string {
  return `person-from-${referralId}`;
}

function newestFirst(a: Stored<MemberReferral>, b: Stored<MemberReferral>): number {
  const byDate = b.value.referredToMonitoringOfficerOn.localeCompare(a.value.referredToMonitoringOfficerOn);
  return byDate !== 0 ? byDate : b.value.createdAt.localeCompare(a.value.createdAt);
}

/**
 * Every referral no case has been opened from, newest referral date first. Councillors refer
 * only in the most extreme cases, so the waiting set is small; the scan reads it whole.
 */
export async function waitingMemberReferrals(store: {
  memberReferrals: { listWaiting(): Pages<Stored<MemberReferral>> };
}): Promise<Stored<MemberReferral>[]> {
  const rows: Stored<MemberReferral>[] = [];
  for await (const page of store.memberReferrals.listWaiting()) rows.push(...page);
  return rows.sort(newestFirst);
}

/**
 * Records the case on the referral (caseId and personId) under the etag it was read with.
 * Only those two fields change; whatever the councillor wrote is kept.
 */
export async function linkReferralToCase(
  store: Pick<MemberReferralCaseStore, 'memberReferrals'>,
  referral: Stored<MemberReferral>,
  caseId: string,
  personId: string
): Promise<ReferralCaseOutcome> {
  const linkedTo = referral.value.caseId;
  if (linkedTo !== undefined && linkedTo !== caseId) {
    return {
      status: 'refused',
      refusal: { code: 'guardFailed', rule: 'BR-26', message: 'This referral already names another case. Check it before linking it.' }
    };
  }
  if (linkedTo === caseId && referral.value.personId === personId) return { status: 'opened', caseId, personId, referral };
  try {
    const saved = await store.memberReferrals.update(referral, { ...referral.value, caseId, personId });
    return { status: 'opened', caseId, personId, referral: saved };
  } catch (error) {
    if (isConflict<Stored<MemberReferral>>(error)) return { status: 'notLinked', caseId, personId, current: error.current };
    throw error;
  }
}

/**
 * Opens the councillors'-route case from the referral: a Draft case naming the referral,
 * moved by the engine's openFromMemberReferral (Monitoring Officer only; BR-26 content
 * checked), saved with its audit events, then the referral linked to it.
 */
export async function openCaseFromMemberReferral(
  store: MemberReferralCaseStore,
  request: OpenCaseFromReferralRequest
): Promise<ReferralCaseOutcome> {
  const { referral, customer, now, actorId } = request;
  const caseId = caseIdForReferral(referral.value.id);
  const existing = await store.cases.find(caseId);
  if (existing) {
    // Opened already (an earlier attempt whose referral update was refused): link it only.
    const decision = can({ userId: actorId }, 'memberReferral.openCase', { roles: request.roles });
    if (!decision.allowed) return { status: 'refused', refusal: { code: 'notPermitted', rule: decision.rule, message: decision.reason } };
    return linkReferralToCase(store, referral, caseId, existing.value.personId);
  }
  const person: Person =
    customer.kind === 'existing' ? customer.person : { ...customer.person, id: personIdForReferral(referral.value.id) };
  const draft: Case = newDraftCase({
    id: caseId,
    route: 'Councillor',
    personId: person.id,
    incidentIds: [],
    memberReferralId: referral.value.id,
    leadService: request.leadService,
    createdBy: actorId,
    createdAt: now
  });
  let n = 0;
  const outcome = applyCaseAction(
    draft,
    { type: 'openFromMemberReferral', referral: referral.value },
    {
      now,
      actorId,
      roles: request.roles,
      person,
      referringCouncillorId: referral.value.councillorId,
      newId: (prefix) => `${prefix}-${caseId}-${++n}`
    }
  );
  if (!outcome.ok) return { status: 'refused', refusal: outcome.error };
  if (customer.kind === 'new') await store.persons.create(person, { requestKey: person.id });
  const created = await store.cases.create(outcome.value.case, { requestKey: caseId });
  for (const event of outcome.value.auditEvents) await store.auditLog.append(event);
  return linkReferralToCase(store, referral, created.value.id, created.value.personId);
}
