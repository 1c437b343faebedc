import { DEFAULT_CORPORATE_CLOSURES, parseCorporateClosures } from './corporateClosures';

describe('corporate closure settings', () => {
  test('the default closes the customer service centres from Christmas Day to New Year (N7)', () => {
    expect(DEFAULT_CORPORATE_CLOSURES.annualClosures).toEqual([expect.objectContaining({ fromMonthDay: '12-25', toMonthDay: '01-01' })]);
  });

  test('valid settings are accepted', () => {
    const result = parseCorporateClosures({
      closureDays: [{ date: '2026-06-15', reason: 'Training day' }],
      annualClosures: [{ fromMonthDay: '02-29', toMonthDay: '03-01', reason: 'Leap-day closure' }]
    });
    expect(result).toEqual({
      ok: true,
      value: {
        closureDays: [{ date: '2026-06-15', reason: 'Training day' }],
        annualClosures: [{ fromMonthDay: '02-29', toMonthDay: '03-01', reason: 'Leap-day closure' }]
      }
    });
    expect(parseCorporateClosures({})).toEqual({ ok: true, value: { closureDays: [], annualClosures: [] } });
  });

  test('each bad row is refused with the field and row named', () => {
    const result = parseCorporateClosures({
      closureDays: [
        { date: '2026-02-30', reason: 'x' },
        { date: '2026-06-15', reason: '  ' }
      ],
      annualClosures: [
        { fromMonthDay: '13-01', toMonthDay: '01-01', reason: 'x' },
        { fromMonthDay: '12-24', toMonthDay: 1226, reason: 'x' },
        { fromMonthDay: '12-24', toMonthDay: '12-26' },
        { fromMonthDay: '1224', toMonthDay: '12-26', reason: 'x' }
      ]
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => [error.field, error.code])).toEqual([
        ['closureDays[0].date', 'invalidDate'],
        ['closureDays[1].reason', 'missingReason'],
        ['annualClosures[0].fromMonthDay', 'invalidMonthDay'],
        ['annualClosures[1].toMonthDay', 'invalidMonthDay'],
        ['annualClosures[2].reason', 'missingReason'],
        ['annualClosures[3].fromMonthDay', 'invalidMonthDay']
      ]);
    }
  });
});
