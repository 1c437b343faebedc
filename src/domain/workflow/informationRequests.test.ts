// BR-16: a request for information logged as contact from a person on a case reaches the FOI
// officer's queue: the engine passes one task to each FOI officer, outside the case, due by the
// statutory deadline, saying the restriction is never a reason to refuse it.
import { isoDate, isoInstant } from '../model/dates';
import type { ContactLogEntry } from '../model/monitoring';
import { informationRequestTasks } from '../foi/informationRequestTasks';
import { applyCaseAction } from './applyCaseAction';
import { activeCase, monitoringCase, refusal, step } from './testing/caseJourney';
import { context, ROLE_HOLDERS } from './testing/fixtures';

const request = {
  receivedAt: isoInstant('2026-05-01T09:30:00Z'),
  channel: 'email' as const,
  viaSpoc: true,
  summary: 'Asks for all emails between the housing team and the repairs contractor in 2025.',
  newIssue: false,
  safeguardingConcern: false,
  breachOfRestriction: false,
  informationRequest: 'FOIA' as const
};

describe('BR-16 FOI and EIR requests from a restricted person reach the FOI officer', () => {
  // Received Friday 1 May 2026: 20 working days on the statutory calendar, without the May bank holidays, is 2 June.
  test('BR-16 logging an FOI request passes a task to each FOI officer, outside the case, due in 20 working days', () => {
    const result = applyCaseAction(
      activeCase(),
      { type: 'logContact', entry: request },
      context('u-cro', '2026-05-01', {
        roles: { ...ROLE_HOLDERS, foiOfficer: ['u-foi', 'u-foi-2'] }
      })
    );
    if (!result.ok) throw new Error(result.error.message);
    const logged = result.value.case;
    expect(logged.contactLog[0]).toMatchObject({ informationRequest: 'FOIA', loggedBy: 'u-cro' });
    // Not the case's own work: the FOI officers do not read cases.
    expect(logged.tasks).toEqual([]);
    const tasks = result.value.routedTasks ?? [];
    expect(tasks.map((t) => [t.kind, t.assignees, t.caseId, t.recordId, t.dueDate, t.done])).toEqual([
      ['informationRequest', ['u-foi'], undefined, logged.contactLog[0].id, '2026-06-02', false],
      ['informationRequest', ['u-foi-2'], undefined, logged.contactLog[0].id, '2026-06-02', false]
    ]);
    expect(tasks[0].personName).toBe("Siân O'Brien");
    expect(tasks[0].detail).toBe(
      "Send this FOIA request to the FOI officer. The person's contact restriction is not a reason to refuse it; the request is assessed on its own. Received 1 May 2026: Asks for all emails between the housing team and the repairs contractor in 2025."
    );
    expect(result.value.auditEvents.map((e) => [e.action, e.rule])).toContainEqual(['contact.passedToFoiOfficer', 'BR-16']);
  });

  test('BR-16 an EIR request from someone with no restriction in force is passed on too, without the restriction wording', () => {
    const c = step(
      monitoringCase(),
      { type: 'logContact', entry: { ...request, informationRequest: 'EIR' } },
      context('u-cro', '2026-02-02')
    );
    expect(c.contactLog[0].informationRequest).toBe('EIR');
    const tasks = informationRequestTasks(
      monitoringCase(),
      { ...request, id: 'contact-1', loggedBy: 'u-cro', informationRequest: 'EIR' },
      ['u-foi'],
      {
        now: isoInstant('2026-02-02T10:00:00Z'),
        newId: (prefix) => `${prefix}-1`
      }
    );
    expect(tasks[0].detail).toMatch(/^Send this EIR request to the FOI officer\. Received 1 May 2026:/);
    expect(tasks[0].personName).toBeUndefined();
  });

  test('BR-16 ordinary contact passes nothing on', () => {
    const plain: Omit<ContactLogEntry, 'id' | 'loggedBy'> = { ...request, informationRequest: undefined };
    const result = applyCaseAction(activeCase(), { type: 'logContact', entry: plain }, context('u-cro', '2026-05-01'));
    expect(result.ok && result.value.routedTasks).toBeUndefined();
    expect(
      informationRequestTasks(activeCase(), { ...plain, id: 'c-1', loggedBy: 'u-cro' }, ['u-foi'], {
        now: isoInstant('2026-05-01T10:00:00Z'),
        newId: () => 't'
      })
    ).toEqual([]);
  });

  test('BR-16 with no FOI officer named the request is refused with what to do, rather than passed to nobody', () => {
    const error = refusal(
      activeCase(),
      { type: 'logContact', entry: request },
      context('u-cro', '2026-05-01', { roles: { ...ROLE_HOLDERS, foiOfficer: [] } })
    );
    expect([error.code, error.rule]).toEqual(['guardFailed', 'BR-16']);
    expect(error.message).toContain('No FOI officer is named in the settings');
    expect(
      refusal(activeCase(), { type: 'logContact', entry: request }, context('u-cro', '2026-05-01', { roles: { staff: ['u-staff'] } })).rule
    ).toBe('BR-16');
  });

  test('BR-16 the deadline is the statutory one: bank holidays do not count', () => {
    const tasks = informationRequestTasks(
      activeCase(),
      { ...request, receivedAt: isoInstant('2026-12-18T10:00:00Z'), id: 'c-2', loggedBy: 'u-cro' },
      ['u-foi'],
      {
        now: isoInstant('2026-12-18T10:00:00Z'),
        newId: () => 'task-2'
      }
    );
    // 18 December 2026 + 20 working days, skipping Christmas Day, Boxing Day (observed 28th), New Year's Day
    // and the 2 January substitute day (the statutory calendar keeps every UK nation's bank holidays).
    expect(tasks[0].dueDate).toBe(isoDate('2027-01-21'));
  });
});
