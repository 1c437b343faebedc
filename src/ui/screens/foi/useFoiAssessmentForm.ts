import * as React from 'react';
import {
  checkFoiRefusal,
  isIsoDate,
  refusalDeadlineFor,
  TimeInputError,
  validateFoiRequestAssessmentInput,
  type FoiIssue,
  type FoiRequestAssessment,
  type IsoDate,
  type ValidationError
} from '../../../domain';
import { isConflict, type Stored } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { draftFromAssessment, draftToInput, emptyDraft, type FoiDraft } from './foiDraft';

export type DeadlineStatus =
  | { kind: 'noDate' }
  /** A date the statutory calendar does not cover (a year typed digit by digit passes through 0002). */
  | { kind: 'outsideCalendar' }
  | { kind: 'awaitingClarification' }
  | { kind: 'due'; date: IsoDate };

/** Said beside the received date when no deadline can be counted from it. */
export const OUTSIDE_CALENDAR_MESSAGE =
  'Working days can only be counted for dates the statutory calendar covers: check the year of the date the request was received and of any clarification pause.';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; reference: string }
  | { status: 'failed'; error: unknown }
  | { status: 'conflict'; current: Stored<FoiRequestAssessment> | undefined };

export interface FoiAssessmentFormState {
  draft: FoiDraft;
  setDraft(change: (draft: FoiDraft) => FoiDraft): void;
  isNew: boolean;
  /** Validation messages, shown once the officer has tried to save. */
  errors: readonly ValidationError[];
  showErrors: boolean;
  /** checkFoiRefusal issues (BR-16 to BR-18), live while the form is filled in. */
  issues: readonly FoiIssue[];
  /** Whether the refusal check ran (it needs a valid record and a ground; BR-16 always runs). */
  refusalCheckRan: boolean;
  deadline: DeadlineStatus;
  save(): Promise<boolean>;
  saveState: SaveState;
  resolveConflict(choice: 'reload' | 'merge' | 'cancel'): void;
}

const REFERENCE_MAX = 255;

/** The 20 working day deadline from the dates typed so far (statutory calendar, BR-25). */
function deadlineFromDraft(draft: FoiDraft): DeadlineStatus {
  if (!isIsoDate(draft.receivedOn)) return { kind: 'noDate' };
  const pauses: { from: IsoDate; to?: IsoDate }[] = [];
  for (const pause of draft.clarificationPauses) {
    if (!isIsoDate(pause.from)) continue;
    if (pause.to.trim() === '') pauses.push({ from: pause.from });
    else if (isIsoDate(pause.to)) pauses.push({ from: pause.from, to: pause.to });
  }
  const probe: FoiRequestAssessment = {
    id: '',
    regime: 'FOIA',
    receivedOn: draft.receivedOn,
    clarificationPauses: pauses,
    indicatorsConsidered: [],
    conciliatorySteps: [],
    handlerId: '',
    handlerHeavilyInvolved: false
  };
  try {
    const date = refusalDeadlineFor(probe);
    return date === undefined ? { kind: 'awaitingClarification' } : { kind: 'due', date };
  } catch (error) {
    // While a date is typed, its year passes through values no calendar covers: say so, never crash.
    if (error instanceof TimeInputError) return { kind: 'outsideCalendar' };
    throw error;
  }
}

function referenceErrors(draft: FoiDraft): ValidationError[] {
  const reference = draft.reference.trim();
  if (reference === '')
    return [{ field: 'reference', code: 'required', message: 'Enter the request reference, for example FOI-2026-0412.' }];
  if (reference.length > REFERENCE_MAX)
    return [{ field: 'reference', code: 'tooLong', message: `The request reference must be ${REFERENCE_MAX} characters or fewer.` }];
  return [];
}

/** Domain validation of the draft (plus the reference, which the validator leaves to the store). */
function checkDraft(
  draft: FoiDraft,
  isNew: boolean,
  today: IsoDate
): { validation: ReturnType<typeof validateFoiRequestAssessmentInput>; allErrors: ValidationError[] } {
  const deadline = deadlineFromDraft(draft);
  const validation = validateFoiRequestAssessmentInput(draftToInput(draft, deadline.kind === 'due' ? deadline.date : undefined), today);
  const dateErrors = validation.ok ? [] : validation.error;
  const calendarErrors: ValidationError[] =
    deadline.kind === 'outsideCalendar' && !dateErrors.some((error) => error.field === 'receivedOn')
      ? [{ field: 'receivedOn', code: 'outOfRange', message: OUTSIDE_CALENDAR_MESSAGE }]
      : [];
  return {
    validation: calendarErrors.length > 0 ? { ok: false, error: [...dateErrors, ...calendarErrors] } : validation,
    allErrors: [...(isNew ? referenceErrors(draft) : []), ...dateErrors, ...calendarErrors]
  };
}

/** Theirs, with each part of the form I changed since `base` taken from mine. */
export function mergeDrafts(base: FoiDraft, mine: FoiDraft, theirs: FoiDraft): FoiDraft {
  const merged: FoiDraft = { ...theirs };
  for (const key of Object.keys(mine) as (keyof FoiDraft)[]) {
    if (JSON.stringify(mine[key]) !== JSON.stringify(base[key])) {
      (merged as unknown as Record<string, unknown>)[key] = mine[key];
    }
  }
  return merged;
}

/** The FOI officer's assessment form: draft, domain validation, refusal checks and saving through store.foiAssessments. */
export function useFoiAssessmentForm(
  initial: Stored<FoiRequestAssessment> | undefined,
  onSaved: (saved: Stored<FoiRequestAssessment>) => void
): FoiAssessmentFormState {
  const { store, clock, currentUser, newRequestKey } = useAppServices();
  const [stored, setStored] = React.useState<Stored<FoiRequestAssessment> | undefined>(initial);
  const [draft, setDraftState] = React.useState<FoiDraft>(() =>
    initial ? draftFromAssessment(initial.value) : emptyDraft(currentUser.id)
  );
  const [showErrors, setShowErrors] = React.useState(false);
  const [saveState, setSaveState] = React.useState<SaveState>({ status: 'idle' });
  // One key per new record: pressing Save twice (or a retry) never makes two records.
  const [requestKey] = React.useState(() => newRequestKey());
  /** The saved version the officer's edits started from (for merging after a conflict). */
  const baseDraft = React.useRef<FoiDraft>(initial ? draftFromAssessment(initial.value) : emptyDraft(currentUser.id));
  const today = clock.today();

  const setDraft = React.useCallback((change: (draft: FoiDraft) => FoiDraft) => {
    setDraftState((previous) => change(previous));
    setSaveState((previous) => (previous.status === 'saved' || previous.status === 'failed' ? { status: 'idle' } : previous));
  }, []);

  const deadline = React.useMemo(() => deadlineFromDraft(draft), [draft]);
  const checked = React.useMemo(() => checkDraft(draft, stored === undefined, today), [draft, stored, today]);
  const { validation, allErrors } = checked;

  const refusal = React.useMemo(() => {
    if (!validation.ok) {
      return {
        ran: false,
        issues: draft.ccmRestrictionCited ? checkFoiRefusalBr16Only(draft) : []
      };
    }
    const check = checkFoiRefusal({
      assessment: { ...validation.value, id: draft.reference.trim() },
      ccmRestrictionCited: draft.ccmRestrictionCited,
      today
    });
    // No ground yet: this is not (yet) a refusal, so only the BR-16 reminder applies.
    const issues = draft.ground === '' ? check.issues.filter((issue) => issue.rule === 'BR-16') : check.issues;
    return { ran: draft.ground !== '', issues };
  }, [validation, draft, today]);

  const persist = React.useCallback(
    async (base: Stored<FoiRequestAssessment> | undefined, toSave: FoiDraft): Promise<boolean> => {
      setShowErrors(true);
      const result = checkDraft(toSave, base === undefined, today);
      if (result.allErrors.length > 0 || !result.validation.ok) return false;
      const value: FoiRequestAssessment = { ...result.validation.value, id: base ? base.value.id : toSave.reference.trim() };
      setSaveState({ status: 'saving' });
      try {
        let saved: Stored<FoiRequestAssessment>;
        if (base) {
          saved = await store.foiAssessments.update(base, value);
        } else {
          const existing = await store.foiAssessments.find(value.id);
          if (existing) {
            setSaveState({
              status: 'failed',
              error: `There is already an assessment with the reference ${value.id}. Open it from the list, or use a different reference.`
            });
            return false;
          }
          saved = await store.foiAssessments.create(value, { requestKey });
        }
        setStored(saved);
        baseDraft.current = draftFromAssessment(saved.value);
        setSaveState({ status: 'saved', reference: saved.value.id });
        onSaved(saved);
        return true;
      } catch (error: unknown) {
        if (isConflict<Stored<FoiRequestAssessment>>(error)) {
          setSaveState({ status: 'conflict', current: error.current });
        } else {
          setSaveState({ status: 'failed', error });
        }
        return false;
      }
    },
    [today, store, requestKey, onSaved]
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
        setDraftState(theirs);
        setSaveState({ status: 'idle' });
        return;
      }
      // Merge: only the parts I changed go on top of the latest version, saved with its etag.
      const merged = mergeDrafts(baseDraft.current, draft, theirs);
      baseDraft.current = theirs;
      setDraftState(merged);
      persist(current, merged).catch(() => undefined);
    },
    [saveState, persist, draft]
  );

  return {
    draft,
    setDraft,
    isNew: stored === undefined,
    errors: showErrors ? allErrors : [],
    showErrors,
    issues: refusal.issues,
    refusalCheckRan: refusal.ran,
    deadline,
    save,
    saveState,
    resolveConflict
  };
}

/** While the record is incomplete, still remind straight away that a CCM restriction is no ground (BR-16). */
function checkFoiRefusalBr16Only(draft: FoiDraft): FoiIssue[] {
  const probe: FoiRequestAssessment = {
    id: draft.reference,
    regime: 'FOIA',
    receivedOn: '2000-01-01' as IsoDate,
    clarificationPauses: [],
    indicatorsConsidered: [],
    conciliatorySteps: [],
    handlerId: draft.handlerId,
    handlerHeavilyInvolved: false
  };
  return checkFoiRefusal({ assessment: probe, ccmRestrictionCited: true, today: '2000-01-01' as IsoDate }).issues.filter(
    (issue) => issue.rule === 'BR-16'
  );
}
