import type { RoleAssignments } from '../../domain/model/roles';
import type { CaseStore } from './appStore';

function isForbidden(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'Forbidden';
}

/**
 * The role assignments (Settings list) read at start-up. Councillors, and anyone else whose
 * groups do not open the Settings list, get none: their group gives their role, and a list a
 * persona may not read is never a reason for the whole app to fail (issue 13). Any other
 * failure (SharePoint unavailable) still stops the start, with its own message.
 */
export function readRoleAssignmentsAtStart(store: CaseStore): Promise<RoleAssignments> {
  return store.settings.get<RoleAssignments>('roleAssignments').then(
    (value) => value ?? {},
    (error: unknown) => {
      if (isForbidden(error)) return {};
      throw error;
    }
  );
}
