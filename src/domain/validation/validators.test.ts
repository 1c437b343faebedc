import { isoDate } from '../model/dates';
import { validateAppealInput } from './appealValidator';
import { FieldErrors, numberInRange, optionalLine, requiredChoice } from './fieldValidators';
import { validateIncidentReportInput } from './incidentValidator';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';

const today = isoDate('2026-11-28');
const incident = {
  personId: 'p-1',
  reporterId: 'u-staff',
  occurredAt: '2026-11-27T14:05:00Z',
  channel: 'phone',
  service: 'Housing',
  narrative: 'Caller said "I know where you live".',
  categories: ['aggressiveAbusiveThreatening'],
  immediateAction: 'endedCall',
  healthAndSafetyFlag: true,
  witnesses: [{ name: 'Priya Shah', isThirdParty: false }]
};

const errorsOf = (input: unknown): string[] => {
  const result = validateIncidentReportInput(input, today);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('incident report validation', () => {
  test('accepts a complete report', () => {
    const result = validateIncidentReportInput(incident, today);
    expect(result.ok && result.value.witnesses).toEqual([{ name: 'Priya Shah', userId: undefined, isThirdParty: false }]);
    expect(result.ok && result.value.attachments).toEqual([]);
  });

  test('names each missing field with a typed error', () => {
    expect(errorsOf({})).toEqual([
      'personId:required',
      'reporterId:required',
      'occurredAt:required',
      'channel:required',
      'service:required',
      'narrative:required',
      'categories:required',
      'immediateAction:required',
      'healthAndSafetyFlag:required'
    ]);
    expect(errorsOf('not an object')).toContain('personId:required');
  });

  test('rejects unknown choices, bad formats, future dates and over-long text', () => {
    expect(errorsOf({ ...incident, channel: 'carrierPigeon', categories: ['rudeness', 'unreasonableDemands'] })).toEqual([
      'channel:unknownChoice',
      'categories[0]:unknownChoice'
    ]);
    expect(errorsOf({ ...incident, categories: 'unreasonableDemands' })).toEqual(['categories:invalidFormat']);
    expect(errorsOf({ ...incident, occurredAt: '27/11/2026' })).toEqual(['occurredAt:invalidFormat']);
    expect(errorsOf({ ...incident, occurredAt: '2026-11-29T09:00:00Z' })).toEqual(['occurredAt:dateOrder']);
    expect(
      errorsOf({ ...incident, service: 'x'.repeat(SINGLE_LINE_TEXT_MAX + 1), narrative: 'y'.repeat(MULTI_LINE_TEXT_MAX + 1) })
    ).toEqual(['service:tooLong', 'narrative:tooLong']);
    expect(errorsOf({ ...incident, narrative: 42, healthAndSafetyFlag: 'yes' })).toEqual([
      'narrative:invalidFormat',
      'healthAndSafetyFlag:invalidFormat'
    ]);
    expect(errorsOf({ ...incident, witnesses: [{ name: '' }] })).toEqual(['witnesses[0].name:required']);
    const result = validateIncidentReportInput({ ...incident, service: 'x'.repeat(300) }, today);
    expect(!result.ok && result.error[0].message).toBe('The service must be 255 characters or fewer.');
  });
});

describe('appeal validation', () => {
  const appeal = {
    sanctionId: 's-1',
    receivedOn: '2026-11-20',
    grounds: ['disproportionate'],
    statement: 'I need phone contact.',
    reviewerId: 'u-appeal'
  };
  test('BR-12 appeals offer only the spec 2.8 grounds and need a statement', () => {
    expect(validateAppealInput(appeal, today).ok).toBe(true);
    const bad = validateAppealInput({ ...appeal, grounds: ['unfair'], statement: '', receivedOn: '2026-12-01' }, today);
    expect(!bad.ok && bad.error.map((e) => `${e.field}:${e.code}`)).toEqual([
      'receivedOn:dateOrder',
      'grounds[0]:unknownChoice',
      'statement:required'
    ]);
    expect(validateAppealInput(null, today).ok).toBe(false);
  });
});

describe('field validators', () => {
  test('number ranges and optional values', () => {
    const errors = new FieldErrors();
    expect(numberInRange(errors, 'n', 'the number of minutes', 30, 5, 120)).toBe(30);
    expect(numberInRange(errors, 'a', 'the number of minutes', undefined, 5, 120)).toBeUndefined();
    expect(numberInRange(errors, 'b', 'the number of minutes', '30', 5, 120)).toBeUndefined();
    expect(numberInRange(errors, 'c', 'the number of minutes', 500, 5, 120)).toBeUndefined();
    expect(optionalLine(errors, 'd', 'a note', undefined)).toBeUndefined();
    expect(requiredChoice(errors, 'e', 'a colour', 'red', ['red', 'blue'] as const)).toBe('red');
    expect(errors.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['a:required', 'b:invalidFormat', 'c:outOfRange']);
    expect(errors.errors[2].message).toBe('The number of minutes must be between 5 and 120.');
  });
});
