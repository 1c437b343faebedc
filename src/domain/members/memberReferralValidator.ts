import { IsoDate, isAfter } from '../model/dates';
import type { MemberReferral } from '../model/memberReferral';
import {
  dateNotBefore,
  FieldErrors,
  isRecord,
  optionalDate,
  optionalLine,
  optionalNote,
  requiredDate,
  requiredLine,
  requiredNote
} from '../validation/fieldValidators';
import { err, ok, Result } from '../validation/result';
import type { ValidationError } from '../validation/validationError';

export type MemberReferralInput = Omit<MemberReferral, 'id' | 'caseId' | 'createdAt'>;

/**
 * BR-26 (spec §1.6, M1 p.5): before referring to the Monitoring Officer the councillor
 * has written to the person (date or upload) and sought the group leader's advice —
 * unless an override reason is recorded (e.g. a threat made writing first unsafe).
 */
export function validateMemberReferral(input: unknown, today: IsoDate): Result<MemberReferralInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const councillorId = requiredLine(errors, 'councillorId', 'the councillor', source.councillorId);
  const personName = requiredLine(errors, 'personName', "the person's name", source.personName);
  const personContactDetails = requiredNote(errors, 'personContactDetails', "the person's contact details", source.personContactDetails);
  const accountOfContacts = requiredNote(
    errors,
    'accountOfContacts',
    'an account of the number and types of contact and the behaviour',
    source.accountOfContacts
  );
  const overrideReason = optionalNote(errors, 'overrideReason', 'the reason for skipping a step', source.overrideReason);
  const councillorLetterDate = optionalDate(
    errors,
    'councillorLetterDate',
    'the date you wrote to the person',
    source.councillorLetterDate
  );
  const councillorLetterUploadUrl = optionalLine(
    errors,
    'councillorLetterUploadUrl',
    'the letter upload',
    source.councillorLetterUploadUrl
  );
  const groupLeaderId = optionalLine(errors, 'groupLeaderId', 'the group leader', source.groupLeaderId);
  const groupLeaderConsultedOn = optionalDate(
    errors,
    'groupLeaderConsultedOn',
    "the date of the group leader's advice",
    source.groupLeaderConsultedOn
  );
  const groupLeaderAdvice = optionalNote(errors, 'groupLeaderAdvice', "the group leader's advice", source.groupLeaderAdvice);
  const referredOn = requiredDate(errors, 'referredToMonitoringOfficerOn', 'the referral date', source.referredToMonitoringOfficerOn);
  const personId = optionalLine(errors, 'personId', 'the person record', source.personId);

  const overridden = overrideReason !== undefined;
  if (!overridden) {
    if (
      councillorLetterDate === undefined &&
      councillorLetterUploadUrl === undefined &&
      !errors.errors.some((e) => e.field === 'councillorLetterDate')
    ) {
      errors.add(
        'councillorLetterDate',
        'required',
        'Give the date you wrote to the person, or upload the letter. If it was not safe to write, give the reason.'
      );
    }
    if (groupLeaderConsultedOn === undefined || groupLeaderAdvice === undefined || groupLeaderId === undefined) {
      errors.add(
        'groupLeaderConsultedOn',
        'required',
        "Record the group leader's advice (who, when and what), or give the reason it was not sought."
      );
    }
  }
  dateNotBefore(
    errors,
    'groupLeaderConsultedOn',
    "the date of the group leader's advice",
    groupLeaderConsultedOn,
    'the date you wrote to the person',
    councillorLetterDate
  );
  dateNotBefore(
    errors,
    'referredToMonitoringOfficerOn',
    'the referral date',
    referredOn,
    "the date of the group leader's advice",
    groupLeaderConsultedOn
  );
  if (referredOn !== undefined && isAfter(referredOn, today)) {
    errors.add('referredToMonitoringOfficerOn', 'dateOrder', 'The referral date cannot be in the future.');
  }
  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    councillorId: councillorId as string,
    personId,
    personName: personName as string,
    personContactDetails: personContactDetails as string,
    councillorLetterDate,
    councillorLetterUploadUrl,
    groupLeaderId,
    groupLeaderConsultedOn,
    groupLeaderAdvice,
    overrideReason,
    accountOfContacts: accountOfContacts as string,
    referredToMonitoringOfficerOn: referredOn as IsoDate
  });
}
