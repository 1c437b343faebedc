// Issue 12: people are found by name through the PersonNameKeys list (one indexed equality
// query), over real HTTP against the emulator. The same scenario is run against the in-memory
// store the component tests use, so that fake is held to what the SharePoint adapter answers.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ForbiddenError } from '../../src/data/errors';
import type { CaseStore, PersonNameMatch } from '../../src/data/ports';
import type { RestrictionAlertRecord } from '../../src/domain/alerts/alertRecord';
import type { Person } from '../../src/domain/model';
import { personNameKeys } from '../../src/domain/people/nameSearchKey';
import { demoPerson } from '../../local/seed/demo-data';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { startHarness, nothingElseChangesInEachTest } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

function idsOf(matches: readonly PersonNameMatch[]): string[] {
  return matches.map((match) => match.personId).sort();
}

/** The PersonNameKeys rows of one person, read with raw PnPjs (not through the adapter). */
async function keyRowsOf(harness: Harness, personId: string): Promise<{ NameKey: string; Title: string }[]> {
  return harness
    .spAs('svc.ccm')
    .web.lists.getByTitle('PersonNameKeys')
    .items.select('NameKey', 'Title', 'PersonRef')
    .filter(`PersonRef eq '${personId}'`)
    .top(500)();
}

function withAliases(person: Person, aliases: string[]): Person {
  return { ...person, aliases };
}

describe('finding a person by name through PersonNameKeys (emulator, real HTTP)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let cro: CaseStore;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    harness = await startHarness();
    cro = harness.storeAs('cara.cro');
    const people: [string, Person][] = [
      // Stored decomposed (NFD: "a" + combining circumflex), as some keyboards and imports send it.
      ['sian', demoPerson('Siân'.normalize('NFD'), "O'Rourke-Dafydd")],
      ['lukasz', demoPerson('Łukasz', 'Wiśniewski')],
      ['angus', demoPerson('Angus', 'MacDonald')],
      ['dafydd', demoPerson('Dafydd', 'ap Gruffudd')],
      // Staff sometimes swap given and family name: the alias makes "Thomas, Owen" match twice.
      ['owen', withAliases(demoPerson('Owen', 'Thomas'), ['Thomas Owen'])]
    ];
    for (const [key, person] of people) ids[key] = (await cro.persons.create(person)).value.id;
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('stored the NFD name as sent, and its keys as the NFC name would give them', async () => {
    const stored = await cro.persons.get(ids.sian);
    expect(stored.value.names.given).toBe('Siân'.normalize('NFD'));
    const rows = await keyRowsOf(harness, ids.sian);
    expect(rows.map((row) => row.NameKey).sort()).toEqual(
      personNameKeys({ names: { given: 'Siân', family: "O'Rourke-Dafydd" }, aliases: [] }).sort()
    );
  });

  it.each([
    ['surname alone', "O'Rourke-Dafydd", 'sian'],
    ['first part of a double-barrelled surname', "O'Rourke", 'sian'],
    ['second part of a double-barrelled surname', 'Dafydd', 'sian'],
    ['full name, typed in NFC', "Siân O'Rourke-Dafydd", 'sian'],
    ['full name without the accent', "Sian O'Rourke-Dafydd", 'sian'],
    ['curly apostrophe', 'O’Rourke-Dafydd', 'sian'],
    ['no apostrophe, space for the hyphen', 'ORourke Dafydd', 'sian'],
    ['"Surname, Given"', "O'Rourke-Dafydd, Siân", 'sian'],
    ['Polish surname as written', 'Wiśniewski', 'lukasz'],
    ['Polish surname without accents', 'Wisniewski', 'lukasz'],
    ['Polish full name without accents, upper case', 'LUKASZ WISNIEWSKI', 'lukasz'],
    ['"Surname, Given" with Ł', 'Wiśniewski, Łukasz', 'lukasz'],
    ['Mac surname', 'MacDonald', 'angus'],
    ['Mc for Mac', 'McDonald', 'angus'],
    ['Mc full name', 'Angus McDonald', 'angus'],
    ['Mac with a space', 'Angus Mac Donald', 'angus'],
    ['"Surname, Given" with Mc', 'McDonald, Angus', 'angus'],
    ['Welsh surname with its particle', 'ap Gruffudd', 'dafydd'],
    ['Welsh surname without its particle', 'Gruffudd', 'dafydd'],
    ['Welsh full name', 'Dafydd ap Gruffudd', 'dafydd'],
    ['Welsh full name without the particle', 'Dafydd Gruffudd', 'dafydd'],
    ['"Surname, Given" with a particle', 'ap Gruffudd, Dafydd', 'dafydd']
  ])('finds by %s: %s', async (_how, query, who) => {
    const matches = await cro.persons.findIdsByName(query);
    expect(matches.map((match) => match.personId)).toEqual([ids[who]]);
  });

  it('finds nobody for a name nobody has, a prefix or an empty query (equality, never prefix)', async () => {
    await expect(cro.persons.findIdsByName('Wiśniewska')).resolves.toEqual([]);
    await expect(cro.persons.findIdsByName('Wiś')).resolves.toEqual([]);
    await expect(cro.persons.findIdsByName(" ' - ")).resolves.toEqual([]);
  });

  it('returns a person once when both keys of a "Surname, Given" query are theirs', async () => {
    const rows = await keyRowsOf(harness, ids.owen);
    expect(rows.map((row) => row.NameKey)).toEqual(expect.arrayContaining(['thomasowen', 'owenthomas']));
    const matches = await cro.persons.findIdsByName('Thomas, Owen');
    expect(matches).toEqual([{ personId: ids.owen, nameAsRecorded: expect.any(String) }]);
  });

  it('says which name form matched', async () => {
    await expect(cro.persons.findIdsByName('Wisniewski')).resolves.toEqual([{ personId: ids.lukasz, nameAsRecorded: 'Łukasz Wiśniewski' }]);
  });

  it('finds a renamed person by the alias, the new name and the old name (keys are never removed)', async () => {
    const created = await cro.persons.create(demoPerson('Margaret', 'Evans'));
    const id = created.value.id;
    const withAlias = await cro.persons.update(created, withAliases(created.value, ['Maggie Jones']));
    await cro.persons.update(withAlias, { ...withAlias.value, names: { given: 'Margaret', family: 'Price-Lloyd' } });

    for (const query of ['Maggie Jones', 'Jones', 'Margaret Price-Lloyd', 'Price', 'Lloyd', 'Margaret Evans', 'Evans', 'Evans, Margaret']) {
      expect({ query, found: idsOf(await cro.persons.findIdsByName(query)) }).toEqual({ query, found: [id] });
    }
    await expect(cro.persons.findIdsByName('Maggie Jones')).resolves.toEqual([{ personId: id, nameAsRecorded: 'Maggie Jones' }]);
    await expect(cro.persons.findIdsByName('Evans')).resolves.toEqual([{ personId: id, nameAsRecorded: 'Margaret Evans' }]);

    const keys = (await keyRowsOf(harness, id)).map((row) => row.NameKey);
    expect(new Set(keys).size).toBe(keys.length);
    const everyName = personNameKeys({
      names: { given: 'Margaret', family: 'Price-Lloyd' },
      aliases: ['Maggie Jones', 'Margaret Evans']
    });
    expect([...keys].sort()).toEqual([...everyName].sort());
  });

  it('an update that does not change a name adds no key rows', async () => {
    const before = await keyRowsOf(harness, ids.angus);
    const stored = await cro.persons.get(ids.angus);
    await cro.persons.update(stored, { ...stored.value, addresses: ['2 Low Street, Stoke-on-Trent ST4 1AA'] });
    expect(await keyRowsOf(harness, ids.angus)).toHaveLength(before.length);
  });

  it('creating the same person twice (same id, or same request key) adds no duplicate key rows', async () => {
    const person = demoPerson('Niamh', "Ní Bhriain-O'Hara");
    const first = await cro.persons.create(person);
    const expected = personNameKeys(person).length;
    expect(expected).toBeGreaterThan(3);
    expect(await keyRowsOf(harness, first.value.id)).toHaveLength(expected);

    const again = await cro.persons.create({ ...person, id: first.value.id });
    expect(again.itemId).toBe(first.itemId);
    expect(await keyRowsOf(harness, first.value.id)).toHaveLength(expected);

    const byKey = demoPerson('Eilidh', 'MacLeòid');
    const once = await cro.persons.create(byKey, { requestKey: 'issue-12-request-key' });
    const twice = await cro.persons.create(byKey, { requestKey: 'issue-12-request-key' });
    expect(twice.itemId).toBe(once.itemId);
    expect(await keyRowsOf(harness, once.value.id)).toHaveLength(personNameKeys(byKey).length);
    expect(idsOf(await cro.persons.findIdsByName('McLeoid'))).toEqual([once.value.id]);
  });

  it('stores every key of a person with many name forms (more than the 20 requests PnPjs puts in one $batch by default)', async () => {
    const person = withAliases(demoPerson('Siân', "Llywelyn-ap-Gruffudd O'Rourke"), [
      'Siani Dafydd-Jones',
      'Sian Rourke-Price',
      "Siân Ní Bhriain-O'Hara",
      'Jane Taylor-Wood-Smith'
    ]);
    const keys = personNameKeys(person);
    expect(keys.length).toBeGreaterThan(20);
    const created = await cro.persons.create(person);
    const stored = (await keyRowsOf(harness, created.value.id)).map((row) => row.NameKey);
    expect([...stored].sort()).toEqual([...keys].sort());
    expect(idsOf(await cro.persons.findIdsByName('Taylor-Wood-Smith'))).toEqual([created.value.id]);
  });

  describe('permissions, as SharePoint enforces them', () => {
    it('a member of staff (append only on Persons and PersonNameKeys) adds a new person and finds them', async () => {
      const staff = harness.storeAs('sam.staff');
      const created = await staff.persons.create(demoPerson('Gwenllian', 'ferch Rhys'));
      expect(idsOf(await staff.persons.findIdsByName('Gwenllian Rhys'))).toEqual([created.value.id]);
      expect(idsOf(await staff.persons.findIdsByName('ferch Rhys'))).toEqual([created.value.id]);
      // Append only: the member of staff finds people others added, but may not change a key row.
      expect(idsOf(await staff.persons.findIdsByName('McDonald'))).toEqual([ids.angus]);
      const [row] = await harness
        .spAs('sam.staff')
        .web.lists.getByTitle('PersonNameKeys')
        .items.select('Id')
        .filter(`PersonRef eq '${created.value.id}'`)
        .top(1)<{ Id: number }[]>();
      const edit = harness.spAs('sam.staff').web.lists.getByTitle('PersonNameKeys').items.getById(row.Id);
      await expect(edit.update({ NameKey: 'tampered' })).rejects.toMatchObject({ status: 403 });
      await expect(edit.delete()).rejects.toMatchObject({ status: 403 });
    });

    it('a councillor (CCM Elected Members) is refused the search', async () => {
      for (const councillor of ['cllr.khan', 'cllr.leader']) {
        const member = harness.storeAs(councillor);
        await expect(member.persons.findIdsByName('MacDonald')).rejects.toBeInstanceOf(ForbiddenError);
        await expect(member.persons.findIdsByName('Wiśniewski, Łukasz')).rejects.toBeInstanceOf(ForbiddenError);
      }
    });
  });
});

/** One alert as the domain builds it (RestrictionAlertRecord), for a person and a case. */
function alert(id: string, personId: string, caseId: string, isActive: boolean): RestrictionAlertRecord {
  return {
    id,
    personId,
    personName: 'Contract Person',
    sanctionId: `sanction-${id}`,
    caseId,
    restrictionTypes: ['R01'],
    summary: 'Single point of contact: phone calls to Customer Relations only',
    scopeSummary: 'All services',
    spocName: 'Cara Rhodes',
    spocChannel: 'Phone 01782 000000',
    contactArrangements: 'Write to Customer Relations.',
    activeFrom: '2026-11-01' as never,
    activeUntil: '2027-05-01' as never,
    isActive
  };
}

/** The same writes, whichever store: fixed ids so both stores can be compared id for id. */
async function contractScenario(store: CaseStore): Promise<void> {
  const people: Person[] = [
    demoPerson('Siân'.normalize('NFD'), "O'Rourke-Dafydd", 'contract-sian'),
    demoPerson('Łukasz', 'Wiśniewski', 'contract-lukasz'),
    demoPerson('Angus', 'MacDonald', 'contract-angus'),
    demoPerson('Morag', 'McDonald', 'contract-morag'),
    demoPerson('Dafydd', 'ap Gruffudd', 'contract-dafydd'),
    demoPerson('Rhian', 'Gruffudd-Jones', 'contract-rhian'),
    withAliases(demoPerson('Owen', 'Thomas', 'contract-owen'), ['Thomas Owen']),
    demoPerson('Seán', "O'Brien", 'contract-sean')
  ];
  for (const person of people) await store.persons.create(person);
  // A repeated create changes nothing.
  await store.persons.create(people[1]);
  // An alias, then a new name: both stores must still find the old name.
  const margaret = await store.persons.create(demoPerson('Margaret', 'Evans', 'contract-margaret'));
  const aliased = await store.persons.update(margaret, withAliases(margaret.value, ['Maggie Jones']));
  await store.persons.update(aliased, { ...aliased.value, names: { given: 'Margaret', family: 'Price' } });

  await store.restrictionAlerts.create(alert('contract-alert-1', 'contract-sean', 'contract-case-1', true));
  await store.restrictionAlerts.create(alert('contract-alert-2', 'contract-sean', 'contract-case-1', false));
  await store.restrictionAlerts.create(alert('contract-alert-3', 'contract-angus', 'contract-case-2', true));
  await store.restrictionAlerts.create(alert('contract-alert-4', 'contract-sean', 'contract-case-2', true));
  // Closing a banner: it leaves the open lists of its person and its case.
  const closing = await store.restrictionAlerts.create(alert('contract-alert-5', 'contract-angus', 'contract-case-3', true));
  await store.restrictionAlerts.update(closing, { ...closing.value, isActive: false });
}

const CONTRACT_QUERIES: readonly string[] = [
  "O'Rourke-Dafydd",
  'Sian ORourke Dafydd',
  'Dafydd',
  'O’Rourke',
  'Wisniewski',
  'Wiśniewski, Łukasz',
  'MacDonald',
  'McDonald',
  'Morag MacDonald',
  'Gruffudd',
  'ap Gruffudd',
  'Dafydd Gruffudd',
  'Jones',
  'Rhian Gruffudd Jones',
  'Thomas, Owen',
  'Owen',
  "Seán O'Brien",
  'OBrien, Sean',
  'Maggie Jones',
  'Margaret Evans',
  'Margaret Price',
  'Price',
  'Smith',
  ''
];

describe('contract: the in-memory store answers as the SharePoint store does', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let sharePoint: CaseStore;
  let memory: CaseStore;

  beforeAll(async () => {
    harness = await startHarness();
    sharePoint = harness.storeAs('cara.cro');
    memory = createMemoryStore();
    await contractScenario(sharePoint);
    await contractScenario(memory);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it.each(CONTRACT_QUERIES.map((query) => [query]))('findIdsByName(%j) gives the same people', async (query) => {
    const [fromSharePoint, fromMemory] = await Promise.all([sharePoint.persons.findIdsByName(query), memory.persons.findIdsByName(query)]);
    expect(idsOf(fromMemory)).toEqual(idsOf(fromSharePoint));
    // And the same name form is named as the one that matched.
    const named = (matches: readonly PersonNameMatch[]): string[] =>
      matches.map((match) => `${match.personId}: ${match.nameAsRecorded}`).sort();
    expect(named(fromMemory)).toEqual(named(fromSharePoint));
  });

  it('the table is not trivial: most queries find someone, some find several', async () => {
    const counts = await Promise.all(CONTRACT_QUERIES.map(async (query) => (await sharePoint.persons.findIdsByName(query)).length));
    expect(counts.filter((count) => count > 0).length).toBeGreaterThanOrEqual(20);
    expect(counts.filter((count) => count > 1).length).toBeGreaterThanOrEqual(3);
  });

  it.each([['contract-sean'], ['contract-angus'], ['contract-nobody']])(
    'listActiveForPerson(%s) gives the same alerts',
    async (personId) => {
      const [fromSharePoint, fromMemory] = await Promise.all([
        sharePoint.restrictionAlerts.listActiveForPerson(personId),
        memory.restrictionAlerts.listActiveForPerson(personId)
      ]);
      const values = (rows: readonly { value: RestrictionAlertRecord }[]): RestrictionAlertRecord[] =>
        rows.map((row) => row.value).sort((a, b) => a.id.localeCompare(b.id));
      expect(values(fromMemory)).toEqual(values(fromSharePoint));
    }
  );

  it.each([['contract-case-1'], ['contract-case-2'], ['contract-case-3'], ['contract-no-case']])(
    'listOpenForCase(%s) gives the same alerts',
    async (caseId) => {
      const [fromSharePoint, fromMemory] = await Promise.all([
        sharePoint.restrictionAlerts.listOpenForCase(caseId),
        memory.restrictionAlerts.listOpenForCase(caseId)
      ]);
      const values = (rows: readonly { value: RestrictionAlertRecord }[]): RestrictionAlertRecord[] =>
        rows.map((row) => row.value).sort((a, b) => a.id.localeCompare(b.id));
      expect(values(fromMemory)).toEqual(values(fromSharePoint));
    }
  );

  it('the alert answers are the expected ones', async () => {
    const ids = async (rows: Promise<readonly { value: RestrictionAlertRecord }[]>): Promise<string[]> =>
      (await rows).map((row) => row.value.id).sort();
    await expect(ids(sharePoint.restrictionAlerts.listActiveForPerson('contract-sean'))).resolves.toEqual([
      'contract-alert-1',
      'contract-alert-4'
    ]);
    await expect(ids(sharePoint.restrictionAlerts.listActiveForPerson('contract-angus'))).resolves.toEqual(['contract-alert-3']);
    await expect(ids(sharePoint.restrictionAlerts.listOpenForCase('contract-case-1'))).resolves.toEqual(['contract-alert-1']);
    await expect(ids(sharePoint.restrictionAlerts.listOpenForCase('contract-case-2'))).resolves.toEqual([
      'contract-alert-3',
      'contract-alert-4'
    ]);
    await expect(ids(sharePoint.restrictionAlerts.listOpenForCase('contract-case-3'))).resolves.toEqual([]);
  });
});
