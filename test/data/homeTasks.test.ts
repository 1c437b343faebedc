import type { CaseStore } from '../../src/data/ports';
import { applyCaseAction, type Case, type IsoDate, type IsoInstant, type Person } from '../../src/domain';
import { startHomeSummaryReads, settleHomeSummaryReads, summariseHome } from '../../src/ui/screens/home/homeSummaryReads';
import { demoCase, demoIncident, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

/** HTTP requests the emulator answered while `run` ran. */
async function requestsDuring<T>(harness: Harness, run: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = harness.emulator.stats().requests;
  const result = await run();
  return { result, requests: harness.emulator.stats().requests - before };
}

const TODAY = '2026-12-04' as IsoDate;

/**
 * Issue 13, "work reaches nobody", against the SharePoint emulator: an overdue review escalated
 * by the sweep (BR-09) reaches every person it is for through the Tasks list's one indexed
 * "Assigned to" column, and the home screen reads the user's tasks inside its one $batch.
 */
describe("the user's open tasks on the home screen (emulator)", () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let service: CaseStore;
  let person: Person;
  let escalated: Case;

  beforeAll(async () => {
    harness = await startHarness();
    service = harness.storeAs('svc.ccm');
    person = (await service.persons.create(demoPerson('Siân', "O'Brien"))).value;
    const sanction = {
      ...demoSanction('', person.id, 'sanction-home-tasks', 'Active'),
      startDate: '2026-06-03' as IsoDate,
      reviewDate: '2026-12-03' as IsoDate,
      approvals: [
        {
          id: 'approval-home-tasks',
          approverId: oid('ed.director'),
          approverRole: 'executiveDirector' as const,
          outcome: 'Approve' as const,
          reasons: 'Proportionate.',
          decidedAt: '2026-06-02T10:00:00Z' as IsoInstant
        }
      ]
    };
    const kase: Case = {
      ...demoCase(person.id, [], 'case-home-tasks', 'SanctionActive'),
      sanctions: [{ ...sanction, caseId: 'case-home-tasks' }]
    };
    const stored = await service.cases.create(kase);
    // The sweep's escalation, as runSweeps applies it: the engine, then the case saved with its tasks.
    let n = 0;
    // (The approval lives in the Decisions list; the engine is given the sanction as approved.)
    const outcome = applyCaseAction(
      { ...stored.value, sanctions: kase.sanctions },
      { type: 'escalateOverdueReview' },
      {
        now: `${TODAY}T07:00:00Z` as IsoInstant,
        actorId: 'system',
        roles: demoRoleAssignments(),
        person,
        newId: (prefix) => `${prefix}-home-tasks-${++n}`
      }
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    escalated = (await service.cases.save(stored, outcome.value.case)).value;
  });

  afterAll(async () => {
    await harness?.close();
  });

  test.each(['ed.director', 'cara.cro'])(
    'BR-09: %s, approver or Customer Relations Officer, finds the escalation among their open tasks',
    async (key) => {
      const tasks = await harness.storeAs(key).tasks.listOpenFor(oid(key));
      expect(tasks.map((row) => row.value)).toEqual([
        expect.objectContaining({
          kind: 'reviewOverdue',
          assignees: [oid(key)],
          caseId: 'case-home-tasks',
          personName: "Siân O'Brien",
          dueDate: '2026-12-03',
          done: false
        })
      ]);
    }
  );

  test('the escalation is one task per person, and nobody else is given it', async () => {
    expect(escalated.tasks.map((task) => task.assignees)).toEqual([[oid('ed.director')], [oid('cara.cro')]]);
    await expect(harness.storeAs('hugh.head').tasks.listOpenFor(oid('hugh.head'))).resolves.toEqual([]);
  });

  test("the home screen's reads, the user's tasks and the triage setting included, are one $batch; the due line names the customer", async () => {
    const cro = harness.storeAs('cara.cro');
    const { result: reads, requests } = await requestsDuring(harness, () =>
      cro.readTogether!(async (batched) => {
        // As the host starts them: ahead of the roles, every tile's reads.
        const started = startHomeSummaryReads(batched, oid('cara.cro'), TODAY);
        await settleHomeSummaryReads(started);
        return started;
      })
    );
    expect(requests).toBe(1);
    const summary = await summariseHome(reads, ['staff', 'customerRelationsOfficer'], undefined);
    expect(summary.due[0]).toEqual({
      text: "Review overdue since 3 December 2026: Siân O'Brien",
      screen: 'review',
      params: { caseId: 'case-home-tasks' }
    });
    // Said once: the review due line is not repeated beside the escalation.
    expect(summary.due.filter((line) => line.params?.caseId === 'case-home-tasks')).toHaveLength(1);
  });

  test('staff, whose groups do not open the Tasks list, still load the home screen in one $batch', async () => {
    const staff = harness.storeAs('sam.staff');
    const { result: reads, requests } = await requestsDuring(harness, () =>
      staff.readTogether!(async (batched) => {
        const started = startHomeSummaryReads(batched, oid('sam.staff'), TODAY);
        await settleHomeSummaryReads(started);
        return started;
      })
    );
    expect(requests).toBe(1);
    await expect(reads.myTasks).resolves.toBeUndefined();
    expect((await summariseHome(reads, ['staff'], undefined)).due).toEqual([]);
  });

  test("a line manager's triage scan keeps to their services (and any nobody holds), in ID windows", async () => {
    const staff = harness.storeAs('sam.staff');
    for (const service of ['Housing', 'Planning', 'Leisure']) {
      await staff.incidents.create({ ...demoIncident(person.id, oid('sam.staff')), id: `incident-scope-${service}`, service });
    }
    const manager = harness.storeAs('lena.manager');
    const scope = { own: ['Housing'], held: ['Housing', 'Planning'] };
    const seen: string[] = [];
    for await (const page of manager.incidents.listSubmittedInScope(scope)) seen.push(...page.map((row) => row.value.service));
    expect(seen.sort()).toEqual(['Housing', 'Leisure']);
  });
});
