import { addMonths, IsoDate } from '../model/dates';
import type { WarningMarker } from '../model/warningMarker';
import { DEFAULT_TIME_FRAMES } from '../time/timeFrames';
import {
  dateAfter,
  dateNotAfter,
  dateNotBefore,
  dateNotInFuture,
  FieldErrors,
  isBlank,
  isRecord,
  lineList,
  optionalDate,
  optionalNote,
  requiredDate,
  requiredLine,
  requiredNote
} from './fieldValidators';
import { err, ok, Result } from './result';
import type { ValidationError } from './validationError';

/**
 * What the marker form submits. Approval (approvedBy/At), challenges and status are set by
 * the health and safety workflow in src/domain/markers, not by the proposer.
 */
export type WarningMarkerInput = Omit<WarningMarker, 'id' | 'approvedBy' | 'approvedAt' | 'challenges' | 'status'>;

/**
 * Validates a staff safety warning marker (spec §4.1, §5.2 #14). BR-21: a linked incident
 * and a review date in the future, no more than `reviewMonths` (configuration) ahead.
 * BR-33: a removal is recorded with its reasons.
 */
export function validateWarningMarkerInput(
  input: unknown,
  today: IsoDate,
  reviewMonths: number = DEFAULT_TIME_FRAMES.warningMarkerReviewMonths
): Result<WarningMarkerInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const personId = requiredLine(errors, 'personId', 'the person the marker is about', source.personId);
  const incidentIds = lineList(errors, 'incidentIds', 'linked incident', source.incidentIds, 1);
  const riskDescription = requiredNote(errors, 'riskDescription', 'a description of the risk', source.riskDescription);
  const precautions = requiredNote(errors, 'precautions', 'the precautions staff should take', source.precautions);
  const proposedBy = requiredLine(errors, 'proposedBy', 'who proposed the marker', source.proposedBy);
  const notifiedOn = optionalDate(errors, 'notifiedOn', 'the date the person was told', source.notifiedOn);
  dateNotInFuture(errors, 'notifiedOn', 'the date the person was told', notifiedOn, today);
  const notNotifiedReason = optionalNote(errors, 'notNotifiedReason', 'why the person was not told', source.notNotifiedReason);
  const reviewDate = requiredDate(errors, 'reviewDate', 'the review date', source.reviewDate);
  const reviewMark = errors.mark();
  dateAfter(errors, 'reviewDate', 'the review date', reviewDate, 'today', today);
  if (!errors.addedSince(reviewMark)) {
    dateNotAfter(
      errors,
      'reviewDate',
      'the review date',
      reviewDate,
      `${reviewMonths} months from today`,
      addMonths(today, reviewMonths),
      'outOfRange'
    );
  }
  const removedOn = optionalDate(errors, 'removedOn', 'the date the marker was removed', source.removedOn);
  dateNotInFuture(errors, 'removedOn', 'the date the marker was removed', removedOn, today);
  dateNotBefore(errors, 'removedOn', 'the date the marker was removed', removedOn, 'the date the person was told', notifiedOn);
  const removalReason = optionalNote(errors, 'removalReason', 'the reason the marker was removed', source.removalReason);
  // BR-33: a removal is recorded with its reasons, and reasons belong to a removal.
  if (removedOn !== undefined && isBlank(source.removalReason)) {
    errors.add('removalReason', 'required', 'Enter the reason the marker was removed.');
  }
  if (removalReason !== undefined && isBlank(source.removedOn)) {
    errors.add('removedOn', 'required', 'Enter the date the marker was removed.');
  }
  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    personId: personId as string,
    incidentIds: incidentIds as string[],
    riskDescription: riskDescription as string,
    precautions: precautions as string,
    proposedBy: proposedBy as string,
    notifiedOn,
    notNotifiedReason,
    reviewDate: reviewDate as IsoDate,
    removedOn,
    removalReason
  });
}
