// BR-16 against the SharePoint emulator, through the shared use case (src/app saveCaseChange):
// the case officer logs an FOI request from a restricted person; the case is saved with the
// contact marked as a request for information, and the FOI officer (who cannot read cases)
// finds it in their own queue, in "What is due" on the home screen, until they take it into the
// FOI process.
import { saveCaseChange } from '../../src/app/cases/saveCaseChange';
import type { CaseStore } from '../../src/data/ports';
import { applyCaseAction, dateOfInstant, type IsoDate, type IsoInstant, type Person } from '../../src/domain';
import { settleHomeSummaryReads, startHomeSummaryReads, summariseHome } from '../../src/ui/screens/home/homeSummaryReads';
import { demoCase, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

jest.setTimeout(60000);

const NOW = '2026-12-04T10:00:00.000Z' as IsoInstant;
const TODAY = dateOfInstant(NOW);

describe('BR-16 an FOI request from a restricted person reaches the FOI officer (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let service: CaseStore;
  let person: Person;

  beforeAll(async () => {
    harness = await startHarness();
    service = harness.storeAs('svc.ccm');
    person = (await service.persons.create(demoPerson('Siân', "O'Brien"))).value;
    const sanction = { ...demoSanction('case-foi', person.id, 'sanction-foi', 'Active'), startDate: '2026-12-01' as IsoDate };
    await service.cases.create({ ...demoCase(person.id, [], 'case-foi', 'SanctionActive'), sanctions: [sanction] });

    // The case officer logs the contact, as the Monitoring screen does (useCaseRecord.apply).
    const cro = harness.storeAs('cara.cro');
    const stored = await cro.cases.get('case-foi');
    let n = 0;
    const outcome = applyCaseAction(
      stored.value,
      {
        type: 'logContact',
        entry: {
          receivedAt: NOW,
          channel: 'email',
          viaSpoc: true,
          summary: 'Asks under FOI for the contract with the repairs contractor.',
          newIssue: false,
          safeguardingConcern: false,
          breachOfRestriction: false,
          informationRequest: 'FOIA'
        }
      },
      { now: NOW, actorId: oid('cara.cro'), roles: demoRoleAssignments(), person, newId: (prefix) => `${prefix}-foi-${++n}` }
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    const change = await saveCaseChange(
      cro,
      stored,
      outcome.value.case,
      outcome.value.auditEvents,
      person,
      TODAY,
      outcome.value.routedTasks
    );
    expect(change.routed).toEqual({ status: 'written' });
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('BR-16 the contact is stored as a request for information, and the case keeps no task of it', async () => {
    const kase = (await harness.storeAs('alex.alternate').cases.get('case-foi')).value;
    expect(kase.contactLog.map((entry) => entry.informationRequest)).toEqual(['FOIA']);
    expect(kase.tasks).toEqual([]);
  });

  test('BR-16 the FOI officer finds it in their queue, due by the statutory deadline, with what the request is', async () => {
    const foi = harness.storeAs('fay.foi');
    const tasks = (await foi.tasks.listOpenFor(oid('fay.foi'))).map((row) => row.value);
    expect(tasks).toEqual([
      expect.objectContaining({
        kind: 'informationRequest',
        assignees: [oid('fay.foi')],
        caseId: undefined,
        personName: "Siân O'Brien",
        dueDate: '2027-01-07',
        done: false
      })
    ]);
    expect(tasks[0].detail).toContain("The person's contact restriction is not a reason to refuse it");
    expect(tasks[0].detail).toContain('the contract with the repairs contractor');
    // The FOI officer still cannot read the case itself (BR-22).
    await expect(foi.cases.get('case-foi')).rejects.toBeDefined();
  });

  test('BR-16 the FOI officer\u2019s home screen says what is due, and taking it in clears it', async () => {
    const foi = harness.storeAs('fay.foi');
    const reads = startHomeSummaryReads(foi, oid('fay.foi'), TODAY);
    await settleHomeSummaryReads(reads);
    const summary = await summariseHome(reads, ['staff', 'foiOfficer'], undefined);
    expect(summary.due).toEqual([{ text: "Request for information to answer by 7 January 2027: Siân O'Brien", screen: 'foi' }]);

    const [row] = await foi.tasks.listOpenFor(oid('fay.foi'));
    await foi.tasks.update(row, { ...row.value, done: true });
    await expect(foi.tasks.listOpenFor(oid('fay.foi'))).resolves.toEqual([]);
    // Saving the case again later leaves the FOI officer's queue as it is: the task is not the case's.
    const cro = harness.storeAs('cara.cro');
    const stored = await cro.cases.get('case-foi');
    await cro.cases.save(stored, { ...stored.value, revision: stored.value.revision + 1 });
    await expect(foi.tasks.listOpenFor(oid('fay.foi'))).resolves.toEqual([]);
  });
});
