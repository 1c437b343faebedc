// Property: text round-trips through SharePoint exactly (issue 14). Any text the domain's
// validators accept (accents, emoji, right-to-left and combining marks, quotes and markup,
// tabs and line breaks, the longest a column takes) is read back from the emulator exactly as
// it was saved, and each write changes only the items it is meant to: the record itself and,
// for a person, their own name-search keys. Nothing else in the site changes.
import fc from 'fast-check';
import type { CaseStore } from '../../src/data/ports';
import { LISTS } from '../../src/data/schema/lists';
import type { IncidentReport, IsoDate, Person } from '../../src/domain';
import { POLICE_REFERENCE_MAX, validateIncidentReportInput, validatePersonInput } from '../../src/domain/validation';
import { demoIncident, demoPerson } from '../../local/seed/demo-data';
import { startHarness, type Harness } from '../data/emulatorHarness';
import { storableCharacter } from './support/arbitraries';
import { difference, itemKey, siteSnapshot, type SiteSnapshot } from './support/siteSnapshot';

jest.setTimeout(120000);

const RUNS: number = 15;
const today = '2026-11-28' as IsoDate;

/** Storable text up to a length, now and then right at it. */
function storable(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: storableCharacter, maxLength: Math.min(maxLength, 60) }) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: storableCharacter, minLength: 1, maxLength: 3 })
        .map((piece) =>
          Array.from(piece.repeat(Math.ceil(maxLength / piece.length))).reduce(
            (text, c) => (text.length + c.length <= maxLength ? text + c : text),
            ''
          )
        )
    }
  );
}

/** A line: not blank, as a required field needs. */
const line = storable(255).filter((text) => text.trim() !== '');

describe('text round-trips through the repositories, and nothing else changes (fast-check, emulator)', () => {
  let harness: Harness;
  let cro: CaseStore;

  beforeAll(async () => {
    harness = await startHarness();
    cro = harness.storeAs('cara.cro');
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** Keys of items that may differ after writing a person: the person, and their own name keys. */
  function onlyThisPerson(before: SiteSnapshot, after: SiteSnapshot, personId: string, itemId: number): string[] {
    const diff = difference(before, after);
    const belongsToPerson = (key: string): boolean => {
      if (key === itemKey('Persons', itemId)) return true;
      const item = (JSON.parse(after.get(key) ?? before.get(key) ?? '{}') as { item?: Record<string, unknown> }).item;
      return key.startsWith('PersonNameKeys/') && item?.PersonRef === personId;
    };
    return [...diff.added, ...diff.changed, ...diff.removed].filter((key) => !belongsToPerson(key));
  }

  test('a person: names, aliases and addresses come back exactly; only their record and keys change', async () => {
    const admin = harness.spAs('svc.ccm');
    const details = fc.record({
      given: line,
      family: line,
      aliases: fc.array(line, { maxLength: 3 }),
      addresses: fc.array(
        storable(2000).filter((text) => text.trim() !== ''),
        { maxLength: 2 }
      )
    });
    await fc.assert(
      fc.asyncProperty(details, details, async (first, second) => {
        const person = (d: typeof first, id: string = ''): Person => ({
          ...demoPerson(d.given, d.family, id),
          aliases: d.aliases,
          addresses: d.addresses
        });
        // Only what the boundary accepts is stored; the property is about that text.
        fc.pre(validatePersonInput(person(first), today).ok && validatePersonInput(person(second), today).ok);

        const before = await siteSnapshot(admin);
        const created = await cro.persons.create(person(first));
        const read = await harness.storeAs('alex.alternate').persons.get(created.value.id);
        expect(read.value).toEqual({ ...person(first), id: created.value.id });
        const afterCreate = await siteSnapshot(admin);
        expect(onlyThisPerson(before, afterCreate, created.value.id, created.itemId)).toEqual([]);

        const updated = await cro.persons.update(read, person(second, created.value.id));
        expect((await cro.persons.get(created.value.id)).value).toEqual(person(second, created.value.id));
        expect(updated.etag).not.toBe(read.etag);
        expect(onlyThisPerson(afterCreate, await siteSnapshot(admin), created.value.id, created.itemId)).toEqual([]);
      }),
      { numRuns: RUNS }
    );
  });

  test('an incident: narrative, service, details and police reference come back exactly; only the report is added', async () => {
    const admin = harness.spAs('svc.ccm');
    const sam = harness.storeAs('sam.staff');
    const texts = fc.record({
      narrative: storable(20000).filter((text) => text.trim() !== ''),
      service: line,
      immediateActionDetail: fc.option(
        storable(2000).filter((text) => text.trim() !== ''),
        { nil: undefined }
      ),
      policeReference: fc.option(
        storable(POLICE_REFERENCE_MAX).filter((text) => text.trim() !== ''),
        { nil: undefined }
      ),
      witness: fc.option(line, { nil: undefined })
    });
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const incident: IncidentReport = {
          ...demoIncident('p-round-trip', 'i:0#.f|membership|sam.staff@ccm.local'),
          narrative: t.narrative,
          service: t.service,
          immediateActionDetail: t.immediateActionDetail,
          policeReference: t.policeReference,
          witnesses: t.witness === undefined ? [] : [{ name: t.witness, isThirdParty: true }]
        };
        fc.pre(validateIncidentReportInput(incident, today).ok);
        const before = await siteSnapshot(admin);
        const created = await sam.incidents.create(incident);
        const read = await sam.incidents.get(created.value.id);
        expect(read.value).toMatchObject({
          narrative: t.narrative,
          service: t.service,
          immediateActionDetail: t.immediateActionDetail,
          policeReference: t.policeReference,
          witnesses: incident.witnesses
        });
        const diff = difference(before, await siteSnapshot(admin));
        expect(diff).toEqual({ added: [itemKey('Incidents', created.itemId)], changed: [], removed: [] });
      }),
      { numRuns: RUNS }
    );
  });

  test("the validator's limit for a police reference is its column's (lengths from the schema)", () => {
    const column = LISTS.find((list) => list.title === 'Incidents')?.fields.find((field) => field.internalName === 'PoliceReference');
    expect(column?.maxLength).toBe(POLICE_REFERENCE_MAX);
    const incident = { ...demoIncident('p-1', 'u-1'), policeReference: 'x'.repeat(POLICE_REFERENCE_MAX + 1) };
    const result = validateIncidentReportInput(incident, today);
    expect(!result.ok && result.error.map((e) => e.message)).toEqual(['The police reference must be 64 characters or fewer.']);
  });
});
