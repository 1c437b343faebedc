import { ForbiddenError } from '../errors';
import { GROUPS } from '../schema/security';
import { listDefinition, type ListKey } from '../schema';
import type { GroupKey, PermissionLevelKey } from '../schema/types';

// The in-memory adapter's model of SharePoint's list permissions, taken from the same schema
// grants that provisioning gives each CCM group, so a component test rendered as a persona is
// refused what that persona is refused on a real site. Held to the SharePoint adapter by the
// contract test test/data/contracts/permissionContract.test.ts. Item-level security (own items
// only) narrows what a list answers rather than refusing it, and is not modelled here.

// Strings, not PermissionLevelKey: a level the schema adds later (Full Control) is named here first.
const READ_LEVELS: readonly string[] = ['read', 'contribute', 'appendOnly', 'edit', 'fullControl', 'readAllItems'];
const ADD_LEVELS: readonly string[] = ['contribute', 'appendOnly', 'edit', 'fullControl'];
const EDIT_LEVELS: readonly string[] = ['contribute', 'edit', 'fullControl'];

/** Throws ForbiddenError when the caller may not do that on the list; does nothing otherwise. */
export interface ListGuard {
  read(): void;
  add(): void;
  edit(): void;
}

/** No checks: the store acts as a site owner (demo host page, tests that are not about permissions). */
export const UNGUARDED: ListGuard = { read: () => undefined, add: () => undefined, edit: () => undefined };

/** The guard for one list and the caller's CCM groups (by key). */
export function listGuard(listKey: ListKey, groups: readonly GroupKey[]): ListGuard {
  const list = listDefinition(listKey);
  const levels = groups.map((group) => list.grants[group]).filter((level): level is PermissionLevelKey => level !== undefined);
  // As the SharePoint adapter names them (errorMapping.ts): the groups that have any grant on the list.
  const groupsThatMay = GROUPS.filter((group) => group.key !== 'serviceAccounts' && list.grants[group.key] !== undefined).map(
    (group) => group.title
  );
  const check =
    (allowed: readonly string[]): (() => void) =>
    (): void => {
      if (!levels.some((level) => allowed.indexOf(level) >= 0)) {
        throw new ForbiddenError(
          'Access denied. You do not have permission to perform this action or access this resource.',
          403,
          groupsThatMay
        );
      }
    };
  return { read: check(READ_LEVELS), add: check(ADD_LEVELS), edit: check(EDIT_LEVELS) };
}
