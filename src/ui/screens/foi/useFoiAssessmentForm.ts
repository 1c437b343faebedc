import * as React from 'react';
import type { FoiIssue, FoiRequestAssessment, IcoIndicator, ValidationError } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import type { Stored } from '../../services/appStore';
import { checkFoiDraft } from './checkFoiDraft';
import { deadlineFromDraft, type DeadlineStatus } from './foiDeadline';
import { draftFromAssessment, emptyDraft, type FoiDraft } from './foiDraft';
import { withIndicator } from './foiDraftUpdates';
import { messageFor } from './foiFieldMessage';
import { foiRefusalCheck } from './foiRefusalCheck';
import { useFoiSave, type SaveState } from './useFoiSave';

export { OUTSIDE_CALENDAR_MESSAGE, type DeadlineStatus } from './foiDeadline';
export { mergeDrafts } from './mergeFoiDrafts';
export type { SaveState } from './useFoiSave';

export interface FoiAssessmentFormState {
  draft: FoiDraft;
  setDraft(change: (draft: FoiDraft) => FoiDraft): void;
  /** Sets one part of the draft. */
  set<K extends keyof FoiDraft>(key: K, value: FoiDraft[K]): void;
  toggleIndicator(indicator: IcoIndicator, checked: boolean): void;
  isNew: boolean;
  /** Validation messages, shown once the officer has tried to save. */
  errors: readonly ValidationError[];
  showErrors: boolean;
  /** checkFoiRefusal issues (BR-16 to BR-18), live while the form is filled in. */
  issues: readonly FoiIssue[];
  /** The message beside a field: its validation message, else its refusal-check issues. */
  message(field: string): string | undefined;
  /** Whether the refusal check ran (it needs a valid record and a ground; BR-16 always runs). */
  refusalCheckRan: boolean;
  deadline: DeadlineStatus;
  save(): Promise<boolean>;
  saveState: SaveState;
  resolveConflict(choice: 'reload' | 'merge' | 'cancel'): void;
}

/** The FOI officer's assessment form: draft, domain validation, refusal checks and saving through store.foiAssessments. */
export function useFoiAssessmentForm(
  initial: Stored<FoiRequestAssessment> | undefined,
  onSaved: (saved: Stored<FoiRequestAssessment>) => void
): FoiAssessmentFormState {
  const { clock, currentUser } = useAppServices();
  const [draft, setDraftState] = React.useState<FoiDraft>(() =>
    initial ? draftFromAssessment(initial.value) : emptyDraft(currentUser.id)
  );
  const [showErrors, setShowErrors] = React.useState(false);
  const today = clock.today();
  const onAttempt = React.useCallback(() => setShowErrors(true), []);
  const saving = useFoiSave({ initial, draft, replaceDraft: setDraftState, today, onAttempt, onSaved });
  const { clearResult } = saving;

  const setDraft = React.useCallback(
    (change: (draft: FoiDraft) => FoiDraft) => {
      setDraftState((previous) => change(previous));
      clearResult();
    },
    [clearResult]
  );
  const set = React.useCallback(
    <K extends keyof FoiDraft>(key: K, value: FoiDraft[K]): void => setDraft((d) => ({ ...d, [key]: value })),
    [setDraft]
  );
  const toggleIndicator = React.useCallback(
    (indicator: IcoIndicator, checked: boolean) => setDraft((d) => withIndicator(d, indicator, checked)),
    [setDraft]
  );

  const isNew = saving.stored === undefined;
  const deadline = React.useMemo(() => deadlineFromDraft(draft), [draft]);
  const { validation, allErrors } = React.useMemo(() => checkFoiDraft(draft, isNew, today), [draft, isNew, today]);
  const refusal = React.useMemo(() => foiRefusalCheck(validation, draft, today), [validation, draft, today]);
  const errors = showErrors ? allErrors : [];

  return {
    draft,
    setDraft,
    set,
    toggleIndicator,
    isNew,
    errors,
    showErrors,
    issues: refusal.issues,
    message: (field) => messageFor(errors, refusal.issues, field),
    refusalCheckRan: refusal.ran,
    deadline,
    save: saving.save,
    saveState: saving.saveState,
    resolveConflict: saving.resolveConflict
  };
}
