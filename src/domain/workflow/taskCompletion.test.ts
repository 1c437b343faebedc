// Issue 13, "tasks are completed when the work is done": every kind of task the engine gives
// someone has an action that marks it done, so it leaves their "What is due" once they have done
// the work, and only then.
import type { Case, CaseTaskKind } from '../model/case';
import { isoDate } from '../model/dates';
import { applyCaseAction } from './applyCaseAction';
import type { CaseAction, WorkflowContext } from './types';
import { completeChecklist, context, draftCase, letter, panel, proposal } from './testing/fixtures';

function step(c: Case, action: CaseAction, ctx: WorkflowContext): Case {
  const result = applyCaseAction(c, action, ctx);
  if (!result.ok) throw new Error(`${action.type} failed: ${result.error.rule} ${result.error.message}`);
  return result.value.case;
}

function refusal(c: Case, action: CaseAction, ctx: WorkflowContext): { code: string; rule?: string; message: string } {
  const result = applyCaseAction(c, action, ctx);
  if (result.ok) throw new Error(`${action.type} was not refused`);
  return result.error;
}

function active(): Case {
  let c = step(draftCase(), { type: 'submit' }, context('u-staff', '2026-01-06'));
  c = step(c, { type: 'escalate', reasons: 'Abuse continues.' }, context('u-lm', '2026-01-07'));
  c = step(c, { type: 'assignCaseOfficer', userId: 'u-cro' }, context('u-hos', '2026-01-07'));
  c = step(c, { type: 'recordChecklist', checklist: completeChecklist() }, context('u-cro', '2026-01-08'));
  c = step(c, { type: 'recordInvocationDecision', decision: panel('Customer') }, context('u-hos', '2026-01-10'));
  c = step(c, { type: 'sendMonitoringLetter', letter: letter('MonitoringWarning', '2026-01-12') }, context('u-cro', '2026-01-12'));
  c = step(c, { type: 'proposeSanction', sanction: proposal('2026-04-20') }, context('u-cro', '2026-04-13'));
  c = step(
    c,
    { type: 'decideSanction', approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Proportionate.' } },
    context('u-ed', '2026-04-14')
  );
  return step(c, { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', '2026-04-15') }, context('u-cro', '2026-04-15'));
}

const CONTACT = {
  receivedAt: context('x', '2026-05-01').now,
  channel: 'email' as const,
  viaSpoc: true,
  summary: 'Says the repair has not been done and she is frightened to stay at home.',
  newIssue: true,
  safeguardingConcern: true,
  breachOfRestriction: false
};

const open = (c: Case, kind: CaseTaskKind): string[] => c.tasks.filter((t) => t.kind === kind && !t.done).map((t) => t.assignees[0]);

describe('every task the engine creates is completed by the work it asks for', () => {
  test('BR-14 a flagged contact passed to the case officer is done when they record it as dealt with', () => {
    const flagged = step(active(), { type: 'logContact', entry: CONTACT }, context('u-staff', '2026-05-01'));
    const contactId = flagged.contactLog[0].id;
    expect(open(flagged, 'reviewFlaggedItem')).toEqual(['u-cro']);
    // Someone it was not passed to, who does not manage the case, cannot close it for them.
    expect(refusal(flagged, { type: 'reviewFlaggedContact', contactId }, context('u-staff', '2026-05-02'))).toMatchObject({
      code: 'notPermitted',
      rule: 'BR-14'
    });
    const result = applyCaseAction(flagged, { type: 'reviewFlaggedContact', contactId }, context('u-cro', '2026-05-02'));
    if (!result.ok) throw new Error(result.error.message);
    const dealtWith = result.value.case;
    expect(open(dealtWith, 'reviewFlaggedItem')).toEqual([]);
    expect(dealtWith.contactLog[0].reviewedBy).toBe('u-cro');
    expect(result.value.auditEvents.map((e) => [e.action, e.rule])).toContainEqual(['contact.reviewed', 'BR-14']);
    expect(refusal(dealtWith, { type: 'reviewFlaggedContact', contactId }, context('u-cro', '2026-05-03')).message).toBe(
      'This contact has already been dealt with.'
    );
  });

  test('BR-14 only a flagged contact has anything to deal with; one flagged before the case closed can still be closed after', () => {
    const logged = step(
      active(),
      { type: 'logContact', entry: { ...CONTACT, newIssue: false, safeguardingConcern: false } },
      context('u-cro', '2026-05-01')
    );
    expect(refusal(logged, { type: 'reviewFlaggedContact', contactId: logged.contactLog[0].id }, context('u-cro', '2026-05-02')).rule).toBe(
      'BR-14'
    );
    const flagged = step(active(), { type: 'logContact', entry: CONTACT }, context('u-cro', '2026-05-01'));
    const expired = step(flagged, { type: 'expireSanction' }, context('system', '2026-10-21'));
    const done = step(expired, { type: 'reviewFlaggedContact', contactId: flagged.contactLog[0].id }, context('u-cro', '2026-10-22'));
    expect(open(done, 'reviewFlaggedItem')).toEqual([]);
  });

  test('BR-14 with no case officer the contact is passed to whoever logged it, who may close it; an unknown contact is refused', () => {
    const noOfficer = { ...active(), caseOfficerId: undefined };
    const flagged = step(noOfficer, { type: 'logContact', entry: CONTACT }, context('u-staff', '2026-05-01'));
    expect(open(flagged, 'reviewFlaggedItem')).toEqual(['u-staff']);
    expect(refusal(flagged, { type: 'reviewFlaggedContact', contactId: 'no-such-contact' }, context('u-staff', '2026-05-02')).rule).toBe(
      'BR-14'
    );
    const done = step(flagged, { type: 'reviewFlaggedContact', contactId: flagged.contactLog[0].id }, context('u-staff', '2026-05-02'));
    expect(open(done, 'reviewFlaggedItem')).toEqual([]);
  });

  test('BR-09 the "restriction ended" letter task is done when the letter is recorded as sent, and only that letter does it', () => {
    const expired = step(active(), { type: 'expireSanction' }, context('system', '2026-10-21'));
    expect(open(expired, 'sendRestrictionEndedLetter')).toEqual(['u-cro']);
    expect(
      refusal(
        expired,
        { type: 'sendRestrictionEndedLetter', letter: letter('ReviewOutcome', '2026-10-22') },
        context('u-cro', '2026-10-22')
      ).rule
    ).toBe('BR-09');
    // A letter still to be sent tells the customer nothing.
    expect(
      refusal(
        expired,
        { type: 'sendRestrictionEndedLetter', letter: letter('RestrictionEnded', '2026-10-30') },
        context('u-cro', '2026-10-22')
      ).message
    ).toMatch(/a date still to come/);
    const sent = step(
      expired,
      { type: 'sendRestrictionEndedLetter', letter: letter('RestrictionEnded', '2026-10-22') },
      context('u-cro', '2026-10-22')
    );
    expect(open(sent, 'sendRestrictionEndedLetter')).toEqual([]);
    expect(sent.letters.map((l) => l.type)).toContain('RestrictionEnded');
    expect([sent.status, sent.closureReason]).toEqual(['Closed', 'Expired']);
  });

  test('BR-09 no "restriction ended" letter is recorded on a case whose restriction did not expire', () => {
    const reviewed = step(active(), { type: 'startReview' }, context('u-cro', '2026-07-20'));
    const lifted = step(
      reviewed,
      { type: 'completeReview', outcome: 'Lift', reasons: 'Behaviour has improved.', letter: letter('ReviewOutcome', '2026-07-20') },
      context('u-cro', '2026-07-20')
    );
    expect(
      refusal(
        lifted,
        { type: 'sendRestrictionEndedLetter', letter: letter('RestrictionEnded', '2026-07-21') },
        context('u-cro', '2026-07-21')
      ).rule
    ).toBe('BR-09');
  });

  test('BR-34 a request for a review is answered in writing even after the restriction has expired, which completes its tasks', () => {
    const requested = step(
      active(),
      {
        type: 'logPersonReviewRequest',
        requestedOn: isoDate('2026-10-10'),
        requestText: 'Please review the restriction.',
        respondBy: isoDate('2026-11-06'),
        assignedTo: 'u-ed'
      },
      context('u-cro', '2026-10-10')
    );
    expect(open(requested, 'answerPersonRequestedReview')).toEqual(['u-ed', 'u-cro']);
    const expired = step(requested, { type: 'expireSanction' }, context('system', '2026-10-21'));
    const answered = step(
      expired,
      {
        type: 'answerPersonReviewRequest',
        reviewId: requested.reviews[0].id,
        reasons: 'The restriction ended on 20 October.',
        letter: letter('ReviewOutcome', '2026-10-22', 'letter-answer')
      },
      context('u-cro', '2026-10-22')
    );
    expect(open(answered, 'answerPersonRequestedReview')).toEqual([]);
  });

  test('BR-09 an escalated overdue review is settled by an appeal that varies the restriction, not by one that upholds it', () => {
    const escalated = step(active(), { type: 'escalateOverdueReview' }, context('system', '2026-07-21'));
    expect(open(escalated, 'reviewOverdue')).toEqual(['u-ed', 'u-cro']);
    const appealed = step(
      escalated,
      {
        type: 'receiveAppeal',
        receivedOn: isoDate('2026-07-22'),
        grounds: ['disproportionate'],
        statement: 'Too much.',
        reviewerId: 'u-appeal',
        withinDeadline: true
      },
      context('u-cro', '2026-07-22')
    );
    const decide = (outcome: 'Uphold' | 'Vary'): Case =>
      step(
        appealed,
        {
          type: 'decideAppeal',
          outcome,
          reasons: 'Decided on the papers.',
          // An appeal may shorten or ease the restriction, never lengthen it (BR-12).
          variedSanction: proposal('2026-07-25', { endDate: isoDate('2026-10-20'), reviewDate: isoDate('2026-10-01') }),
          letter: letter('AppealOutcome', '2026-07-25')
        },
        context('u-appeal', '2026-07-25')
      );
    expect(open(decide('Uphold'), 'reviewOverdue')).toEqual(['u-ed', 'u-cro']);
    expect(open(decide('Vary'), 'reviewOverdue')).toEqual([]);
  });

  test('every kind of task has a completing action tested above', () => {
    // A new kind added to CaseTaskKind must be given a way to be done (and a test) before this compiles.
    const completedBy: Readonly<Record<CaseTaskKind, CaseAction['type'][]>> = {
      reviewFlaggedItem: ['reviewFlaggedContact'],
      sendRestrictionEndedLetter: ['sendRestrictionEndedLetter'],
      answerPersonRequestedReview: ['answerPersonReviewRequest'],
      reviewOverdue: ['completeReview', 'decideAppeal', 'expireSanction'],
      // BR-16: outside the case, in the FOI officer's queue; done when the FOI officer takes it
      // into the FOI process (FOI screen; test/data/foiRouting.test.ts), never by a case action.
      informationRequest: [],
      // Issue 16 item 8: tested in ombudsmanActions.test.ts.
      ombudsmanRemedy: ['completeOmbudsmanRemedy']
    };
    expect(Object.keys(completedBy).sort()).toEqual([
      'answerPersonRequestedReview',
      'informationRequest',
      'ombudsmanRemedy',
      'reviewFlaggedItem',
      'reviewOverdue',
      'sendRestrictionEndedLetter'
    ]);
  });
});
