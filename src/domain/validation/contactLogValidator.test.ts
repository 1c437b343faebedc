import { isoDate } from '../model/dates';
import { validateContactLogEntryInput } from './contactLogValidator';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';

const today = isoDate('2026-11-28');
const entry = {
  receivedAt: '2026-11-27T10:15:00Z',
  channel: 'email',
  viaSpoc: true,
  summary: 'Asked about the repair date.',
  newIssue: false,
  safeguardingConcern: false,
  breachOfRestriction: false
};
const codes = (input: unknown): string[] => {
  const result = validateContactLogEntryInput(input, today);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('contact log entry validation', () => {
  test('accepts a valid entry and returns typed values', () => {
    const result = validateContactLogEntryInput({ ...entry, reviewedBy: 'u-rev', extra: 'dropped' }, today);
    expect(result.ok && result.value).toEqual({ ...entry, reviewedBy: 'u-rev' });
  });

  test('names every missing field (BR-14 flags must be answered)', () => {
    expect(codes({})).toEqual([
      'receivedAt:required',
      'channel:required',
      'viaSpoc:required',
      'summary:required',
      'newIssue:required',
      'safeguardingConcern:required',
      'breachOfRestriction:required'
    ]);
  });

  test('a contact cannot be received in the future', () => {
    expect(codes({ ...entry, receivedAt: '2026-11-29T00:00:00Z' })).toEqual(['receivedAt:dateOrder']);
  });

  test('unknown channel, long text and wrong types', () => {
    expect(codes({ ...entry, channel: 'fax' })).toEqual(['channel:unknownChoice']);
    expect(codes({ ...entry, summary: 's'.repeat(MULTI_LINE_TEXT_MAX + 1), reviewedBy: 'r'.repeat(SINGLE_LINE_TEXT_MAX + 1) })).toEqual([
      'summary:tooLong',
      'reviewedBy:tooLong'
    ]);
    expect(codes({ ...entry, receivedAt: '2026-11-27', viaSpoc: 'Y', summary: 12, newIssue: 0 })).toEqual([
      'receivedAt:invalidFormat',
      'viaSpoc:invalidFormat',
      'summary:invalidFormat',
      'newIssue:invalidFormat'
    ]);
  });
});
