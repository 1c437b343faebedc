// BR-23 (UK GDPR Art. 15, spec 4.2) through the shared use cases (src/app/subjectAccess) over
// real HTTP against the emulator, with SharePoint's own groups and permissions: the data
// protection officer (CCM Data Protection) logs a request and exports everything held about the
// person, including an incident report another member of staff wrote (item-level security would
// hide it from anyone else outside the case team); third parties are flagged, nothing removed;
// the export is audited and changes nothing else; nobody else can run it, and the DPO can write
// nothing but the audit log.
import { randomUUID } from 'node:crypto';
import { proposeMarker } from '../../src/app/markers/proposeMarker';
import { viewMarker } from '../../src/app/markers/viewMarker';
import type { MarkerContext } from '../../src/app/markers/markerContext';
import { ForbiddenError } from '../../src/data/errors';
import type { CaseStore } from '../../src/data/ports';
import { isoDate, isoInstant, type IncidentReport, type Person } from '../../src/domain';
import {
  exportSubjectAccess,
  extendSubjectAccessRequest,
  gatherSubjectAccess,
  logSubjectAccessRequest,
  subjectAccessHistory,
  type LoggedSubjectAccessRequest,
  type SubjectAccessActor
} from '../../src/app/subjectAccess';
import { demoCase, demoIncident, demoPerson } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid, personaDirectory } from '../../local/seed/personas';
import { difference, siteSnapshot } from '../properties/support/siteSnapshot';
import { startHarness, type Harness } from './emulatorHarness';

jest.setTimeout(90000);

const ROLES = demoRoleAssignments();
const DIRECTORY = new Map(personaDirectory().map((person) => [person.id, person.displayName] as const));
const NAMES = { resolve: async (): Promise<void> => undefined, displayName: (id: string): string | undefined => DIRECTORY.get(id) };

function markerContext(persona: string, now: string): MarkerContext {
  return { actorId: oid(persona), roles: ROLES, today: isoDate('2026-12-06'), now: isoInstant(now), newEventId: () => randomUUID() };
}

let sequence = 0;
function actor(persona: string, today: string = '2026-12-06'): SubjectAccessActor {
  return {
    actorId: oid(persona),
    roles: ROLES,
    now: isoInstant(`${today}T09:30:00Z`),
    today: isoDate(today),
    newId: () => `sar-test-${(sequence += 1)}`
  };
}

describe('subject access requests through the use cases (emulator, real permissions)', () => {
  let harness: Harness;
  let dpo: CaseStore;
  let subject: Person;
  let otherPerson: Person;
  let incident: IncidentReport;
  let caseId: string;
  let request: LoggedSubjectAccessRequest;
  const markerId = 'marker-sar-1';
  const otherMarkerId = 'marker-sar-other';

  beforeAll(async () => {
    harness = await startHarness();
    dpo = harness.storeAs('dana.dpo');
    const staff = harness.storeAs('sam.staff');
    const cro = harness.storeAs('cara.cro');
    subject = (await staff.persons.create(demoPerson('Morag', 'McAllister'))).value;
    otherPerson = (await staff.persons.create(demoPerson('Other', 'Customer'))).value;
    incident = (
      await staff.incidents.create({
        ...demoIncident(subject.id, oid('sam.staff')),
        narrative: 'Shouted at the housing counter; Joan Passer-By saw it and asked her to stop.',
        witnesses: [
          { name: 'Joan Passer-By', isThirdParty: true },
          { name: 'Pat Colleague', isThirdParty: false }
        ]
      })
    ).value;
    const otherIncident = await staff.incidents.create({
      ...demoIncident(otherPerson.id, oid('sam.staff')),
      narrative: 'Nothing to do with Morag at all.'
    });
    const created = await cro.cases.create({ ...demoCase(subject.id, [incident.id]) });
    caseId = created.value.id;
    await cro.cases.create({ ...demoCase(otherPerson.id, []) });
    // A warning marker on the person, proposed and then viewed through the marker register's use
    // cases (each view is written to the audit log with its reason, BR-21); and a marker on
    // someone else, viewed too, which must not appear in this person's bundle.
    for (const [id, personId, incidentId] of [
      [markerId, subject.id, incident.id],
      [otherMarkerId, otherPerson.id, otherIncident.value.id]
    ] as const) {
      const proposed = await proposeMarker(cro, markerContext('cara.cro', '2026-12-01T09:00:00Z'), {
        markerId: id,
        personId,
        incidentId,
        riskDescription: 'Threatened staff at the housing counter.',
        precautions: 'Meet only with a second officer present.',
        reviewDate: isoDate('2027-06-01')
      });
      if (!proposed.ok) throw new Error(JSON.stringify(proposed.issues));
    }
    const hana = harness.storeAs('hana.safety');
    const viewed = await viewMarker(hana, markerContext('hana.safety', '2026-12-02T14:15:00Z'), markerId, 'Deciding whether to approve');
    if (!viewed.ok) throw new Error(JSON.stringify(viewed.issues));
    const viewedOther = await viewMarker(hana, markerContext('hana.safety', '2026-12-02T14:20:00Z'), otherMarkerId, 'Another customer');
    if (!viewedOther.ok) throw new Error(JSON.stringify(viewedOther.issues));
    await cro.cases.save(created, {
      ...created.value,
      contactLog: [
        {
          id: 'contact-1',
          receivedAt: isoInstant('2026-11-25T11:00:00Z'),
          channel: 'phone',
          viaSpoc: true,
          summary: 'Asked about the repair; calm call.',
          newIssue: false,
          safeguardingConcern: false,
          breachOfRestriction: false,
          loggedBy: oid('cara.cro')
        }
      ]
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('the DPO logs a request: the due date is one calendar month on, and it is read back from the audit log', async () => {
    const before = await siteSnapshot(harness.spAs('svc.ccm'));
    const outcome = await logSubjectAccessRequest(
      dpo,
      { personId: subject.id, receivedOn: '2026-10-31', complex: false },
      actor('dana.dpo')
    );
    expect(outcome).toMatchObject({ status: 'logged', request: { receivedOn: '2026-10-31', dueOn: '2026-11-30', complex: false } });
    if (outcome.status !== 'logged') throw new Error('not logged');
    request = outcome.request;
    const change = difference(before, await siteSnapshot(harness.spAs('svc.ccm')));
    expect(change.changed).toEqual([]);
    expect(change.removed).toEqual([]);
    expect(change.added).toHaveLength(1);
    expect(change.added[0]).toMatch(/^AuditLog\//);
    const history = await subjectAccessHistory(dpo, subject.id);
    expect(history.requests).toEqual([request]);
  });

  test('a complex request is extended by two further months; a future date is refused with a plain message', async () => {
    const complex = await logSubjectAccessRequest(
      dpo,
      { personId: otherPerson.id, receivedOn: '2026-11-30', complex: true },
      actor('dana.dpo')
    );
    expect(complex).toMatchObject({ status: 'logged', request: { dueOn: '2026-12-30', extendedDueOn: '2027-02-28' } });
    expect(
      await logSubjectAccessRequest(dpo, { personId: subject.id, receivedOn: '2026-12-07', complex: false }, actor('dana.dpo'))
    ).toEqual({
      status: 'invalid',
      field: 'receivedOn',
      message: 'The date the request was received cannot be in the future.'
    });
  });

  test('the DPO extends a request later, within its first month, with the reason: audited, and the due date read back follows', async () => {
    // Morag's request (received 31 October) is past its first month on 6 December: too late to extend.
    expect(
      await extendSubjectAccessRequest(dpo, { personId: subject.id, requestId: request.id, reason: 'Many records.' }, actor('dana.dpo'))
    ).toMatchObject({ status: 'invalid', field: 'request', message: expect.stringContaining('by 30 November 2026') });
    const logged = await logSubjectAccessRequest(
      dpo,
      { personId: otherPerson.id, receivedOn: '2026-11-20', complex: false },
      actor('dana.dpo')
    );
    if (logged.status !== 'logged') throw new Error(logged.status);
    expect(
      await extendSubjectAccessRequest(
        harness.storeAs('sam.staff'),
        { personId: otherPerson.id, requestId: logged.request.id, reason: 'Trying.' },
        actor('sam.staff')
      )
    ).toMatchObject({ status: 'refused' });
    const before = await siteSnapshot(harness.spAs('svc.ccm'));
    const extended = await extendSubjectAccessRequest(
      dpo,
      { personId: otherPerson.id, requestId: logged.request.id, reason: 'Records in three services to search and review.' },
      actor('dana.dpo')
    );
    expect(extended).toMatchObject({
      status: 'extended',
      request: { dueOn: '2026-12-20', extendedDueOn: '2027-02-20', extensionReason: 'Records in three services to search and review.' }
    });
    const change = difference(before, await siteSnapshot(harness.spAs('svc.ccm')));
    expect([change.changed, change.removed, change.added.length]).toEqual([[], [], 1]);
    expect(change.added[0]).toMatch(/^AuditLog\//);
    const history = await subjectAccessHistory(dpo, otherPerson.id);
    expect(history.requests.find((candidate) => candidate.id === logged.request.id)).toMatchObject({
      receivedOn: '2026-11-20',
      dueOn: '2026-12-20',
      extendedDueOn: '2027-02-20',
      complex: true,
      extensionReason: 'Records in three services to search and review.',
      extendedBy: oid('dana.dpo')
    });
    const events = (await dpo.auditLog.listForEntity('Person', otherPerson.id)).map((row) => row.value.event);
    expect(events.filter((event) => event.action === 'SubjectAccessRequestExtended')).toEqual([
      expect.objectContaining({ actorId: oid('dana.dpo'), rule: 'BR-23', after: expect.objectContaining({ requestId: logged.request.id }) })
    ]);
    // Never twice.
    expect(
      await extendSubjectAccessRequest(dpo, { personId: otherPerson.id, requestId: logged.request.id, reason: 'Again.' }, actor('dana.dpo'))
    ).toMatchObject({ status: 'invalid', field: 'request' });
  });

  test('the export holds the person’s incident (written by someone else), case and contact log, and nobody else’s records', async () => {
    const before = await siteSnapshot(harness.spAs('svc.ccm'));
    const requestsBefore = harness.emulator.stats().requests;
    const outcome = await exportSubjectAccess(dpo, { personId: subject.id, request }, actor('dana.dpo'), NAMES);
    const roundTrips = harness.emulator.stats().requests - requestsBefore;
    if (outcome.status !== 'exported') throw new Error(outcome.message);
    const { bundle } = outcome;
    expect(bundle.subject.names).toEqual({ given: 'Morag', family: 'McAllister' });
    expect(bundle.request).toMatchObject({ receivedOn: '2026-10-31', dueOn: '2026-11-30' });
    expect(bundle.sections.incidents.map((r) => r.id)).toEqual([incident.id]);
    expect(bundle.sections.incidents[0].data.narrative).toContain('Joan Passer-By saw it');
    expect(bundle.sections.cases.map((r) => r.id)).toEqual([caseId]);
    expect(bundle.sections.contactLog.map((r) => r.data.summary)).toEqual(['Asked about the repair; calm call.']);
    expect(JSON.stringify(bundle)).not.toContain('Nothing to do with Morag');
    // The marker view log is gathered from the audit log: who viewed, when and why; only this person's markers.
    expect(bundle.gaps).toEqual([]);
    expect(bundle.sections.markers.map((r) => r.id)).toEqual([markerId]);
    expect(bundle.sections.markerViewLog.map((r) => r.data)).toEqual([
      expect.objectContaining({
        markerId,
        viewedBy: oid('hana.safety'),
        viewedAt: '2026-12-02T14:15:00Z',
        reason: 'Deciding whether to approve'
      })
    ]);
    expect(JSON.stringify(bundle.sections.markerViewLog)).not.toContain('Another customer');
    // Three $batch round trips to gather, one read of the audit tail and one append to audit it.
    expect(roundTrips).toBeLessThanOrEqual(6);
    console.log(`subject access export: ${roundTrips} HTTP requests to the emulator`);

    const flags = bundle.thirdParties;
    expect(flags.find((f) => f.name === 'Joan Passer-By')).toMatchObject({ kind: 'witness' });
    expect(flags.find((f) => f.name === 'Pat Colleague')).toMatchObject({ kind: 'staff' });
    expect(flags.find((f) => f.identifier === oid('sam.staff'))).toMatchObject({ kind: 'staff', name: 'Sam Staff' });
    const viewer = flags.find((f) => f.identifier === oid('hana.safety'));
    expect(viewer).toMatchObject({ kind: 'staff' });
    expect(viewer?.appearsIn).toEqual(
      expect.arrayContaining([{ section: 'markerViewLog', recordId: bundle.sections.markerViewLog[0].id, field: 'viewedBy' }])
    );
    expect(flags.find((f) => f.name === 'Joan Passer-By')?.appearsIn).toEqual(
      expect.arrayContaining([{ section: 'incidents', recordId: incident.id, field: 'narrative' }])
    );

    // Audited, as the DPO, and nothing else written.
    const change = difference(before, await siteSnapshot(harness.spAs('svc.ccm')));
    expect(change.changed).toEqual([]);
    expect(change.removed).toEqual([]);
    expect(change.added).toHaveLength(1);
    const history = await subjectAccessHistory(dpo, subject.id);
    expect(history.exports).toHaveLength(1);
    expect(history.exports[0]).toMatchObject({
      actorId: oid('dana.dpo'),
      rule: 'BR-23',
      after: { requestId: request.id, thirdPartiesFlagged: flags.length }
    });
  });

  test('a member of staff cannot run it: the engine refuses, and SharePoint refuses the reads if the screen were bypassed', async () => {
    const staff = harness.storeAs('sam.staff');
    expect(
      await logSubjectAccessRequest(staff, { personId: subject.id, receivedOn: '2026-10-31', complex: false }, actor('sam.staff'))
    ).toEqual({
      status: 'refused',
      message: 'Only the data protection officer answers a subject access request.'
    });
    expect(await exportSubjectAccess(staff, { personId: subject.id, request }, actor('sam.staff'), NAMES)).toMatchObject({
      status: 'refused'
    });
    await expect(gatherSubjectAccess(staff, subject.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  test('the auditor reads cases but not other people’s incident reports: the DPO’s group is what opens them', async () => {
    // CCM Auditors have no grant on Incidents; staff see only their own reports (item-level security).
    await expect(harness.storeAs('aud.auditor').incidents.listByPerson(subject.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      await harness
        .storeAs('cara.cro')
        .incidents.listByPerson(otherPerson.id)
        .then((rows) => rows.length)
    ).toBe(1);
    expect((await dpo.incidents.listByPerson(subject.id)).map((row) => row.value.id)).toEqual([incident.id]);
  });

  test('the DPO can write nothing but the audit log', async () => {
    await expect(dpo.incidents.create(demoIncident(subject.id, oid('dana.dpo')))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(dpo.persons.create(demoPerson('New', 'Person'))).rejects.toBeInstanceOf(ForbiddenError);
    const stored = await dpo.cases.get(caseId);
    await expect(dpo.cases.save(stored, { ...stored.value, leadService: 'Planning' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
