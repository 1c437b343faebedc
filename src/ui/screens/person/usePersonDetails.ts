import * as React from 'react';
import {
  applyPersonChanges,
  changedPersonGroups,
  validatePersonInput,
  type IsoInstant,
  type Person,
  type ValidationError
} from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { inputOf, type PersonDraft } from './personDraft';
import { usePersonLoad } from './usePersonLoad';
import { usePersonWrite } from './usePersonWrite';
import type { PersonConflict, PersonLoad } from './personDetailsTypes';

export interface PersonDetails {
  load: PersonLoad;
  reload(): void;
  draft: PersonDraft | undefined;
  change(patch: Partial<PersonDraft>): void;
  /** The domain's messages, once the user has tried to save (then kept up to date as they type). */
  errors: readonly ValidationError[];
  save(): Promise<void>;
  saving: boolean;
  saveError: unknown;
  /** When this screen last saved, for the "Saved" confirmation. */
  savedAt: IsoInstant | undefined;
  /** Saved, but something after the save did not work (the audit entry). */
  warning: string | undefined;
  /** Set when there was nothing to save. */
  unchanged: boolean;
  conflict: PersonConflict | undefined;
  resolveConflict(choice: 'reload' | 'merge' | 'cancel'): Promise<void>;
}

/**
 * Loads a case's person and saves their needs and details with the etag. The domain validates
 * (validatePersonInput); a stale etag opens the reload or apply-my-changes choice and never
 * overwrites. Saving updates the person's name search keys (the store does it) and appends an
 * audit entry naming the parts changed, not their content.
 */
export function usePersonDetails(caseId: string, personId: string | undefined): PersonDetails {
  const { clock } = useAppServices();
  const loaded = usePersonLoad(caseId, personId);
  const { load, draft, setShowErrors, show, reload, setLoad } = loaded;
  const writer = usePersonWrite(show);
  const { write, setSavedAt, conflict, setConflict } = writer;
  const [unchanged, setUnchanged] = React.useState(false);
  const today = clock.today();

  const check = React.useMemo(() => (draft ? validatePersonInput(inputOf(draft), today) : undefined), [draft, today]);
  const errors = loaded.showErrors && check && !check.ok ? check.error : [];

  const save = React.useCallback(async (): Promise<void> => {
    if (load.status !== 'ready' || !check) return;
    setShowErrors(true);
    setSavedAt(undefined);
    setUnchanged(false);
    if (!check.ok) return;
    const next: Person = { id: load.stored.value.id, ...check.value };
    if (changedPersonGroups(load.stored.value, next).length === 0) {
      setUnchanged(true);
      return;
    }
    await write(load.kase, load.stored, next, load.stored.value);
  }, [load, check, write, setShowErrors, setSavedAt]);

  const resolveConflict = React.useCallback(
    async (choice: 'reload' | 'merge' | 'cancel'): Promise<void> => {
      const pending = conflict;
      setConflict(undefined);
      if (!pending || choice === 'cancel' || load.status !== 'ready') return;
      if (!pending.current) {
        reload();
        return;
      }
      if (choice === 'reload') {
        show(load.kase, pending.current);
        return;
      }
      // Apply my changes to the latest version: only the parts this user changed are taken from them.
      const merged = applyPersonChanges(pending.base, pending.mine, pending.current.value);
      setLoad({ status: 'ready', kase: load.kase, stored: pending.current });
      await write(load.kase, pending.current, merged, pending.current.value);
    },
    [conflict, load, show, write, reload, setConflict, setLoad]
  );

  return {
    load,
    reload,
    draft,
    change: (patch) => {
      // A confirmation for the last save must not sit beside edits that are not saved yet.
      setSavedAt(undefined);
      setUnchanged(false);
      loaded.setDraft((d) => (d ? { ...d, ...patch } : d));
    },
    errors,
    save,
    saving: writer.saving,
    saveError: writer.saveError,
    savedAt: writer.savedAt,
    warning: writer.warning,
    unchanged,
    conflict,
    resolveConflict
  };
}
