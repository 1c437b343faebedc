// Issue 12 at scale: 100,000 people, so the PersonNameKeys list holds well over 200,000 rows,
// forty times the 5,000 list view threshold. The one indexed equality query still answers
// over HTTP, and the emulator refuses the prefix query SharePoint would refuse.
//
// The rows are loaded through the emulator's own data file (its persistence format), cloned
// from a person the adapter created over HTTP; inserting 300,000 items through $batch would
// take about a minute on this machine. Every query under test goes over HTTP.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startEmulator } from '../../local/emulator';
import type { RunningEmulator } from '../../local/emulator';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import type { ItemRecord, PersistedStore } from '../../local/emulator/store/model';
import { demoPerson } from '../../local/seed/demo-data';
import { PERSONAS, personaByKey } from '../../local/seed/personas';
import { addPersonasToGroups } from '../../local/seed/personaGroups';
import { ForbiddenError, ThresholdExceededError } from '../../src/data/errors';
import type { CaseStore, PersonNameMatch } from '../../src/data/ports';
import { provisionSite } from '../../src/data/provisioning/provisionSite';
import { createSharePointCaseStore } from '../../src/data/sharepoint/caseStore';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';
import { personNameKeys } from '../../src/domain/people/nameSearchKey';
import type { Person } from '../../src/domain/model';

const PEOPLE = 100_000;
const THRESHOLD = 5000;

const GIVEN: readonly string[] = [
  'Olivia',
  'Amelia',
  'Isla',
  'Ava',
  'Ivy',
  'Oliver',
  'George',
  'Noah',
  'Arthur',
  'Muhammad',
  'Siân',
  'Rhys',
  'Gareth',
  'Megan',
  'Ffion',
  'Aoife',
  'Seán',
  'Niamh',
  'Callum',
  'Eilidh',
  'Łukasz',
  'Zofia',
  'Priya',
  'Amir',
  'Zoë',
  'Dafydd',
  'Morag',
  'Ciarán',
  'Kwame',
  'Adebayo'
];

const SURNAMES: readonly string[] = [
  'Smith',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Roberts',
  'Walker',
  'Hughes',
  'Lewis',
  'Patel',
  'Khan',
  'Begum',
  'Singh',
  'Hussain',
  'Morgan',
  'Griffiths',
  'Price',
  'Lloyd',
  'Owen',
  'Murphy',
  'Kelly',
  "O'Brien",
  "O'Neill",
  'MacDonald',
  'McKenzie',
  'ap Rhys',
  'Ní Bhriain',
  'Nowak',
  'Kowalski',
  'Nguyen',
  'Smith-Jones',
  'Taylor-Wood',
  'Llywelyn-Davies'
];

/** Person i of the generated population: a fixed mix of UK name forms, one in ten with an alias. */
function generatedPerson(i: number): Person {
  let given = GIVEN[(i * 7) % GIVEN.length];
  let family = SURNAMES[(i * 31) % SURNAMES.length];
  if (i % 2500 === 17) {
    // 40 Wiśniewskis, 10 of them Łukasz.
    family = 'Wiśniewski';
    if (i % 10000 === 17) given = 'Łukasz';
  } else if (i % 20000 === 11) {
    // 5 Bronwen Joneses: no other Bronwen.
    given = 'Bronwen';
    family = 'Jones';
  } else if (i % 16 === 3) {
    // A sixteenth are Jones: more than the list view threshold on their own.
    family = 'Jones';
  }
  const aliases = i % 10 === 5 ? [`${GIVEN[(i * 3) % GIVEN.length]} ${SURNAMES[(i * 11) % SURNAMES.length]}`] : [];
  return { ...demoPerson(given, family, `scale-person-${i}`), aliases, contactChannels: [] };
}

/** The key rows the adapter writes for a person (PersonNameKeyIndex.addKeysOf), first form first. */
function keyRows(person: Person): { title: string; key: string }[] {
  const forms = [
    { title: `${person.names.given} ${person.names.family}`, keys: personNameKeys({ names: person.names, aliases: [] }) },
    ...person.aliases.map((alias) => ({ title: alias, keys: personNameKeys({ names: { given: '', family: '' }, aliases: [alias] }) }))
  ];
  const seen = new Set<string>();
  const rows: { title: string; key: string }[] = [];
  for (const form of forms) {
    for (const key of form.keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ title: form.title, key });
    }
  }
  return rows;
}

function listEntry(data: PersistedStore, title: string): PersistedStore['lists'][number] {
  const entry = data.lists.find((candidate) => candidate.list.title === title);
  if (!entry) throw new Error(`No list ${title} in the emulator's data file`);
  return entry;
}

/** A copy of an item the emulator stored from a real HTTP add, with new id, GUID and values. */
function cloneItem(template: ItemRecord, id: number, values: Record<string, unknown>): ItemRecord {
  return { ...template, id, guid: randomUUID(), version: 1, values: { ...template.values, ...values }, attachments: [] };
}

/**
 * Adds people 1..PEOPLE-1 to the data file, in the shape of person 0 (created over HTTP):
 * their Persons rows and their PersonNameKeys rows. Returns the people.
 */
function addPeopleToDataFile(file: string): Person[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as PersistedStore;
  const persons = listEntry(data, 'Persons');
  const keys = listEntry(data, 'PersonNameKeys');
  const [personTemplate] = persons.items;
  const [keyTemplate] = keys.items;
  const people: Person[] = [generatedPerson(0)];
  for (let i = 1; i < PEOPLE; i++) {
    const person = generatedPerson(i);
    people.push(person);
    persons.items.push(
      cloneItem(personTemplate, persons.list.nextItemId++, {
        Title: `${person.names.given} ${person.names.family}`,
        ClientRequestKey: person.id,
        GivenName: person.names.given,
        FamilyName: person.names.family,
        AliasesJson: JSON.stringify(person.aliases)
      })
    );
    for (const row of keyRows(person)) {
      keys.items.push(
        cloneItem(keyTemplate, keys.list.nextItemId++, {
          Title: row.title,
          NameKey: row.key,
          PersonRef: person.id,
          ClientRequestKey: `${person.id}|${row.key}`
        })
      );
    }
  }
  writeFileSync(file, JSON.stringify(data));
  return people;
}

function idsOf(matches: readonly PersonNameMatch[]): string[] {
  return matches.map((match) => match.personId).sort();
}

describe('finding a person by name among 100,000 people (emulator, real HTTP)', () => {
  let directory: string;
  let emulator: RunningEmulator;
  let people: Person[];
  let spAs: (key: string) => SPFI;
  let storeAs: (key: string) => CaseStore;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ccm-name-search-'));
    const dataFile = join(directory, 'sp.json');
    const connect = (running: RunningEmulator): void => {
      spAs = (key) => createNodeSp(running.siteUrl, LocalEmulatorUser(personaByKey(key).login), { retries: 10, interval: 1 });
      storeAs = (key) => createSharePointCaseStore(spAs(key));
    };
    // A provisioned site, and person 0 created through the adapter over HTTP: the template rows.
    const first = await startEmulator({ port: 0, users: [...PERSONAS], dataFile });
    connect(first);
    await provisionSite(spAs('svc.ccm'));
    await addPersonasToGroups(spAs('svc.ccm'));
    await storeAs('cara.cro').persons.create(generatedPerson(0));
    await first.close();
    people = addPeopleToDataFile(dataFile);
    emulator = await startEmulator({ port: 0, users: [...PERSONAS], dataFile });
    connect(emulator);
  }, 120000);

  afterAll(async () => {
    await emulator?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('holds 100,000 people and over 200,000 key rows, far above the list view threshold', async () => {
    const lists = spAs('svc.ccm').web.lists;
    const [persons, keys] = await Promise.all([
      lists.getByTitle('Persons').select('ItemCount')<{ ItemCount: number }>(),
      lists.getByTitle('PersonNameKeys').select('ItemCount')<{ ItemCount: number }>()
    ]);
    expect(persons.ItemCount).toBe(PEOPLE);
    expect(keys.ItemCount).toBeGreaterThan(200_000);
    expect(keys.ItemCount).toBeGreaterThan(40 * THRESHOLD);
  });

  it('finds everyone with one surname, each once, in one indexed equality query', async () => {
    const expected = people.filter((person) => person.names.family === 'Wiśniewski').map((person) => person.id);
    expect(expected).toHaveLength(40);
    const before = emulator.stats().requests;
    const matches = await storeAs('cara.cro').persons.findIdsByName('Wisniewski');
    expect(emulator.stats().requests - before).toBe(1);
    expect(idsOf(matches)).toEqual([...expected].sort());
    expect(matches.every((match) => match.nameAsRecorded.endsWith(' Wiśniewski'))).toBe(true);
  });

  it('answers "Surname, Given" (an or of two indexed equalities) and a full name with an accent left off', async () => {
    const lukasz = people.filter((person) => person.names.family === 'Wiśniewski' && person.names.given === 'Łukasz').map((p) => p.id);
    expect(lukasz.length).toBeGreaterThan(0);
    const cro = storeAs('cara.cro');
    expect(idsOf(await cro.persons.findIdsByName('Wiśniewski, Łukasz'))).toEqual([...lukasz].sort());
    expect(idsOf(await cro.persons.findIdsByName('lukasz wisniewski'))).toEqual([...lukasz].sort());
  });

  it('finds a person by an alias among 100,000', async () => {
    const person = people[1005];
    expect(person.aliases).toHaveLength(1);
    // A common name: a few hundred people answer to it, well under the threshold.
    const found = await storeAs('cara.cro').persons.findIdsByName(person.aliases[0], THRESHOLD);
    expect(found.map((match) => match.personId)).toContain(person.id);
    expect(found.find((match) => match.personId === person.id)?.nameAsRecorded).toBe(person.aliases[0]);
    const stored = await storeAs('cara.cro').persons.get(person.id);
    expect(stored.value.names).toEqual(person.names);
  });

  it('refuses a prefix (startswith) on the same indexed column, as SharePoint does above the threshold', async () => {
    const keys = spAs('svc.ccm').web.lists.getByTitle('PersonNameKeys').items;
    const refusal = await keys
      .select('PersonRef')
      .filter("startswith(NameKey, 'wisn')")
      .top(50)()
      .then(
        () => undefined,
        (error: unknown) => error as { status: number; message: string }
      );
    expect(refusal?.status).toBe(500);
    expect(refusal?.message).toContain('SPQueryThrottledException');
    expect(refusal?.message).toContain('exceeds the list view threshold');
    // The same strictness through the adapter: the old prefix search on Persons is refused.
    await expect(storeAs('cara.cro').persons.searchByFamilyName('Wiś')).rejects.toBeInstanceOf(ThresholdExceededError);
    // The equality that findIdsByName sends is answered on the same list.
    await expect(keys.select('PersonRef').filter("NameKey eq 'wisniewski'").top(50)()).resolves.toHaveLength(40);
  });

  it('refuses a surname held by more than 5,000 people (its one key matches above the threshold); the full name answers', async () => {
    const joneses = people.filter((person) => person.names.family === 'Jones');
    expect(joneses.length).toBeGreaterThan(THRESHOLD);
    const cro = storeAs('cara.cro');
    await expect(cro.persons.findIdsByName('Jones')).rejects.toBeInstanceOf(ThresholdExceededError);
    const bronwens = people.filter((person) => person.names.given === 'Bronwen').map((person) => person.id);
    expect(bronwens).toHaveLength(5);
    expect(idsOf(await cro.persons.findIdsByName('Bronwen Jones'))).toEqual([...bronwens].sort());
    expect(idsOf(await cro.persons.findIdsByName('Jones, Bronwen'))).toEqual([...bronwens].sort());
  });

  it('a member of staff adds a person at this size and finds them; a councillor is refused', async () => {
    const staff = storeAs('sam.staff');
    const created = await staff.persons.create(demoPerson('Wiktoria', 'Wiśniewska-Kowalczyk'));
    expect(idsOf(await staff.persons.findIdsByName('Wiśniewska-Kowalczyk'))).toEqual([created.value.id]);
    expect(idsOf(await staff.persons.findIdsByName('Kowalczyk, Wiktoria'))).toEqual([created.value.id]);
    await expect(storeAs('cllr.khan').persons.findIdsByName('Wiśniewski')).rejects.toBeInstanceOf(ForbiddenError);
  });
});
