import type { AuditEvent } from '../../src/domain';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import type { FoiRequestAssessment, MemberReferral } from '../../src/domain';
import type { RetentionServicePort } from '../../src/service/ports';
import { serviceStoreOn } from '../../src/service/storage/sharePointServiceStore';
import { logSubjectAccessRequest } from '../../src/app/subjectAccess';
import { demoPerson } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { difference, siteSnapshot } from '../properties/support/siteSnapshot';
import { api, startHarness, type Harness } from './support/scenario';

/*
 * BR-24 for the records that are not cases, against the SharePoint emulator over HTTP: an FOI/EIR
 * assessment file and a councillor's referral no case was opened from, each written by the person
 * who writes it (the FOI officer, the councillor); then the customers' own Persons items once
 * nothing else about them remains. The case service's sweep runs with its own identity (POST
 * /api/sweeps/run, the clock moved on) and the Data Protection Officer decides through the
 * service's API. Afterwards: what the sweep reports, one audit stub per deleted item (kind, rule,
 * when, who confirmed; never content), a subject access request holding a person, and nothing
 * else on the site changed.
 */

jest.setTimeout(180000);

const DPO = oid('dana.dpo');

interface RetentionJson {
  disposed: { kind: string; entity: { type: string; id: string }; confirmedBy: string; items: { type: string; id: string }[] }[];
  awaitingConfirmation: { kind: string; id: string; label: string; disposeOn: string; rule: string }[];
  held: { id: string; reason: string }[];
  failed: string[];
}

async function sweep(h: Harness, at: string): Promise<RetentionJson> {
  h.clock.now = isoInstant(at);
  const response = await api(h, 'POST', '/api/sweeps/run', undefined, undefined, { 'x-ccm-sweep-key': 'test-sweep-key' });
  expect(response.status).toBe(200);
  return (response.body as { retention: RetentionJson }).retention;
}

async function stubsOf(h: Harness, item: { type: string; id: string }): Promise<AuditEvent[]> {
  return (await h.sp.storeAs('aud.auditor').auditLog.listForEntity(item.type as AuditEvent['entity']['type'], item.id))
    .map((entry) => entry.value.event)
    .filter((event) => event.action === 'record.disposed');
}

function foiFile(id: string, personId: string, refusalNoticeDate: string): FoiRequestAssessment {
  return {
    id,
    regime: 'FOIA',
    personId,
    receivedOn: isoDate('2026-01-05'),
    statutoryDueDate: isoDate('2026-02-02'),
    clarificationPauses: [],
    ground: 's14_1',
    indicatorsConsidered: [{ indicator: 'burden', evidence: 'Forty requests in a month about the same car park.' }],
    conciliatorySteps: [],
    handlerId: oid('fay.foi'),
    handlerHeavilyInvolved: false,
    refusalNoticeDate: isoDate(refusalNoticeDate)
  };
}

function referral(id: string, personId: string): MemberReferral {
  return {
    id,
    councillorId: oid('cllr.khan'),
    personId,
    personName: 'Referred Person',
    personContactDetails: '2 Market Street',
    councillorLetterDate: isoDate('2026-02-20'),
    accountOfContacts: 'Shouted at me in the ward surgery.',
    referredToMonitoringOfficerOn: isoDate('2026-03-01'),
    createdAt: isoInstant('2026-03-01T09:00:00Z')
  };
}

describe('BR-24 disposal of FOI files, Member referrals and customers’ own records (SharePoint emulator, case service)', () => {
  let h: Harness;
  const people = { requester: '', referred: '', stillNamed: '' };

  beforeAll(async () => {
    // The service's own retention store exists only once the emulator is up: bound after the start.
    const binding: { port?: RetentionServicePort } = {};
    const late = (): RetentionServicePort => {
      if (binding.port === undefined) throw new Error('Not bound yet.');
      return binding.port;
    };
    h = await startHarness(
      {},
      {
        seedCase: false,
        wrapStore: (store) => ({
          ...store,
          retention: {
            records: {
              listSources: () => late().records.listSources(),
              partsOf: (kind, id) => late().records.partsOf(kind, id),
              deletePart: (part) => late().records.deletePart(part)
            },
            audit: { append: (events) => late().audit.append(events), listForEntity: (type, id) => late().audit.listForEntity(type, id) },
            schedule: () => late().schedule()
          }
        })
      }
    );
    binding.port = serviceStoreOn(h.sp.spAs('svc.ccm')).retention;
    await h.setRoles({ ...demoRoleAssignments(), dataProtectionOfficer: [DPO] });
    await h.sp.storeAs('svc.ccm').settings.set('retentionSchedule', {
      foiFile: { months: 36, trigger: 'closedOn', disposal: 'confirmFirst' },
      memberReferral: { months: 12, trigger: 'referredOn', disposal: 'automatic' },
      person: { months: 12, trigger: 'lastRecordedOn', disposal: 'confirmFirst' }
    });
    const staff = h.sp.storeAs('sam.staff');
    people.requester = (await staff.persons.create(demoPerson('Frances', 'Requester'))).value.id;
    people.referred = (await staff.persons.create(demoPerson('Rhys', 'Referred'))).value.id;
    people.stillNamed = (await staff.persons.create(demoPerson('Nia', 'Stillnamed'))).value.id;
    const fay = h.sp.storeAs('fay.foi');
    await fay.foiAssessments.create(foiFile('foi-old', people.requester, '2026-02-01'));
    // Paused for clarification, then refused: it has no statutory due date, and is still found.
    const paused: FoiRequestAssessment = { ...foiFile('foi-paused', people.requester, '2026-02-01') };
    delete paused.statutoryDueDate;
    await fay.foiAssessments.create({ ...paused, clarificationPauses: [{ from: isoDate('2026-01-10') }] });
    await fay.foiAssessments.create(foiFile('foi-recent', people.stillNamed, '2031-06-01'));
    await h.sp.storeAs('cllr.khan').memberReferrals.create(referral('referral-old', people.referred));
  });

  afterAll(async () => {
    await h?.close();
  });

  test('BR-24 an FOI file waits for the DPO and a referral goes by its automatic rule; each leaves one stub, nothing else changes', async () => {
    const admin = h.sp.spAs('svc.ccm');
    const before = await siteSnapshot(admin);
    // 1 March 2029: the referral (12 months, automatic) and the old FOI file (36 months from its refusal notice) are due.
    const first = await sweep(h, '2029-03-01T02:00:00Z');
    expect(first.failed).toEqual([]);
    expect(first.disposed.map((record) => [record.kind, record.entity, record.confirmedBy])).toEqual([
      ['memberReferral', { type: 'MemberReferral', id: 'referral-old' }, 'system']
    ]);
    expect(first.awaitingConfirmation.map((waiting) => [waiting.kind, waiting.id, waiting.disposeOn, waiting.rule])).toEqual([
      ['foiFile', 'foi-old', '2029-02-01', '36 months from the date it was closed'],
      ['foiFile', 'foi-paused', '2029-02-01', '36 months from the date it was closed']
    ]);
    expect(await h.sp.storeAs('svc.ccm').memberReferrals.find('referral-old')).toBeUndefined();
    expect(await stubsOf(h, { type: 'MemberReferral', id: 'referral-old' })).toEqual([
      expect.objectContaining({ actorId: 'system', rule: 'BR-24', after: expect.objectContaining({ retentionKind: 'memberReferral' }) })
    ]);

    expect(
      (await api(h, 'POST', '/api/retention/decision', oid('fay.foi'), { kind: 'foiFile', id: 'foi-old', decision: 'confirm' })).status
    ).toBe(403);
    for (const id of ['foi-old', 'foi-paused']) {
      expect((await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'foiFile', id, decision: 'confirm' })).status).toBe(200);
    }
    const second = await sweep(h, '2029-03-02T02:00:00Z');
    expect(second.failed).toEqual([]);
    expect(second.disposed.map((record) => [record.kind, record.entity.id, record.confirmedBy])).toEqual([
      ['foiFile', 'foi-old', DPO],
      ['foiFile', 'foi-paused', DPO]
    ]);
    expect(await h.sp.storeAs('svc.ccm').foiAssessments.find('foi-old')).toBeUndefined();
    expect(await h.sp.storeAs('svc.ccm').foiAssessments.find('foi-recent')).toBeDefined();
    const stubs = await stubsOf(h, { type: 'FoiRequestAssessment', id: 'foi-old' });
    expect(stubs).toEqual([expect.objectContaining({ actorId: DPO, after: expect.objectContaining({ retentionKind: 'foiFile' }) })]);
    expect(JSON.stringify(stubs)).not.toMatch(/car park|Frances|Requester/);

    // Exactly the three items went; only audit entries (the DPO's two confirmations and three stubs) were added.
    const change = difference(before, await siteSnapshot(admin));
    expect(change.changed).toEqual([]);
    expect(change.removed.map((key) => key.split('/')[0]).sort()).toEqual(['FoiAssessments', 'FoiAssessments', 'MemberReferrals']);
    expect(change.added).toHaveLength(5);
    expect(change.added.every((key) => key.startsWith('AuditLog/'))).toBe(true);
  });

  test('BR-24 a customer nothing else names is disposed of once the DPO confirms (name keys, needs, record; a stub each); a hold the DPO places keeps another', async () => {
    const admin = h.sp.spAs('svc.ccm');
    // Their FOI file and referral are gone: both people are now named by nothing, and past 12
    // months from the last thing recorded on them. The person whose FOI file remains, and the
    // harness's customer (named by an incident), are not listed.
    const listed = await sweep(h, '2029-03-03T02:00:00Z');
    expect(listed.disposed).toEqual([]);
    expect(
      listed.awaitingConfirmation.filter((waiting) => waiting.kind === 'person').map((waiting) => [waiting.id, waiting.label])
    ).toEqual(
      expect.arrayContaining([
        [people.requester, people.requester],
        [people.referred, people.referred]
      ])
    );
    const personIds = listed.awaitingConfirmation.filter((waiting) => waiting.kind === 'person').map((waiting) => waiting.id);
    expect(personIds).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toMatch(/Frances|Rhys|Requester|Referred/);

    // Rhys is in a dispute with the council: the DPO holds his record for litigation.
    expect(
      (await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'person', id: people.requester, decision: 'confirm' })).status
    ).toBe(200);
    expect(
      (
        await api(h, 'POST', '/api/retention/decision', DPO, {
          kind: 'person',
          id: people.referred,
          decision: 'hold',
          reason: 'litigation'
        })
      ).status
    ).toBe(200);
    expect(
      (await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'person', id: people.referred, decision: 'confirm' })).status
    ).toBe(422);

    const before = await siteSnapshot(admin);
    const run = await sweep(h, '2029-03-04T02:00:00Z');
    expect(run.failed).toEqual([]);
    expect(run.held).toEqual([expect.objectContaining({ id: people.referred, reason: 'Litigation' })]);
    expect(run.disposed.map((record) => [record.kind, record.entity, record.confirmedBy])).toEqual([
      ['person', { type: 'Person', id: people.requester }, DPO]
    ]);
    const [disposed] = run.disposed;
    // The name search keys and the needs first, the person's own item last.
    expect(disposed.items[disposed.items.length - 1]).toEqual({ type: 'Person', id: people.requester });
    expect(disposed.items.map((item) => item.type)).toEqual(expect.arrayContaining(['PersonNameKey', 'Person']));
    for (const item of disposed.items) {
      const stubs = await stubsOf(h, item);
      expect(stubs).toEqual([
        expect.objectContaining({ actorId: DPO, rule: 'BR-24', after: expect.objectContaining({ retentionKind: 'person' }) })
      ]);
      expect(JSON.stringify(stubs)).not.toMatch(/Frances|Requester|frances/);
    }
    const change = difference(before, await siteSnapshot(admin));
    expect(change.changed).toEqual([]);
    expect(new Set(change.removed.map((key) => key.split('/')[0]))).toEqual(
      new Set(
        disposed.items.some((item) => item.type === 'PersonDetails')
          ? ['Persons', 'PersonNameKeys', 'PersonDetails']
          : ['Persons', 'PersonNameKeys']
      )
    );
    expect(change.removed).toHaveLength(disposed.items.length);
    expect(change.added).toHaveLength(disposed.items.length);
    expect(change.added.every((key) => key.startsWith('AuditLog/'))).toBe(true);

    // Staff no longer find her by any name; the held customer and the one still named are there.
    const staff = h.sp.storeAs('sam.staff');
    expect(await staff.persons.findIdsByName('Requester')).toEqual([]);
    expect(await staff.persons.find(people.referred)).toBeDefined();
    expect(await staff.persons.find(people.stillNamed)).toBeDefined();
    expect(await h.sp.storeAs('aud.auditor').auditLog.verifyChain()).toMatchObject({ ok: true });
  });

  test('BR-23/BR-24 a subject access request is recorded on the person, so their period starts again from it, and it holds them while open', async () => {
    // The hold on Rhys is released; he asks for his records the same day. Logging the request
    // is recorded on him: he is no longer due (12 months from 5 March 2029), so nothing about
    // him can be disposed of while the council answers, and the DPO cannot confirm it.
    expect(
      (await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'person', id: people.referred, decision: 'release' })).status
    ).toBe(200);
    const logged = await logSubjectAccessRequest(
      h.sp.storeAs('dana.dpo'),
      { personId: people.referred, receivedOn: '2029-03-05', complex: false },
      {
        actorId: DPO,
        roles: { ...demoRoleAssignments(), dataProtectionOfficer: [DPO] },
        now: isoInstant('2029-03-05T09:00:00Z'),
        today: isoDate('2029-03-05'),
        newId: () => 'sar-retention-person-1'
      }
    );
    expect(logged.status).toBe('logged');
    const run = await sweep(h, '2029-03-06T02:00:00Z');
    expect([...run.awaitingConfirmation, ...run.held].map((entry) => entry.id)).not.toContain(people.referred);
    expect(run.disposed).toEqual([]);
    expect(
      (await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'person', id: people.referred, decision: 'confirm' })).status
    ).toBe(404);
    // A year on, the request still unanswered: he is due again, and the open request holds him.
    const later = await sweep(h, '2030-03-06T02:00:00Z');
    expect(later.held).toEqual([expect.objectContaining({ id: people.referred, reason: 'Open subject access request' })]);
    expect(later.disposed).toEqual([]);
    expect(await h.sp.storeAs('sam.staff').persons.find(people.referred)).toBeDefined();
  });
});
