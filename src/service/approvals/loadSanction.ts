import type { Case, CaseId, Person, RoleAssignments, Sanction, SanctionId } from '../../domain';
import type { Stored } from '../../data/ports/stored';
import type { ServiceStore } from '../ports';
import { mapInGroups } from '../mapInGroups';

export interface LoadedSanction {
  kase: Stored<Case>;
  sanction: Sanction;
  person: Person;
}

/**
 * The case that holds a sanction: read straight away when the caller names the case (the tab
 * does), otherwise found through the sanction's row first (one round trip more).
 */
export async function caseHoldingSanction(
  store: ServiceStore,
  sanctionId: SanctionId,
  caseId?: CaseId
): Promise<{ kase: Stored<Case>; sanction: Sanction } | undefined> {
  const kase = caseId === undefined ? await store.cases.findBySanctionId(sanctionId) : await store.cases.get(caseId);
  const sanction = kase?.value.sanctions.find((s) => s.id === sanctionId);
  return kase === undefined || sanction === undefined ? undefined : { kase, sanction };
}

/**
 * Where the caller says the sanction is: its case and the case's person, as the approval card
 * and the inbox were built with. Only a hint, checked against what is read.
 */
export interface SanctionWhereabouts {
  caseId: CaseId;
  personId: string;
}

const RECORD_ID: RegExp = /^[A-Za-z0-9._:-]{1,128}$/;

/** What a card's data or a request's body says about where the sanction is, when it says both ids plainly; otherwise nothing. */
export function whereaboutsFrom(caseId: unknown, personId: unknown): SanctionWhereabouts | undefined {
  if (typeof caseId !== 'string' || typeof personId !== 'string') return undefined;
  return RECORD_ID.test(caseId) && RECORD_ID.test(personId) ? { caseId: caseId as CaseId, personId } : undefined;
}

/** The hinted case and person in one $batch, when the case holds the sanction; otherwise nothing (read the sanction's row). */
async function caseAndSubjectAsTold(
  store: ServiceStore,
  sanctionId: SanctionId,
  told: SanctionWhereabouts
): Promise<{ kase: Stored<Case>; subject: Person | undefined } | undefined> {
  if (store.cases.getWithSubject === undefined) return undefined;
  const { kase, subject } = await store.cases.getWithSubject(told.caseId, told.personId);
  if (kase === undefined || !kase.value.sanctions.some((s) => s.id === sanctionId)) return undefined;
  return { kase, subject };
}

/** The case holding the sanction, with the sanction's subject read beside it where the store can. */
async function caseAndSubject(
  store: ServiceStore,
  sanctionId: SanctionId,
  told?: SanctionWhereabouts
): Promise<{ kase: Stored<Case>; subject: Person | undefined } | undefined> {
  const asTold = told === undefined ? undefined : await caseAndSubjectAsTold(store, sanctionId, told);
  if (asTold !== undefined) return asTold;
  if (store.cases.findBySanctionIdWithSubject !== undefined) {
    return store.cases.findBySanctionIdWithSubject(sanctionId);
  }
  const kase = await store.cases.findBySanctionId(sanctionId);
  return kase === undefined ? undefined : { kase, subject: undefined };
}

/**
 * Reads the case aggregate that holds a sanction, and its subject: the case's person. When the
 * caller says where the sanction is (`told`), that case and person are read at once in one
 * $batch; otherwise the sanction's row is read first, and the person it names beside the case.
 * A case that does not hold the sanction means the hint was wrong (read the row instead); a
 * person who is not the case's (it never should be: BR-28) means the case's person is read after.
 */
export async function loadSanction(
  store: ServiceStore,
  sanctionId: SanctionId,
  told?: SanctionWhereabouts
): Promise<LoadedSanction | undefined> {
  const found = await caseAndSubject(store, sanctionId, told);
  const kase = found?.kase;
  const sanction = kase?.value.sanctions.find((s) => s.id === sanctionId);
  if (found === undefined || kase === undefined || sanction === undefined) {
    return undefined;
  }
  const person =
    found.subject !== undefined && found.subject.id === kase.value.personId ? found.subject : await store.persons.get(kase.value.personId);
  if (person === undefined) {
    throw new Error(`Case ${kase.value.id} names a person (${kase.value.personId}) that cannot be read.`);
  }
  return { kase, sanction, person };
}

/** Role holders: configuration override first, otherwise the Settings list. */
export async function roleAssignments(store: ServiceStore, override: RoleAssignments | undefined): Promise<RoleAssignments> {
  return override ?? store.settings.roleAssignments();
}

/** How many sanctions the approvals inbox reads at once (each is one or two $batch requests). */
const INBOX_READS_AT_ONCE: number = 8;

/**
 * The sanctions behind an approver's pending requests, in their order, read a few at a time:
 * side by side, so a manager with several waits for about one read rather than all in turn, but
 * never so many at once that SharePoint throttles the service.
 */
export function loadSanctionsForInbox(store: ServiceStore, sanctionIds: readonly SanctionId[]): Promise<Array<LoadedSanction | undefined>> {
  return mapInGroups(sanctionIds, INBOX_READS_AT_ONCE, (sanctionId) => loadSanction(store, sanctionId));
}
