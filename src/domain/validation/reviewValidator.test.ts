import { isoDate } from '../model/dates';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';
import { validateReviewInput } from './reviewValidator';

const today = isoDate('2026-11-28');
const scheduled = {
  kind: 'Scheduled',
  sanctionId: 's-1',
  dueDate: '2026-11-25',
  heldOn: '2026-11-26',
  reviewers: ['u-hos', 'u-cro'],
  evidence: 'Contact log since June.',
  outcome: 'Continue',
  reasons: 'Abusive emails continued in October.',
  nextReviewDate: '2027-03-01'
};
const requested = {
  kind: 'PersonRequested',
  sanctionId: 's-1',
  dueDate: '2026-12-20',
  requestedOn: '2026-11-20',
  requestText: 'I would like phone contact back.',
  assignedTo: 'u-ed'
};
const codes = (input: unknown, limits?: Parameters<typeof validateReviewInput>[2]): string[] => {
  const result = validateReviewInput(input, today, limits);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('review validation', () => {
  test('accepts a scheduled review with an outcome and a person-requested review', () => {
    const result = validateReviewInput(scheduled, today);
    expect(result.ok && result.value).toEqual({
      ...scheduled,
      requestedOn: undefined,
      requestText: undefined,
      assignedTo: undefined,
      newEndDate: undefined
    });
    const asked = validateReviewInput(requested, today);
    expect(
      asked.ok && [asked.value.kind, asked.value.requestedOn, asked.value.assignedTo, asked.value.reviewers, asked.value.outcome]
    ).toEqual(['PersonRequested', '2026-11-20', 'u-ed', [], undefined]);
    const lifted = validateReviewInput({ ...scheduled, outcome: 'Lift', nextReviewDate: undefined }, today);
    expect(lifted.ok).toBe(true);
    const amended = validateReviewInput({ ...scheduled, outcome: 'Amend', nextReviewDate: '2027-02-01', newEndDate: '2027-05-01' }, today);
    expect(amended.ok && amended.value.newEndDate).toBe('2027-05-01');
  });

  test('names every missing field', () => {
    expect(codes({})).toEqual(['kind:required', 'sanctionId:required', 'dueDate:required']);
    expect(codes({ kind: 'PersonRequested', sanctionId: 's-1', dueDate: '2026-12-20' })).toEqual([
      'requestedOn:required',
      'requestText:required',
      'assignedTo:required'
    ]);
    expect(codes({ kind: 'Scheduled', sanctionId: 's-1', dueDate: '2026-11-25', outcome: 'Continue' })).toEqual([
      'heldOn:required',
      'reviewers:required',
      'reasons:required',
      'nextReviewDate:required'
    ]);
  });

  test('dates in the wrong order', () => {
    expect(codes({ ...requested, dueDate: '2026-11-19' })).toEqual(['dueDate:dateOrder']);
    expect(codes({ ...requested, requestedOn: '2026-11-29', dueDate: '2026-12-20' })).toEqual(['requestedOn:dateOrder']);
    expect(codes({ ...requested, heldOn: '2026-11-19' })).toEqual(['heldOn:dateOrder']);
    expect(codes({ ...scheduled, heldOn: '2026-12-01' })).toEqual(['heldOn:dateOrder']);
    expect(codes({ ...scheduled, nextReviewDate: '2026-11-26' })).toEqual(['nextReviewDate:dateOrder']);
    expect(codes({ ...scheduled, outcome: 'Amend', newEndDate: '2026-11-20' })).toEqual(['newEndDate:dateOrder']);
    expect(codes({ ...scheduled, outcome: 'Amend', newEndDate: '2027-02-01' })).toEqual(['nextReviewDate:dateOrder']);
  });

  test('next review no later than the configured interval', () => {
    expect(codes({ ...scheduled, nextReviewDate: '2027-05-26' })).toEqual([]);
    expect(codes({ ...scheduled, nextReviewDate: '2027-05-27' })).toEqual(['nextReviewDate:outOfRange']);
    expect(codes(scheduled, { defaultDurationMonths: 3, maxDurationMonths: 6, firstReviewWithinMonths: 3 })).toEqual([
      'nextReviewDate:outOfRange'
    ]);
  });

  test('lifted restrictions have no next review; scheduled reviews carry no request', () => {
    expect(codes({ ...scheduled, outcome: 'Lift', newEndDate: '2027-01-01' })).toEqual([
      'nextReviewDate:notAllowed',
      'newEndDate:notAllowed'
    ]);
    expect(codes({ ...scheduled, requestedOn: '2026-11-01' })).toEqual(['kind:notAllowed']);
  });

  test('unknown choices, long text and wrong types', () => {
    expect(codes({ ...scheduled, kind: 'Annual', outcome: 'Expire' })).toEqual(['kind:unknownChoice', 'outcome:unknownChoice']);
    expect(
      codes({ ...requested, requestText: 'r'.repeat(MULTI_LINE_TEXT_MAX + 1), assignedTo: 'a'.repeat(SINGLE_LINE_TEXT_MAX + 1) })
    ).toEqual(['requestText:tooLong', 'assignedTo:tooLong']);
    expect(codes({ ...scheduled, reviewers: 'u-hos', evidence: 3, dueDate: 45000 })).toEqual([
      'dueDate:invalidFormat',
      'reviewers:invalidFormat',
      'evidence:invalidFormat'
    ]);
  });
});
