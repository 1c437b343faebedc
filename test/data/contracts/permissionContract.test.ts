// The in-memory adapter is held to the SharePoint adapter (issue 13, issue 15): component tests
// render screens over src/data/memory, so a fake that allows what SharePoint refuses hides the
// break until a person meets it. For every persona (their real CCM groups) and every store
// operation below, the outcome over HTTP against the provisioned emulator and the outcome of a
// memory store created with the same groups must be the same: done, or refused (ForbiddenError).
import { ForbiddenError, type CaseStore, type Stored } from '../../../src/data/ports';
import { createMemoryStore, type MemoryStore } from '../../../src/data/memory/memoryStore';
import type { Case, IncidentReport, MemberReferral, Person } from '../../../src/domain';
import { incident, kase, memberReferral, person } from '../../../local/seed/demoRecords';
import { DEFAULT_GUIDANCE } from '../../../src/domain/guidance';
import { PERSONAS, personaByKey } from '../../../local/seed/personas';
import { startHarness, type Harness } from '../emulatorHarness';

type Outcome = 'done' | 'refused' | string;

interface Records {
  person: Stored<Person>;
  kase: Stored<Case>;
}

interface Operation {
  name: string;
  run(store: CaseStore, records: Records, suffix: string): Promise<unknown>;
}

const OPERATIONS: readonly Operation[] = [
  { name: 'read a customer', run: (store, records) => store.persons.get(records.person.value.id) },
  { name: "read a customer's needs and circumstances", run: (store, records) => store.persons.findWithDetails(records.person.value.id) },
  {
    name: 'record a new customer',
    run: (store, _records, suffix) =>
      store.persons.create(person({ id: `person-${suffix}`, names: { given: 'Ann', family: `Contract${suffix}` } }))
  },
  {
    name: 'record an incident',
    run: (store, records, suffix) => store.incidents.create(incident({ id: `incident-${suffix}`, personId: records.person.value.id }))
  },
  {
    name: 'make a Member referral',
    run: (store, records, suffix) =>
      store.memberReferrals.create(memberReferral({ id: `referral-${suffix}`, personId: records.person.value.id }) as MemberReferral)
  },
  { name: 'read a case', run: (store, records) => store.cases.get(records.kase.value.id) },
  // Subject access (BR-23): what the data protection officer reads about one person beyond the case.
  {
    name: 'read the Member referrals about a customer',
    run: (store, records) => store.memberReferrals.listByPerson(records.person.value.id)
  },
  { name: 'read the FOI requests from a customer', run: (store, records) => store.foiAssessments.listByPerson(records.person.value.id) },
  {
    name: 'read every staff banner of a customer',
    run: (store, records) => store.restrictionAlerts.listForPerson(records.person.value.id)
  },
  // Issue 18: configuration is the site owners' (CCM Administrators) to change; everyone else reads it.
  { name: 'change a setting', run: (store, _records, suffix) => store.settings.save(`contract-${suffix}`, { value: 1 }, undefined) },
  {
    name: 'publish a version of a guidance passage',
    run: (store, _records, suffix) => store.guidance.publish({ ...DEFAULT_GUIDANCE[0], version: 1000, title: `Contract ${suffix}` })
  }
];

// Everyone who signs in, as provisioning and the personas put them in groups (not the service).
const SIGNED_IN = PERSONAS.filter((persona) => persona.key !== 'svc.ccm' && persona.groups.length > 0);

function outcomeOf(error: unknown): Outcome {
  if (error instanceof ForbiddenError) return 'refused';
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function attempt(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return 'done';
  } catch (error) {
    return outcomeOf(error);
  }
}

function memoryRecords(store: MemoryStore): Records {
  const customer = store.tables.persons.seed(person({ id: 'person-contract' }));
  store.tables.incidents.seed(incident({ id: 'incident-contract', personId: 'person-contract' }) as IncidentReport);
  const kaseRow = store.tables.cases.seed(kase({ id: 'case-contract', personId: 'person-contract', incidentIds: ['incident-contract'] }));
  return { person: customer, kase: kaseRow };
}

describe('the in-memory store refuses exactly what SharePoint refuses, persona by persona (contract)', () => {
  let harness: Harness;
  let spRecords: Records;

  beforeAll(async () => {
    harness = await startHarness();
    const admin = harness.storeAs('svc.ccm');
    const customer = await admin.persons.create(person({ id: 'person-contract' }));
    await admin.incidents.create(incident({ id: 'incident-contract', personId: 'person-contract' }));
    const kaseRow = await admin.cases.create(
      kase({ id: 'case-contract', personId: 'person-contract', incidentIds: ['incident-contract'] })
    );
    spRecords = { person: customer, kase: kaseRow };
  });

  afterAll(async () => {
    await harness?.close();
  });

  test.each(SIGNED_IN.map((persona) => [persona.key, persona.groups.join(', ')] as const))(
    '%s (%s): every operation has the same outcome on both adapters',
    async (key) => {
      const persona = personaByKey(key);
      const sharePoint = harness.storeAs(key);
      // A site collection administrator (the site's owner) passes every list's permissions on SharePoint.
      const memory = createMemoryStore({ groups: persona.groups, siteAdmin: persona.isSiteAdmin === true });
      const records = memoryRecords(memory);
      const outcomes: Record<string, { sharePoint: Outcome; memory: Outcome }> = {};
      for (const operation of OPERATIONS) {
        const suffix = `${key.replace(/\W/g, '')}-${OPERATIONS.indexOf(operation)}`;
        outcomes[operation.name] = {
          sharePoint: await attempt(() => operation.run(sharePoint, spRecords, suffix)),
          memory: await attempt(() => operation.run(memory, records, suffix))
        };
      }
      const expected = Object.fromEntries(
        Object.entries(outcomes).map(([name, both]) => [name, { sharePoint: both.sharePoint, memory: both.sharePoint }])
      );
      expect(outcomes).toEqual(expected);
      // Not a contract that holds by allowing nothing or everything: each persona is refused
      // or allowed something real on SharePoint, and the refusals are of the permission kind.
      expect(Object.values(outcomes).every((both) => both.sharePoint === 'done' || both.sharePoint === 'refused')).toBe(true);
    }
  );

  test('attaching evidence is editing the report: its reporter and the case team may; the data protection officer, who reads every report, and the auditor are refused', async () => {
    // Made by the reporter on SharePoint, so item-level security lets them edit it.
    const reported = await harness.storeAs('sam.staff').incidents.create(incident({ id: 'incident-attach', personId: 'person-contract' }));
    const outcomes: Record<string, { sharePoint: Outcome; memory: Outcome }> = {};
    for (const key of ['sam.staff', 'cara.cro', 'dana.dpo', 'aud.auditor']) {
      const memory = createMemoryStore({ groups: personaByKey(key).groups });
      const seeded = memory.tables.incidents.seed(incident({ id: 'incident-attach', personId: 'person-contract' }) as IncidentReport);
      const file = { name: `evidence from ${key}.txt`, content: new TextEncoder().encode(key).buffer };
      outcomes[key] = {
        sharePoint: await attempt(() => harness.storeAs(key).incidents.attach(reported, file)),
        memory: await attempt(() => memory.incidents.attach(seeded, file))
      };
    }
    expect(outcomes).toEqual({
      'sam.staff': { sharePoint: 'done', memory: 'done' },
      'cara.cro': { sharePoint: 'done', memory: 'done' },
      'dana.dpo': { sharePoint: 'refused', memory: 'refused' },
      'aud.auditor': { sharePoint: 'refused', memory: 'refused' }
    });
  });

  test('the matrix is not trivial: staff are refused a customer\u2019s needs and a case; the Customer Relations Officer is not', async () => {
    const staff = createMemoryStore({ groups: personaByKey('sam.staff').groups });
    const staffRecords = memoryRecords(staff);
    expect(await attempt(() => staff.persons.findWithDetails(staffRecords.person.value.id))).toBe('refused');
    expect(await attempt(() => harness.storeAs('sam.staff').persons.findWithDetails(spRecords.person.value.id))).toBe('refused');
    expect(await attempt(() => harness.storeAs('cara.cro').persons.findWithDetails(spRecords.person.value.id))).toBe('done');
    // BR-23: the data protection officer reads a customer's referrals and FOI requests; staff are refused the FOI files.
    const dpo = harness.storeAs('dana.dpo');
    expect(await attempt(() => dpo.memberReferrals.listByPerson(spRecords.person.value.id))).toBe('done');
    expect(await attempt(() => dpo.foiAssessments.listByPerson(spRecords.person.value.id))).toBe('done');
    expect(await attempt(() => harness.storeAs('sam.staff').foiAssessments.listByPerson(spRecords.person.value.id))).toBe('refused');
  });
});
