import * as React from 'react';
import {
  err,
  ok,
  validateMemberReferral,
  type IsoDate,
  type IsoInstant,
  type MemberReferral,
  type Result,
  type UserId,
  type ValidationError
} from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { useWarnBeforeLeaving } from '../../components/useWarnBeforeLeaving';

export interface ReferralFields {
  personName: string;
  personContactDetails: string;
  accountOfContacts: string;
  councillorLetterDate: string;
  councillorLetterUploadUrl: string;
  groupLeaderId: string;
  groupLeaderConsultedOn: string;
  groupLeaderAdvice: string;
  stepsSkipped: boolean;
  overrideReason: string;
  referredToMonitoringOfficerOn: string;
}

export type ReferralSubmission =
  { status: 'editing' } | { status: 'saving' } | { status: 'saved'; referralId: string } | { status: 'failed'; error: unknown };

export interface MemberReferralForm {
  /** BR-22: only councillors and group leaders refer by the councillors' route. */
  allowed: boolean;
  fields: ReferralFields;
  set<K extends keyof ReferralFields>(key: K, value: ReferralFields[K]): void;
  errors: readonly ValidationError[];
  submission: ReferralSubmission;
  submit(): Promise<void>;
  startAnother(): void;
}

function blankToUndefined(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/**
 * The referral the form saves (BR-26 checked by the domain validator), or what needs the
 * councillor's attention. `id` is the form's client request key.
 */
export function referralFromForm(
  fields: ReferralFields,
  councillorId: UserId,
  today: IsoDate,
  now: IsoInstant,
  id: string
): Result<MemberReferral, ValidationError[]> {
  const input = {
    councillorId,
    personName: fields.personName,
    personContactDetails: fields.personContactDetails,
    accountOfContacts: fields.accountOfContacts,
    councillorLetterDate: blankToUndefined(fields.councillorLetterDate),
    councillorLetterUploadUrl: blankToUndefined(fields.councillorLetterUploadUrl),
    groupLeaderId: blankToUndefined(fields.groupLeaderId),
    groupLeaderConsultedOn: blankToUndefined(fields.groupLeaderConsultedOn),
    groupLeaderAdvice: blankToUndefined(fields.groupLeaderAdvice),
    overrideReason: fields.stepsSkipped ? fields.overrideReason : undefined,
    referredToMonitoringOfficerOn: fields.referredToMonitoringOfficerOn
  };
  const result = validateMemberReferral(input, today);
  return result.ok ? ok({ ...result.value, id, createdAt: now }) : err(result.error);
}

/** The councillors' referral form (BR-26), saved through the MemberReferrals port. */
export function useMemberReferralForm(): MemberReferralForm {
  const { store, roles, currentUser, clock, newRequestKey } = useAppServices();
  const allowed = roles.indexOf('councillor') >= 0 || roles.indexOf('groupLeader') >= 0;
  const empty = (): ReferralFields => ({
    personName: '',
    personContactDetails: '',
    accountOfContacts: '',
    councillorLetterDate: '',
    councillorLetterUploadUrl: '',
    groupLeaderId: '',
    groupLeaderConsultedOn: '',
    groupLeaderAdvice: '',
    stepsSkipped: false,
    overrideReason: '',
    referredToMonitoringOfficerOn: clock.today()
  });
  const [fields, setFields] = React.useState<ReferralFields>(empty);
  const [errors, setErrors] = React.useState<readonly ValidationError[]>([]);
  const [submission, setSubmission] = React.useState<ReferralSubmission>({ status: 'editing' });
  useWarnBeforeLeaving(submission.status === 'saving');
  // One key per referral, so a retried save after a timeout cannot create a duplicate.
  const requestKey = React.useRef(newRequestKey());

  const submit = async (): Promise<void> => {
    const result = referralFromForm(fields, currentUser.id, clock.today(), clock.now(), requestKey.current);
    if (!result.ok) {
      setErrors(result.error);
      return;
    }
    setErrors([]);
    setSubmission({ status: 'saving' });
    const referral = result.value;
    try {
      const saved = await store.memberReferrals.create(referral, { requestKey: requestKey.current });
      setSubmission({ status: 'saved', referralId: saved.value.id });
    } catch (error) {
      setSubmission({ status: 'failed', error });
    }
  };

  return {
    allowed,
    fields,
    set: (key, value) => setFields((previous) => ({ ...previous, [key]: value })),
    errors,
    submission,
    submit,
    startAnother: () => {
      requestKey.current = newRequestKey();
      setFields(empty());
      setErrors([]);
      setSubmission({ status: 'editing' });
    }
  };
}
