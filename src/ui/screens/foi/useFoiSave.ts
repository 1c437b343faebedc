import * as React from 'react';
import type { FoiRequestAssessment, IsoDate } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import type { Stored } from '../../services/appStore';
import { checkFoiDraft } from './checkFoiDraft';
import { draftFromAssessment, emptyDraft, type FoiDraft } from './foiDraft';
import { mergeDrafts } from './mergeFoiDrafts';
import { saveFoiAssessment } from './saveFoiAssessment';
import { useWarnBeforeLeaving } from '../../components/useWarnBeforeLeaving';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; reference: string }
  | { status: 'failed'; error: unknown }
  | { status: 'conflict'; current: Stored<FoiRequestAssessment> | undefined };

export interface FoiSaveOptions {
  initial: Stored<FoiRequestAssessment> | undefined;
  draft: FoiDraft;
  /** Replaces the draft (after a reload or merge), without touching the save result. */
  replaceDraft(draft: FoiDraft): void;
  today: IsoDate;
  /** Told on every attempt to save, so the form starts showing its validation messages. */
  onAttempt(): void;
  onSaved(saved: Stored<FoiRequestAssessment>): void;
}

export interface FoiSave {
  /** The saved version being edited; undefined until a new assessment is first saved. */
  stored: Stored<FoiRequestAssessment> | undefined;
  saveState: SaveState;
  save(): Promise<boolean>;
  resolveConflict(choice: 'reload' | 'merge' | 'cancel'): void;
  /** An edit makes the last "saved" or "failed" message stale. */
  clearResult(): void;
}

/** Saving the FOI assessment: one record per request key, an etag per update, and the choice after a conflict. */
export function useFoiSave({ initial, draft, replaceDraft, today, onAttempt, onSaved }: FoiSaveOptions): FoiSave {
  const { store, currentUser, newRequestKey } = useAppServices();
  const [stored, setStored] = React.useState<Stored<FoiRequestAssessment> | undefined>(initial);
  const [saveState, setSaveState] = React.useState<SaveState>({ status: 'idle' });
  useWarnBeforeLeaving(saveState.status === 'saving');
  // One key per new record: pressing Save twice (or a retry) never makes two records.
  const [requestKey] = React.useState(() => newRequestKey());
  /** The saved version the officer's edits started from (for merging after a conflict). */
  const baseDraft = React.useRef<FoiDraft>(initial ? draftFromAssessment(initial.value) : emptyDraft(currentUser.id));

  const persist = React.useCallback(
    async (base: Stored<FoiRequestAssessment> | undefined, toSave: FoiDraft): Promise<boolean> => {
      onAttempt();
      const result = checkFoiDraft(toSave, base === undefined, today);
      if (result.allErrors.length > 0 || !result.validation.ok) return false;
      const value: FoiRequestAssessment = { ...result.validation.value, id: base ? base.value.id : toSave.reference.trim() };
      setSaveState({ status: 'saving' });
      const outcome = await saveFoiAssessment(store, base, value, requestKey);
      if (outcome.status !== 'saved') {
        setSaveState(outcome);
        return false;
      }
      setStored(outcome.saved);
      baseDraft.current = draftFromAssessment(outcome.saved.value);
      setSaveState({ status: 'saved', reference: outcome.saved.value.id });
      onSaved(outcome.saved);
      return true;
    },
    [onAttempt, today, store, requestKey, onSaved]
  );

  const save = React.useCallback(() => persist(stored, draft), [persist, stored, draft]);

  const resolveConflict = React.useCallback(
    (choice: 'reload' | 'merge' | 'cancel') => {
      if (saveState.status !== 'conflict') return;
      const current = saveState.current;
      if (choice === 'cancel' || !current) {
        setSaveState({ status: 'idle' });
        return;
      }
      setStored(current);
      const theirs = draftFromAssessment(current.value);
      if (choice === 'reload') {
        baseDraft.current = theirs;
        replaceDraft(theirs);
        setSaveState({ status: 'idle' });
        return;
      }
      // Merge: only the parts I changed go on top of the latest version, saved with its etag.
      const merged = mergeDrafts(baseDraft.current, draft, theirs);
      baseDraft.current = theirs;
      replaceDraft(merged);
      persist(current, merged).catch(() => undefined);
    },
    [saveState, persist, draft, replaceDraft]
  );

  const clearResult = React.useCallback(
    () => setSaveState((previous) => (previous.status === 'saved' || previous.status === 'failed' ? { status: 'idle' } : previous)),
    []
  );

  return { stored, saveState, save, resolveConflict, clearResult };
}
