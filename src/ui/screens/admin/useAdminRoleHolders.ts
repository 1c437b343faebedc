import * as React from 'react';
import { isEntraObjectId, separationOfDuties, type Role, type RoleAssignments, type SeparationConsequence } from '../../../domain';
import { knownHolders, ROLE_HOLDERS_SETTING, withHolder, withoutHolder, type RoleHoldersDraft } from './roleHoldersDraft';
import { useSettingEditor, type SettingEditor } from './useSettingEditor';

export interface AdminRoleHolders {
  editor: SettingEditor<RoleAssignments, RoleHoldersDraft>;
  /** What the holders as they stand in the form would mean (the domain's separation of duties). */
  consequences: readonly SeparationConsequence[];
  /** Adds the person chosen in the picker; false (and nothing added) when the text was not a person chosen from the list. */
  add(role: Role, id: string): boolean;
  remove(role: Role, id: string): void;
}

/** The role holders tab: the Settings value under its etag, with its consequences worked out as the administrator edits. */
export function useAdminRoleHolders(): AdminRoleHolders {
  const editor = useSettingEditor(ROLE_HOLDERS_SETTING);
  const { setDraft, draft } = editor;
  const consequences = React.useMemo(() => separationOfDuties(knownHolders(draft)), [draft]);
  const add = React.useCallback(
    (role: Role, id: string): boolean => {
      const chosen = id.trim().toLowerCase();
      if (!isEntraObjectId(chosen)) return false;
      setDraft((previous) => withHolder(previous, role, chosen));
      return true;
    },
    [setDraft]
  );
  const remove = React.useCallback((role: Role, id: string) => setDraft((previous) => withoutHolder(previous, role, id)), [setDraft]);
  return { editor, consequences, add, remove };
}
