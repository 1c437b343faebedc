import { isoDate } from '../model/dates';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';
import { validateWarningMarkerInput } from './warningMarkerValidator';

const today = isoDate('2026-11-28');
const marker = {
  personId: 'p-1',
  incidentIds: ['i-1'],
  riskDescription: 'Threatened an officer with a knife on a home visit.',
  precautions: 'Two officers on every visit.',
  proposedBy: 'u-staff',
  notifiedOn: '2026-11-27',
  reviewDate: '2027-11-01'
};
const codes = (input: unknown, months?: number): string[] => {
  const result = validateWarningMarkerInput(input, today, months);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('warning marker validation', () => {
  test('accepts a valid marker and returns typed values', () => {
    const result = validateWarningMarkerInput(marker, today);
    expect(result.ok && result.value).toEqual({ ...marker, notNotifiedReason: undefined, removedOn: undefined, removalReason: undefined });
    expect(codes({ ...marker, removedOn: '2026-11-28', removalReason: 'Challenge upheld.' })).toEqual([]);
  });

  test('names every missing field (BR-21 linked incident and review date)', () => {
    expect(codes({})).toEqual([
      'personId:required',
      'incidentIds:required',
      'riskDescription:required',
      'precautions:required',
      'proposedBy:required',
      'reviewDate:required'
    ]);
    expect(codes({ ...marker, removedOn: '2026-11-28' })).toEqual(['removalReason:required']);
    expect(codes({ ...marker, removalReason: 'Challenge upheld.' })).toEqual(['removedOn:required']);
  });

  test('dates in the wrong order and review too far ahead', () => {
    expect(codes({ ...marker, reviewDate: '2026-11-28' })).toEqual(['reviewDate:dateOrder']);
    expect(codes({ ...marker, reviewDate: '2027-11-29' })).toEqual(['reviewDate:outOfRange']);
    expect(codes({ ...marker, reviewDate: '2027-06-01' }, 6)).toEqual(['reviewDate:outOfRange']);
    expect(codes({ ...marker, notifiedOn: '2026-12-01' })).toEqual(['notifiedOn:dateOrder']);
    expect(codes({ ...marker, removedOn: '2026-11-26', removalReason: 'x' })).toEqual(['removedOn:dateOrder']);
    expect(codes({ ...marker, removedOn: '2026-11-29', removalReason: 'x' })).toEqual(['removedOn:dateOrder']);
  });

  test('long text and wrong types', () => {
    expect(
      codes({ ...marker, incidentIds: ['i'.repeat(SINGLE_LINE_TEXT_MAX + 1)], precautions: 'p'.repeat(MULTI_LINE_TEXT_MAX + 1) })
    ).toEqual(['incidentIds[0]:tooLong', 'precautions:tooLong']);
    expect(codes({ ...marker, incidentIds: 'i-1', personId: 1, reviewDate: '1 Nov 2027', removedOn: 'soon', removalReason: 'x' })).toEqual([
      'personId:invalidFormat',
      'incidentIds:invalidFormat',
      'reviewDate:invalidFormat',
      'removedOn:invalidFormat'
    ]);
  });
});
