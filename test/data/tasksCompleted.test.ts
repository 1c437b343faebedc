// Issue 13, "tasks are completed when the work is done", over real HTTP with SharePoint's
// permissions: the work each task asks for, recorded as its assignee would record it (the engine,
// then saveCaseChange as that persona), marks the task's row in the Tasks list Done, so it leaves
// their "What is due" (the home screen's own reads).
import { saveCaseChange } from '../../src/app/cases/saveCaseChange';
import { applyCaseAction, dateOfInstant, type Case, type CaseAction, type IsoDate, type IsoInstant, type Role } from '../../src/domain';
import { startHomeSummaryReads, summariseHome } from '../../src/ui/screens/home/homeSummaryReads';
import { demoCase, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

jest.setTimeout(60000);

const ROLES: Readonly<Record<string, Role[]>> = {
  'cara.cro': ['staff', 'customerRelationsOfficer'],
  'ed.director': ['staff', 'executiveDirector', 'appealReviewer']
};

describe('a task leaves its assignee’s What is due once the work is done (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** A restriction in force on a new customer, Cara Rhodes (CRO) its case officer. */
  async function restrictedCase(id: string, ends: IsoDate = '2027-05-31' as IsoDate): Promise<string> {
    const service = harness.storeAs('svc.ccm');
    const person = await service.persons.create(demoPerson('Siân', `O'Brien-${id}`));
    const sanction = {
      ...demoSanction(id, person.value.id, `sanction-${id}`, 'Active'),
      startDate: '2026-06-01' as IsoDate,
      endDate: ends
    };
    await service.cases.create({ ...demoCase(person.value.id, [], id, 'SanctionActive'), sanctions: [sanction] });
    return id;
  }

  /** The action applied by the engine and saved as `persona` (the service's sweep acts as 'system'). */
  async function act(persona: string, caseId: string, action: CaseAction, now: IsoInstant): Promise<Case> {
    const store = harness.storeAs(persona);
    const current = await store.cases.get(caseId);
    const person = (await store.persons.get(current.value.personId)).value;
    let n = 0;
    const outcome = applyCaseAction(current.value, action, {
      now,
      actorId: persona === 'svc.ccm' ? 'system' : oid(persona),
      roles: demoRoleAssignments(),
      person,
      newId: (prefix) => `${prefix}-${caseId}-${action.type}-${++n}`
    });
    if (!outcome.ok) throw new Error(`${action.type}: ${outcome.error.message}`);
    const change = await saveCaseChange(store, current, outcome.value.case, outcome.value.auditEvents, person, dateOfInstant(now));
    return change.saved.value;
  }

  /** The "What is due" lines of a persona's home screen, read as the screen reads them. */
  async function dueFor(persona: string, today: IsoDate): Promise<string[]> {
    const reads = startHomeSummaryReads(harness.storeAs(persona), oid(persona), today);
    return (await summariseHome(reads, ROLES[persona], undefined)).due.map((line) => line.text);
  }

  test('BR-14: a safeguarding concern logged by the alternate officer is on the CRO’s list until she records it as dealt with', async () => {
    const caseId = await restrictedCase('case-flagged');
    const logged = await act(
      'alex.alternate',
      caseId,
      {
        type: 'logContact',
        entry: {
          receivedAt: '2026-11-27T09:30:00.000Z' as IsoInstant,
          channel: 'phone',
          viaSpoc: false,
          summary: 'Says she is frightened to stay at home.',
          newIssue: false,
          safeguardingConcern: true,
          breachOfRestriction: false
        }
      },
      '2026-11-27T09:30:00.000Z' as IsoInstant
    );
    expect(await dueFor('cara.cro', '2026-11-28' as IsoDate)).toContain(
      "Safeguarding concern to review, raised 27 November 2026: Siân O'Brien-case-flagged"
    );

    await act(
      'cara.cro',
      caseId,
      { type: 'reviewFlaggedContact', contactId: logged.contactLog[0].id },
      '2026-11-28T10:00:00.000Z' as IsoInstant
    );

    expect(await dueFor('cara.cro', '2026-11-28' as IsoDate)).not.toContainEqual(expect.stringMatching(/Safeguarding concern/));
    await expect(harness.storeAs('cara.cro').tasks.listOpenFor(oid('cara.cro'))).resolves.toEqual([]);
    const rows = await harness.storeAs('cara.cro').tasks.listByCase(caseId);
    expect(rows.map((row) => [row.value.kind, row.value.done])).toEqual([['reviewFlaggedItem', true]]);
    const stored = await harness.storeAs('aud.auditor').cases.get(caseId);
    expect(stored.value.contactLog[0].reviewedBy).toBe(oid('cara.cro'));
    const audit = await harness.storeAs('aud.auditor').auditLog.listForEntity('ContactLogEntry', logged.contactLog[0].id);
    expect(audit.map((entry) => entry.value.event.action)).toEqual(['contact.logged', 'contact.reviewed']);
  });

  test('BR-09: the "restriction ended" letter the sweep asked for leaves the CRO’s list once she records it as sent', async () => {
    const caseId = await restrictedCase('case-ended', '2026-11-20' as IsoDate);
    await act('svc.ccm', caseId, { type: 'expireSanction' }, '2026-11-21T06:00:00.000Z' as IsoInstant);
    expect(await dueFor('cara.cro', '2026-11-28' as IsoDate)).toContain(
      "Send the letter saying the restriction has ended, due 21 November 2026: Siân O'Brien-case-ended"
    );

    await act(
      'cara.cro',
      caseId,
      {
        type: 'sendRestrictionEndedLetter',
        letter: {
          id: 'letter-case-ended',
          caseId,
          type: 'RestrictionEnded',
          templateVersion: 'ended-1',
          channel: 'letter',
          fields: { restrictionEndDate: 'It ended on 20 November 2026.', contactFromNow: 'By the usual routes.' },
          sentOn: '2026-11-28' as IsoDate,
          sentBy: oid('cara.cro')
        }
      },
      '2026-11-28T11:00:00.000Z' as IsoInstant
    );

    expect(await dueFor('cara.cro', '2026-11-28' as IsoDate)).toEqual([]);
    const stored = await harness.storeAs('cara.cro').cases.get(caseId);
    expect(stored.value.letters.map((letter) => [letter.type, letter.sentOn])).toEqual([['RestrictionEnded', '2026-11-28']]);
    expect(stored.value.tasks.map((task) => [task.kind, task.done])).toEqual([['sendRestrictionEndedLetter', true]]);
  });

  test("BR-34: a customer's request still open when the restriction expired is answered, and leaves both the decision-maker's and the CRO's lists", async () => {
    const caseId = await restrictedCase('case-request', '2026-11-20' as IsoDate);
    const logged = await act(
      'cara.cro',
      caseId,
      {
        type: 'logPersonReviewRequest',
        requestedOn: '2026-11-10' as IsoDate,
        requestText: 'Please lift the restriction.',
        respondBy: '2026-12-08' as IsoDate,
        assignedTo: oid('ed.director')
      },
      '2026-11-10T10:00:00.000Z' as IsoInstant
    );
    await act('svc.ccm', caseId, { type: 'expireSanction' }, '2026-11-21T06:00:00.000Z' as IsoInstant);
    const answer = "Answer the request for a review by 8 December 2026: Siân O'Brien-case-request";
    expect(await dueFor('ed.director', '2026-11-28' as IsoDate)).toContain(answer);
    expect(await dueFor('cara.cro', '2026-11-28' as IsoDate)).toContain(answer);

    await act(
      'cara.cro',
      caseId,
      {
        type: 'answerPersonReviewRequest',
        reviewId: logged.reviews[0].id,
        reasons: 'The restriction ended on 20 November 2026.',
        letter: {
          id: 'letter-case-request',
          caseId,
          type: 'ReviewOutcome',
          templateVersion: '1',
          channel: 'letter',
          fields: { reviewResult: 'The restriction has ended.', reviewReasons: 'It reached its end date.' },
          sentOn: '2026-11-28' as IsoDate,
          sentBy: oid('cara.cro')
        }
      },
      '2026-11-28T11:00:00.000Z' as IsoInstant
    );

    expect(await dueFor('ed.director', '2026-11-28' as IsoDate)).not.toContain(answer);
    expect(await dueFor('cara.cro', '2026-11-28' as IsoDate)).not.toContain(answer);
  });
});
