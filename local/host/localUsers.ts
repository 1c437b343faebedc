// The people the local host page can act as in SharePoint mode: the emulator's personas
// (local/seed/personas.ts), less the case service's own account.
import type { CurrentUser } from '../../src/ui/host/hostInfo';
import { PERSONAS, type Persona } from '../seed/personas';

export type LocalHostUser = Persona;

export const LOCAL_HOST_USERS: readonly LocalHostUser[] = PERSONAS.filter((persona) => persona.key !== 'svc.ccm');

export function findLocalUser(key: string | undefined): LocalHostUser | undefined {
  return LOCAL_HOST_USERS.find((candidate) => candidate.key === key);
}

/** The persona as the UI's signed-in user (the domain's user id is the Entra object id). */
export function currentUserOf(user: LocalHostUser): CurrentUser {
  return { id: user.entraObjectId, login: user.login, displayName: user.title, email: user.email };
}
