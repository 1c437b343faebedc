import type { Case } from '../model/case';
import { isoDate, isoInstant } from '../model/dates';
import type { MemberReferral } from '../model/memberReferral';
import { applyCaseAction, currentSanction, dueSweepActions } from './applyCaseAction';
import type { CaseAction, WorkflowContext } from './types';
import { at, completeChecklist, context, draftCase, letter, panel, person, proposal } from './testing/fixtures';

function step(c: Case, action: CaseAction, ctx: WorkflowContext): Case {
  const result = applyCaseAction(c, action, ctx);
  if (!result.ok) {
    throw new Error(`${action.type} failed: ${result.error.rule} ${result.error.message} ${(result.error.details ?? []).join(' | ')}`);
  }
  return result.value.case;
}

function expectError(c: Case, action: CaseAction, ctx: WorkflowContext, rule: string | undefined, code: string = 'guardFailed'): void {
  const result = applyCaseAction(c, action, ctx);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.rule).toBe(rule);
  }
}

/** Case in AwaitingInvocationDecision with a complete checklist. */
function awaitingDecision(route: 'Customer' | 'Councillor' = 'Customer'): Case {
  let c = step(draftCase(route), { type: 'submit' }, context('u-staff', '2026-01-06'));
  c = step(c, { type: 'escalate', reasons: 'Abuse continues.' }, context('u-lm', '2026-01-07'));
  const officer = route === 'Customer' ? 'u-cro' : 'u-bm';
  c = step(c, { type: 'assignCaseOfficer', userId: officer }, context(route === 'Customer' ? 'u-hos' : 'u-mo', '2026-01-07'));
  return step(c, { type: 'recordChecklist', checklist: completeChecklist() }, context(officer, '2026-01-08'));
}

function monitoring(): Case {
  let c = step(awaitingDecision(), { type: 'recordInvocationDecision', decision: panel('Customer') }, context('u-hos', '2026-01-10'));
  c = step(c, { type: 'sendMonitoringLetter', letter: letter('MonitoringWarning', '2026-01-12') }, context('u-cro', '2026-01-12'));
  return c;
}

function active(): Case {
  let c = step(monitoring(), { type: 'proposeSanction', sanction: proposal('2026-04-20') }, context('u-cro', '2026-04-13'));
  c = step(
    c,
    { type: 'decideSanction', approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Proportionate.' } },
    context('u-ed', '2026-04-14')
  );
  return step(c, { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', '2026-04-15') }, context('u-cro', '2026-04-15'));
}

describe('case state machine (spec 5.4)', () => {
  test('walks the customer route from draft to an active sanction, auditing every step', () => {
    const c = active();
    expect(c.status).toBe('SanctionActive');
    const s = currentSanction(c);
    expect(s?.status).toBe('Active');
    expect(s?.customerNotifiedOn).toBe('2026-04-15');
    const result = applyCaseAction(c, { type: 'startReview' }, context('u-ed', '2026-07-20'));
    expect(result.ok && result.value.auditEvents.map((e) => e.action)).toEqual(['case.startReview', 'review.started']);
    expect(result.ok && result.value.auditEvents[0].before).toEqual({ status: 'SanctionActive', closureReason: undefined });
  });

  test('refuses an action that is not allowed from the current status', () => {
    expectError(draftCase(), { type: 'startReview' }, context('u-ed', '2026-01-06'), undefined, 'illegalTransition');
  });

  test('informal action route closes as resolved', () => {
    let c = step(draftCase(), { type: 'submit' }, context('u-staff', '2026-01-06'));
    expectError(c, { type: 'takeInformalAction', reasons: ' ' }, context('u-lm', '2026-01-07'), undefined);
    c = step(c, { type: 'takeInformalAction', reasons: 'Informal warning given by phone.' }, context('u-lm', '2026-01-07'));
    c = step(c, { type: 'resolveInformal', reasons: 'No further issues.' }, context('u-lm', '2026-02-07'));
    expect([c.status, c.closureReason]).toEqual(['Closed', 'Resolved']);
  });

  test('a case without an incident cannot be referred', () => {
    expectError(draftCase('Customer', { incidentIds: [] }), { type: 'submit' }, context('u-staff', '2026-01-06'), undefined);
  });

  test('monitoring can close as improved only when the period has ended', () => {
    const c = monitoring();
    expectError(c, { type: 'closeMonitoringImproved', reasons: 'Better.' }, context('u-cro', '2026-02-01'), 'BR-05');
    const closed = step(c, { type: 'closeMonitoringImproved', reasons: 'Contact is now reasonable.' }, context('u-cro', '2026-04-12'));
    expect(closed.closureReason).toBe('Improved');
  });
});

describe('business rules in the workflow', () => {
  test('BR-01 staff cannot propose or approve; the proposer cannot approve their own sanction', () => {
    const m = monitoring();
    expectError(
      m,
      { type: 'proposeSanction', sanction: proposal('2026-04-20') },
      context('u-staff', '2026-04-13'),
      'BR-01',
      'notPermitted'
    );
    const proposed = step(m, { type: 'proposeSanction', sanction: proposal('2026-04-20') }, context('u-cro', '2026-04-13'));
    const approve: CaseAction = {
      type: 'decideSanction',
      approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Fine.' }
    };
    expectError(proposed, approve, context('u-staff', '2026-04-14'), 'BR-01', 'notPermitted');
    const proposedByEd = step(
      m,
      { type: 'proposeSanction', sanction: proposal('2026-04-20') },
      context('u-ed', '2026-04-13', { roles: { ...context('x', '2026-04-13').roles, alternateOfficer: ['u-alt', 'u-ed'] } })
    );
    expectError(proposedByEd, approve, context('u-ed', '2026-04-14'), 'BR-01', 'notPermitted');
    expect(step(proposed, approve, context('u-ed', '2026-04-14')).status).toBe('SanctionLetterDraft');
  });

  test('BR-02 the panel must include every role for the route, held by real role holders', () => {
    const c = awaitingDecision();
    const incomplete = panel('Customer', { attendees: panel('Customer').attendees.slice(0, 2) });
    expectError(c, { type: 'recordInvocationDecision', decision: incomplete }, context('u-hos', '2026-01-10'), 'BR-02');
    const impostor = panel('Customer', {
      attendees: [...panel('Customer').attendees.slice(0, 2), { userId: 'u-staff', name: 'Someone', role: 'customerRelationsOfficer' }]
    });
    expectError(c, { type: 'recordInvocationDecision', decision: impostor }, context('u-hos', '2026-01-10'), 'BR-02');
    expect(step(c, { type: 'recordInvocationDecision', decision: panel('Customer') }, context('u-hos', '2026-01-10')).status).toBe(
      'MonitoringLetterDraft'
    );
    const councillorCase = awaitingDecision('Councillor');
    expectError(councillorCase, { type: 'recordInvocationDecision', decision: panel('Customer') }, context('u-mo', '2026-01-10'), 'BR-02');
    expect(
      step(councillorCase, { type: 'recordInvocationDecision', decision: panel('Councillor') }, context('u-mo', '2026-01-10')).status
    ).toBe('MonitoringLetterDraft');
  });

  test('BR-03 a CRO with prior involvement is replaced by the alternate officer', () => {
    let c = awaitingDecision();
    expectError(
      c,
      { type: 'declareConflict', declaration: { userId: 'u-cro', kind: 'priorInvolvement', detail: '' } },
      context('u-cro', '2026-01-09'),
      'BR-03'
    );
    c = step(
      c,
      { type: 'declareConflict', declaration: { userId: 'u-cro', kind: 'priorInvolvement', detail: 'Handled the 2025 complaint.' } },
      context('u-cro', '2026-01-09')
    );
    expect(c.caseOfficerId).toBeUndefined();
    expectError(c, { type: 'assignCaseOfficer', userId: 'u-cro' }, context('u-hos', '2026-01-09'), 'BR-03');
    expectError(c, { type: 'assignCaseOfficer', userId: 'u-staff' }, context('u-hos', '2026-01-09'), 'BR-03');
    expectError(c, { type: 'recordInvocationDecision', decision: panel('Customer') }, context('u-hos', '2026-01-10'), 'BR-03');
    c = step(c, { type: 'assignCaseOfficer', userId: 'u-alt' }, context('u-hos', '2026-01-09'));
    const alternatePanel = panel('Customer', {
      attendees: [...panel('Customer').attendees.slice(0, 2), { userId: 'u-alt', name: 'Alternate', role: 'alternateOfficer' }],
      spocUserId: 'u-alt'
    });
    expect(step(c, { type: 'recordInvocationDecision', decision: alternatePanel }, context('u-hos', '2026-01-10')).status).toBe(
      'MonitoringLetterDraft'
    );
    expectError(
      c,
      { type: 'recordInvocationDecision', decision: { ...alternatePanel, spocUserId: 'u-cro' } },
      context('u-hos', '2026-01-10'),
      'BR-03'
    );
  });

  test('BR-04 the checklist must be complete before invocation and before approval', () => {
    let c = step(draftCase(), { type: 'submit' }, context('u-staff', '2026-01-06'));
    c = step(c, { type: 'escalate', reasons: 'Abuse.' }, context('u-lm', '2026-01-07'));
    expectError(c, { type: 'recordInvocationDecision', decision: panel('Customer') }, context('u-hos', '2026-01-10'), 'BR-04');
    const notInvoked = step(
      c,
      { type: 'recordInvocationDecision', decision: panel('Customer', { outcome: 'DoNotInvoke' }) },
      context('u-hos', '2026-01-10')
    );
    expect(notInvoked.closureReason).toBe('NotInvoked');
    const m = monitoring();
    const proposed = step(m, { type: 'proposeSanction', sanction: proposal('2026-04-20') }, context('u-cro', '2026-04-13'));
    const withoutChecklist: Case = { ...proposed, checklist: { answers: completeChecklist().answers.slice(1) } };
    const approve: CaseAction = {
      type: 'decideSanction',
      approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Fine.' }
    };
    expectError(withoutChecklist, approve, context('u-ed', '2026-04-14'), 'BR-04');
    expect(step(proposed, approve, context('u-ed', '2026-04-14')).status).toBe('SanctionLetterDraft');
  });

  test('BR-05 a sanction needs the monitoring period to end first unless a valid bypass is recorded', () => {
    const m = monitoring();
    expectError(m, { type: 'proposeSanction', sanction: proposal('2026-02-20') }, context('u-cro', '2026-02-13'), 'BR-05');
    const early = step(
      m,
      { type: 'proposeSanction', sanction: proposal('2026-02-20'), earlyBreachReason: 'Threatened staff at reception.' },
      context('u-cro', '2026-02-13')
    );
    expect(early.monitoringPeriod?.endedEarlyReason).toBe('Threatened staff at reception.');

    const awaiting = awaitingDecision();
    const bypass = {
      reason: 'seriousThreatOfViolence' as const,
      approvedBy: 'u-ed',
      approvedAt: context('u-ed', '2026-01-10').now,
      note: 'Threat to kill recorded on 9 January.'
    };
    expectError(
      awaiting,
      {
        type: 'recordInvocationDecision',
        decision: panel('Customer', { bypass: { ...bypass, approvedBy: 'u-hos' } }),
        bypassSanction: proposal('2026-01-12')
      },
      context('u-hos', '2026-01-10'),
      'BR-05'
    );
    expectError(
      awaiting,
      {
        type: 'recordInvocationDecision',
        decision: panel('Customer', { bypass: { ...bypass, note: '' } }),
        bypassSanction: proposal('2026-01-12')
      },
      context('u-hos', '2026-01-10'),
      'BR-05'
    );
    expectError(
      awaiting,
      { type: 'recordInvocationDecision', decision: panel('Customer', { bypass }) },
      context('u-hos', '2026-01-10'),
      'BR-05'
    );
    expectError(
      awaiting,
      { type: 'recordInvocationDecision', decision: panel('Customer', { monitoringPeriod: { lengthMonths: 4 } }) },
      context('u-hos', '2026-01-10'),
      'BR-05'
    );
    const bypassed = step(
      awaiting,
      { type: 'recordInvocationDecision', decision: panel('Customer', { bypass }), bypassSanction: proposal('2026-01-12') },
      context('u-hos', '2026-01-10')
    );
    expect(bypassed.status).toBe('SanctionProposed');
    const approved = step(
      bypassed,
      { type: 'decideSanction', approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Serious threat.' } },
      context('u-ed', '2026-01-11')
    );
    expect(approved.status).toBe('SanctionLetterDraft');
    // Without the bypass and without a finished monitoring period approval is refused.
    const noMonitoring: Case = { ...bypassed, invocationDecision: panel('Customer') };
    expectError(
      noMonitoring,
      { type: 'decideSanction', approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'x' } },
      context('u-ed', '2026-01-11'),
      'BR-05'
    );
  });

  test('BR-08 the workflow refuses a proposal whose end date is beyond 12 months', () => {
    const m = monitoring();
    expectError(
      m,
      { type: 'proposeSanction', sanction: proposal('2026-04-20', { endDate: isoDate('2027-05-01') }) },
      context('u-cro', '2026-04-13'),
      'BR-08'
    );
    expect(
      step(
        m,
        { type: 'proposeSanction', sanction: proposal('2026-04-20', { endDate: isoDate('2027-04-20') }) },
        context('u-cro', '2026-04-13')
      ).status
    ).toBe('SanctionProposed');
  });

  test('BR-09 the sweep escalates an overdue review once and expires a sanction after its end date', () => {
    const c = active();
    expect(dueSweepActions(c, isoDate('2026-07-19'))).toEqual([]);
    expect(dueSweepActions(c, isoDate('2026-07-20'))).toEqual([{ type: 'escalateOverdueReview' }]);
    expectError(c, { type: 'escalateOverdueReview' }, context('system', '2026-07-19'), 'BR-09');
    expectError(c, { type: 'escalateOverdueReview' }, context('u-staff', '2026-07-21'), 'BR-09', 'notPermitted');
    const escalated = step(c, { type: 'escalateOverdueReview' }, context('system', '2026-07-21'));
    // The approver and the CRO (here also the case officer), each with a task of their own.
    expect(escalated.tasks.map((t) => t.assignees)).toEqual([['u-ed'], ['u-cro']]);
    expect(dueSweepActions(escalated, isoDate('2026-07-22'))).toEqual([]);
    expectError(escalated, { type: 'escalateOverdueReview' }, context('system', '2026-07-22'), 'BR-09');
    expectError(c, { type: 'expireSanction' }, context('system', '2026-10-20'), 'BR-09');
    expect(dueSweepActions(c, isoDate('2026-10-21'))).toEqual([{ type: 'expireSanction' }]);
    const expired = step(c, { type: 'expireSanction' }, context('system', '2026-10-21'));
    expect([expired.status, expired.closureReason, currentSanction(expired)]).toEqual(['Closed', 'Expired', undefined]);
    expect(expired.tasks.map((t) => t.kind)).toContain('sendRestrictionEndedLetter');
    expect(expired.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter').map((t) => t.assignees)).toEqual([['u-cro']]);
    // With no case officer the letter is the CRO's, not a task for "system" that reaches nobody (issue 13).
    const noOfficer = step({ ...c, caseOfficerId: undefined }, { type: 'expireSanction' }, context('system', '2026-10-21'));
    expect(noOfficer.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter').map((t) => t.assignees)).toEqual([['u-cro']]);
    expect(dueSweepActions(expired, isoDate('2026-10-22'))).toEqual([]);
  });

  test('BR-09 an overdue review reaches each approver, the CRO and the case officer by a task of their own, named and linked to the case (issue 13)', () => {
    const c = active();
    const escalated = step(c, { type: 'escalateOverdueReview' }, context('system', '2026-07-21'));
    const tasks = escalated.tasks.filter((t) => t.kind === 'reviewOverdue');
    // One assignee per task: the Tasks list finds a user's work by its single "Assigned to" column.
    expect(tasks.every((t) => t.assignees.length === 1)).toBe(true);
    expect(tasks.map((t) => t.assignees[0])).toEqual(['u-ed', 'u-cro']);
    expect(tasks[0]).toMatchObject({ caseId: 'case-1', personName: "Siân O'Brien", dueDate: '2026-07-20', done: false });

    // When the CRO declared involvement (BR-03) the alternate is the case officer: the alternate
    // is told, the conflicted CRO is not.
    const withAlternate: Case = {
      ...c,
      caseOfficerId: 'u-alt',
      conflictDeclarations: [{ userId: 'u-cro', kind: 'priorInvolvement', detail: 'Handled the complaint.', declaredAt: at('2026-01-07') }]
    };
    const toAlternate = step(withAlternate, { type: 'escalateOverdueReview' }, context('system', '2026-07-21'));
    expect(toAlternate.tasks.filter((t) => t.kind === 'reviewOverdue').map((t) => t.assignees[0])).toEqual(['u-ed', 'u-alt']);

    // Nobody to tell is refused rather than recorded as escalated to no one.
    const nobody: Case = { ...c, caseOfficerId: undefined, sanctions: c.sanctions.map((s) => ({ ...s, approvals: [] })) };
    expectError(nobody, { type: 'escalateOverdueReview' }, context('system', '2026-07-21', { roles: {} }), 'BR-09');

    // The review's outcome closes the escalation for everyone it went to.
    let reviewed = step(escalated, { type: 'startReview' }, context('u-ed', '2026-07-22'));
    reviewed = step(
      reviewed,
      { type: 'completeReview', outcome: 'Lift', reasons: 'No further incidents.', letter: letter('ReviewOutcome', '2026-07-22') },
      context('u-ed', '2026-07-22')
    );
    expect(reviewed.tasks.filter((t) => t.kind === 'reviewOverdue').map((t) => t.done)).toEqual([true, true]);
  });

  test('BR-10 continuing needs reasons, a written outcome and a new review date within the limits', () => {
    const c = step(active(), { type: 'startReview' }, context('u-ed', '2026-07-20'));
    const base = { type: 'completeReview' as const, outcome: 'Continue' as const, letter: letter('ReviewOutcome', '2026-07-20') };
    expectError(c, { ...base, reasons: '', nextReviewDate: isoDate('2026-09-20') }, context('u-ed', '2026-07-20'), 'BR-10');
    expectError(c, { ...base, reasons: 'Still abusive.' }, context('u-ed', '2026-07-20'), 'BR-10');
    expectError(
      c,
      { ...base, reasons: 'Still abusive.', nextReviewDate: isoDate('2027-03-01'), newEndDate: isoDate('2027-04-01') },
      context('u-ed', '2026-07-20'),
      'BR-08'
    );
    expectError(
      c,
      { ...base, letter: letter('MonitoringWarning', '2026-07-20'), reasons: 'Still abusive.', nextReviewDate: isoDate('2026-09-20') },
      context('u-ed', '2026-07-20'),
      'BR-10'
    );
    const continued = step(
      c,
      { ...base, reasons: 'Still abusive.', nextReviewDate: isoDate('2026-09-20'), newEndDate: isoDate('2027-01-20') },
      context('u-ed', '2026-07-20')
    );
    const s = currentSanction(continued);
    expect([continued.status, s?.reviewDate, s?.endDate, s?.version]).toEqual(['SanctionActive', '2026-09-20', '2027-01-20', 2]);
    expect(continued.reviews[0].outcome).toBe('Continue');
    const again = step(continued, { type: 'startReview' }, context('u-ed', '2026-09-20'));
    const amended = step(
      again,
      {
        ...base,
        outcome: 'Amend',
        reasons: 'Lighter touch.',
        nextReviewDate: isoDate('2026-11-20'),
        amendedSanction: proposal('2026-09-20', { restrictions: [{ type: 'R13' }] })
      },
      context('u-ed', '2026-09-20')
    );
    expect(currentSanction(amended)?.restrictions).toEqual([{ type: 'R13' }]);
    const lifted = step(
      step(amended, { type: 'startReview' }, context('u-ed', '2026-11-20')),
      { ...base, outcome: 'Lift', reasons: 'Behaviour improved.' },
      context('u-ed', '2026-11-20')
    );
    expect([lifted.status, lifted.closureReason]).toEqual(['Closed', 'Lifted']);
    // Fast-track when behaviour resumes (C2 p.6).
    const again2 = step(lifted, { type: 'proposeSanction', sanction: proposal('2026-12-01') }, context('u-cro', '2026-11-28'));
    expect(again2.status).toBe('SanctionProposed');
    expect(
      step(
        again2,
        { type: 'decideSanction', approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Resumed.' } },
        context('u-ed', '2026-11-28')
      ).status
    ).toBe('SanctionLetterDraft');
  });

  test('BR-11 the appeal reviewer must not have been involved in the original decision', () => {
    const c = active();
    const appeal = {
      type: 'receiveAppeal' as const,
      receivedOn: isoDate('2026-04-20'),
      grounds: ['disproportionate' as const],
      statement: 'It is too much.',
      withinDeadline: true
    };
    expectError(c, { ...appeal, reviewerId: 'u-ed' }, context('u-cro', '2026-04-20'), 'BR-11');
    expectError(c, { ...appeal, reviewerId: 'u-staff' }, context('u-cro', '2026-04-20'), 'BR-11');
    expect(step(c, { ...appeal, reviewerId: 'u-appeal' }, context('u-cro', '2026-04-20')).status).toBe('UnderAppeal');
  });

  test('BR-11 the refusal speaks of the reviewer chosen, not of the officer recording the appeal (issue 13)', () => {
    const result = applyCaseAction(
      active(),
      {
        type: 'receiveAppeal',
        receivedOn: isoDate('2026-04-20'),
        grounds: ['disproportionate'],
        statement: 'It is too much.',
        withinDeadline: true,
        reviewerId: 'u-ed'
      },
      context('u-cro', '2026-04-20')
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^The reviewer chosen was involved in the original decision/);
      expect(result.error.message).not.toMatch(/\bYou\b/);
    }
  });

  test('a letter cannot be recorded as sent on a date still to come; a late letter starts the restriction the day it was sent (issue 13)', () => {
    let c = step(monitoring(), { type: 'proposeSanction', sanction: proposal('2026-04-20') }, context('u-cro', '2026-04-13'));
    c = step(
      c,
      { type: 'decideSanction', approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Proportionate.' } },
      context('u-ed', '2026-04-14')
    );
    expectError(
      c,
      { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', '2026-04-16') },
      context('u-cro', '2026-04-15'),
      'BR-07'
    );
    expect(currentSanction(c)?.status).toBe('Approved');
    const late = step(
      c,
      { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', '2026-04-22') },
      context('u-cro', '2026-04-22')
    );
    expect([currentSanction(late)?.startDate, currentSanction(late)?.customerNotifiedOn]).toEqual(['2026-04-22', '2026-04-22']);
    const onTime = step(
      c,
      { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', '2026-04-15') },
      context('u-cro', '2026-04-15')
    );
    expect(currentSanction(onTime)?.startDate).toBe('2026-04-20');
  });

  test('BR-02 a panel decision cannot be dated after today (issue 13)', () => {
    const future = panel('Customer', { meetingDate: isoDate('2026-01-11') });
    expectError(awaitingDecision(), { type: 'recordInvocationDecision', decision: future }, context('u-hos', '2026-01-10'), 'BR-02');
  });

  test('BR-03 an escalated case goes to the Customer Relations Officer at once, or the alternate when the CRO declared involvement (issue 13)', () => {
    const referred = step(draftCase(), { type: 'submit' }, context('u-staff', '2026-01-06'));
    const escalated = step(referred, { type: 'escalate', reasons: 'Abuse continues.' }, context('u-lm', '2026-01-07'));
    expect(escalated.caseOfficerId).toBe('u-cro');
    const croConflicted: Case = {
      ...referred,
      conflictDeclarations: [{ userId: 'u-cro', kind: 'personalConnection', declaredAt: referred.createdAt, detail: 'Neighbour.' }]
    };
    const toAlternate = step(croConflicted, { type: 'escalate', reasons: 'Abuse continues.' }, context('u-lm', '2026-01-07'));
    expect(toAlternate.caseOfficerId).toBe('u-alt');
    const noHolders = step(
      referred,
      { type: 'escalate', reasons: 'Abuse.' },
      context('u-lm', '2026-01-07', { roles: { lineManager: ['u-lm'] } })
    );
    expect(noHolders.caseOfficerId).toBeUndefined();
  });

  test('BR-12 appeal outcomes uphold, vary or quash with written reasons on the restriction only', () => {
    const c = active();
    const appeal = {
      type: 'receiveAppeal' as const,
      receivedOn: isoDate('2026-04-20'),
      statement: 'Too much.',
      reviewerId: 'u-appeal',
      withinDeadline: true
    };
    expectError(c, { ...appeal, grounds: [] }, context('u-cro', '2026-04-20'), 'BR-12');
    expectError(c, { ...appeal, grounds: ['factualInaccuracy'] }, context('u-cro', '2026-04-20'), 'BR-12');
    const under = step(c, { ...appeal, grounds: ['disproportionate'] }, context('u-cro', '2026-04-20'));
    const decide = { type: 'decideAppeal' as const, reasons: 'Proportionate.', letter: letter('AppealOutcome', '2026-04-30') };
    expectError(under, { ...decide, outcome: 'Uphold' }, context('u-ed', '2026-04-30'), 'BR-11', 'notPermitted');
    expectError(under, { ...decide, outcome: 'Uphold', reasons: '' }, context('u-appeal', '2026-04-30'), 'BR-12');
    expectError(under, { ...decide, outcome: 'Vary' }, context('u-appeal', '2026-04-30'), 'BR-12');
    expect(step(under, { ...decide, outcome: 'Uphold' }, context('u-appeal', '2026-04-30')).status).toBe('SanctionActive');
    const varied = step(
      under,
      {
        ...decide,
        outcome: 'Vary',
        variedSanction: proposal('2026-04-30', { restrictions: [{ type: 'R13' }], endDate: isoDate('2026-10-20') })
      },
      context('u-appeal', '2026-04-30')
    );
    expect([varied.status, currentSanction(varied)?.version, varied.appeals[0].outcome]).toEqual(['SanctionActive', 2, 'Vary']);
    const quashed = step(under, { ...decide, outcome: 'Quash' }, context('u-appeal', '2026-04-30'));
    expect([quashed.status, quashed.closureReason]).toEqual(['Closed', 'Quashed']);
    expectError(
      quashed,
      { type: 'proposeSanction', sanction: proposal('2026-05-01') },
      context('u-cro', '2026-05-01'),
      undefined,
      'illegalTransition'
    );
  });

  test('BR-14 incoming items are logged under a restriction and flagged ones create a task for the service', () => {
    const c = active();
    const entry = {
      receivedAt: context('x', '2026-05-01').now,
      channel: 'email' as const,
      viaSpoc: true,
      summary: 'Same complaint again.',
      newIssue: false,
      safeguardingConcern: false,
      breachOfRestriction: false
    };
    const logged = step(c, { type: 'logContact', entry }, context('u-cro', '2026-05-01'));
    expect([logged.contactLog.length, logged.tasks.length]).toEqual([1, 0]);
    const flagged = step(logged, { type: 'logContact', entry: { ...entry, safeguardingConcern: true } }, context('u-cro', '2026-05-02'));
    expect(flagged.tasks[0]).toMatchObject({
      kind: 'reviewFlaggedItem',
      service: 'Housing',
      assignees: ['u-cro'],
      caseId: 'case-1',
      personName: "Siân O'Brien",
      recordId: flagged.contactLog[1].id
    });
    const newIssue = step(logged, { type: 'logContact', entry: { ...entry, newIssue: true } }, context('u-staff', '2026-05-02', {}));
    expect(newIssue.tasks[0].detail).toContain('on its merits');
  });

  test('BR-29 the approver must confirm the continuity plan for a person with a statutory role', () => {
    const tenant = person({ statutoryRoles: [{ role: 'tenant' }] });
    const m = monitoring();
    const plan = { arrangements: ['writtenUpdates' as const], description: 'Monthly written updates on the repairs case.' };
    const proposed = step(
      m,
      { type: 'proposeSanction', sanction: proposal('2026-04-20', { continuityPlan: plan }) },
      context('u-cro', '2026-04-13', { person: tenant })
    );
    const approve = {
      type: 'decideSanction' as const,
      approval: { approverRole: 'executiveDirector' as const, outcome: 'Approve' as const, reasons: 'Fine.' }
    };
    expectError(proposed, approve, context('u-ed', '2026-04-14', { person: tenant }), 'BR-29');
    const approved = step(
      proposed,
      { ...approve, approval: { ...approve.approval, continuityPlanConfirmed: true } },
      context('u-ed', '2026-04-14', { person: tenant })
    );
    expect(currentSanction(approved)?.continuityPlan?.confirmedBy).toBe('u-ed');
  });

  describe('BR-31 widened: the approver confirms the channel works for this person', () => {
    const approve = {
      type: 'decideSanction' as const,
      approval: { approverRole: 'executiveDirector' as const, outcome: 'Approve' as const, reasons: 'Proportionate.' }
    };
    const confirmed = { ...approve, approval: { ...approve.approval, channelConfirmed: true } };
    const byPost = {
      userId: 'u-cro',
      name: 'Customer Relations Officer',
      channel: 'post' as const,
      cover: { userId: 'u-alt', name: 'Alternate Officer' }
    };
    const largePrint = person({
      reasonableAdjustments: [
        { kind: 'needsLargePrintOrBraille', description: 'Registered blind.', communicationNeed: true, recordedOn: isoDate('2026-01-05') }
      ]
    });

    test('refused without the confirmation when the person has a communication need; recorded with it', () => {
      const proposed = step(
        monitoring(),
        { type: 'proposeSanction', sanction: proposal('2026-04-20', { spoc: byPost }) },
        context('u-cro', '2026-04-13', { person: largePrint })
      );
      const refused = applyCaseAction(proposed, approve, context('u-ed', '2026-04-14', { person: largePrint }));
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error).toMatchObject({ code: 'guardFailed', rule: 'BR-31' });
        expect(refused.error.message).toContain('Confirm the contact channel works for this person');
      }
      expectError(
        proposed,
        { ...approve, approval: { ...approve.approval, channelConfirmed: false } },
        context('u-ed', '2026-04-14', { person: largePrint }),
        'BR-31'
      );
      const approved = step(proposed, confirmed, context('u-ed', '2026-04-14', { person: largePrint }));
      expect(currentSanction(approved)?.status).toBe('Approved');
      expect(currentSanction(approved)?.approvals[0]).toMatchObject({ outcome: 'Approve', channelConfirmed: true, approverId: 'u-ed' });
    });

    test('refused without the confirmation when a third party is the contact route (R11), with no needs recorded', () => {
      const viaAdvocate = proposal('2026-04-20', {
        restrictions: [
          { type: 'R01', contact: { kind: 'officer', userId: 'u-cro', name: 'Customer Relations Officer' } },
          { type: 'R11', representativeName: 'Dee Advocate', agreementRecordedOn: isoDate('2026-04-10') }
        ]
      });
      const proposed = step(monitoring(), { type: 'proposeSanction', sanction: viaAdvocate }, context('u-cro', '2026-04-13'));
      expectError(proposed, approve, context('u-ed', '2026-04-14'), 'BR-31');
      expect(currentSanction(step(proposed, confirmed, context('u-ed', '2026-04-14')))?.status).toBe('Approved');
    });

    test('not asked when the person has no communication need and no third-party route', () => {
      // A need that is not about communication (BR-22 wording stays on the case) asks nothing.
      const other = person({
        reasonableAdjustments: [
          { kind: 'mentalHealthCondition', description: 'Anxiety.', communicationNeed: false, recordedOn: isoDate('2026-01-05') }
        ]
      });
      const proposed = step(
        monitoring(),
        { type: 'proposeSanction', sanction: proposal('2026-04-20') },
        context('u-cro', '2026-04-13', { person: other })
      );
      const approved = step(proposed, approve, context('u-ed', '2026-04-14', { person: other }));
      expect(currentSanction(approved)?.status).toBe('Approved');
      expect(currentSanction(approved)?.approvals[0].channelConfirmed).toBeUndefined();
    });

    test('asking for changes or rejecting needs no confirmation', () => {
      const proposed = step(
        monitoring(),
        { type: 'proposeSanction', sanction: proposal('2026-04-20', { spoc: byPost }) },
        context('u-cro', '2026-04-13', { person: largePrint })
      );
      const asked = step(
        proposed,
        {
          type: 'decideSanction',
          approval: { approverRole: 'executiveDirector', outcome: 'AskForChanges', reasons: 'Name the advocate.' }
        },
        context('u-ed', '2026-04-14', { person: largePrint })
      );
      expect(currentSanction(asked)?.status).toBe('ChangesRequested');
    });
  });

  test('BR-32 a do-not-reply instruction is refused without an approved active sanction of that scope', () => {
    const scope = { kind: 'service' as const, service: 'Housing' };
    const instruction = {
      type: 'issueNoReplyInstruction' as const,
      scope,
      wording: 'We will not reply to further emails on the repairs complaint.'
    };
    const withR01Only = active();
    expectError(withR01Only, instruction, context('u-cro', '2026-05-01'), 'BR-32');
    let c = step(
      monitoring(),
      {
        type: 'proposeSanction',
        sanction: proposal('2026-04-20', { restrictions: [{ type: 'R05', subjectMatter: 'Repairs complaint', reviewerId: 'u-cro' }] })
      },
      context('u-cro', '2026-04-13')
    );
    expectError(c, instruction, context('u-cro', '2026-04-14'), undefined, 'illegalTransition');
    c = step(
      c,
      { type: 'decideSanction', approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Fine.' } },
      context('u-ed', '2026-04-14')
    );
    c = step(c, { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', '2026-04-15') }, context('u-cro', '2026-04-15'));
    expectError(c, { ...instruction, scope: { kind: 'service', service: 'Planning' } }, context('u-cro', '2026-05-01'), 'BR-32');
    expectError(c, { ...instruction, wording: ' ' }, context('u-cro', '2026-05-01'), 'BR-32');
    expect(step(c, instruction, context('u-cro', '2026-05-01')).noReplyInstructions).toHaveLength(1);
  });

  test('BR-34 a review requested by the person is logged, routed and answered in writing separately', () => {
    const c = active();
    const request = {
      type: 'logPersonReviewRequest' as const,
      requestedOn: isoDate('2026-05-01'),
      requestText: 'Please lift the restriction.',
      respondBy: isoDate('2026-05-15'),
      assignedTo: 'u-ed'
    };
    expectError(c, { ...request, requestText: '' }, context('u-cro', '2026-05-01'), 'BR-34');
    expectError(c, { ...request, respondBy: isoDate('2026-04-30') }, context('u-cro', '2026-05-01'), 'BR-34');
    const logged = step(c, request, context('u-cro', '2026-05-01'));
    expect([logged.status, logged.reviews[0].kind, logged.tasks[0].assignees]).toEqual(['SanctionActive', 'PersonRequested', ['u-ed']]);
    // Routed to the decision-maker and to the case officer, each by their own task for this request.
    expect(logged.tasks.map((t) => [t.kind, t.assignees, t.recordId, t.dueDate])).toEqual([
      ['answerPersonRequestedReview', ['u-ed'], logged.reviews[0].id, '2026-05-15'],
      ['answerPersonRequestedReview', ['u-cro'], logged.reviews[0].id, '2026-05-15']
    ]);
    const answer = {
      type: 'answerPersonReviewRequest' as const,
      reviewId: logged.reviews[0].id,
      reasons: 'The restriction stays until the review in July.',
      letter: letter('ReviewOutcome', '2026-05-10')
    };
    expectError(logged, { ...answer, reviewId: 'nope' }, context('u-ed', '2026-05-10'), 'BR-34');
    expectError(logged, { ...answer, reasons: '' }, context('u-ed', '2026-05-10'), 'BR-34');
    expectError(logged, { ...answer, letter: { ...answer.letter, sentOn: undefined } }, context('u-ed', '2026-05-10'), 'BR-34');
    const answered = step(logged, answer, context('u-ed', '2026-05-10'));
    expect([answered.reviews[0].answeredAt !== undefined, answered.tasks.map((t) => t.done)]).toEqual([true, [true, true]]);
    expectError(answered, answer, context('u-ed', '2026-05-11'), 'BR-34');
  });

  test('BR-34 answering one request closes its own tasks, not those of another request due the same day', () => {
    const request = {
      type: 'logPersonReviewRequest' as const,
      requestedOn: isoDate('2026-05-01'),
      requestText: 'Please lift the restriction.',
      respondBy: isoDate('2026-05-15'),
      assignedTo: 'u-ed'
    };
    let c = step(active(), request, context('u-cro', '2026-05-01'));
    c = step(c, { ...request, requestText: 'Please let me phone the housing office.' }, context('u-cro', '2026-05-02'));
    const [first, second] = c.reviews.filter((r) => r.kind === 'PersonRequested');
    const answered = step(
      c,
      { type: 'answerPersonReviewRequest', reviewId: first.id, reasons: 'It stays.', letter: letter('ReviewOutcome', '2026-05-10') },
      context('u-ed', '2026-05-10')
    );
    expect(answered.tasks.filter((t) => t.recordId === first.id).map((t) => t.done)).toEqual([true, true]);
    expect(answered.tasks.filter((t) => t.recordId === second.id).map((t) => t.done)).toEqual([false, false]);
  });

  test('letters are blocked until the letters module says their content is complete', () => {
    const c = step(awaitingDecision(), { type: 'recordInvocationDecision', decision: panel('Customer') }, context('u-hos', '2026-01-10'));
    const send = { type: 'sendMonitoringLetter' as const, letter: letter('MonitoringWarning', '2026-01-12') };
    expectError(c, send, context('u-cro', '2026-01-12', { validateLetter: () => ['Item 9: potential consequences'] }), 'BR-06');
    expectError(
      c,
      { type: 'sendMonitoringLetter', letter: letter('RestrictionDecision', '2026-01-12') },
      context('u-cro', '2026-01-12'),
      'BR-06'
    );
    expect(step(c, send, context('u-cro', '2026-01-12', { validateLetter: () => [] })).status).toBe('Monitoring');
  });

  test('approver decisions: reasons required, ask for changes lets the officer revise, reject returns to monitoring or closes', () => {
    const m = monitoring();
    const proposed = step(m, { type: 'proposeSanction', sanction: proposal('2026-04-20') }, context('u-cro', '2026-04-13'));
    const decide = (outcome: 'Approve' | 'Reject' | 'AskForChanges', reasons: string = 'Because.'): CaseAction => ({
      type: 'decideSanction',
      approval: { approverRole: 'executiveDirector', outcome, reasons }
    });
    expectError(proposed, decide('Approve', ''), context('u-ed', '2026-04-14'), 'BR-01');
    expectError(
      proposed,
      { type: 'proposeSanction', sanction: proposal('2026-04-20') },
      context('u-cro', '2026-04-14'),
      undefined,
      'illegalTransition'
    );
    const changes = step(proposed, decide('AskForChanges'), context('u-ed', '2026-04-14'));
    expect(currentSanction(changes)?.status).toBe('ChangesRequested');
    expectError(changes, decide('Approve'), context('u-ed', '2026-04-14'), undefined, 'illegalTransition');
    expectError(
      changes,
      { type: 'proposeSanction', sanction: proposal('2026-04-20', { endDate: isoDate('2028-01-01') }) },
      context('u-cro', '2026-04-15'),
      'BR-08'
    );
    const revised = step(
      changes,
      { type: 'proposeSanction', sanction: proposal('2026-04-20', { restrictions: [{ type: 'R13' }] }) },
      context('u-cro', '2026-04-15')
    );
    expect(currentSanction(revised)?.version).toBe(2);
    expect(step(revised, decide('Reject'), context('u-ed', '2026-04-16')).closureReason).toBe('Rejected');
    const early = step(
      m,
      { type: 'proposeSanction', sanction: proposal('2026-02-20'), earlyBreachReason: 'Threat.' },
      context('u-cro', '2026-02-13')
    );
    const backToMonitoring = step(
      early,
      {
        type: 'decideSanction',
        approval: { approverRole: 'executiveDirector', outcome: 'Reject', reasons: 'Not yet.' },
        afterRejection: 'Monitoring'
      },
      context('u-ed', '2026-02-14')
    );
    expect([backToMonitoring.status, backToMonitoring.monitoringPeriod?.endedOn]).toEqual(['Monitoring', undefined]);
  });

  test('informal-only panel decision goes to informal action; missing reasons are refused', () => {
    const c = awaitingDecision();
    expectError(
      c,
      { type: 'recordInvocationDecision', decision: panel('Customer', { reasons: '' }) },
      context('u-hos', '2026-01-10'),
      'BR-02'
    );
    expect(
      step(
        c,
        { type: 'recordInvocationDecision', decision: panel('Customer', { outcome: 'InformalOnly' }) },
        context('u-hos', '2026-01-10')
      ).status
    ).toBe('InformalAction');
  });

  test('monitoring letter needs a single point of contact and a sent date', () => {
    let c = step(
      awaitingDecision(),
      { type: 'recordInvocationDecision', decision: panel('Customer', { spocUserId: undefined, monitoringPeriod: undefined }) },
      context('u-hos', '2026-01-10')
    );
    const send = { type: 'sendMonitoringLetter' as const, letter: letter('MonitoringWarning', '2026-01-12') };
    expectError({ ...c, caseOfficerId: undefined }, send, context('u-cro', '2026-01-12'), 'BR-03', 'guardFailed');
    expectError(
      c,
      { type: 'sendMonitoringLetter', letter: { ...send.letter, sentOn: undefined } },
      context('u-cro', '2026-01-12'),
      'BR-06'
    );
    c = step(c, send, context('u-cro', '2026-01-12'));
    expect([c.monitoringPeriod?.spocUserId, c.monitoringPeriod?.plannedEndDate]).toEqual(['u-cro', '2026-04-12']);
  });
});

describe('councillors\u2019 route: a case opened from a Member referral (spec 1.6, BR-26)', () => {
  const referral = (overrides: Partial<MemberReferral> = {}): MemberReferral => ({
    id: 'ref-1',
    councillorId: 'u-cllr',
    personName: 'Zoë Ng',
    personContactDetails: '1 High Street',
    councillorLetterDate: isoDate('2026-10-01'),
    groupLeaderId: 'u-gl',
    groupLeaderConsultedOn: isoDate('2026-10-20'),
    groupLeaderAdvice: 'Refer to the Monitoring Officer.',
    accountOfContacts: 'Twelve calls in a week, two abusive.',
    referredToMonitoringOfficerOn: isoDate('2026-11-01'),
    createdAt: isoInstant('2026-11-01T09:00:00Z'),
    ...overrides
  });
  const draft = (overrides: Partial<Case> = {}): Case =>
    draftCase('Councillor', { incidentIds: [], lineManagerId: undefined, createdBy: 'u-mo', memberReferralId: 'ref-1', ...overrides });
  const open = { type: 'openFromMemberReferral' as const, referral: referral() };

  test('goes straight to the panel with the Business Manager as case officer, and audits the referral', () => {
    const result = applyCaseAction(draft(), open, context('u-mo', '2026-11-28', { referringCouncillorId: 'u-cllr' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.case).toMatchObject({ status: 'AwaitingInvocationDecision', caseOfficerId: 'u-bm', memberReferralId: 'ref-1' });
    expect(result.value.auditEvents.map((e) => [e.action, e.entity.type, e.rule])).toEqual([
      ['case.openFromMemberReferral', 'Case', undefined],
      ['memberReferral.caseOpened', 'MemberReferral', 'BR-26']
    ]);
    // The panel for this route can then decide (BR-02).
    const decided = step(
      step(result.value.case, { type: 'recordChecklist', checklist: completeChecklist() }, context('u-bm', '2026-11-28')),
      { type: 'recordInvocationDecision', decision: panel('Councillor', { meetingDate: isoDate('2026-11-28') }) },
      context('u-mo', '2026-11-28')
    );
    expect(decided.status).toBe('MonitoringLetterDraft');
  });

  test('a Business Manager with a declared conflict is passed over for the CRO; no holder leaves it to the panel', () => {
    const conflicted = draft({
      conflictDeclarations: [
        { userId: 'u-bm', kind: 'personalConnection', detail: 'Neighbour.', declaredAt: isoInstant('2026-11-27T09:00:00Z') }
      ]
    });
    expect(step(conflicted, open, context('u-mo', '2026-11-28')).caseOfficerId).toBe('u-cro');
    const noOfficers = context('u-mo', '2026-11-28', { roles: { monitoringOfficer: ['u-mo'] } });
    expect(step(draft(), open, noOfficers).caseOfficerId).toBeUndefined();
    expect(step(draft({ caseOfficerId: 'u-alt' }), open, context('u-mo', '2026-11-28')).caseOfficerId).toBe('u-alt');
  });

  test('only the Monitoring Officer opens it', () => {
    for (const actor of ['u-bm', 'u-cro', 'u-cllr']) {
      expectError(draft(), open, context(actor, '2026-11-28'), 'ROLE', 'notPermitted');
    }
  });

  test('the case must be on the councillors\u2019 route, name the referral, and be the only case from it', () => {
    expectError(draftCase('Customer', { memberReferralId: 'ref-1' }), open, context('u-mo', '2026-11-28'), 'BR-26');
    expectError(draft({ memberReferralId: undefined }), open, context('u-mo', '2026-11-28'), 'BR-22');
    expectError(draft(), { ...open, referral: referral({ caseId: 'case-other' }) }, context('u-mo', '2026-11-28'), 'BR-26');
    // Linked already to this very case (a retry after the referral was linked) is fine.
    expect(step(draft(), { ...open, referral: referral({ caseId: 'case-1' }) }, context('u-mo', '2026-11-28')).status).toBe(
      'AwaitingInvocationDecision'
    );
    expectError(step(draft(), open, context('u-mo', '2026-11-28')), open, context('u-mo', '2026-11-28'), undefined, 'illegalTransition');
  });

  test('BR-26 a referral without the letter and group leader advice, or a reason, is refused with what is missing', () => {
    const incomplete = referral({ councillorLetterDate: undefined, groupLeaderAdvice: undefined });
    const result = applyCaseAction(draft(), { ...open, referral: incomplete }, context('u-mo', '2026-11-28'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.rule).toBe('BR-26');
    expect(result.error.details).toEqual([
      expect.stringContaining('Give the date you wrote to the person'),
      expect.stringContaining("Record the group leader's advice")
    ]);
    const overridden = referral({
      councillorLetterDate: undefined,
      groupLeaderAdvice: undefined,
      overrideReason: 'Threatened at surgery.'
    });
    expect(step(draft(), { ...open, referral: overridden }, context('u-mo', '2026-11-28')).status).toBe('AwaitingInvocationDecision');
  });
});
