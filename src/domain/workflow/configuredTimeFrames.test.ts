// Issue 18: a time frame or a closure day saved on the administration screen binds the engine
// (the authority), not only the screens that offer dates. Each transition is called as the
// service or a careless caller would: with the council's deadline context and nothing else.
import { isoDate, isoInstant } from '../model/dates';
import { deadlineContextFrom, type DeadlineContext } from '../time/deadlines';
import { DEFAULT_TIME_FRAMES, type TimeFrames } from '../time/timeFrames';
import { activeCase, monitoringCase, refusal, step } from './testing/caseJourney';
import { completeChecklist, context, draftCase, panel, proposal, ROLE_HOLDERS } from './testing/fixtures';
import { applyCaseAction } from './applyCaseAction';
import type { Case } from '../model/case';

function configured(changes: Partial<TimeFrames>, closures?: Parameters<typeof deadlineContextFrom>[1]): DeadlineContext {
  return deadlineContextFrom({ ...DEFAULT_TIME_FRAMES, ...changes }, closures);
}

/** A referred case with its checklist done, waiting for the panel. */
function awaitingDecision(): Case {
  let c = step(draftCase('Customer'), { type: 'submit' }, context('u-staff', '2026-01-06'));
  c = step(c, { type: 'escalate', reasons: 'Abuse continues.' }, context('u-lm', '2026-01-07'));
  c = step(c, { type: 'assignCaseOfficer', userId: 'u-cro' }, context('u-hos', '2026-01-07'));
  return step(c, { type: 'recordChecklist', checklist: completeChecklist() }, context('u-cro', '2026-01-08'));
}

describe('the engine follows the council’s saved time frames and closure days', () => {
  test('N6: a three-month monitoring period is refused once the council has set two months, and allowed by default', () => {
    const decision = { type: 'recordInvocationDecision' as const, decision: panel('Customer', { monitoringPeriod: { lengthMonths: 3 } }) };
    const error = refusal(
      awaitingDecision(),
      decision,
      context('u-hos', '2026-01-10', { deadlines: configured({ monitoringPeriodMonths: 2 }) })
    );
    expect([error.rule, error.message]).toEqual(['BR-05', 'The monitoring period must be more than 0 and no more than 2 months.']);
    expect(step(awaitingDecision(), decision, context('u-hos', '2026-01-10')).status).toBe('MonitoringLetterDraft');
  });

  test('BR-08: a six-month restriction is refused once the council’s longest is four months', () => {
    const deadlines = configured({ sanctionMaximumDurationMonths: 4, sanctionDefaultDurationMonths: 4, firstReviewMaxMonths: 3 });
    const propose = { type: 'proposeSanction' as const, sanction: proposal('2026-04-20') };
    const error = refusal(monitoringCase(), propose, context('u-cro', '2026-04-13', { deadlines }));
    expect(error.rule).toBe('BR-08');
    expect(JSON.stringify(error)).toContain('4 months');
    expect(step(monitoringCase(), propose, context('u-cro', '2026-04-13')).status).toBe('SanctionProposed');
  });

  test('BR-34: a customer’s review request cannot be given a later reply date than the council’s time frame allows', () => {
    const request = {
      type: 'logPersonReviewRequest' as const,
      requestedOn: isoDate('2026-05-01'),
      requestText: 'Please lift the restriction.',
      respondBy: isoDate('2026-05-15'),
      assignedTo: 'u-ed'
    };
    // Five working days after Friday 1 May 2026, the May Day bank holiday (4 May) skipped: 11 May.
    const fiveDays = configured({ personRequestedReviewAnswerWorkingDays: 5 });
    const error = refusal(activeCase(), request, context('u-cro', '2026-05-01', { deadlines: fiveDays }));
    expect([error.rule, error.message]).toEqual([
      'BR-34',
      "The council's time frame says a request received on 1 May 2026 is answered by 11 May 2026: the reply date cannot be later."
    ]);
    // A closure day of the council's own moves it on by a day.
    const withClosure = configured(
      { personRequestedReviewAnswerWorkingDays: 5 },
      { closureDays: [{ date: isoDate('2026-05-06'), reason: 'Staff training day' }], annualClosures: [] }
    );
    expect(refusal(activeCase(), request, context('u-cro', '2026-05-01', { deadlines: withClosure })).message).toContain(
      'answered by 12 May 2026'
    );
    // By default (20 working days) 15 May is well within time.
    expect(step(activeCase(), request, context('u-cro', '2026-05-01')).reviews.at(-1)?.dueDate).toBe('2026-05-15');
  });

  test('BR-16: an FOI request passed to the FOI officer is due by the council’s FOI time frame', () => {
    const result = applyCaseAction(
      activeCase(),
      {
        type: 'logContact',
        entry: {
          receivedAt: isoInstant('2026-05-01T09:30:00Z'),
          channel: 'email',
          viaSpoc: true,
          summary: 'Asks for the repairs contract.',
          newIssue: false,
          safeguardingConcern: false,
          breachOfRestriction: false,
          informationRequest: 'FOIA'
        }
      },
      context('u-cro', '2026-05-01', {
        roles: { ...ROLE_HOLDERS, foiOfficer: ['u-foi'] },
        deadlines: configured({ foiResponseWorkingDays: 10 })
      })
    );
    if (!result.ok) throw new Error(result.error.message);
    // Ten statutory working days after Friday 1 May 2026 (4 May a bank holiday): 18 May.
    expect(result.value.routedTasks?.map((task) => task.dueDate)).toEqual(['2026-05-18']);
  });
});
