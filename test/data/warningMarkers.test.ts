// Issue 17, item 1: the warning-marker register through the shared use-case layer (src/app/markers),
// over real HTTP against the emulator with SharePoint's groups and list permissions, from an empty
// site. Each step is taken as the persona it is for; after each write, a snapshot of the whole site
// shows that nothing but the intended items changed. BR-21 and BR-33 on the product paths.
import { randomUUID } from 'node:crypto';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { SPFI } from '@pnp/sp';
import { approveMarker } from '../../src/app/markers/approveMarker';
import { challengeMarker } from '../../src/app/markers/challengeMarker';
import { decideMarkerChallenge } from '../../src/app/markers/decideMarkerChallenge';
import type { MarkerContext, MarkerOutcome } from '../../src/app/markers/markerContext';
import { proposeMarker } from '../../src/app/markers/proposeMarker';
import { recordRemovalLetterSent } from '../../src/app/markers/recordRemovalLetterSent';
import { removeMarker } from '../../src/app/markers/removeMarker';
import { markerRemovalLetterContent } from '../../src/domain/markers/markerLetters';
import { viewMarker } from '../../src/app/markers/viewMarker';
import { ConflictError, ForbiddenError } from '../../src/data/errors';
import type { CaseStore } from '../../src/data/ports';
import { isoDate, isoInstant, type IsoDate, type Person, type WarningMarker } from '../../src/domain/model';
import { demoIncident, demoPerson } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { expectOnlyChanged, siteSnapshot } from '../properties/support/siteSnapshot';
import { startHarness, type Harness } from './emulatorHarness';

jest.setTimeout(120000);

const TODAY: IsoDate = isoDate('2026-12-06');
const REVIEW: IsoDate = isoDate('2027-06-06');
const NARRATIVE = 'Threatened Sam with a bottle at the Castle House counter on 1 December 2026.';
const HANDLING = 'Meet only in the interview room with a second officer.';

function contextOf(key: string): MarkerContext {
  return {
    actorId: oid(key),
    roles: demoRoleAssignments(),
    today: TODAY,
    now: isoInstant('2026-12-06T10:00:00Z'),
    newEventId: () => randomUUID()
  };
}

function saved(outcome: MarkerOutcome): WarningMarker {
  if (!outcome.ok) throw new Error(`Refused: ${JSON.stringify(outcome.issues)}`);
  expect(outcome.audit).toEqual({ status: 'written' });
  expect(outcome.flag.status).toBe('inLine');
  return outcome.saved.value;
}

async function rows(sp: SPFI, list: string): Promise<Record<string, unknown>[]> {
  return sp.web.lists.getByTitle(list).items<Record<string, unknown>[]>();
}

describe('the warning-marker register over SharePoint (issue 17, BR-21, BR-33)', () => {
  let harness: Harness;
  let admin: SPFI;
  let person: Person;
  let other: Person;
  let incidentId: string;
  let otherIncidentId: string;
  let cara: CaseStore;
  let hana: CaseStore;
  const markerId = 'marker-journey-1';

  beforeAll(async () => {
    harness = await startHarness();
    admin = harness.spAs('svc.ccm');
    cara = harness.storeAs('cara.cro');
    hana = harness.storeAs('hana.safety');
    person = {
      ...demoPerson('Rhys', "O'Donnell", 'person-marker'),
      reasonableAdjustments: [
        {
          kind: 'other',
          description: 'Hard of hearing: face him when speaking.',
          communicationNeed: true,
          recordedOn: isoDate('2026-10-01')
        }
      ]
    };
    other = demoPerson('Ann', 'Other', 'person-other');
    await cara.persons.create(person);
    await cara.persons.create(other);
    const sam = harness.storeAs('sam.staff');
    incidentId = (await sam.incidents.create({ ...demoIncident(person.id, oid('sam.staff'), 'incident-marker'), narrative: NARRATIVE }))
      .value.id;
    otherIncidentId = (await sam.incidents.create(demoIncident(other.id, oid('sam.staff'), 'incident-other'))).value.id;
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('BR-21 a marker cannot be proposed from another person’s incident; nothing is written', async () => {
    const before = await siteSnapshot(admin);
    const outcome = await proposeMarker(cara, contextOf('cara.cro'), {
      markerId: 'marker-wrong',
      personId: person.id,
      incidentId: otherIncidentId,
      riskDescription: NARRATIVE,
      precautions: HANDLING,
      reviewDate: REVIEW
    });
    expect(outcome).toEqual({ ok: false, issues: [expect.objectContaining({ rule: 'BR-21', field: 'incidentIds' })] });
    expectOnlyChanged(before, await siteSnapshot(admin), {});
  });

  test('BR-21 the case officer proposes from the person’s own incident: provisional, audited, no staff flag yet', async () => {
    const before = await siteSnapshot(admin);
    const marker = saved(
      await proposeMarker(cara, contextOf('cara.cro'), {
        markerId,
        personId: person.id,
        incidentId,
        riskDescription: NARRATIVE,
        precautions: HANDLING,
        reviewDate: REVIEW
      })
    );
    expect(marker).toMatchObject({ status: 'Provisional', incidentIds: [incidentId], proposedBy: oid('cara.cro') });
    expectOnlyChanged(before, await siteSnapshot(admin), { added: (key) => /^(WarningMarkers|AuditLog)\//.test(key) });
    const added = [...(await siteSnapshot(admin)).keys()].filter((key) => !before.has(key));
    expect(added.map((key) => key.split('/')[0]).sort()).toEqual(['AuditLog', 'WarningMarkers']);
    expect(await harness.storeAs('sam.staff').markerFlags.listOpenForPerson(person.id)).toEqual([]);
  });

  test('staff cannot open the register itself (403), nor write to it', async () => {
    await expect(rows(harness.spAs('sam.staff'), 'WarningMarkers')).rejects.toMatchObject({ status: 403 });
    await expect(harness.storeAs('sam.staff').warningMarkers.find(markerId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rows(harness.spAs('cllr.khan'), 'MarkerFlags')).rejects.toMatchObject({ status: 403 });
  });

  test('BR-21 every view is logged (who, when, why) before the marker is read; a view with no reason is refused', async () => {
    const refused = await viewMarker(hana, contextOf('hana.safety'), markerId, '  ');
    expect(refused.ok).toBe(false);
    const viewed = await viewMarker(hana, contextOf('hana.safety'), markerId, 'Deciding whether to approve');
    expect(viewed.ok && viewed.marker.value.riskDescription).toBe(NARRATIVE);
    const log = await hana.auditLog
      .listForEntity('WarningMarker', markerId)
      .catch(() => cara.auditLog.listForEntity('WarningMarker', markerId));
    const views = log.filter((entry) => entry.value.event.action === 'marker.viewed');
    expect(views).toHaveLength(1);
    expect(views[0].value.event).toMatchObject({ actorId: oid('hana.safety'), note: 'Deciding whether to approve', rule: 'BR-21' });
  });

  test('BR-21 approval: not by the proposer, only by the H&S adviser, and the instructions checked against adjustments', async () => {
    const before = await siteSnapshot(admin);
    const current = await cara.warningMarkers.get(markerId);
    const byProposer = await approveMarker(cara, contextOf('cara.cro'), current, { notifiedOn: TODAY, handlingCheck: 'x' });
    expect(byProposer).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'approvedBy' })] });
    const unchecked = await approveMarker(hana, contextOf('hana.safety'), current, { notifiedOn: TODAY });
    expect(unchecked).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'handlingCheck' })] });
    expectOnlyChanged(before, await siteSnapshot(admin), {});
  });

  test('BR-21 the adviser approves with the notification record; staff now see the flag and never the narrative', async () => {
    const current = await hana.warningMarkers.get(markerId);
    const before = await siteSnapshot(admin);
    const marker = saved(
      await approveMarker(hana, contextOf('hana.safety'), current, {
        notifiedOn: TODAY,
        handlingCheck: 'The second officer faces him and speaks clearly; nothing in the instructions cuts across his hearing.'
      })
    );
    expect(marker).toMatchObject({ status: 'Active', approvedBy: oid('hana.safety'), notifiedOn: TODAY });
    expectOnlyChanged(before, await siteSnapshot(admin), {
      added: (key) => /^(MarkerFlags|AuditLog)\//.test(key),
      changed: [`WarningMarkers/${current.itemId}`]
    });
    const staff = harness.storeAs('sam.staff');
    const flags = await staff.markerFlags.listOpenForPerson(person.id);
    expect(flags.map((flag) => flag.value)).toEqual([
      { id: markerId, personId: person.id, handlingInstructions: HANDLING, contactId: oid('hana.safety'), open: true }
    ]);
    const raw = JSON.stringify(await rows(harness.spAs('sam.staff'), 'MarkerFlags'));
    expect(raw).not.toContain('bottle');
    expect(raw).not.toContain('Hard of hearing');
  });

  test('BR-33 the person challenges; a second officer acting on a stale copy gets a conflict, never an overwrite', async () => {
    const stale = await hana.warningMarkers.get(markerId);
    const challenged = saved(
      await challengeMarker(cara, contextOf('cara.cro'), await cara.warningMarkers.get(markerId), {
        raisedBy: 'person',
        raisedOn: TODAY,
        grounds: 'He says the bottle was a water bottle he was drinking from.'
      })
    );
    const before = await siteSnapshot(admin);
    await expect(
      challengeMarker(hana, contextOf('hana.safety'), stale, { raisedBy: 'staff', raisedOn: TODAY, grounds: 'A colleague disputes it.' })
    ).rejects.toBeInstanceOf(ConflictError);
    expectOnlyChanged(before, await siteSnapshot(admin), {});
    expect(challenged.status).toBe('UnderChallenge');
    // It stays in force while the evidence is re-examined.
    expect(await harness.storeAs('sam.staff').markerFlags.listOpenForPerson(person.id)).toHaveLength(1);
  });

  test('BR-33 the proposer may not re-examine; another officer removes it with reasons, the person told, and staff lose the flag', async () => {
    const byProposer = await decideMarkerChallenge(cara, contextOf('cara.cro'), await cara.warningMarkers.get(markerId), {
      outcome: 'Removed',
      reasons: 'x',
      personToldOn: TODAY
    });
    expect(byProposer).toEqual({ ok: false, issues: [expect.objectContaining({ rule: 'BR-33', field: 'examinerId' })] });
    const alex = harness.storeAs('alex.alternate');
    const removed = saved(
      await decideMarkerChallenge(alex, contextOf('alex.alternate'), await alex.warningMarkers.get(markerId), {
        outcome: 'Removed',
        reasons: 'CCTV shows a water bottle held down by his side; no threat was made.',
        personToldOn: TODAY
      })
    );
    expect(removed).toMatchObject({ status: 'Removed', removedBy: oid('alex.alternate'), removalToldOn: TODAY, removedOn: TODAY });
    expect(await harness.storeAs('sam.staff').markerFlags.listOpenForPerson(person.id)).toEqual([]);
    const actions = (await cara.auditLog.listForEntity('WarningMarker', markerId)).map((entry) => entry.value.event.action);
    expect(actions).toEqual(['marker.proposed', 'marker.viewed', 'marker.approved', 'marker.challenged', 'marker.removedOnChallenge']);
    expect(await cara.auditLog.verifyChain()).toMatchObject({ ok: true });
  });
  test('BR-33 removed before the person is told: staff lose the flag at once and the register lists the letter owed', async () => {
    const second = 'marker-letter-2';
    saved(
      await proposeMarker(cara, contextOf('cara.cro'), {
        markerId: second,
        personId: person.id,
        incidentId,
        riskDescription: NARRATIVE,
        precautions: HANDLING,
        reviewDate: REVIEW
      })
    );
    saved(
      await approveMarker(hana, contextOf('hana.safety'), await hana.warningMarkers.get(second), {
        notifiedOn: TODAY,
        handlingCheck: 'The second officer faces him and speaks clearly.'
      })
    );
    expect(await hana.warningMarkers.listAwaitingRemovalLetter()).toEqual([]);
    const flag = await hana.markerFlags.find(second);
    expect(flag?.value.open).toBe(true);
    const before = await siteSnapshot(admin);
    const current = await hana.warningMarkers.get(second);
    const removed = saved(
      await removeMarker(hana, contextOf('hana.safety'), current, {
        reasons: 'No further incident in six months.',
        personToldOn: undefined
      })
    );
    expect(removed).toMatchObject({ status: 'Removed', removedBy: oid('hana.safety'), removedOn: TODAY });
    expect(removed.removalToldOn).toBeUndefined();

    expectOnlyChanged(before, await siteSnapshot(admin), {
      added: (key) => /^AuditLog\//.test(key),
      changed: [`WarningMarkers/${current.itemId}`, `MarkerFlags/${String(flag?.itemId)}`]
    });
    expect((await harness.storeAs('sam.staff').markerFlags.listOpenForPerson(person.id)).map((row) => row.value.id)).not.toContain(second);
    const owed = await hana.warningMarkers.listAwaitingRemovalLetter();
    expect(owed.map((row) => row.value.id)).toEqual([second]);
    const raw = (await rows(admin, 'WarningMarkers')).find((row) => row.Id === current.itemId);
    expect(raw).toMatchObject({ AwaitingRemovalLetter: true, RemovalToldOn: null });
  });

  test('BR-33 the removal letter recorded as sent: kept on the marker with what it said, the person told, audited; a stale copy conflicts', async () => {
    const second = 'marker-letter-2';
    const current = await hana.warningMarkers.get(second);
    const letter = markerRemovalLetterContent(current.value);
    const input = {
      letterId: 'letter-removal-2',
      sentOn: TODAY,
      channel: 'letter' as const,
      templateVersion: 'marker-removal-1',
      fields: letter
    };
    const before = await siteSnapshot(admin);
    // Staff may not record it (BR-33 keepers only), nor a letter that leaves out why: nothing is written.
    const byStaff = await recordRemovalLetterSent(harness.storeAs('sam.staff'), contextOf('sam.staff'), current, input);
    expect(byStaff).toEqual({ ok: false, issues: [expect.objectContaining({ rule: 'BR-33', field: 'sentBy' })] });
    const withoutReasons = await recordRemovalLetterSent(hana, contextOf('hana.safety'), current, {
      ...input,
      fields: { ...letter, markerRemovalReasons: '' }
    });
    expect(withoutReasons).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'letter' })] });
    expectOnlyChanged(before, await siteSnapshot(admin), {});

    const told = saved(await recordRemovalLetterSent(hana, contextOf('hana.safety'), current, input));
    expect(told.removalToldOn).toBe(TODAY);
    expect(told.letters).toEqual([
      {
        id: 'letter-removal-2',
        type: 'MarkerRemoval',
        templateVersion: 'marker-removal-1',
        channel: 'letter',
        fields: letter,
        sentOn: TODAY,
        sentBy: oid('hana.safety')
      }
    ]);
    // Read back from SharePoint: the letter as sent, and nothing owed any more.
    expect((await cara.warningMarkers.get(second)).value).toMatchObject({ removalToldOn: TODAY, letters: told.letters });
    expect(await cara.warningMarkers.listAwaitingRemovalLetter()).toEqual([]);
    const raw = (await rows(admin, 'WarningMarkers')).find((row) => row.Id === current.itemId);
    expect(raw).toMatchObject({ AwaitingRemovalLetter: false });

    const afterSent = await siteSnapshot(admin);
    await expect(recordRemovalLetterSent(cara, contextOf('cara.cro'), current, { ...input, letterId: 'again' })).rejects.toBeInstanceOf(
      ConflictError
    );
    expectOnlyChanged(afterSent, await siteSnapshot(admin), {});
    const actions = (await cara.auditLog.listForEntity('WarningMarker', second)).map((entry) => entry.value.event.action);
    expect(actions).toEqual(['marker.proposed', 'marker.approved', 'marker.removed', 'marker.removalLetterSent']);
    const sent = (await cara.auditLog.listForEntity('WarningMarker', second)).find(
      (entry) => entry.value.event.action === 'marker.removalLetterSent'
    );
    expect(sent?.value.event).toMatchObject({
      actorId: oid('hana.safety'),
      rule: 'BR-33',
      after: { removalToldOn: TODAY, channel: 'letter' }
    });
    expect(await cara.auditLog.verifyChain()).toMatchObject({ ok: true });
  });
});
