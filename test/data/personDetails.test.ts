// The "Customer's needs and details" screen saves through persons.update with the etag. Over
// real HTTP against the emulator: a person with every group filled in (as the screen's domain
// validator gives it) reads back identically, and staff, who may only add people, cannot edit.
import { ForbiddenError } from '../../src/data/errors';
import type { CaseStore } from '../../src/data/ports';
import { isoDate, validatePersonInput, VULNERABILITY_FLAGS, type Person } from '../../src/domain';
import { demoPerson } from '../../local/seed/demo-data';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

/** Every group of the screen, with the awkward characters people's records really have. */
const EVERY_GROUP = {
  names: { given: 'Siân', family: "O'Brien-Ní Bhriain" },
  aliases: ['Siân Jones', 'S. O’Brien'],
  addresses: ['Flat 2, 3 Low Street\nKidsgrove ST7 1AA', '1 High Street, Newcastle-under-Lyme ST5 1AA'],
  contactChannels: [
    { kind: 'email', value: 'sian@example.org' },
    { kind: 'phone', value: '01782 000111', preferred: true },
    { kind: 'textMessage', value: '07700 900123' }
  ],
  reasonableAdjustments: [
    {
      kind: 'needsPhoneContact',
      description: 'Cannot manage letters; call her "after 10am" & before 4pm.',
      communicationNeed: true,
      recordedOn: '2026-11-20'
    },
    { kind: 'needsExtraTime', description: 'A week to reply.', communicationNeed: false, recordedOn: '2026-01-05' }
  ],
  vulnerabilityFlags: [...VULNERABILITY_FLAGS],
  representatives: [
    { name: 'Pat Lee', relationship: 'Daughter', consentGiven: true, consentRecordedOn: '2026-10-01' },
    { name: 'Jo Bloggs', relationship: 'Solicitor', consentGiven: false, lawfulBasis: 'Court-appointed deputy' },
    { name: 'Al Smith', relationship: 'Neighbour', consentGiven: false, contact: { kind: 'post', value: '5 High Street' } }
  ],
  isCarerOrRepresentativeFor: [
    { name: "Jo O'Brien", relationship: 'Mother', disabled: true },
    { name: 'Rhys Jones', relationship: 'Son', disabled: false }
  ],
  statutoryRoles: [{ role: 'carer', detail: 'Cares for her mother at home.' }, { role: 'tenant' }, { role: 'parentOfChildWithSen' }]
};

describe("customer's needs and details over HTTP (emulator)", () => {
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

  it('a person saved with every group reads back identically, and is found by a previous name', async () => {
    const created = await cro.persons.create(demoPerson('Siân', "O'Brien"));
    const validated = validatePersonInput(EVERY_GROUP, isoDate('2026-11-28'));
    if (!validated.ok) throw new Error(JSON.stringify(validated.error));
    const next: Person = { id: created.value.id, ...validated.value };
    const saved = await cro.persons.update(created, next);
    expect(saved.etag).not.toBe(created.etag);

    const again = (await harness.storeAs('alex.alternate').persons.findWithDetails(created.value.id))!;
    expect(again.value).toEqual(next);
    // Key order and absent optional fields aside, it is the same record (JSON columns drop undefined).
    expect(JSON.parse(JSON.stringify(again.value))).toEqual(JSON.parse(JSON.stringify(next)));
    expect((await cro.persons.findIdsByName('Sian Jones')).map((match) => match.personId)).toContain(created.value.id);
    // The screen keeps what the save returned: a second save from it goes through, and a stale one does not.
    const savedAgain = await cro.persons.update(saved, { ...next, vulnerabilityFlags: [] });
    expect((await cro.persons.findWithDetails(created.value.id))!.value.vulnerabilityFlags).toEqual([]);
    await expect(cro.persons.update(saved, { ...next, aliases: ['Someone else'] })).rejects.toMatchObject({ kind: 'Conflict' });
    expect(savedAgain.value.vulnerabilityFlags).toEqual([]);
    expect((await cro.persons.findIdsByName("O'Brien")).map((match) => match.personId)).toContain(created.value.id);
  });

  it('staff (append-only on Persons) cannot change a person, and nothing changes', async () => {
    const created = await cro.persons.create(demoPerson('Rhian', 'Evans'));
    const staff = harness.storeAs('sam.staff');
    const seenByStaff = await staff.persons.get(created.value.id);
    await expect(
      staff.persons.update(seenByStaff, {
        ...seenByStaff.value,
        reasonableAdjustments: [{ kind: 'other', description: 'x', communicationNeed: false, recordedOn: isoDate('2026-11-28') }]
      })
    ).rejects.toBeInstanceOf(ForbiddenError);
    const after = await cro.persons.get(created.value.id);
    expect(after.value).toEqual(created.value);
    expect(after.etag).toBe(created.etag);
  });
});
