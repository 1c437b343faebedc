// Expected dates below were counted by hand from the gov.uk bank-holiday lists, not computed.
import { isoDate, IsoDate } from '../model/dates';
import { createCorporateCalendar, createStatutoryCalendar } from './calendar';
import {
  appealDeadline,
  appealDecisionDeadline,
  appealLatestAcceptableDate,
  DeadlineContext,
  defaultDeadlineContext,
  defaultSanctionEnd,
  eirComplexDeadline,
  eirReconsiderationDeadline,
  eirRepresentationsDeadline,
  foiDeadline,
  foiInternalReviewDecisionDeadline,
  foiInternalReviewRequestDeadline,
  invocationDecisionDeadline,
  isOverdue,
  latestFirstReview,
  latestSanctionEnd,
  managerAcknowledgementDeadline,
  markerReviewDue,
  monitoringPeriodEnd,
  personRequestedReviewDeadline,
  reviewerReminderDate,
  sarDeadline
} from './deadlines';
import { resolveTimeFrames } from './resolveTimeFrames';

const d = (value: string): IsoDate => isoDate(value);

describe('statutory deadlines (FOI, EIR, SAR)', () => {
  test('BR-25 FOI deadline skips St Andrew\u2019s Day, Christmas and the Boxing Day substitute', () => {
    expect(foiDeadline(d('2026-11-27'))).toBe('2026-12-30');
  });

  test('BR-25 40-working-day FOI/EIR periods also skip the Scottish 2 January substitute (4 January 2027)', () => {
    expect(eirComplexDeadline(d('2026-11-27'))).toBe('2027-01-29');
    expect(foiInternalReviewRequestDeadline(d('2026-11-27'))).toBe('2027-01-29');
    expect(eirRepresentationsDeadline(d('2026-11-27'))).toBe('2027-01-29');
    expect(eirReconsiderationDeadline(d('2026-11-27'))).toBe('2027-01-29');
  });

  test('FOI internal review: 20 working days normally, 40 when complex', () => {
    expect(foiInternalReviewDecisionDeadline(d('2026-11-27'), false)).toBe('2026-12-30');
    expect(foiInternalReviewDecisionDeadline(d('2026-11-27'), true)).toBe('2027-01-29');
  });

  test('BR-25 SAR uses calendar months, not working days, and rolls off a weekend or bank holiday', () => {
    // 28 Nov 2026 + 1 month = Mon 28 Dec 2026, the Boxing Day substitute, so Tue 29 Dec.
    expect(sarDeadline(d('2026-11-28'))).toBe('2026-12-29');
    // 31 Jan 2027 + 1 month has no 31st: last day is Sun 28 Feb, so Mon 1 Mar.
    expect(sarDeadline(d('2027-01-31'))).toBe('2027-03-01');
    // Complex: +3 months in total; 2 Mar 2027 + 3 months = Wed 2 Jun 2027.
    expect(sarDeadline(d('2027-03-02'), true)).toBe('2027-06-02');
    expect(sarDeadline(d('2027-03-02'), false)).toBe('2027-04-02');
  });
});

describe('council process deadlines (corporate calendar)', () => {
  test('manager acknowledgement and panel decision', () => {
    expect(managerAcknowledgementDeadline(d('2026-11-27'))).toBe('2026-12-02');
    expect(invocationDecisionDeadline(d('2026-11-27'))).toBe('2026-12-11');
  });

  test('appeal window, allowed maximum and decision skip the Christmas shutdown', () => {
    expect(appealDeadline(d('2026-12-14'))).toBe('2027-01-05');
    expect(appealLatestAcceptableDate(d('2026-12-14'))).toBe('2027-01-19');
    expect(appealDecisionDeadline(d('2027-01-05'))).toBe('2027-01-19');
  });

  test('BR-34 a review the person asks for is answered within the configured working days', () => {
    expect(personRequestedReviewDeadline(d('2026-11-27'))).toBe('2027-01-04');
  });

  test('reviewer reminder counts working days backwards from the review date', () => {
    expect(reviewerReminderDate(d('2027-01-08'))).toBe('2026-12-17');
  });

  test('a council that allows 20 working days to appeal gets the later date', () => {
    const frames = resolveTimeFrames({ appealWindowWorkingDays: 20 });
    if (!frames.ok) {
      throw new Error('expected valid frames');
    }
    const context: DeadlineContext = { ...defaultDeadlineContext(), timeFrames: frames.value };
    expect(appealDeadline(d('2026-12-14'), context)).toBe('2027-01-19');
  });

  test('without the shutdown configured, the council calendar counts 29-31 December', () => {
    const context: DeadlineContext = {
      corporate: createCorporateCalendar({ closureDays: [], annualClosures: [] }),
      statutory: createStatutoryCalendar(),
      timeFrames: defaultDeadlineContext().timeFrames
    };
    // 15-18 Dec = 4, 21-24 = 8, 29 = 9, 30 = 10.
    expect(appealDeadline(d('2026-12-14'), context)).toBe('2026-12-30');
  });
});

describe('month-based periods', () => {
  test('monitoring period and sanction durations clamp to the month end', () => {
    expect(monitoringPeriodEnd(d('2026-11-30'))).toBe('2027-02-28');
    expect(defaultSanctionEnd(d('2026-08-31'))).toBe('2027-02-28');
    expect(latestSanctionEnd(d('2028-02-29'))).toBe('2029-02-28');
  });

  test('the first review is within six months and never after the end date', () => {
    expect(latestFirstReview(d('2026-11-28'), d('2027-11-28'))).toBe('2027-05-28');
    expect(latestFirstReview(d('2026-11-28'), d('2027-03-01'))).toBe('2027-03-01');
    expect(() => latestFirstReview(d('2026-11-28'), 'soon' as IsoDate)).toThrow(expect.objectContaining({ field: 'end' }));
  });

  test('warning markers are reviewed after twelve months by default', () => {
    expect(markerReviewDue(d('2026-11-28'))).toBe('2027-11-28');
  });

  test('isOverdue: the deadline day itself is still in time', () => {
    expect(isOverdue(d('2026-11-28'), d('2026-11-28'))).toBe(false);
    expect(isOverdue(d('2026-11-27'), d('2026-11-28'))).toBe(true);
    expect(() => isOverdue(d('2026-11-27'), '' as IsoDate)).toThrow(expect.objectContaining({ field: 'today' }));
  });

  test('the default context is built once and reused', () => {
    expect(defaultDeadlineContext()).toBe(defaultDeadlineContext());
  });
});
