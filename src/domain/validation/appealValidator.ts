import { APPEAL_GROUNDS, AppealGround } from '../model/appeal';
import { IsoDate, isAfter } from '../model/dates';
import { err, ok, Result } from './result';
import { choiceList, FieldErrors, isRecord, requiredDate, requiredLine, requiredNote } from './fieldValidators';
import type { ValidationError } from './validationError';

export interface AppealInput {
  sanctionId: string;
  receivedOn: IsoDate;
  grounds: AppealGround[];
  statement: string;
  reviewerId: string;
}

/** BR-12: an appeal is about the restriction only, on the grounds of spec §2.8. */
export function validateAppealInput(input: unknown, today: IsoDate): Result<AppealInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const sanctionId = requiredLine(errors, 'sanctionId', 'the restriction being appealed', source.sanctionId);
  const receivedOn = requiredDate(errors, 'receivedOn', 'the date the appeal was received', source.receivedOn);
  if (receivedOn !== undefined && isAfter(receivedOn, today)) {
    errors.add('receivedOn', 'dateOrder', 'The date the appeal was received cannot be in the future.');
  }
  const grounds = choiceList(errors, 'grounds', 'ground of appeal', source.grounds, APPEAL_GROUNDS, 1);
  const statement = requiredNote(errors, 'statement', "the person's reasons for appealing", source.statement);
  const reviewerId = requiredLine(errors, 'reviewerId', 'the appeal reviewer', source.reviewerId);
  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    sanctionId: sanctionId as string,
    receivedOn: receivedOn as IsoDate,
    grounds: grounds as AppealGround[],
    statement: statement as string,
    reviewerId: reviewerId as string
  });
}
