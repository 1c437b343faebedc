// BR-24 (issue 17, item 3): the Data Protection Officer disposes of a record past retention. In
// headless Chromium on the local host page, against the real stack started from an EMPTY site
// (emulator with its groups and permissions, the case service): staff record an incident and the
// line manager triages it into an informal case, files a letter and resolves it, through the
// shared use cases, in 2019 (so it is past the six years by today: the service keeps the real
// time). Dana Price (the council's DPO: CCM Data Protection, and the role holder in Settings) opens Retention and disposal,
// sees the case with its rule and date, and confirms. The case service's sweep then deletes it,
// its incident and its letter file, leaving one audit stub each; her screen then shows nothing
// due. A case officer is offered no such screen, and the service refuses them the list.
import { oid } from '../../local/seed/personas';
import { formatLongDate, type IsoDate } from '../../src/domain';
import { caseClosedInJune2019, retentionJourneyOnEmptySite, runServiceSweep } from './support/retention';

jest.setTimeout(180000);

describe('Retention and disposal: the DPO confirms, the sweep disposes (BR-24)', () => {
  const journey = retentionJourneyOnEmptySite('journey-retention');

  test('Dana Price (the DPO) confirms the disposal of a case closed in 2019; the sweep deletes it, its incident and its letter, with a stub each', async () => {
    const { stack, session } = journey;
    const { made, reference } = await caseClosedInJune2019(stack, 'journey');
    const service = stack.sharePoint.storeAs('svc.ccm');
    expect(reference).toMatch(/^CCM-\d{4}-\d{4}$/);

    // A case officer is offered no retention screen, and the service will not list what is due for them.
    const officer = await session.openAs('cara.cro');
    await officer.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases', exact: true }).waitFor();
    expect(await officer.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Retention and disposal' }).count()).toBe(0);
    const refused = await fetch(`${stack.service.url}/api/retention/due`, {
      headers: { authorization: `Bearer ${await stack.service.issueToken(oid('cara.cro'))}` }
    });
    expect(refused.status).toBe(403);
    await officer.close();

    const dpo = await session.openAs('dana.dpo');
    await dpo.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Retention and disposal', exact: true }).click();
    const item = dpo.getByRole('listitem', { name: reference });
    await item.waitFor();
    await item.getByText(formatLongDate('2025-06-20' as IsoDate)).waitFor();
    await item.getByText('72 months from the end of the last restriction (or closure, if later)').waitFor();
    await session.shot(dpo, 'due');
    // By keyboard: focus the button and press Enter.
    await item.getByRole('button', { name: `Confirm disposal of ${reference}` }).focus();
    await dpo.keyboard.press('Enter');
    await dpo.getByText(/Disposal confirmed\. The next sweep deletes the record/).waitFor();
    await item.getByText(/Disposal confirmed by Dana Price/).waitFor();
    await session.shot(dpo, 'confirmed');

    const retention = await runServiceSweep(stack);
    expect(retention.disposed).toEqual([
      expect.objectContaining({ entity: { type: 'Case', id: made.caseId }, confirmedBy: oid('dana.dpo'), files: 1 })
    ]);

    expect(await service.cases.find(made.caseId)).toBeUndefined();
    expect(await service.incidents.find(made.incidentId)).toBeUndefined();
    const auditor = stack.sharePoint.storeAs('aud.auditor');
    for (const [type, id] of [
      ['Case', made.caseId],
      ['IncidentReport', made.incidentId],
      ['Letter', made.letterId]
    ] as const) {
      const stubs = (await auditor.auditLog.listForEntity(type, id)).filter((entry) => entry.value.event.action === 'record.disposed');
      expect(stubs.map((entry) => entry.value.event.actorId)).toEqual([oid('dana.dpo')]);
    }

    await dpo.reload();
    await dpo.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Retention and disposal', exact: true }).click();
    await dpo.getByText('Nothing is due for disposal').waitFor();
    await session.shot(dpo, 'nothing-due');
  });
});
