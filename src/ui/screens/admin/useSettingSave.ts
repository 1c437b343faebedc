import * as React from 'react';
import { settingChangedEvent, type Result, type ValidationError } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { saveSetting } from '../../../app/settings/saveSetting';
import { isConflict } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import type { SettingEditorSpec, SettingSaveOutcome } from './settingEditorTypes';
import type { StoredSetting } from './useStoredSetting';
import { useWarnBeforeLeaving } from '../../components/useWarnBeforeLeaving';

export interface SettingSaveInput<T> {
  /** The domain's verdict on the draft, and on the value as stored. */
  check: Result<T, ValidationError[]>;
  storedCheck: Result<T, ValidationError[]> | undefined;
  allowed: boolean;
}

export interface SettingSave {
  save(): Promise<void>;
  saving: boolean;
  outcome: SettingSaveOutcome | undefined;
  setOutcome: React.Dispatch<React.SetStateAction<SettingSaveOutcome | undefined>>;
  loadLatest(): void;
}

/** Saves a checked value under the etag it was read with, with its audit entry; a stale etag is a conflict. */
export function useSettingSave<T, D>(spec: SettingEditorSpec<T, D>, loaded: StoredSetting<D>, input: SettingSaveInput<T>): SettingSave {
  const { store, clock, currentUser, newRequestKey } = useAppServices();
  const [saving, setSaving] = React.useState(false);
  useWarnBeforeLeaving(saving);
  const [outcome, setOutcome] = React.useState<SettingSaveOutcome | undefined>(undefined);
  const { stored, show } = loaded;

  const save = async (): Promise<void> => {
    const { check, storedCheck } = input;
    loaded.setAttempted(true);
    if (!check.ok || !input.allowed) return;
    const before = storedCheck?.ok ? storedCheck.value : undefined;
    const changed = spec.changes(before, check.value);
    if (changed === undefined && stored !== undefined) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    setSaving(true);
    setOutcome(undefined);
    const at = clock.now();
    try {
      const result = await saveSetting(
        store,
        { key: spec.key, value: check.value, etag: stored?.etag, description: spec.description },
        settingChangedEvent({
          id: `audit-${newRequestKey()}`,
          actorId: currentUser.id,
          at,
          key: spec.key,
          changed: changed ?? { firstSaved: true },
          replacedVersion: stored?.etag
        })
      );
      show(result.saved);
      setOutcome({ kind: 'saved', at, auditWritten: result.audit.status === 'written' });
    } catch (error) {
      if (isConflict<Stored<unknown>>(error)) setOutcome({ kind: 'conflict', current: error.current });
      else setOutcome({ kind: 'failed', error });
    } finally {
      setSaving(false);
    }
  };

  const loadLatest = (): void => {
    if (outcome?.kind === 'conflict' && outcome.current !== undefined) show(outcome.current);
    else loaded.reload();
    setOutcome(undefined);
  };
  return { save, saving, outcome, setOutcome, loadLatest };
}
