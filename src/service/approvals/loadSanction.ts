import type { Case, CaseId, Person, RoleAssignments, Sanction, SanctionId } from '../../domain';
import type { Stored } from '../../data/ports/stored';
import type { ServiceStore } from '../ports';

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

/** The case holding the sanction, with the sanction's subject read beside it where the store can. */
async function caseAndSubject(
  store: ServiceStore,
  sanctionId: SanctionId
): Promise<{ kase: Stored<Case>; subject: Person | undefined } | undefined> {
  if (store.cases.findBySanctionIdWithSubject !== undefined) {
    return store.cases.findBySanctionIdWithSubject(sanctionId);
  }
  const kase = await store.cases.findBySanctionId(sanctionId);
  return kase === undefined ? undefined : { kase, subject: undefined };
}

/**
 * Reads the case aggregate that holds a sanction, and its subject: the case's person. The
 * person the sanction's row names is read beside the case; should the case name someone
 * else (it never should: BR-28), the case's person is read after it.
 */
export async function loadSanction(store: ServiceStore, sanctionId: SanctionId): Promise<LoadedSanction | undefined> {
  const found = await caseAndSubject(store, sanctionId);
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
