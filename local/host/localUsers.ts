// The people the local host page can act as in SharePoint mode: the emulator's personas
// (local/seed/personas.ts), less the case service's own account.
import { PERSONAS, type Persona } from '../seed/personas';

export type LocalHostUser = Persona;

export const LOCAL_HOST_USERS: readonly LocalHostUser[] = PERSONAS.filter((persona) => persona.key !== 'svc.ccm');

export function findLocalUser(key: string | undefined): LocalHostUser | undefined {
  return LOCAL_HOST_USERS.find((candidate) => candidate.key === key);
}
