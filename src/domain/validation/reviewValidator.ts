import { addMonths, IsoDate } from '../model/dates';
import { REVIEW_OUTCOMES, Review, ReviewKind } from '../model/review';
import { DEFAULT_SANCTION_LIMITS, SanctionLimits } from '../sanctions/limits';
import {
  dateAfter,
  dateNotAfter,
  dateNotBefore,
  dateNotInFuture,
  FieldErrors,
  isBlank,
  isRecord,
  lineList,
  optionalChoice,
  optionalDate,
  optionalLine,
  optionalNote,
  requiredChoice,
  requiredDate,
  requiredLine,
  requiredNote
} from './fieldValidators';
import { err, ok, Result } from './result';
import type { ValidationError } from './validationError';

export const REVIEW_KINDS: readonly ReviewKind[] = ['Scheduled', 'PersonRequested'];

/** What the review form submits; the store adds the id, the letter and when it was answered. */
export type ReviewInput = Omit<Review, 'id' | 'letterId' | 'answeredAt'>;

/**
 * Validates a review of a restriction (spec §2.7, §5.2 #10), scheduled or asked for by the
 * person (BR-34: when it arrived, what they asked and who decides it). Once an outcome is
 * recorded the review needs the date held, the reviewers and reasons; continuing needs the
 * next review date (BR-10), no later than `limits.firstReviewWithinMonths` after the review.
 */
export function validateReviewInput(
  input: unknown,
  today: IsoDate,
  limits: SanctionLimits = DEFAULT_SANCTION_LIMITS
): Result<ReviewInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const kind = requiredChoice(errors, 'kind', 'the kind of review', source.kind, REVIEW_KINDS);
  const sanctionId = requiredLine(errors, 'sanctionId', 'the restriction being reviewed', source.sanctionId);
  const dueDate = requiredDate(errors, 'dueDate', 'the date the review is due', source.dueDate);

  // BR-34: person-requested reviews carry the request; scheduled ones never do.
  const personRequested = kind === 'PersonRequested';
  const requestedOnLabel = "the date the person's request arrived";
  const requestedOn = personRequested
    ? requiredDate(errors, 'requestedOn', requestedOnLabel, source.requestedOn)
    : optionalDate(errors, 'requestedOn', requestedOnLabel, source.requestedOn);
  dateNotInFuture(errors, 'requestedOn', requestedOnLabel, requestedOn, today);
  dateNotBefore(errors, 'dueDate', 'the date the review is due', dueDate, requestedOnLabel, requestedOn);
  const requestText = personRequested
    ? requiredNote(errors, 'requestText', 'what the person asked for', source.requestText)
    : optionalNote(errors, 'requestText', 'what the person asked for', source.requestText);
  const assignedTo = personRequested
    ? requiredLine(errors, 'assignedTo', 'the decision-maker the request goes to', source.assignedTo)
    : optionalLine(errors, 'assignedTo', 'the decision-maker the request goes to', source.assignedTo);
  if (kind === 'Scheduled' && (!isBlank(source.requestedOn) || !isBlank(source.requestText))) {
    errors.add('kind', 'notAllowed', 'A review the person asked for must be recorded as a person-requested review, not a scheduled one.');
  }

  const outcome = optionalChoice(errors, 'outcome', 'the review outcome', source.outcome, REVIEW_OUTCOMES);
  const decided = outcome !== undefined;
  const heldOn = decided
    ? requiredDate(errors, 'heldOn', 'the date the review was held', source.heldOn)
    : optionalDate(errors, 'heldOn', 'the date the review was held', source.heldOn);
  dateNotInFuture(errors, 'heldOn', 'the date the review was held', heldOn, today);
  dateNotBefore(errors, 'heldOn', 'the date the review was held', heldOn, requestedOnLabel, requestedOn);
  const reviewers = lineList(errors, 'reviewers', 'reviewer', source.reviewers, decided ? 1 : 0);
  const evidence = optionalNote(errors, 'evidence', 'the evidence considered', source.evidence);
  const reasons = decided
    ? requiredNote(errors, 'reasons', 'the reasons for the outcome', source.reasons)
    : optionalNote(errors, 'reasons', 'the reasons for the outcome', source.reasons);

  const nextReviewDate =
    outcome === 'Continue'
      ? requiredDate(errors, 'nextReviewDate', 'the next review date', source.nextReviewDate)
      : optionalDate(errors, 'nextReviewDate', 'the next review date', source.nextReviewDate);
  const newEndDate = optionalDate(errors, 'newEndDate', 'the new end date', source.newEndDate);
  if (outcome === 'Lift') {
    if (nextReviewDate !== undefined) {
      errors.add('nextReviewDate', 'notAllowed', 'A lifted restriction has no next review date.');
    }
    if (newEndDate !== undefined) {
      errors.add('newEndDate', 'notAllowed', 'A lifted restriction has no new end date.');
    }
  } else {
    const nextMark = errors.mark();
    dateAfter(errors, 'nextReviewDate', 'the next review date', nextReviewDate, 'the date the review was held', heldOn);
    if (!errors.addedSince(nextMark) && heldOn !== undefined) {
      const latest = addMonths(heldOn, limits.firstReviewWithinMonths);
      dateNotAfter(
        errors,
        'nextReviewDate',
        'the next review date',
        nextReviewDate,
        `${limits.firstReviewWithinMonths} months after this review`,
        latest,
        'outOfRange'
      );
    }
    dateAfter(errors, 'newEndDate', 'the new end date', newEndDate, 'the date the review was held', heldOn);
    if (!errors.addedSince(nextMark)) {
      dateNotAfter(errors, 'nextReviewDate', 'the next review date', nextReviewDate, 'the new end date', newEndDate);
    }
  }

  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    kind: kind as ReviewKind,
    sanctionId: sanctionId as string,
    dueDate: dueDate as IsoDate,
    requestedOn,
    requestText,
    assignedTo,
    heldOn,
    reviewers: reviewers as string[],
    evidence,
    outcome,
    reasons,
    nextReviewDate,
    newEndDate
  });
}
