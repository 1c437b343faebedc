import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { demoPerson } from '../../local/seed/demo-data';
import { personMapper } from '../../src/data/sharepoint/mappers/personMapper';
import { reindexPersonNames } from '../../src/data/sharepoint/reindexPersonNames';
import { CLIENT_REQUEST_KEY } from '../../src/data/schema';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

/*
 * People recorded before the PersonNameKeys list existed (a site upgraded in place) have no
 * search keys, so Check a customer would find nobody. Provisioning gives them their keys, once.
 */
describe('reindexing people recorded before name search keys (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('a person written without keys is found after the reindex; a second run adds nothing', async () => {
    const admin = harness.spAs('svc.ccm');
    const legacy = { ...demoPerson('Siân', "O'Rourke"), id: 'legacy-person-1' };
    // Written straight to the Persons list, as an older version of the product did.
    await admin.web.lists.getByTitle('Persons').items.add({ ...personMapper.toFields(legacy, undefined), [CLIENT_REQUEST_KEY]: legacy.id });
    const staff = harness.storeAs('sam.staff');
    expect(await staff.persons.findIdsByName("O'Rourke")).toEqual([]);

    const first = await reindexPersonNames(admin);
    expect(first.reindexed).toEqual([legacy.id]);
    expect((await staff.persons.findIdsByName('Sian O’Rourke')).map((match) => match.personId)).toEqual([legacy.id]);

    const created = await harness.storeAs('cara.cro').persons.create(demoPerson('Already', 'Indexed'));
    const second = await reindexPersonNames(admin);
    expect(second.reindexed).toEqual([]);
    expect(second.persons).toBe(first.persons + 1);
    expect((await staff.persons.findIdsByName('Already Indexed')).map((match) => match.personId)).toEqual([created.value.id]);
  });
});
