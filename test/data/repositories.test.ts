import { ConflictError, ForbiddenError } from '../../src/data/errors';
import type { CaseStore } from '../../src/data/ports';
import { startHarness, nothingElseChangesInEachTest } from './emulatorHarness';
import type { Harness } from './emulatorHarness';
import { demoCase, demoIncident, demoPerson, demoSanction } from '../../local/seed/demo-data';

const NAMES: readonly [string, string][] = [
  ['Seán', "O'Brien"],
  ['Zoë', 'Brontë'],
  ['Siân', 'Llywelyn-ap-Gruffudd'],
  ['秀英', '王'],
  ['Ali "the boss"', 'Smith & Sons #2 100%']
];

describe('repositories against the emulator', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let cro: CaseStore;

  beforeAll(async () => {
    harness = await startHarness();
    cro = harness.storeAs('cara.cro');
  });

  afterAll(async () => {
    await harness?.close();
  });

  it.each(NAMES)('round-trips and finds %s %s', async (given, family) => {
    const created = await cro.persons.create(demoPerson(given, family));
    expect(created.value.names).toEqual({ given, family });
    const found = await cro.persons.searchByFamilyName(family.slice(0, 3));
    expect(found.map((p) => p.value.id)).toContain(created.value.id);
    const again = await cro.persons.get(created.value.id);
    expect(again.value.names.family).toBe(family);
  });

  it('a repeated create returns the first item instead of a duplicate', async () => {
    const person = demoPerson('Repeat', 'Create');
    const first = await cro.persons.create(person);
    const second = await cro.persons.create({ ...person, id: first.value.id });
    expect(second.itemId).toBe(first.itemId);
  });

  it('a stale etag is a ConflictError carrying the current item, and nothing is lost', async () => {
    const created = await cro.persons.create(demoPerson('Etag', 'Test'));
    const firstEdit = await cro.persons.update(created, { ...created.value, aliases: ['first'] });
    const stale = cro.persons.update(created, { ...created.value, aliases: ['second'] });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const error = (await stale.catch((e: unknown) => e)) as ConflictError<typeof created>;
    expect(error.current?.value.aliases).toEqual(['first']);
    expect((await cro.persons.get(created.value.id)).value.aliases).toEqual(['first']);
    expect(firstEdit.etag).not.toBe(created.etag);
  });

  it('saves and reloads a case aggregate in one batch, with sanctions and decisions', async () => {
    const person = await cro.persons.create(demoPerson('Case', "O'Neill"));
    const incident = await harness
      .storeAs('sam.staff')
      .incidents.create(demoIncident(person.value.id, 'i:0#.f|membership|sam.staff@ccm.local'));
    const created = await cro.cases.create(demoCase(person.value.id, [incident.value.id]));
    const withSanction = await cro.cases.save(created, {
      ...created.value,
      status: 'SanctionProposed',
      sanctions: [demoSanction(created.value.id, person.value.id)],
      revision: created.value.revision + 1
    });
    expect(withSanction.value.sanctions).toHaveLength(1);
    const svc = harness.storeAs('svc.ccm');
    await svc.decisions.record(
      {
        id: '',
        approverId: 'ed.director',
        approverRole: 'executiveDirector',
        outcome: 'Approve',
        reasons: 'Proportionate.',
        decidedAt: '2026-11-28T10:00:00Z' as never
      },
      { sanctionId: withSanction.value.sanctions[0].id, caseId: created.value.id }
    );
    const screen = await cro.loadCaseScreen(created.value.id, person.value.id);
    expect(screen.case.value.sanctions[0].approvals[0].outcome).toBe('Approve');
    expect(screen.person?.value.names.family).toBe("O'Neill");
    await expect(cro.cases.save(created, { ...created.value, status: 'Closed' })).rejects.toBeInstanceOf(ConflictError);
  });

  it('enforces the permission design', async () => {
    const staff = harness.storeAs('sam.staff');
    const member = harness.storeAs('cllr.khan');
    await expect(staff.cases.listByPerson('x')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      staff.decisions.record(
        { id: '', approverId: 'sam', approverRole: 'staff', outcome: 'Approve', reasons: '', decidedAt: '2026-11-28T10:00:00Z' as never },
        { sanctionId: 's', caseId: 'c' }
      )
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(member.persons.searchByFamilyName('O')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(member.guidance.listByAudience('member')).resolves.toBeDefined();
  });

  it('keeps the audit log append-only and its chain verifiable', async () => {
    const staff = harness.storeAs('sam.staff');
    const entry = await staff.auditLog.append({
      id: '',
      actorId: 'sam.staff',
      action: 'incident.submitted',
      at: '2026-11-28T09:00:00Z' as never,
      entity: { type: 'IncidentReport', id: 'x' }
    });
    await harness.storeAs('cara.cro').auditLog.append({
      id: '',
      actorId: 'cara.cro',
      action: 'case.opened',
      at: '2026-11-28T09:05:00Z' as never,
      entity: { type: 'Case', id: 'y' }
    });
    const verification = await harness.storeAs('aud.auditor').auditLog.verifyChain();
    expect(verification).toMatchObject({ ok: true });
    expect(verification.checked).toBeGreaterThanOrEqual(2);
    for (const who of ['sam.staff', 'cara.cro', 'lena.manager', 'aud.auditor']) {
      const sp = harness.spAs(who);
      const list = sp.web.lists.getByTitle('AuditLog').items.getById(entry.itemId);
      await expect(list.update({ Action: 'tampered' })).rejects.toMatchObject({ status: 403 });
      await expect(list.delete()).rejects.toMatchObject({ status: 403 });
    }
  });
});
