import {
  isAssignableRole,
  isEntraObjectId,
  isRole,
  parseRoleAssignments,
  ROLE_HOLDER_ROLES,
  roleHolderChanges,
  SETTING_DESCRIPTIONS,
  SETTING_KEYS,
  type Role,
  type RoleAssignments
} from '../../../domain';
import type { SettingEditorSpec } from './settingEditorTypes';

/** Holders by role as the form edits them: any stored key is kept, so that a broken one is shown and can be put right. */
export type RoleHoldersDraft = Readonly<Record<string, readonly string[]>>;

/**
 * The stored value as far as it can be used. The roles on the screen keep every holder as
 * stored, so that one the domain refuses is shown and can be removed; what the screen cannot
 * show (an unknown key, a bad id in a role that comes from a group) is left out, and the
 * stored-value warning says what it was, so saving puts it right.
 */
export function roleHoldersDraftOf(stored: unknown): RoleHoldersDraft {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const draft: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    if (!isAssignableRole(key)) continue;
    const holders = Array.isArray(value) ? value.map((entry) => String(entry)) : [String(value)];
    draft[key] = ROLE_HOLDER_ROLES.indexOf(key) >= 0 ? holders : holders.filter(isEntraObjectId);
  }
  return draft;
}

/** The holders the draft names for the known roles, whatever else is wrong with it (for the consequences). */
export function knownHolders(draft: RoleHoldersDraft): RoleAssignments {
  const known: Partial<Record<Role, readonly string[]>> = {};
  for (const key of Object.keys(draft)) if (isRole(key)) known[key] = draft[key];
  return known;
}

export function withHolder(draft: RoleHoldersDraft, role: Role, id: string): RoleHoldersDraft {
  const holders = draft[role] ?? [];
  return holders.indexOf(id) >= 0 ? draft : { ...draft, [role]: [...holders, id] };
}

export function withoutHolder(draft: RoleHoldersDraft, role: Role, id: string): RoleHoldersDraft {
  return { ...draft, [role]: (draft[role] ?? []).filter((holder) => holder !== id) };
}

export const ROLE_HOLDERS_SETTING: SettingEditorSpec<RoleAssignments, RoleHoldersDraft> = {
  key: SETTING_KEYS.roleAssignments,
  description: SETTING_DESCRIPTIONS.roleAssignments,
  parse: parseRoleAssignments,
  draftOf: roleHoldersDraftOf,
  valueOf: (draft) => draft,
  // Who was added to and removed from which role: ids, which the audit log's readers can name.
  changes: (before, after) => {
    const changes = roleHolderChanges(before ?? {}, after);
    return changes.length > 0 ? { roleHolders: changes } : undefined;
  }
};
