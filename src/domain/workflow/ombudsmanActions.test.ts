// Issue 16 item 8 through the engine alone (no UI wiring): an Ombudsman's enquiry and decision are
// recorded on the case, a remedy becomes the case officer's task until it is recorded as done,
// and a copy of a letter sent to the Ombudsman is recorded with its date.
import type { Case } from '../model/case';
import { isoDate } from '../model/dates';
import { applyCaseAction } from './applyCaseAction';
import type { CaseAction, WorkflowContext } from './types';
import { context, draftCase, letter } from './testing/fixtures';

function step(c: Case, action: CaseAction, ctx: WorkflowContext): Case {
  const result = applyCaseAction(c, action, ctx);
  if (!result.ok) throw new Error(`${action.type} failed: ${result.error.rule} ${result.error.message}`);
  return result.value.case;
}

function refusal(
  c: Case,
  action: CaseAction,
  ctx: WorkflowContext
): { code: string; rule?: string; message: string; details?: readonly string[] } {
  const result = applyCaseAction(c, action, ctx);
  if (result.ok) throw new Error(`${action.type} was not refused`);
  return result.error;
}

/** A closed case whose restriction decision letter was sent: what an Ombudsman usually looks at. */
function closedCase(): Case {
  return draftCase('Customer', {
    status: 'Closed',
    closureReason: 'Lifted',
    caseOfficerId: 'u-cro',
    letters: [letter('RestrictionDecision', '2026-04-15', 'letter-decision')]
  });
}

const ENQUIRY: CaseAction = {
  type: 'recordOmbudsmanEnquiry',
  scheme: 'LGSCO',
  reference: '26 001 234',
  receivedOn: isoDate('2026-09-01'),
  summary: 'Asks whether the restriction was proportionate and reviewed on time.'
};

function withEnquiry(): Case {
  return step(closedCase(), ENQUIRY, context('u-cro', '2026-09-02'));
}

function decision(enquiryId: string, overrides: Partial<Extract<CaseAction, { type: 'recordOmbudsmanDecision' }>> = {}): CaseAction {
  return {
    type: 'recordOmbudsmanDecision',
    enquiryId,
    decidedOn: isoDate('2026-11-02'),
    outcome: 'FaultWithInjustice',
    summary: 'The review was late; the council should review afresh and apologise.',
    remedies: [
      { kind: 'freshReview', detail: 'Review the restriction afresh with a new officer.', dueBy: isoDate('2026-12-02') },
      { kind: 'apologyLetter', detail: 'Apologise in writing for the late review.', dueBy: isoDate('2026-11-16') }
    ],
    ...overrides
  };
}

const remedyTasks = (c: Case): { who: string; due?: string; done: boolean }[] =>
  c.tasks.filter((t) => t.kind === 'ombudsmanRemedy').map((t) => ({ who: t.assignees[0], due: t.dueDate, done: t.done }));

describe('an Ombudsman looks at a case (engine)', () => {
  test('the enquiry is recorded on the case, audited, and a second with the same reference is refused', () => {
    const result = applyCaseAction(closedCase(), ENQUIRY, context('u-cro', '2026-09-02'));
    if (!result.ok) throw new Error(result.error.message);
    const [enquiry] = result.value.case.ombudsmanEnquiries ?? [];
    expect(enquiry).toMatchObject({
      scheme: 'LGSCO',
      reference: '26 001 234',
      receivedOn: '2026-09-01',
      recordedBy: 'u-cro',
      lettersCopied: []
    });
    expect(result.value.case.status).toBe('Closed');
    expect(result.value.auditEvents.map((e) => e.action)).toContain('ombudsman.enquiryRecorded');
    expect(refusal(result.value.case, ENQUIRY, context('u-cro', '2026-09-03')).message).toContain('already recorded');
  });

  test('the engine guards the enquiry itself: a date to come, no reference, a Draft case, someone who does not manage the case', () => {
    expect(
      refusal(closedCase(), { ...ENQUIRY, receivedOn: isoDate('2026-09-10') } as CaseAction, context('u-cro', '2026-09-02')).message
    ).toMatch(/still to come/);
    expect(refusal(closedCase(), { ...ENQUIRY, reference: '  ' } as CaseAction, context('u-cro', '2026-09-02')).message).toBe(
      'Enter the Ombudsman’s reference for the enquiry.'
    );
    expect(refusal(draftCase(), ENQUIRY, context('u-cro', '2026-09-02')).code).toBe('illegalTransition');
    expect(refusal(closedCase(), ENQUIRY, context('u-staff', '2026-09-02')).code).toBe('notPermitted');
  });

  test('a decision ordering remedies gives the case officer one task per remedy, due when the Ombudsman said', () => {
    const c = withEnquiry();
    const id = (c.ombudsmanEnquiries ?? [])[0].id;
    const decided = step(c, decision(id), context('u-cro', '2026-11-03'));
    const recorded = (decided.ombudsmanEnquiries ?? [])[0].decision;
    expect(recorded).toMatchObject({ outcome: 'FaultWithInjustice', decidedOn: '2026-11-02' });
    expect(recorded?.remedies.map((r) => r.kind)).toEqual(['freshReview', 'apologyLetter']);
    expect(remedyTasks(decided)).toEqual([
      { who: 'u-cro', due: '2026-12-02', done: false },
      { who: 'u-cro', due: '2026-11-16', done: false }
    ]);
    expect(decided.tasks[0].detail).toContain('Local Government and Social Care Ombudsman ordered (26 001 234)');
    expect(refusal(decided, decision(id), context('u-cro', '2026-11-04')).message).toContain('already recorded');
  });

  test('a decision is consistent: remedies only with injustice, injustice needs one, each remedy says what and by when', () => {
    const c = withEnquiry();
    const id = (c.ombudsmanEnquiries ?? [])[0].id;
    expect(refusal(c, decision(id, { outcome: 'NoFault' }), context('u-cro', '2026-11-03')).message).toMatch(/Only a finding of fault/);
    expect(refusal(c, decision(id, { remedies: [] }), context('u-cro', '2026-11-03')).message).toMatch(/Record the remedy/);
    expect(
      refusal(
        c,
        decision(id, { remedies: [{ kind: 'apologyLetter', detail: ' ', dueBy: isoDate('2026-10-01') }] }),
        context('u-cro', '2026-11-03')
      ).details
    ).toEqual(['Remedy 1: say what the council must do.', 'Remedy 1: it cannot be due before the decision was made.']);
    expect(refusal(c, decision(id, { decidedOn: isoDate('2026-08-01') }), context('u-cro', '2026-11-03')).message).toMatch(
      /before the enquiry/
    );
    expect(refusal(c, decision('no-such-enquiry'), context('u-cro', '2026-11-03')).message).toMatch(/no Ombudsman enquiry/);
    const noFault = step(c, decision(id, { outcome: 'NoFault', remedies: [] }), context('u-cro', '2026-11-03'));
    expect(remedyTasks(noFault)).toEqual([]);
  });

  test('a remedy task is done only when its officer records what was done; with no case officer it goes to the CRO', () => {
    const c = withEnquiry();
    const id = (c.ombudsmanEnquiries ?? [])[0].id;
    const decided = step(c, decision(id), context('u-cro', '2026-11-03'));
    const [review, apology] = (decided.ombudsmanEnquiries ?? [])[0].decision?.remedies ?? [];
    const complete = (remedyId: string, note: string): CaseAction => ({ type: 'completeOmbudsmanRemedy', enquiryId: id, remedyId, note });
    expect(refusal(decided, complete(apology.id, 'Sent.'), context('u-staff', '2026-11-10')).code).toBe('notPermitted');
    expect(refusal(decided, complete(apology.id, ' '), context('u-cro', '2026-11-10')).message).toMatch(/Say what was done/);
    const apologised = step(decided, complete(apology.id, 'Apology sent by post on 10 November.'), context('u-cro', '2026-11-10'));
    expect(remedyTasks(apologised)).toEqual([
      { who: 'u-cro', due: '2026-12-02', done: false },
      { who: 'u-cro', due: '2026-11-16', done: true }
    ]);
    expect((apologised.ombudsmanEnquiries ?? [])[0].decision?.remedies[1]).toMatchObject({ doneOn: '2026-11-10', doneBy: 'u-cro' });
    expect(refusal(apologised, complete(apology.id, 'Again.'), context('u-cro', '2026-11-11')).message).toMatch(
      /recorded as done on 10 November 2026/
    );
    expect(review.taskId).toBe(decided.tasks[0].id);

    const noOfficer = step({ ...closedCase(), caseOfficerId: undefined }, ENQUIRY, context('u-cro', '2026-09-02'));
    const routed = step(noOfficer, decision((noOfficer.ombudsmanEnquiries ?? [])[0].id), context('u-cro', '2026-11-03'));
    expect(remedyTasks(routed).map((t) => t.who)).toEqual(['u-cro', 'u-cro']);
  });

  test('a copy of a letter the case sent is recorded with its date, once; a letter the case never sent cannot be copied', () => {
    const c = withEnquiry();
    const id = (c.ombudsmanEnquiries ?? [])[0].id;
    const copy = (letterId: string, sentOn: string): CaseAction => ({
      type: 'copyLetterToOmbudsman',
      enquiryId: id,
      letterId,
      sentOn: isoDate(sentOn)
    });
    const copied = step(c, copy('letter-decision', '2026-09-05'), context('u-cro', '2026-09-05'));
    expect((copied.ombudsmanEnquiries ?? [])[0].lettersCopied).toEqual([
      { letterId: 'letter-decision', sentOn: '2026-09-05', sentBy: 'u-cro' }
    ]);
    expect(refusal(copied, copy('letter-decision', '2026-09-06'), context('u-cro', '2026-09-06')).message).toMatch(/already been sent/);
    expect(refusal(c, copy('letter-unknown', '2026-09-05'), context('u-cro', '2026-09-05')).message).toMatch(
      /Only a letter this case has sent/
    );
    expect(refusal(c, copy('letter-decision', '2026-04-01'), context('u-cro', '2026-09-05')).message).toMatch(/before the letter itself/);
    expect(refusal(c, copy('letter-decision', '2026-09-09'), context('u-cro', '2026-09-05')).message).toMatch(/still to come/);
  });
});
