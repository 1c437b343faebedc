// Issue 16 item 5 against the SharePoint emulator, through the shared use case (saveCaseChange):
// under "read and file" (R05) the officer logs an item that raises nothing, and it reaches the
// reviewer the restriction names, in their "What is due"; a safeguarding concern reaches the
// safeguarding contact the administration screen names, too. Nothing else on the site changes.
import { syncCaseAlerts } from '../../src/app/alerts/syncCaseAlerts';
import { saveCaseChange } from '../../src/app/cases/saveCaseChange';
import { applyCaseAction, dateOfInstant, type CaseAction, type IsoDate, type IsoInstant, type Person, type Role } from '../../src/domain';
import { startHomeSummaryReads, summariseHome } from '../../src/ui/screens/home/homeSummaryReads';
import { demoCase, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { difference, siteSnapshot } from '../properties/support/siteSnapshot';
import { startHarness, type Harness } from './emulatorHarness';

jest.setTimeout(60000);

const NOW = '2026-12-04T10:00:00.000Z' as IsoInstant;
const TODAY = dateOfInstant(NOW);
// Lena Morgan is named the safeguarding contact on the administration screen; Hugh Davies is the
// reviewer the R05 restriction names.
const ROLE_HOLDERS = { ...demoRoleAssignments(), safeguardingContact: [oid('lena.manager')] };
const HOME_ROLES: Readonly<Record<string, Role[]>> = {
  'hugh.head': ['staff', 'headOfService'],
  'lena.manager': ['staff', 'lineManager', 'safeguardingContact'],
  'cara.cro': ['staff', 'customerRelationsOfficer']
};

describe('BR-14 read and file: every item reaches the named reviewer; safeguarding the safeguarding contact (emulator)', () => {
  let harness: Harness;
  let person: Person;

  beforeAll(async () => {
    harness = await startHarness();
    const service = harness.storeAs('svc.ccm');
    person = (await service.persons.create(demoPerson('Zoë', "O'Neill"))).value;
    const sanction = {
      ...demoSanction('case-r05', person.id, 'sanction-r05', 'Active'),
      startDate: '2026-12-01' as IsoDate,
      restrictions: [{ type: 'R05' as const, subjectMatter: 'The 2025 parking complaint', reviewerId: oid('hugh.head') }]
    };
    const created = await service.cases.create({ ...demoCase(person.id, [], 'case-r05', 'SanctionActive'), sanctions: [sanction] });
    // Its staff banner, as the letter's save would have written it, so the writes below are only theirs.
    await syncCaseAlerts(service.restrictionAlerts, created.value, person, TODAY);
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function logAs(persona: string, action: CaseAction, tag: string): Promise<void> {
    const store = harness.storeAs(persona);
    const stored = await store.cases.get('case-r05');
    let n = 0;
    const outcome = applyCaseAction(stored.value, action, {
      now: NOW,
      actorId: oid(persona),
      roles: ROLE_HOLDERS,
      person,
      newId: (prefix) => `${prefix}-${tag}-${++n}`
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const change = await saveCaseChange(store, stored, outcome.value.case, outcome.value.auditEvents, person, TODAY);
    expect(change.audit).toEqual({ status: 'written' });
  }

  async function dueFor(persona: string): Promise<string[]> {
    const reads = startHomeSummaryReads(harness.storeAs(persona), oid(persona), TODAY);
    return (await summariseHome(reads, HOME_ROLES[persona], undefined)).due.map((line) => line.text);
  }

  const ITEM = {
    receivedAt: NOW,
    channel: 'post' as const,
    viaSpoc: true,
    summary: 'Another letter about the parking complaint.',
    newIssue: false,
    safeguardingConcern: false,
    breachOfRestriction: false
  };

  test('BR-14 an item that raises nothing still reaches the R05 reviewer, and only the case and its task rows are written', async () => {
    const admin = harness.spAs('svc.ccm');
    const before = await siteSnapshot(admin);
    await logAs('cara.cro', { type: 'logContact', entry: ITEM }, 'plain');
    const changes = difference(before, await siteSnapshot(admin));
    expect(changes.removed).toEqual([]);
    expect(changes.changed.map((key) => key.split('/')[0])).toEqual(['Cases']);
    // Audit: the case's transition, the contact logged and the task passed on.
    expect(changes.added.map((key) => key.split('/')[0]).sort()).toEqual(['AuditLog', 'AuditLog', 'AuditLog', 'ContactLog', 'Tasks']);

    expect(await dueFor('hugh.head')).toEqual(["Item filed without reply to read and check, raised 4 December 2026: Zoë O'Neill"]);
    expect(await dueFor('cara.cro')).toEqual([]);
  });

  test('BR-14 a safeguarding concern reaches the safeguarding contact first, and the case officer and the reviewer', async () => {
    await logAs(
      'cara.cro',
      { type: 'logContact', entry: { ...ITEM, summary: 'Says she has no heating.', safeguardingConcern: true } },
      'safe'
    );
    expect(await dueFor('lena.manager')).toEqual(["Safeguarding concern to review, raised 4 December 2026: Zoë O'Neill"]);
    expect(await dueFor('cara.cro')).toEqual(["Safeguarding concern to review, raised 4 December 2026: Zoë O'Neill"]);
    expect((await dueFor('hugh.head')).length).toBe(2);

    // The safeguarding contact records it as dealt with; it leaves everyone's list.
    const kase = (await harness.storeAs('lena.manager').cases.get('case-r05')).value;
    const concern = kase.contactLog.find((entry) => entry.safeguardingConcern);
    await logAs('lena.manager', { type: 'reviewFlaggedContact', contactId: concern?.id ?? '' }, 'dealt');
    expect(await dueFor('lena.manager')).toEqual([]);
    expect(await dueFor('cara.cro')).toEqual([]);
    expect(await dueFor('hugh.head')).toEqual(["Item filed without reply to read and check, raised 4 December 2026: Zoë O'Neill"]);
  });
});
