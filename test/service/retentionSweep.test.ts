import '@pnp/sp/files';
import type { RetentionRecordStore } from '../../src/data/ports';
import type { AuditEvent } from '../../src/domain';
import type { RetentionServicePort } from '../../src/service/ports';
import { serviceStoreOn } from '../../src/service/storage/sharePointServiceStore';
import { exportSubjectAccess, logSubjectAccessRequest, type LoggedSubjectAccessRequest } from '../../src/app/subjectAccess';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import { randomUUID } from 'node:crypto';
import { approveMarker } from '../../src/app/markers/approveMarker';
import type { MarkerContext, MarkerOutcome } from '../../src/app/markers/markerContext';
import { proposeMarker } from '../../src/app/markers/proposeMarker';
import { removeMarker } from '../../src/app/markers/removeMarker';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { difference, siteSnapshot, type SiteSnapshot } from '../properties/support/siteSnapshot';
import { api, startHarness, type Harness } from './support/scenario';
import { AT, makeClosedCase, type MadeCase } from './support/retentionRecords';

/*
 * BR-24 through the product's paths, against the SharePoint emulator over HTTP: records are made
 * as the people who make them (staff, the line manager, through the shared use cases), the clock
 * is moved past retention, the case service's sweep runs (POST /api/sweeps/run) with its own
 * identity, and the Data Protection Officer decides through the service's API with an Entra
 * token. Afterwards: the sweep's report, one audit stub per deleted item (kind, rule, when, who
 * confirmed; never content), the letter files gone, and nothing else on the site changed.
 */

jest.setTimeout(120000);

const DPO = oid('dana.dpo');
const OFFICER = oid('cara.cro');

interface Disposed {
  kind: string;
  entity: { type: string; id: string };
  label: string;
  rule: string;
  disposeOn: string;
  confirmedBy: string;
  items: { type: AuditEvent['entity']['type']; id: string }[];
  files: number;
}
interface RetentionJson {
  disposed: Disposed[];
  awaitingConfirmation: { kind: string; id: string; label: string; disposeOn: string; rule: string }[];
  held: { id: string; reason: string }[];
  failed: string[];
  notRun?: string;
}

/** The service's retention store, made once the emulator is up, with a crash to inject on delete. */
function lateRetention(): {
  port: RetentionServicePort;
  bind(port: RetentionServicePort): void;
  crashAfterDeletes(n: number | undefined): void;
} {
  let bound: RetentionServicePort | undefined;
  let crashAfter: number | undefined;
  const target = (): RetentionServicePort => {
    if (bound === undefined) throw new Error('Not bound yet.');
    return bound;
  };
  const records: RetentionRecordStore = {
    listSources: () => target().records.listSources(),
    partsOf: (kind, id) => target().records.partsOf(kind, id),
    deletePart: async (part) => {
      if (crashAfter !== undefined) {
        if (crashAfter === 0) throw new Error('The service stopped here (test).');
        crashAfter -= 1;
      }
      await target().records.deletePart(part);
    }
  };
  return {
    port: {
      records,
      audit: { append: (events) => target().audit.append(events), listForEntity: (type, id) => target().audit.listForEntity(type, id) },
      schedule: () => target().schedule()
    },
    bind: (port) => {
      bound = port;
    },
    crashAfterDeletes: (n) => {
      crashAfter = n;
    }
  };
}

async function sweep(h: Harness, at: string): Promise<RetentionJson> {
  h.clock.now = AT(at);
  const response = await api(h, 'POST', '/api/sweeps/run', undefined, undefined, { 'x-ccm-sweep-key': 'test-sweep-key' });
  expect(response.status).toBe(200);
  return (response.body as { retention: RetentionJson }).retention;
}

async function auditOf(h: Harness, item: { type: AuditEvent['entity']['type']; id: string }): Promise<AuditEvent[]> {
  return (await h.sp.storeAs('aud.auditor').auditLog.listForEntity(item.type, item.id)).map((entry) => entry.value.event);
}

async function fileExists(h: Harness, url: string): Promise<boolean> {
  try {
    await h.sp.spAs('svc.ccm').web.getFileByServerRelativePath(url).getBuffer();
    return true;
  } catch (error) {
    if (process.env.CCM_TEST_LOG) console.error(url, error);
    return false;
  }
}

describe('BR-24 retention sweep and disposal (SharePoint emulator, case service)', () => {
  let h: Harness;
  let retention: ReturnType<typeof lateRetention>;
  let made: { old: MadeCase; held: MadeCase; recent: MadeCase };

  beforeEach(async () => {
    retention = lateRetention();
    h = await startHarness({}, { seedCase: false, wrapStore: (store) => ({ ...store, retention: retention.port }) });
    const own = serviceStoreOn(h.sp.spAs('svc.ccm')).retention;
    if (own === undefined) throw new Error('The SharePoint service store disposes of records.');
    retention.bind(own);
    const roles = { ...demoRoleAssignments(), dataProtectionOfficer: [DPO] };
    await h.setRoles(roles);
    const as = { staff: h.sp.storeAs('sam.staff'), manager: h.sp.storeAs('lena.manager') };
    made = {
      old: await makeClosedCase(as, roles, 'old', AT('2026-01-05T09:00:00Z'), AT('2026-01-12T15:00:00Z')),
      held: await makeClosedCase(as, roles, 'held', AT('2026-01-06T09:00:00Z'), AT('2026-01-12T16:00:00Z')),
      recent: await makeClosedCase(as, roles, 'recent', AT('2027-06-01T09:00:00Z'), AT('2027-06-20T09:00:00Z'))
    };
  });

  afterEach(async () => {
    await h.close();
  });

  test('BR-24 confirm first: the DPO sees what is due, confirms one and holds another; the sweep disposes of the confirmed one, its parts and its file, one stub each, and nothing else', async () => {
    const admin = h.sp.spAs('svc.ccm');
    const before: SiteSnapshot = await siteSnapshot(admin);

    // Six years on: both January 2026 cases are due; nothing is disposed of without the DPO.
    const first = await sweep(h, '2032-03-01T02:00:00Z');
    expect(first.disposed).toEqual([]);
    expect(first.awaitingConfirmation.map((w) => [w.id, w.disposeOn])).toEqual([
      [made.old.caseId, '2032-01-12'],
      [made.held.caseId, '2032-01-12']
    ]);
    expect(difference(before, await siteSnapshot(admin))).toEqual({ added: [], changed: [], removed: [] });

    // Only the DPO is shown the list or may decide.
    expect((await api(h, 'GET', '/api/retention/due', OFFICER)).status).toBe(403);
    expect(
      (await api(h, 'POST', '/api/retention/decision', OFFICER, { kind: 'closedCase', id: made.old.caseId, decision: 'confirm' })).status
    ).toBe(403);
    const due = await api(h, 'GET', '/api/retention/due', DPO);
    expect(due.status).toBe(200);
    expect(due.body).toEqual([
      expect.objectContaining({
        kind: 'closedCase',
        id: made.old.caseId,
        rule: '72 months from the end of the last restriction (or closure, if later)',
        disposeOn: '2032-01-12',
        disposal: 'confirmFirst'
      }),
      expect.objectContaining({ id: made.held.caseId })
    ]);
    expect(JSON.stringify(due.body)).not.toMatch(/Called 14 times|O'Brien|Zoë/);

    expect(
      (await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'closedCase', id: made.old.caseId, decision: 'confirm' })).status
    ).toBe(200);
    const hold = await api(h, 'POST', '/api/retention/decision', DPO, {
      kind: 'closedCase',
      id: made.held.caseId,
      decision: 'hold',
      reason: 'ombudsmanEnquiry'
    });
    expect(hold.status).toBe(200);
    expect(
      (await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'closedCase', id: made.recent.caseId, decision: 'confirm' })).status
    ).toBe(404);

    const decided = await siteSnapshot(admin);
    const second = await sweep(h, '2032-03-02T02:00:00Z');
    expect(second.failed).toEqual([]);
    expect(second.awaitingConfirmation).toEqual([]);
    expect(second.held).toEqual([expect.objectContaining({ id: made.held.caseId, reason: 'Ombudsman enquiry' })]);
    expect(second.disposed).toHaveLength(1);
    const [disposed] = second.disposed;
    expect(disposed).toMatchObject({ kind: 'closedCase', entity: { type: 'Case', id: made.old.caseId }, confirmedBy: DPO, files: 1 });
    // Its parts first, the case itself last.
    expect(disposed.items[disposed.items.length - 1]).toEqual({ type: 'Case', id: made.old.caseId });
    expect(disposed.items).toEqual(
      expect.arrayContaining([
        { type: 'IncidentReport', id: made.old.incidentId },
        { type: 'Letter', id: made.old.letterId }
      ])
    );

    // One stub per deleted item: kind, rule, when, who confirmed; never content.
    for (const item of disposed.items) {
      const stubs = (await auditOf(h, item)).filter((event) => event.action === 'record.disposed');
      expect(stubs).toEqual([
        expect.objectContaining({
          actorId: DPO,
          at: '2032-03-02T02:00:00Z',
          rule: 'BR-24',
          after: expect.objectContaining({ retentionKind: 'closedCase', retentionRule: disposed.rule })
        })
      ]);
      expect(JSON.stringify(stubs)).not.toMatch(/Called 14 times|O'Brien|Zoë|keep your calls/);
    }

    // The file is gone with its item; the held case's file is still there.
    expect(await fileExists(h, made.old.letterUrl)).toBe(false);
    expect(await fileExists(h, made.held.letterUrl)).toBe(true);

    // Nothing else changed: exactly the case's items were removed, and only stubs were added.
    const after = await siteSnapshot(admin);
    const changes = difference(decided, after);
    expect(changes.changed).toEqual([]);
    expect(changes.removed).toHaveLength(disposed.items.length);
    expect(changes.added).toHaveLength(disposed.items.length);
    expect(changes.added.every((key) => key.startsWith('AuditLog/'))).toBe(true);
    expect(await h.sp.storeAs('aud.auditor').auditLog.verifyChain()).toMatchObject({ ok: true });

    // A third run changes nothing: the held case stays held, the disposed one stays gone.
    const third = await sweep(h, '2032-03-03T02:00:00Z');
    expect(third.disposed).toEqual([]);
    expect(third.held.map((entry) => entry.id)).toEqual([made.held.caseId]);
    expect(difference(after, await siteSnapshot(admin))).toEqual({ added: [], changed: [], removed: [] });
  });

  test('BR-24 automatic rules dispose without the DPO, and a disposal cut short half-way is finished by the next run, never an item deleted without its stub', async () => {
    await h.sp.storeAs('svc.ccm').settings.set('retentionSchedule', {
      closedCase: { months: 12, trigger: 'closedOn', disposal: 'automatic' },
      incidentNotProgressed: { months: 6, trigger: 'reportedOn', disposal: 'automatic' }
    });
    const admin = h.sp.spAs('svc.ccm');
    const before = await siteSnapshot(admin);

    // The service stops after two deletions (the old incident, then the first item of the first case).
    retention.crashAfterDeletes(2);
    const cut = await sweep(h, '2027-02-01T02:00:00Z');
    expect(cut.failed).toEqual([made.old.caseId, made.held.caseId]);
    const half = difference(before, await siteSnapshot(admin));
    expect(half.changed).toEqual([]);
    expect(half.removed).toHaveLength(2);

    retention.crashAfterDeletes(undefined);
    const finished = await sweep(h, '2027-02-01T03:00:00Z');
    expect(finished.failed).toEqual([]);
    // The harness's incident of May 2026 never became a case: disposed of six months on, by itself.
    // The incidents the cases hold go with their cases, under the case's rule.
    expect(finished.disposed.map((record) => [record.kind, record.entity.id, record.confirmedBy])).toEqual([
      ['closedCase', made.old.caseId, 'system'],
      ['closedCase', made.held.caseId, 'system']
    ]);
    expect(cut.disposed.map((record) => [record.kind, record.entity.id])).toEqual([['incidentNotProgressed', 'inc-1']]);

    const after = await siteSnapshot(admin);
    const all = difference(before, after);
    expect(all.changed).toEqual([]);
    // Every removed item has exactly one stub (the cut-short run's stubs are not written twice).
    const removedCount = all.removed.length;
    expect(all.added.every((key) => key.startsWith('AuditLog/'))).toBe(true);
    expect(all.added).toHaveLength(removedCount);
    for (const kase of [made.old, made.held]) {
      for (const item of [
        { type: 'Case' as const, id: kase.caseId },
        { type: 'IncidentReport' as const, id: kase.incidentId },
        { type: 'Letter' as const, id: kase.letterId }
      ]) {
        expect((await auditOf(h, item)).filter((event) => event.action === 'record.disposed')).toHaveLength(1);
      }
      expect(await fileExists(h, kase.letterUrl)).toBe(false);
    }
    // The case closed in June 2027 is not due until June 2028.
    expect(await fileExists(h, made.recent.letterUrl)).toBe(true);
    expect(await h.sp.storeAs('aud.auditor').auditLog.verifyChain()).toMatchObject({ ok: true });
  });

  test('BR-23/BR-24 an open subject access request holds the person’s records from disposal, shown to the DPO with the reason, until the request is answered', async () => {
    const admin = h.sp.spAs('svc.ccm');
    const roles = { ...demoRoleAssignments(), dataProtectionOfficer: [DPO] };
    const dana = h.sp.storeAs('dana.dpo');
    let sequence = 0;
    const actor = (
      at: string
    ): {
      actorId: string;
      roles: typeof roles;
      now: ReturnType<typeof isoInstant>;
      today: ReturnType<typeof isoDate>;
      newId(): string;
    } => ({
      actorId: DPO,
      roles,
      now: isoInstant(at),
      today: isoDate(at.slice(0, 10)),
      newId: () => `sar-retention-${(sequence += 1)}`
    });

    // Six years on both January 2026 cases are due; the DPO confirms the old one's disposal.
    const first = await sweep(h, '2032-03-01T02:00:00Z');
    expect(first.awaitingConfirmation.map((w) => w.id)).toEqual([made.old.caseId, made.held.caseId]);
    const confirm = { kind: 'closedCase', id: made.old.caseId, decision: 'confirm' };
    expect((await api(h, 'POST', '/api/retention/decision', DPO, confirm)).status).toBe(200);

    // Before the sweep runs, the customer of the old case asks for their records: the DPO logs it.
    const logged = await logSubjectAccessRequest(
      dana,
      { personId: made.old.personId, receivedOn: '2032-03-01', complex: false },
      actor('2032-03-01T10:00:00Z')
    );
    if (logged.status !== 'logged') throw new Error(JSON.stringify(logged));
    const request: LoggedSubjectAccessRequest = logged.request;
    expect(request.dueOn).toBe('2032-04-01');

    // The DPO's screen shows the old case on hold for the open request, with its dates; the
    // other customer's case is untouched by it. The hold is the request's: it cannot be released.
    const due = await api(h, 'GET', '/api/retention/due', DPO);
    expect(due.status).toBe(200);
    expect(due.body).toEqual([
      expect.objectContaining({
        id: made.old.caseId,
        hold: {
          reason: 'subjectAccessRequest',
          reasonLabel: 'Open subject access request',
          by: DPO, // the harness's directory knows no display names
          at: '2032-03-01T10:00:00Z',
          request: { receivedOn: '2032-03-01', answerBy: '2032-04-01' }
        }
      }),
      expect.not.objectContaining({ hold: expect.anything() })
    ]);
    expect((due.body as { id: string }[])[1].id).toBe(made.held.caseId);
    const release = await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'closedCase', id: made.old.caseId, decision: 'release' });
    expect(release.status).toBe(422);
    expect((release.body as { message: string }).message).toBe(
      'This record is held by the customer’s open subject access request. The hold lifts when the request is answered.'
    );

    // The sweep holds it (the confirmation given before the request no longer counts), even
    // after the answer-by date has passed: nothing on the site changes.
    const before = await siteSnapshot(admin);
    for (const at of ['2032-03-02T02:00:00Z', '2032-04-10T02:00:00Z']) {
      const held = await sweep(h, at);
      expect(held.failed).toEqual([]);
      expect(held.disposed).toEqual([]);
      expect(held.held).toEqual([expect.objectContaining({ id: made.old.caseId, reason: 'Open subject access request' })]);
      expect(held.awaitingConfirmation.map((w) => w.id)).toEqual([made.held.caseId]);
    }
    expect(difference(before, await siteSnapshot(admin))).toEqual({ added: [], changed: [], removed: [] });

    // The DPO answers the request (the export is audited on the person): the hold lifts, and the
    // case waits for a fresh confirmation; once given, the sweep disposes of it with its stubs.
    const names = { resolve: async (): Promise<void> => undefined, displayName: (): string | undefined => undefined };
    const exported = await exportSubjectAccess(dana, { personId: made.old.personId, request }, actor('2032-04-10T11:00:00Z'), names);
    expect(exported.status).toBe('exported');
    if (exported.status === 'exported') expect(exported.bundle.sections.cases.map((r) => r.id)).toEqual([made.old.caseId]);
    const answered = await sweep(h, '2032-04-11T02:00:00Z');
    expect(answered.held).toEqual([]);
    expect(answered.disposed).toEqual([]);
    expect(answered.awaitingConfirmation.map((w) => w.id)).toEqual([made.old.caseId, made.held.caseId]);
    expect((await api(h, 'POST', '/api/retention/decision', DPO, confirm)).status).toBe(200);
    const decided = await siteSnapshot(admin);
    const last = await sweep(h, '2032-04-12T02:00:00Z');
    expect(last.failed).toEqual([]);
    expect(last.disposed.map((record) => [record.entity.id, record.confirmedBy])).toEqual([[made.old.caseId, DPO]]);
    const [disposed] = last.disposed;
    for (const item of disposed.items) {
      expect((await auditOf(h, item)).filter((event) => event.action === 'record.disposed')).toHaveLength(1);
    }
    expect(await fileExists(h, made.old.letterUrl)).toBe(false);
    const changes = difference(decided, await siteSnapshot(admin));
    expect(changes.changed).toEqual([]);
    expect(changes.removed).toHaveLength(disposed.items.length);
    expect(changes.added).toHaveLength(disposed.items.length);
    expect(changes.added.every((key) => key.startsWith('AuditLog/'))).toBe(true);
    expect(await h.sp.storeAs('aud.auditor').auditLog.verifyChain()).toMatchObject({ ok: true });
  });

  test('BR-24 a warning marker removed more than the configured months ago is offered to the DPO and disposed of with its staff flag, one stub each', async () => {
    const admin = h.sp.spAs('svc.ccm');
    const roles = { ...demoRoleAssignments(), dataProtectionOfficer: [DPO] };
    const cara = h.sp.storeAs('cara.cro');
    const hana = h.sp.storeAs('hana.safety');
    const context = (persona: string, day: string): MarkerContext => ({
      actorId: oid(persona),
      roles,
      today: isoDate(day),
      now: isoInstant(`${day}T10:00:00Z`),
      newEventId: () => randomUUID()
    });
    const ok = (outcome: MarkerOutcome): void => {
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    };
    // Through the marker register's use cases: proposed, approved (staff get the flag), removed.
    const markerId = 'marker-retention-1';
    ok(
      await proposeMarker(cara, context('cara.cro', '2027-07-01'), {
        markerId,
        personId: made.recent.personId,
        incidentId: made.recent.incidentId,
        riskDescription: 'Threatened the officer at the counter.',
        precautions: 'Meet only with a second officer present.',
        reviewDate: isoDate('2027-12-01')
      })
    );
    ok(
      await approveMarker(hana, context('hana.safety', '2027-07-02'), await hana.warningMarkers.get(markerId), {
        notifiedOn: isoDate('2027-07-02'),
        handlingCheck: 'Nothing in the instructions cuts across the customer’s needs.'
      })
    );
    const flagItem = (await h.sp.storeAs('sam.staff').markerFlags.listOpenForPerson(made.recent.personId))[0];
    expect(flagItem?.value.id).toBe(markerId);
    ok(
      await removeMarker(hana, context('hana.safety', '2027-09-15'), await hana.warningMarkers.get(markerId), {
        reasons: 'No further incidents since July.',
        personToldOn: isoDate('2027-09-15')
      })
    );

    // Twelve months from removal (the default schedule) it is due; not the day before.
    const early = await sweep(h, '2028-09-14T02:00:00Z');
    expect(early.awaitingConfirmation).toEqual([]);
    const before = await siteSnapshot(admin);
    const offered = await sweep(h, '2028-09-15T02:00:00Z');
    expect(offered.disposed).toEqual([]);
    expect(offered.awaitingConfirmation).toEqual([
      { kind: 'removedMarker', id: markerId, label: markerId, disposeOn: '2028-09-15', rule: '12 months from the date it was removed' }
    ]);
    const due = await api(h, 'GET', '/api/retention/due', DPO);
    expect(due.body).toEqual([expect.objectContaining({ kind: 'removedMarker', id: markerId, kindLabel: 'Removed warning marker' })]);
    expect(JSON.stringify(due.body)).not.toMatch(/Threatened|second officer/);
    expect(difference(before, await siteSnapshot(admin))).toEqual({ added: [], changed: [], removed: [] });

    expect(
      (await api(h, 'POST', '/api/retention/decision', DPO, { kind: 'removedMarker', id: markerId, decision: 'confirm' })).status
    ).toBe(200);
    const decided = await siteSnapshot(admin);
    const swept = await sweep(h, '2028-09-16T02:00:00Z');
    expect(swept.failed).toEqual([]);
    expect(swept.disposed).toHaveLength(1);
    const [disposed] = swept.disposed;
    expect(disposed).toMatchObject({ kind: 'removedMarker', entity: { type: 'WarningMarker', id: markerId }, confirmedBy: DPO, files: 0 });
    expect(disposed.items).toEqual([
      { type: 'MarkerFlag', id: markerId },
      { type: 'WarningMarker', id: markerId }
    ]);
    for (const item of disposed.items) {
      expect((await auditOf(h, item)).filter((event) => event.action === 'record.disposed')).toEqual([
        expect.objectContaining({ actorId: DPO, rule: 'BR-24', after: expect.objectContaining({ retentionKind: 'removedMarker' }) })
      ]);
    }
    const changes = difference(decided, await siteSnapshot(admin));
    expect(changes.changed).toEqual([]);
    expect(changes.removed.map((key) => key.split('/')[0]).sort()).toEqual(['MarkerFlags', 'WarningMarkers']);
    expect(changes.added).toHaveLength(2);
    expect(changes.added.every((key) => key.startsWith('AuditLog/'))).toBe(true);
    expect(await hana.warningMarkers.find(markerId)).toBeUndefined();
    expect(await h.sp.storeAs('aud.auditor').auditLog.verifyChain()).toMatchObject({ ok: true });
  });

  test('BR-24 a schedule in Settings that the domain refuses disposes of nothing', async () => {
    await h.sp.storeAs('svc.ccm').settings.set('retentionSchedule', { closedCase: { months: 0, disposal: 'automatic' } });
    const before = await siteSnapshot(h.sp.spAs('svc.ccm'));
    const report = await sweep(h, '2040-01-01T02:00:00Z');
    expect(report.notRun).toMatch(/closedCase.months: A retention period must be a whole number of months, at least 1./);
    expect(difference(before, await siteSnapshot(h.sp.spAs('svc.ccm')))).toEqual({ added: [], changed: [], removed: [] });
  });
});
