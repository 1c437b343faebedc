import type { CaseStore } from '../../src/data/ports';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import { demoCase, demoIncident, demoPerson } from '../../local/seed/demo-data';
import { oid } from '../../local/seed/personas';
import { plainWords } from '../../src/ui/components/errorWords';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

/*
 * Issue 13: the auditor / DPO got "The case could not be opened" for every case. The case
 * aggregate includes its tasks, which the auditors' group could not read, and the case screen
 * reads the person's incident reports, which only their reporters and the case team see. Over
 * real HTTP with SharePoint's permissions: the auditor opens the case; what their groups do
 * not open is marked unreadable, never shown as "none" and never a reason to fail.
 */
describe('The case screen opens for every persona who may read cases (emulator permissions)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let caseId: string;

  beforeAll(async () => {
    harness = await startHarness();
    const cro = harness.storeAs('cara.cro');
    const person = await cro.persons.create(demoPerson('Audited', 'Customer'));
    const incident = await harness.storeAs('sam.staff').incidents.create(demoIncident(person.value.id, oid('sam.staff')));
    const created = await cro.cases.create({
      ...demoCase(person.value.id, [incident.value.id]),
      caseOfficerId: oid('cara.cro'),
      tasks: [
        {
          id: 'task-1',
          kind: 'reviewOverdue',
          assignees: [oid('cara.cro')],
          dueDate: isoDate('2026-12-10'),
          createdAt: isoInstant('2026-12-01T09:00:00Z'),
          detail: 'Review the restriction.',
          done: false
        }
      ]
    });
    caseId = created.value.id;
  });

  afterAll(async () => {
    await harness?.close();
  });

  const open = (persona: string): Promise<Awaited<ReturnType<CaseStore['loadCaseScreen']>>> =>
    harness.storeAs(persona).loadCaseScreen(caseId);

  test('the auditor / DPO opens the case with its tasks; the incident reports are marked as not theirs to see', async () => {
    const screen = await open('aud.auditor');
    expect(screen.case.value.id).toBe(caseId);
    expect(screen.case.value.tasks).toHaveLength(1);
    expect(screen.person?.value.names.family).toBe('Customer');
    expect(screen.unreadable).toEqual(['incidents']);
    expect(screen.incidents).toEqual([]);
  });

  test('the case officer sees every part, incidents included', async () => {
    const screen = await open('cara.cro');
    expect(screen.unreadable).toEqual([]);
    expect(screen.incidents).toHaveLength(1);
  });

  test('a councillor still cannot open the case at all (BR-22), and the refusal names the groups that may', async () => {
    const refusal = await open('cllr.khan').catch((error: unknown) => error);
    expect(refusal).toMatchObject({ kind: 'Forbidden' });
    const groups = (refusal as { groupsThatMay: string[] }).groupsThatMay;
    expect(groups).toEqual(expect.arrayContaining(['CCM Case Team', 'CCM Managers']));
    expect(groups).not.toContain('CCM Elected Members');
    expect(groups).not.toContain('CCM Service Accounts');
    expect(plainWords(refusal)).toMatch(
      /^You do not have permission to do this\. If your role needs it, ask the site owner to add you to CCM /
    );
  });
});
