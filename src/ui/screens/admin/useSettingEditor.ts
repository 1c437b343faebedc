import * as React from 'react';
import { can, type Result, type ValidationError } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { useSettingSave } from './useSettingSave';
import { useStoredSetting } from './useStoredSetting';
import type { SettingEditorSpec, SettingSaveOutcome } from './settingEditorTypes';

/** One empty list, so a form's memoised parts see "no errors" as unchanged. */
const NO_PROBLEMS: readonly ValidationError[] = [];

export interface SettingEditor<T, D> {
  status: 'loading' | 'error' | 'ready';
  loadError: unknown;
  reload(): void;
  draft: D;
  setDraft(update: (draft: D) => D): void;
  /** The domain's verdict on the draft, kept up to date as the user types. */
  check: Result<T, ValidationError[]>;
  /** The domain's messages once the user has tried to save. */
  errors: readonly ValidationError[];
  /** Problems with the value as stored (edited by hand in the list): saving a checked value replaces it. */
  storedProblems: readonly ValidationError[];
  /** False when the value was never saved and the policy default applies. */
  everSaved: boolean;
  save(): Promise<void>;
  saving: boolean;
  outcome: SettingSaveOutcome | undefined;
  /** After a conflict: show the value as saved now, and start again from it. */
  loadLatest(): void;
  /** can('settings.manage'): only administrators reach the screen, and SharePoint refuses anyone else's write. */
  refusal: string | undefined;
}

/**
 * Loads one setting with its etag, keeps the form's draft, and saves a value the domain has
 * checked under that etag (src/app/settings/saveSetting.ts): the audit entry follows, and a
 * stale etag is a conflict offering to load the latest version, never an overwrite.
 */
export function useSettingEditor<T, D>(spec: SettingEditorSpec<T, D>): SettingEditor<T, D> {
  const { currentUser, roleAssignments } = useAppServices();
  const loaded = useStoredSetting(spec);
  const { draft, stored } = loaded;
  const check = React.useMemo(() => spec.parse(spec.valueOf(draft)), [spec, draft]);
  const storedCheck = React.useMemo(
    () => (stored === undefined ? undefined : (spec.parseStored ?? spec.parse)(stored.value)),
    [spec, stored]
  );
  const decision = can({ userId: currentUser.id }, 'settings.manage', { roles: roleAssignments });
  const saving = useSettingSave(spec, loaded, { check, storedCheck, allowed: decision.allowed });
  const { setDraftState } = loaded;
  const { setOutcome } = saving;

  const setDraft = React.useCallback(
    (update: (previous: D) => D) => {
      setDraftState(update);
      setOutcome((previous) => (previous?.kind === 'conflict' ? previous : undefined));
    },
    [setDraftState, setOutcome]
  );

  return {
    status: loaded.status,
    loadError: loaded.loadError,
    reload: loaded.reload,
    draft,
    setDraft,
    check,
    errors: loaded.attempted && !check.ok ? check.error : NO_PROBLEMS,
    storedProblems: storedCheck !== undefined && !storedCheck.ok ? storedCheck.error : NO_PROBLEMS,
    everSaved: stored !== undefined,
    save: saving.save,
    saving: saving.saving,
    outcome: saving.outcome,
    loadLatest: saving.loadLatest,
    refusal: decision.allowed ? undefined : decision.reason
  };
}
