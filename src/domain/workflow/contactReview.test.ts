// Issue 16 item 5: under "read and file" (R05) every item reaches the named reviewer, and a
// safeguarding concern the safeguarding contact, through the engine alone (no UI wiring).
import type { Case } from '../model/case';
import { isoDate } from '../model/dates';
import type { Sanction } from '../model/sanction';
import { applyCaseAction } from './applyCaseAction';
import { NO_SAFEGUARDING_CONTACT, READ_AND_FILE_FOR_REVIEWER, readAndFileReviewers, SAFEGUARDING_FOR_CONTACT } from './contactReview';
import type { CaseAction, WorkflowContext } from './types';
import { context, draftCase, proposal, ROLE_HOLDERS } from './testing/fixtures';

function step(c: Case, action: CaseAction, ctx: WorkflowContext): Case {
  const result = applyCaseAction(c, action, ctx);
  if (!result.ok) throw new Error(`${action.type} failed: ${result.error.rule} ${result.error.message}`);
  return result.value.case;
}

function readAndFileCase(status: Sanction['status'] = 'Active'): Case {
  const sanction: Sanction = {
    ...proposal('2026-04-20', {
      restrictions: [{ type: 'R05', subjectMatter: 'The 2025 boundary fence complaint', reviewerId: 'u-hos' }]
    }),
    id: 'sanction-1',
    version: 1,
    caseId: 'case-1',
    proposedBy: 'u-cro',
    proposedAt: context('x', '2026-04-13').now,
    approvals: [],
    status,
    customerNotifiedOn: isoDate('2026-04-20')
  };
  return draftCase('Customer', { status: 'SanctionActive', caseOfficerId: 'u-cro', sanctions: [sanction] });
}

const ITEM = {
  receivedAt: context('x', '2026-05-01').now,
  channel: 'email' as const,
  viaSpoc: true,
  summary: 'Writes again about the fence.',
  newIssue: false,
  safeguardingConcern: false,
  breachOfRestriction: false
};

const WITH_SAFEGUARDING = { ...ROLE_HOLDERS, safeguardingContact: ['u-safe'] };

const openFor = (c: Case): string[] => c.tasks.filter((t) => t.kind === 'reviewFlaggedItem' && !t.done).map((t) => t.assignees[0]);

describe('BR-14 read and file (R05): every item reaches the named reviewer', () => {
  test('BR-14 an unflagged item under R05 goes to the reviewer the restriction names, who records it as read', () => {
    const logged = step(readAndFileCase(), { type: 'logContact', entry: ITEM }, context('u-alt', '2026-05-01'));
    expect(openFor(logged)).toEqual(['u-hos']);
    expect(logged.tasks[0]).toMatchObject({ recordId: logged.contactLog[0].id, detail: READ_AND_FILE_FOR_REVIEWER, service: 'Housing' });
    const done = step(logged, { type: 'reviewFlaggedContact', contactId: logged.contactLog[0].id }, context('u-hos', '2026-05-02'));
    expect(openFor(done)).toEqual([]);
    expect(done.contactLog[0].reviewedBy).toBe('u-hos');
  });

  test('BR-14 the reviewer is named only by a restriction in force: before it starts or once lifted, nothing goes to them', () => {
    expect(readAndFileReviewers(readAndFileCase(), isoDate('2026-05-01'))).toEqual(['u-hos']);
    expect(readAndFileReviewers(readAndFileCase(), isoDate('2026-04-19'))).toEqual([]);
    expect(readAndFileReviewers(readAndFileCase('Lifted'), isoDate('2026-05-01'))).toEqual([]);
    const unflagged = step(
      draftCase('Customer', { ...readAndFileCase('Lifted'), status: 'SanctionActive' }),
      { type: 'logContact', entry: ITEM },
      context('u-cro', '2026-05-01')
    );
    expect(unflagged.tasks).toEqual([]);
  });

  test('BR-14 a safeguarding concern goes to the safeguarding contact and the case officer, and the R05 reviewer, each once', () => {
    const logged = step(
      readAndFileCase(),
      { type: 'logContact', entry: { ...ITEM, safeguardingConcern: true } },
      context('u-alt', '2026-05-01', { roles: WITH_SAFEGUARDING })
    );
    expect(openFor(logged)).toEqual(['u-safe', 'u-cro', 'u-hos']);
    expect(logged.tasks[0].detail).toBe(SAFEGUARDING_FOR_CONTACT);
    // The safeguarding contact may say it has been dealt with: it was passed to them.
    const done = step(logged, { type: 'reviewFlaggedContact', contactId: logged.contactLog[0].id }, context('u-safe', '2026-05-02'));
    expect(openFor(done)).toEqual([]);
  });

  test('BR-14 with no safeguarding contact named, the case officer is told to pass it on and to ask for one', () => {
    const logged = step(
      readAndFileCase(),
      { type: 'logContact', entry: { ...ITEM, safeguardingConcern: true } },
      context('u-alt', '2026-05-01')
    );
    expect(openFor(logged)).toEqual(['u-cro', 'u-hos']);
    expect(logged.tasks[0].detail).toContain(NO_SAFEGUARDING_CONTACT.trim());
  });

  test('BR-14 the reviewer who is also the safeguarding contact gets one task, saying the more pressing thing', () => {
    const logged = step(
      readAndFileCase(),
      { type: 'logContact', entry: { ...ITEM, safeguardingConcern: true } },
      context('u-alt', '2026-05-01', { roles: { ...ROLE_HOLDERS, safeguardingContact: ['u-hos'] } })
    );
    expect(openFor(logged)).toEqual(['u-hos', 'u-cro']);
    expect(logged.tasks[0].detail).toBe(SAFEGUARDING_FOR_CONTACT);
  });

  test('BR-14 each task it was passed on as is audited, with what it asks', () => {
    const result = applyCaseAction(readAndFileCase(), { type: 'logContact', entry: ITEM }, context('u-alt', '2026-05-01'));
    if (!result.ok) throw new Error(result.error.message);
    const [task] = result.value.case.tasks;
    expect(result.value.auditEvents).toContainEqual(
      expect.objectContaining({ action: 'task.created', entity: { type: 'Task', id: task.id }, note: READ_AND_FILE_FOR_REVIEWER })
    );
  });
});
