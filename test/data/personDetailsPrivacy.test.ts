// Issue 13: a plain member of staff (CCM Staff) reads Persons, because they find customers and
// add new ones when they record an incident, and SharePoint has no column-level permissions and
// this design no item-level ones. So what the policy records about a customer's needs and
// circumstances (adjustments naming health conditions, vulnerability, representatives, people
// they care for, statutory roles) lives in PersonDetails, which only those who may read the whole
// case open. Over real HTTP with SharePoint's permissions, through the REST API itself as well as
// the repositories; and a site set up before the split has them moved by provisioning.
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { ForbiddenError } from '../../src/data/errors';
import type { Person } from '../../src/domain';
import { fieldSchemaXml } from '../../src/data/provisioning/fieldXml';
import { listDefinition, CLIENT_REQUEST_KEY } from '../../src/data/schema';
import { movePersonDetails } from '../../src/data/sharepoint/movePersonDetails';
import { personDetailsMapper } from '../../src/data/sharepoint/mappers/personDetailsMapper';
import { personMapper } from '../../src/data/sharepoint/mappers/personMapper';
import { demoCase, demoPerson } from '../../local/seed/demo-data';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

jest.setTimeout(60000);

/** Words that must never reach someone who may not read the whole case. */
const SENSITIVE = ['Bipolar disorder', 'Pat Lee', 'Court-appointed deputy', 'Jo O’Brien', 'Cares for her mother'];

function withCircumstances(id: string, family: string): Person {
  return {
    ...demoPerson('Siân', family, id),
    reasonableAdjustments: [
      {
        kind: 'mentalHealthCondition',
        description: 'Bipolar disorder: allow extra time to reply.',
        communicationNeed: false,
        recordedOn: '2026-11-20' as Person['reasonableAdjustments'][number]['recordedOn']
      }
    ],
    vulnerabilityFlags: ['safeguardingAdult', 'domesticAbuse'],
    representatives: [
      { name: 'Pat Lee', relationship: 'Daughter', consentGiven: true },
      { name: 'Jo Bloggs', relationship: 'Solicitor', consentGiven: false, lawfulBasis: 'Court-appointed deputy' }
    ],
    isCarerOrRepresentativeFor: [{ name: 'Jo O’Brien', relationship: 'Mother', disabled: true }],
    statutoryRoles: [{ role: 'carer', detail: 'Cares for her mother at home.' }]
  };
}

describe("staff cannot read a customer's needs and circumstances (emulator)", () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let person: Person;

  beforeAll(async () => {
    harness = await startHarness();
    person = (await harness.storeAs('cara.cro').persons.create(withCircumstances('person-private', "O'Brien"))).value;
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('CCM Staff reading Persons through the REST API get the name and how to reach them, and no needs or circumstances', async () => {
    const rows = await harness.spAs('sam.staff').web.lists.getByTitle('Persons').items<Record<string, unknown>[]>();
    const row = rows.find((candidate) => candidate[CLIENT_REQUEST_KEY] === person.id);
    expect(row).toMatchObject({ GivenName: 'Siân', FamilyName: "O'Brien" });
    const everything = JSON.stringify(rows);
    for (const words of SENSITIVE) expect(everything).not.toContain(words);
    expect(everything).not.toMatch(/safeguardingAdult|domesticAbuse|mentalHealthCondition/);
    // Asked for by name, the columns are not on the list at all.
    await expect(
      harness.spAs('sam.staff').web.lists.getByTitle('Persons').items.select('VulnerabilityFlags', 'AdjustmentsJson')()
    ).rejects.toMatchObject({ status: 400 });
  });

  test.each(['sam.staff', 'fay.foi', 'cllr.khan'])('%s asking for PersonDetails through the REST API is refused (403)', async (persona) => {
    await expect(harness.spAs(persona).web.lists.getByTitle('PersonDetails').items()).rejects.toMatchObject({ status: 403 });
    await expect(harness.storeAs(persona).persons.findWithDetails(person.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  test('staff still find the customer by name and see who they are, with nothing of their needs', async () => {
    const staff = harness.storeAs('sam.staff');
    expect((await staff.persons.findIdsByName("Sian O'Brien")).map((match) => match.personId)).toContain(person.id);
    const seen = (await staff.persons.get(person.id)).value;
    expect(seen.names).toEqual({ given: 'Siân', family: "O'Brien" });
    expect([
      seen.reasonableAdjustments,
      seen.vulnerabilityFlags,
      seen.representatives,
      seen.statutoryRoles,
      seen.isCarerOrRepresentativeFor
    ]).toEqual([[], [], [], [], []]);
    // And they can still add a customer when they record an incident (names and a way to reach them only).
    const added = await staff.persons.create(demoPerson('New', 'Customer', 'person-added-by-staff'));
    expect(added.value.id).toBe('person-added-by-staff');
  });

  test.each(['cara.cro', 'alex.alternate', 'hugh.head', 'mo.monitor', 'aud.auditor', 'svc.ccm'])(
    '%s, who may read the whole case (BR-22), reads them',
    async (persona) => {
      const read = await harness.storeAs(persona).persons.findWithDetails(person.id);
      expect(read?.value).toEqual(person);
    }
  );

  test('the case screen brings them for the case team, in its one $batch', async () => {
    const cro = harness.storeAs('cara.cro');
    const created = await cro.cases.create(demoCase(person.id, [], 'case-private'));
    const before = harness.emulator.stats().requests;
    const screen = await cro.loadCaseScreen(created.value.id, person.id);
    expect(harness.emulator.stats().requests - before).toBe(1);
    expect(screen.person?.value).toEqual(person);
    expect(screen.unreadable).toEqual([]);
  });

  test('a change to the needs alone, made from an old copy, meets the newer save as a conflict and changes nothing', async () => {
    const cro = harness.storeAs('cara.cro');
    const first = (await cro.persons.findWithDetails(person.id))!;
    const saved = await cro.persons.update(first, { ...first.value, vulnerabilityFlags: ['homelessness'] });
    expect(saved.etag).not.toBe(first.etag);
    await expect(cro.persons.update(first, { ...first.value, statutoryRoles: [] })).rejects.toMatchObject({
      kind: 'Conflict',
      current: { value: expect.objectContaining({ vulnerabilityFlags: ['homelessness'] }) }
    });
    expect((await cro.persons.findWithDetails(person.id))!.value.statutoryRoles).toEqual(person.statutoryRoles);
    await cro.persons.update(saved, { ...saved.value, vulnerabilityFlags: person.vulnerabilityFlags });
  });

  test('a site set up before the split: provisioning moves them out of Persons, once, and staff can no longer read them', async () => {
    const admin = harness.spAs('svc.ccm');
    const personsList = admin.web.lists.getByTitle('Persons');
    // Persons as an older version of the product provisioned it, with a person written then.
    for (const field of listDefinition('personDetails').fields.filter((f) => f.internalName !== CLIENT_REQUEST_KEY)) {
      await personsList.fields.createFieldAsXml(fieldSchemaXml(field));
    }
    const legacy = withCircumstances('person-legacy', 'Ní Bhriain');
    await personsList.items.add({
      ...personMapper.toFields(legacy, undefined),
      ...personDetailsMapper.toFields({ ...legacy }, undefined),
      [CLIENT_REQUEST_KEY]: legacy.id
    });
    const staffRead = (): Promise<Record<string, unknown>[]> =>
      harness
        .spAs('sam.staff')
        .web.lists.getByTitle('Persons')
        .items.select('FamilyName', 'AdjustmentsJson', 'RepresentativesJson', 'VulnerabilityFlags', 'StatutoryRolesJson', 'CaredForJson')<
        Record<string, unknown>[]
      >();
    // Before the move, this is what staff could read.
    expect(JSON.stringify(await staffRead())).toContain('Bipolar disorder');

    const first = await movePersonDetails(admin);
    expect(first.moved).toEqual([legacy.id]);
    const afterwards = JSON.stringify(await staffRead());
    for (const words of SENSITIVE) expect(afterwards).not.toContain(words);
    expect(afterwards).not.toMatch(/safeguardingAdult|domesticAbuse/);
    expect((await harness.storeAs('cara.cro').persons.findWithDetails(legacy.id))?.value).toEqual(legacy);

    const second = await movePersonDetails(admin);
    expect(second.moved).toEqual([]);
    expect(second.persons).toBe(first.persons);
  });

  test('a site provisioned after the split has nothing to move', async () => {
    const fresh = await startHarness();
    try {
      await fresh.storeAs('cara.cro').persons.create(withCircumstances('person-fresh', 'Jones'));
      await expect(movePersonDetails(fresh.spAs('svc.ccm'))).resolves.toEqual({ persons: 0, moved: [] });
    } finally {
      await fresh.close();
    }
  });
});
