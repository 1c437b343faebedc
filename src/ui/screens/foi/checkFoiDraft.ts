import { validateFoiRequestAssessmentInput, type IsoDate, type ValidationError } from '../../../domain';
import { deadlineFromDraft, OUTSIDE_CALENDAR_MESSAGE } from './foiDeadline';
import { draftToInput, type FoiDraft } from './foiDraft';

const REFERENCE_MAX = 255;

export interface FoiDraftCheck {
  validation: ReturnType<typeof validateFoiRequestAssessmentInput>;
  allErrors: ValidationError[];
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
export function checkFoiDraft(draft: FoiDraft, isNew: boolean, today: IsoDate): FoiDraftCheck {
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
