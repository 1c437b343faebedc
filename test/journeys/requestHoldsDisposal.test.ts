// BR-23 meets BR-24 (issue 17 join): a customer's open subject access request holds their records
// from disposal. In headless Chromium on the local host page against the real stack from an EMPTY
// site: staff record an incident and the line manager triages it into a case, files a letter and
// resolves it in 2019, through the shared use cases (as the retention journey does). Dana Price,
// the DPO, logs the customer's request on the Subject access screen; her Retention and disposal
// screen then shows the case on hold for that request, with its dates and nothing to release, and
// the sweep keeps it. Once she runs the export, the case waits for her confirmation again.
import { caseClosedInJune2019, retentionJourneyOnEmptySite, runServiceSweep } from './support/retention';

jest.setTimeout(180000);

describe('An open subject access request holds the customer’s records from disposal (BR-23, BR-24)', () => {
  const journey = retentionJourneyOnEmptySite('journey-request-hold');

  test('Dana Price logs the request; the case past retention is held with the reason, the sweep keeps it, and the export lifts the hold', async () => {
    const { stack, session } = journey;
    const { made, reference } = await caseClosedInJune2019(stack, 'hold');
    const service = stack.sharePoint.storeAs('svc.ccm');
    expect(reference).toMatch(/^CCM-\d{4}-\d{4}$/);
    const customer = "Zoë O'Brien-hold";

    const dpo = await session.openAs('dana.dpo');
    await dpo.getByRole('button', { name: 'Open Subject access requests' }).click();
    await dpo.getByRole('heading', { name: 'Subject access requests' }).waitFor();
    await dpo.getByRole('searchbox', { name: /The person’s name/ }).fill("O'Brien-hold");
    await dpo.getByRole('button', { name: 'Find' }).click();
    await dpo.getByRole('button', { name: `Choose ${customer}` }).click();
    await dpo.getByRole('heading', { name: customer }).waitFor();
    await dpo.getByLabel(/Date the request was received/).fill('2026-12-01');
    await dpo.getByRole('button', { name: 'Log the request' }).click();
    await dpo.getByRole('table', { name: 'Requests logged' }).getByRole('row').nth(1).waitFor();

    await dpo.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Retention and disposal', exact: true }).click();
    const item = dpo.getByRole('listitem', { name: reference });
    await item
      .getByText(/On hold: Open subject access request, received on 1 December 2026 and to be answered by 1 January 2027/)
      .waitFor();
    expect(await item.getByRole('button').count()).toBe(0);
    await session.shot(dpo, 'held-for-request');

    const kept = await runServiceSweep(stack);
    expect(kept.held).toEqual([expect.objectContaining({ id: made.caseId, reason: 'Open subject access request' })]);
    expect(kept.disposed).toEqual([]);
    expect(await service.cases.find(made.caseId)).toBeDefined();

    // She answers the request: the export is audited and the hold lifts by itself.
    await dpo.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Subject access requests', exact: true }).click();
    await dpo.getByRole('searchbox', { name: /The person’s name/ }).fill("O'Brien-hold");
    await dpo.getByRole('button', { name: 'Find' }).click();
    await dpo.getByRole('button', { name: `Choose ${customer}` }).click();
    await dpo.getByRole('button', { name: 'Run the export for the request received on 1 December 2026' }).click();
    await dpo.getByRole('status').filter({ hasText: 'Export ready' }).waitFor();

    await dpo.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Retention and disposal', exact: true }).click();
    const again = dpo.getByRole('listitem', { name: reference });
    await again.getByText('Waiting for your confirmation').waitFor();
    await again.getByRole('button', { name: `Confirm disposal of ${reference}` }).waitFor();
    const after = await runServiceSweep(stack);
    expect(after.held).toEqual([]);
    expect(after.awaitingConfirmation.map((waiting) => waiting.id)).toEqual([made.caseId]);
  });
});
