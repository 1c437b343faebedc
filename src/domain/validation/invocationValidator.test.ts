import { isoDate } from '../model/dates';
import { validateInvocationDecisionInput } from './invocationValidator';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';

const today = isoDate('2026-11-28');
const decision = {
  meetingDate: '2026-11-20',
  attendees: [
    { userId: 'u-hos', name: 'Hannah Oakes', role: 'headOfService' },
    { userId: 'u-ed', name: 'Ed Drake', role: 'executiveDirector' },
    { userId: 'u-cro', name: 'Chris Rowe', role: 'customerRelationsOfficer' }
  ],
  documentsReviewed: ['Incident report 14 November'],
  outcome: 'Invoke',
  reasons: 'Repeated abusive calls to the repairs team.',
  monitoringPeriod: { lengthMonths: 3 },
  spocUserId: 'u-cro'
};
const bypass = {
  reason: 'seriousThreatOfViolence',
  approvedBy: 'u-ed',
  approvedAt: '2026-11-20T15:00:00Z',
  note: 'Threat to harm an officer.'
};

const codes = (input: unknown, max?: number): string[] => {
  const result = validateInvocationDecisionInput(input, today, max);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('invocation decision validation', () => {
  test('accepts a valid decision and returns typed values', () => {
    const result = validateInvocationDecisionInput(decision, today);
    expect(result.ok && result.value).toEqual({ ...decision, bypass: undefined });
    const withBypass = validateInvocationDecisionInput({ ...decision, monitoringPeriod: undefined, bypass }, today);
    expect(withBypass.ok && withBypass.value.bypass).toEqual(bypass);
    const notInvoked = validateInvocationDecisionInput(
      { ...decision, outcome: 'DoNotInvoke', monitoringPeriod: null, documentsReviewed: undefined },
      today
    );
    expect(notInvoked.ok && [notInvoked.value.monitoringPeriod, notInvoked.value.documentsReviewed]).toEqual([undefined, []]);
  });

  test('names every missing field', () => {
    expect(codes({})).toEqual(['meetingDate:required', 'attendees:required', 'outcome:required', 'reasons:required']);
    expect(codes({ ...decision, attendees: [{}], monitoringPeriod: {}, bypass: {} })).toEqual([
      'attendees[0].userId:required',
      'attendees[0].name:required',
      'attendees[0].role:required',
      'monitoringPeriod.lengthMonths:required',
      'bypass.reason:required',
      'bypass.approvedBy:required',
      'bypass.approvedAt:required',
      'bypass.note:required'
    ]);
  });

  test('dates in the wrong order', () => {
    expect(codes({ ...decision, meetingDate: '2026-11-29' })).toEqual(['meetingDate:dateOrder']);
    expect(codes({ ...decision, bypass: { ...bypass, approvedAt: '2026-11-19T09:00:00Z' } })).toEqual(['bypass.approvedAt:dateOrder']);
    expect(codes({ ...decision, bypass: { ...bypass, approvedAt: '2026-11-30T09:00:00Z' } })).toEqual(['bypass.approvedAt:dateOrder']);
    const result = validateInvocationDecisionInput({ ...decision, meetingDate: '2026-12-01' }, today);
    expect(!result.ok && result.error[0].message).toBe('The date of the panel meeting cannot be in the future.');
  });

  test('monitoring period no longer than the configured maximum', () => {
    expect(codes({ ...decision, monitoringPeriod: { lengthMonths: 4 } })).toEqual(['monitoringPeriod.lengthMonths:outOfRange']);
    expect(codes({ ...decision, monitoringPeriod: { lengthMonths: 0 } })).toEqual(['monitoringPeriod.lengthMonths:outOfRange']);
    expect(codes({ ...decision, monitoringPeriod: { lengthMonths: 2.5 } })).toEqual(['monitoringPeriod.lengthMonths:invalidFormat']);
    expect(codes({ ...decision, monitoringPeriod: { lengthMonths: 4 } }, 6)).toEqual([]);
    expect(codes({ ...decision, monitoringPeriod: { lengthMonths: 3 } }, 2)).toEqual(['monitoringPeriod.lengthMonths:outOfRange']);
    const result = validateInvocationDecisionInput({ ...decision, monitoringPeriod: { lengthMonths: 4 } }, today);
    expect(!result.ok && result.error[0].message).toBe('The length of the monitoring period in months must be between 1 and 3.');
  });

  test('monitoring and bypass only when invoking', () => {
    expect(codes({ ...decision, outcome: 'InformalOnly', bypass })).toEqual(['monitoringPeriod:notAllowed', 'bypass:notAllowed']);
  });

  test('unknown choice values are refused', () => {
    expect(
      codes({
        ...decision,
        outcome: 'Maybe',
        attendees: [{ ...decision.attendees[0], role: 'mayor' }],
        bypass: { ...bypass, reason: 'rudeness' }
      })
    ).toEqual(['attendees[0].role:unknownChoice', 'outcome:unknownChoice', 'bypass.reason:unknownChoice']);
  });

  test('text longer than the SharePoint column limits', () => {
    expect(
      codes({
        ...decision,
        attendees: [{ ...decision.attendees[0], name: 'n'.repeat(SINGLE_LINE_TEXT_MAX + 1) }],
        documentsReviewed: ['d'.repeat(SINGLE_LINE_TEXT_MAX + 1)],
        reasons: 'r'.repeat(MULTI_LINE_TEXT_MAX + 1)
      })
    ).toEqual(['attendees[0].name:tooLong', 'documentsReviewed[0]:tooLong', 'reasons:tooLong']);
  });

  test('wrong types are reported', () => {
    expect(
      codes({ ...decision, meetingDate: 1, attendees: 'panel', outcome: 1, monitoringPeriod: 3, spocUserId: 9, bypass: true })
    ).toEqual([
      'meetingDate:invalidFormat',
      'attendees:invalidFormat',
      'outcome:unknownChoice',
      'monitoringPeriod:invalidFormat',
      'spocUserId:invalidFormat',
      'bypass:invalidFormat'
    ]);
    expect(codes({ ...decision, attendees: ['u-hos'], monitoringPeriod: { lengthMonths: '3' } })).toEqual([
      'attendees[0]:invalidFormat',
      'monitoringPeriod.lengthMonths:invalidFormat'
    ]);
  });
});
