// One storage contract, two adapters (issue 15): component tests and the offline host page
// render screens over src/data/memory, so every behaviour a screen relies on below must hold
// the same way there as over real HTTP to the SharePoint emulator. Each behaviour is one test
// per adapter; where they once differed, the memory adapter was brought in line with SharePoint.
import {
  ConflictError,
  NotFoundError,
  ValidationFailedError,
  type CaseStore,
  type ChainedAuditEvent,
  type Stored
} from '../../../src/data/ports';
import { auditEntryHash, normaliseInstant } from '../../../src/data/sharepoint/auditChain';
import { createMemoryStore } from '../../../src/data/memory/memoryStore';
import type {
  AuditEvent,
  Case,
  CaseTask,
  FoiRequestAssessment,
  IncidentReport,
  IsoDate,
  IsoInstant,
  WarningMarker
} from '../../../src/domain';
import { alert, incident, kase, person } from '../../../local/seed/demoRecords';
import { startHarness, type Harness } from '../emulatorHarness';

let harness: Promise<Harness> | undefined;

afterAll(async () => {
  await (await harness)?.close();
});

/** One emulator for the whole file, started by the first SharePoint test that needs it. */
async function sharePointStore(): Promise<CaseStore> {
  harness ??= startHarness();
  // The case service's identity: full rights on every list, so only the contract is tested.
  return (await harness).storeAs('svc.ccm');
}

async function memoryStore(): Promise<CaseStore> {
  // No groups: a site owner, whom no list refuses.
  return createMemoryStore();
}

let counter = 0;
/** Ids no other test (on either adapter) has used. */
function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-contract-${counter}-${Date.now().toString(36)}`;
}

async function listAll<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the store to refuse');
}

/** A customer with an incident and a case on it, recorded through the store. */
async function recordCase(store: CaseStore): Promise<Stored<Case>> {
  const personId = unique('person');
  const incidentId = unique('incident');
  await store.persons.create(person({ id: personId }));
  await store.incidents.create(incident({ id: incidentId, personId }));
  return store.cases.create(kase({ id: unique('case'), personId, incidentIds: [incidentId] }));
}

function auditEvent(entityId: string, action: string): AuditEvent {
  return {
    id: unique('audit'),
    actorId: 'contract-actor',
    action,
    at: '2026-11-28T09:15:00.000Z' as IsoInstant,
    entity: { type: 'Case', id: entityId },
    after: { status: 'Open' },
    rule: 'BR-01',
    // Not ASCII, so the hash is taken over the text's UTF-8 bytes on both adapters.
    note: 'Siân rang about the “repairs” letter'
  };
}

/** The entry's hash as the port defines it, worked out here from what was appended. */
function expectedHash(entry: ChainedAuditEvent): Promise<string> {
  const { event } = entry;
  return auditEntryHash(entry.previousHash, {
    sequence: entry.sequence,
    requestKey: event.id,
    eventAt: normaliseInstant(event.at),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entity.type,
    entityRef: event.entity.id,
    beforeJson: event.before === undefined ? '' : JSON.stringify(event.before),
    afterJson: event.after === undefined ? '' : JSON.stringify(event.after),
    rule: event.rule ?? '',
    note: event.note ?? ''
  });
}

function task(overrides: Partial<CaseTask> = {}): CaseTask {
  return {
    id: unique('task'),
    kind: 'reviewOverdue',
    assignees: ['contract-officer'],
    createdAt: '2026-11-28T09:00:00.000Z' as IsoInstant,
    detail: 'Review the restriction',
    done: false,
    ...overrides
  };
}

function foiRequest(overrides: Partial<FoiRequestAssessment> = {}): FoiRequestAssessment {
  return {
    id: unique('foi'),
    regime: 'FOIA',
    receivedOn: '2026-11-02' as IsoDate,
    clarificationPauses: [],
    indicatorsConsidered: [],
    conciliatorySteps: [],
    handlerId: 'contract-foi-officer',
    handlerHeavilyInvolved: false,
    ...overrides
  };
}

function warningMarker(overrides: Partial<WarningMarker> = {}): WarningMarker {
  return {
    id: unique('marker'),
    personId: unique('person'),
    incidentIds: [],
    riskDescription: 'Shouted at the reception officer.',
    precautions: 'Meet in the interview room with a second officer.',
    proposedBy: 'contract-officer',
    reviewDate: '2027-01-10' as IsoDate,
    challenges: [],
    status: 'Active',
    ...overrides
  };
}

/** Of what a query listed, those this test recorded (the emulator's site is shared by the file). */
function ofThisTest<T extends { id: string }>(rows: readonly Stored<T>[], recorded: readonly T[]): string[] {
  const ids = new Set(recorded.map((record) => record.id));
  return rows.map((row) => row.value.id).filter((id) => ids.has(id));
}

describe.each([
  ['memory', memoryStore],
  ['SharePoint', sharePointStore]
] as const)('the %s adapter keeps the storage contract', (_adapter, open) => {
  let store: CaseStore;

  beforeEach(async () => {
    store = await open();
  }, 120_000);

  test('a customer recorded reads back as recorded, needs and circumstances included', async () => {
    const recorded = person({
      id: unique('person'),
      names: { given: 'Ann', family: 'Contract' },
      aliases: ['Annie Contract'],
      reasonableAdjustments: [
        {
          kind: 'needsPhoneContact',
          description: 'Rings back; cannot read letters',
          communicationNeed: true,
          recordedOn: '2026-11-01' as IsoDate
        }
      ]
    });
    const created = await store.persons.create(recorded);
    expect(created.value).toEqual(recorded);
    expect((await store.persons.findWithDetails(recorded.id))?.value).toEqual(recorded);
  });

  test('an incident recorded reads back as recorded', async () => {
    const personId = unique('person');
    await store.persons.create(person({ id: personId }));
    const recorded = incident({ id: unique('incident'), personId });
    const created = await store.incidents.create(recorded);
    expect(created.value).toEqual(recorded);
    expect((await store.incidents.get(recorded.id)).value).toEqual(recorded);
  });

  test('an evidence file attached to an incident is listed with the name and URL the attach answered, where SharePoint keeps it', async () => {
    const personId = unique('person');
    await store.persons.create(person({ id: personId }));
    const recorded = await store.incidents.create(incident({ id: unique('incident'), personId }));
    const name = "Statement from Mr O'Brien #1 (100%).pdf";
    const attached = await store.incidents.attach(recorded, { name, content: new TextEncoder().encode('%PDF-1.7').buffer });
    expect(attached).toEqual({ name, url: `/sites/ccm/Lists/Incidents/Attachments/${recorded.itemId}/${name}` });
    expect(await store.incidents.attachmentsOf(recorded)).toEqual([attached]);
  });

  test('a second file under a name the incident already has, in any letter case, is refused as a duplicate FileName; the first stays', async () => {
    const personId = unique('person');
    await store.persons.create(person({ id: personId }));
    const recorded = await store.incidents.create(incident({ id: unique('incident'), personId }));
    const first = await store.incidents.attach(recorded, { name: 'photo.png', content: new TextEncoder().encode('first').buffer });
    const error = await rejection(() =>
      store.incidents.attach(recorded, { name: 'PHOTO.png', content: new TextEncoder().encode('second').buffer })
    );
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).isDuplicateOf('FileName')).toBe(true);
    expect((error as ValidationFailedError).message).toBe('A file with the name PHOTO.png already exists.');
    expect(await store.incidents.attachmentsOf(recorded)).toEqual([first]);
  });

  test('a case recorded reads back as recorded, with the reference it was given', async () => {
    const created = await recordCase(store);
    expect(created.value.reference).toMatch(/^CCM-2026-\d{4}$/);
    const read = await store.cases.get(created.value.id);
    expect(read.value).toEqual(created.value);
    expect(read.etag).toBe(created.etag);
  });

  test('saving the current case gives a new etag, and the case reads back as saved', async () => {
    const created = await recordCase(store);
    const next: Case = { ...created.value, leadService: 'Revenues', revision: created.value.revision + 1 };
    const saved = await store.cases.save(created, next);
    expect(saved.etag).not.toBe(created.etag);
    expect(saved.value).toEqual(next);
    const read = await store.cases.get(created.value.id);
    expect(read.value).toEqual(next);
    expect(read.etag).toBe(saved.etag);
  });

  test('a case saved over a stale etag is refused (ConflictError with the current case) and stays as it was', async () => {
    const created = await recordCase(store);
    const first = await store.cases.save(created, { ...created.value, leadService: 'Revenues', revision: 2 });
    const error = await rejection(() => store.cases.save(created, { ...created.value, leadService: 'Planning', revision: 2 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(((error as ConflictError<Stored<Case>>).current as Stored<Case> | undefined)?.value.leadService).toBe('Revenues');
    const read = await store.cases.get(created.value.id);
    expect(read.value).toEqual(first.value);
    expect(read.etag).toBe(first.etag);
  });

  test('an unknown id: get is refused with NotFoundError, find answers undefined', async () => {
    const id = unique('missing');
    expect(await rejection(() => store.cases.get(id))).toBeInstanceOf(NotFoundError);
    expect(await store.cases.find(id)).toBeUndefined();
    expect(await rejection(() => store.persons.get(id))).toBeInstanceOf(NotFoundError);
    expect(await store.persons.find(id)).toBeUndefined();
    expect(await rejection(() => store.incidents.get(id))).toBeInstanceOf(NotFoundError);
  });

  test('a create repeated (a retry) gives the first record, not a second; the id is the request key', async () => {
    const recorded = person({ id: unique('person') });
    const first = await store.persons.create(recorded, { requestKey: recorded.id });
    const again = await store.persons.create({ ...recorded, names: { given: 'Other', family: 'Name' } }, { requestKey: recorded.id });
    expect(again.itemId).toBe(first.itemId);
    expect(again.value).toEqual(recorded);
    // A value without an id is named by the request key, and a retry of it is still one record.
    const key = unique('person');
    const unnamed = await store.persons.create({ ...person(), id: '' }, { requestKey: key });
    expect(unnamed.value.id).toBe(key);
    expect((await store.persons.create({ ...person(), id: '' }, { requestKey: key })).itemId).toBe(unnamed.itemId);
    // A value's own id wins over a request key: another id under the same key is another record.
    const other = await store.persons.create(person({ id: unique('person') }), { requestKey: recorded.id });
    expect(other.itemId).not.toBe(first.itemId);
    expect((await store.persons.get(recorded.id)).value).toEqual(recorded);
  });

  test("a reporter's incidents are theirs alone, the most recently recorded first; a customer's are listed in the order recorded", async () => {
    const reporterId = unique('reporter');
    const personId = unique('person');
    await store.persons.create(person({ id: personId }));
    // Recorded in this order; the first happened last, so an order by date would differ.
    const ids = [unique('incident'), unique('incident'), unique('incident')];
    const occurred = ['2026-11-27T10:00:00.000Z', '2026-11-20T10:00:00.000Z', '2026-11-25T10:00:00.000Z'];
    for (let index = 0; index < ids.length; index += 1) {
      await store.incidents.create(
        incident({ id: ids[index], personId, reporterId, occurredAt: occurred[index] as IsoInstant }) as IncidentReport
      );
    }
    await store.incidents.create(incident({ id: unique('incident'), personId: unique('person'), reporterId: unique('reporter') }));
    // Not by when they happened: the first recorded happened last.
    const byReporter = await listAll(store.incidents.listByReporter(reporterId));
    expect(byReporter.map((row) => row.value.id)).toEqual([...ids].reverse());
    const byPerson = await store.incidents.listByPerson(personId);
    expect(byPerson.map((row) => row.value.id)).toEqual(ids);
  });

  test('the audit log chains each entry to the one before (sequence, previous hash, sha-256) and verifies', async () => {
    const caseId = unique('case');
    const first = await store.auditLog.append(auditEvent(caseId, 'case.opened'));
    const second = await store.auditLog.append(auditEvent(caseId, 'case.updated'));
    expect(second.value.sequence).toBe(first.value.sequence + 1);
    expect(second.value.previousHash).toBe(first.value.entryHash);
    // Each hash is sha-256 of the previous hash and the entry's stored content (auditChain.ts).
    for (const entry of [first, second]) expect(entry.value.entryHash).toBe(await expectedHash(entry.value));
    expect(first.value.entryHash).not.toBe(second.value.entryHash);
    const listed = await store.auditLog.listForEntity('Case', caseId);
    expect(listed.map((row) => row.value.event.action)).toEqual(['case.opened', 'case.updated']);
    expect(listed.map((row) => row.value.entryHash)).toEqual([first.value.entryHash, second.value.entryHash]);
    const verified = await store.auditLog.verifyChain();
    expect(verified.ok).toBe(true);
    expect(verified.checked).toBeGreaterThanOrEqual(second.value.sequence);
  });

  test('an audit event appended twice (a retry) is logged once', async () => {
    const caseId = unique('case');
    const event = auditEvent(caseId, 'case.opened');
    const first = await store.auditLog.append(event);
    const again = await store.auditLog.append(event);
    expect(again.value.sequence).toBe(first.value.sequence);
    expect(again.value.entryHash).toBe(first.value.entryHash);
    expect(await store.auditLog.listForEntity('Case', caseId)).toHaveLength(1);
    expect((await store.auditLog.verifyChain()).ok).toBe(true);
  });

  test("a case's open restriction alerts: open ones of that case only", async () => {
    const caseId = unique('case');
    const personId = unique('person');
    const open = alert({ id: unique('alert'), personId, caseId, isActive: true });
    await store.restrictionAlerts.create(open);
    await store.restrictionAlerts.create(alert({ id: unique('alert'), personId, caseId, isActive: false }));
    await store.restrictionAlerts.create(alert({ id: unique('alert'), personId, caseId: unique('case'), isActive: true }));
    const listed = await store.restrictionAlerts.listOpenForCase(caseId);
    expect(listed.map((row) => row.value)).toEqual([open]);
    expect((await store.restrictionAlerts.listActiveForPerson(personId)).map((row) => row.value.isActive)).toEqual([true, true]);
  });

  test('a task created twice under the same client key is one task', async () => {
    const created = await recordCase(store);
    const assignee = unique('officer');
    const recorded = task({ assignees: [assignee], caseId: created.value.id });
    const first = await store.tasks.create(recorded, created.value.id);
    const again = await store.tasks.create(recorded, created.value.id);
    expect(again.itemId).toBe(first.itemId);
    expect((await store.tasks.listByCase(created.value.id)).map((row) => row.value.id)).toEqual([recorded.id]);
    expect((await store.tasks.listOpenFor(assignee)).map((row) => row.value.id)).toEqual([recorded.id]);
  });

  test('a task saved over a stale etag is refused; the current one is saved with a new etag', async () => {
    const recorded = task();
    const created = await store.tasks.create(recorded, undefined);
    const saved = await store.tasks.update(created, { ...recorded, done: true });
    expect(saved.etag).not.toBe(created.etag);
    expect(await rejection(() => store.tasks.update(created, { ...recorded, detail: 'Stale' }))).toBeInstanceOf(ConflictError);
    expect((await store.tasks.get(recorded.id)).value.done).toBe(true);
  });

  test('FOI requests due by a date: those whose statutory due date has come, never one with no due date yet', async () => {
    const due = foiRequest({ statutoryDueDate: '2026-12-01' as IsoDate });
    const onTheDay = foiRequest({ statutoryDueDate: '2026-12-10' as IsoDate });
    const later = foiRequest({ statutoryDueDate: '2026-12-20' as IsoDate });
    const undated = foiRequest();
    for (const request of [due, onTheDay, later, undated]) await store.foiAssessments.create(request);
    const listed = await listAll(store.foiAssessments.listDueBy('2026-12-10' as IsoDate));
    expect(ofThisTest(listed, [due, onTheDay, later, undated]).sort()).toEqual([due.id, onTheDay.id].sort());
  });

  test("an FOI officer's requests: theirs alone", async () => {
    const handlerId = unique('foi-officer');
    const theirs = foiRequest({ handlerId });
    const another = foiRequest({ handlerId: unique('foi-officer') });
    await store.foiAssessments.create(theirs);
    await store.foiAssessments.create(another);
    expect((await store.foiAssessments.listByHandler(handlerId)).map((row) => row.value.id)).toEqual([theirs.id]);
  });

  test('warning markers due for review by a date: those whose review date has come', async () => {
    const due = warningMarker({ reviewDate: '2026-12-01' as IsoDate });
    const onTheDay = warningMarker({ reviewDate: '2026-12-10' as IsoDate });
    const later = warningMarker({ reviewDate: '2027-03-01' as IsoDate });
    for (const marker of [due, onTheDay, later]) await store.warningMarkers.create(marker);
    const listed = await listAll(store.warningMarkers.listReviewDueBy('2026-12-10' as IsoDate));
    expect(ofThisTest(listed, [due, onTheDay, later]).sort()).toEqual([due.id, onTheDay.id].sort());
  });
});
