import type { Case, Person, RoleAssignments, Sanction, SanctionId } from '../../domain';
import type { Stored } from '../../data/ports/stored';
import type { ServiceStore } from '../ports';

export interface LoadedSanction {
  kase: Stored<Case>;
  sanction: Sanction;
  person: Person;
}

/** Reads the case aggregate that holds a sanction, and its subject. */
export async function loadSanction(store: ServiceStore, sanctionId: SanctionId): Promise<LoadedSanction | undefined> {
  const kase = await store.cases.findBySanctionId(sanctionId);
  const sanction = kase?.value.sanctions.find((s) => s.id === sanctionId);
  if (kase === undefined || sanction === undefined) {
    return undefined;
  }
  const person = await store.persons.get(kase.value.personId);
  if (person === undefined) {
    throw new Error(`Case ${kase.value.id} names a person (${kase.value.personId}) that cannot be read.`);
  }
  return { kase, sanction, person };
}

/** Role holders: configuration override first, otherwise the Settings list. */
export async function roleAssignments(store: ServiceStore, override: RoleAssignments | undefined): Promise<RoleAssignments> {
  return override ?? store.settings.roleAssignments();
}
