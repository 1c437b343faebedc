import { isoDate } from '../model/dates';
import { validateMemberReferral } from './memberReferralValidator';

const today = isoDate('2026-11-28');
const complete = {
  councillorId: 'u-cllr',
  personName: 'Zoë Ng',
  personContactDetails: '1 High Street',
  accountOfContacts: 'Twelve calls in a week, two abusive.',
  councillorLetterDate: '2026-10-01',
  groupLeaderId: 'u-gl',
  groupLeaderConsultedOn: '2026-10-20',
  groupLeaderAdvice: 'Refer to the Monitoring Officer.',
  referredToMonitoringOfficerOn: '2026-11-01'
};

const fields = (input: unknown): string[] => {
  const result = validateMemberReferral(input, today);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('Member referral (councillors route)', () => {
  test('BR-26 requires the councillor letter and group leader advice, or an override reason', () => {
    expect(validateMemberReferral(complete, today).ok).toBe(true);
    expect(fields({ ...complete, councillorLetterDate: undefined })).toEqual(['councillorLetterDate:required']);
    expect(fields({ ...complete, councillorLetterDate: undefined, councillorLetterUploadUrl: 'https://x/letter.pdf' })).toEqual([]);
    expect(fields({ ...complete, groupLeaderAdvice: '' })).toEqual(['groupLeaderConsultedOn:required']);
    const overridden = validateMemberReferral(
      {
        ...complete,
        councillorLetterDate: undefined,
        groupLeaderId: undefined,
        groupLeaderConsultedOn: undefined,
        groupLeaderAdvice: undefined,
        overrideReason: 'Threat to the councillor at surgery.'
      },
      today
    );
    expect(overridden.ok && overridden.value.overrideReason).toBe('Threat to the councillor at surgery.');
  });

  test('BR-26 rejects dates out of order, future referral dates, bad dates and missing fields', () => {
    expect(fields({ ...complete, groupLeaderConsultedOn: '2026-09-01' })).toEqual(['groupLeaderConsultedOn:dateOrder']);
    expect(fields({ ...complete, referredToMonitoringOfficerOn: '2026-10-10' })).toEqual(['referredToMonitoringOfficerOn:dateOrder']);
    expect(fields({ ...complete, referredToMonitoringOfficerOn: '2026-12-01' })).toEqual(['referredToMonitoringOfficerOn:dateOrder']);
    expect(fields({ ...complete, councillorLetterDate: '2026-02-30' })).toEqual(['councillorLetterDate:invalidFormat']);
    expect(fields(undefined)).toEqual(
      expect.arrayContaining([
        'councillorId:required',
        'personName:required',
        'accountOfContacts:required',
        'referredToMonitoringOfficerOn:required'
      ])
    );
    expect(fields({ ...complete, personName: 'x'.repeat(256) })).toEqual(['personName:tooLong']);
  });
});
