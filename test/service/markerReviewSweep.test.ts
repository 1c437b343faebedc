import { randomUUID } from 'node:crypto';
import { approveMarker } from '../../src/app/markers/approveMarker';
import type { MarkerContext } from '../../src/app/markers/markerContext';
import { proposeMarker } from '../../src/app/markers/proposeMarker';
import { reviewMarker } from '../../src/app/markers/reviewMarker';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { adaptiveCardValidator } from './support/adaptiveCardSchema';
import { api, PERSON_ID, startHarness, type Harness } from './support/scenario';

/*
 * Issue 17: the overdue-review escalation of warning markers, run by the case service's sweep
 * against the emulator. The marker is proposed and approved through the shared use cases as the
 * case officer and the H&S adviser; the clock then passes its review date.
 */

jest.setTimeout(60000);

/** Moves the service's clock (the sweep reads it through deps.now). */
function moveClock(harness: Harness, instant: string): void {
  harness.clock.now = isoInstant(instant);
}

function contextOf(key: string, today: string): MarkerContext {
  return {
    actorId: oid(key),
    roles: demoRoleAssignments(),
    today: isoDate(today),
    now: isoInstant(`${today}T10:00:00Z`),
    newEventId: () => randomUUID()
  };
}

describe('Sweep: warning marker reviews overdue are escalated once (issue 17, BR-21)', () => {
  let h: Harness;
  const validate = adaptiveCardValidator();

  beforeEach(async () => {
    h = await startHarness({}, { seedCase: false });
  });

  afterEach(async () => {
    await h.close();
  });

  const run = (): ReturnType<typeof api> => api(h, 'POST', '/api/sweeps/run', undefined, {}, { 'x-ccm-sweep-key': 'test-sweep-key' });

  test('a marker past its review date is escalated to the H&S adviser and the proposer once; a review ends it', async () => {
    const cara = h.sp.storeAs('cara.cro');
    const hana = h.sp.storeAs('hana.safety');
    const proposed = await proposeMarker(cara, contextOf('cara.cro', '2026-11-28'), {
      markerId: 'marker-sweep',
      personId: PERSON_ID,
      incidentId: 'inc-1',
      riskDescription: 'Shouted threats at the counter.',
      precautions: 'Two officers at the counter.',
      reviewDate: isoDate('2026-12-28')
    });
    expect(proposed.ok).toBe(true);
    const approved = await approveMarker(hana, contextOf('hana.safety', '2026-11-28'), await hana.warningMarkers.get('marker-sweep'), {
      notNotifiedReason: 'Telling him now would raise the risk to the counter staff.'
    });
    expect(approved.ok).toBe(true);

    moveClock(h, '2026-12-28T10:00:00Z');
    expect((await run()).body).toMatchObject({ markerReviewsEscalated: [] });

    moveClock(h, '2026-12-29T10:00:00Z');
    expect((await run()).body).toMatchObject({ markerReviewsEscalated: ['marker-sweep'] });
    expect((await run()).body).toMatchObject({ markerReviewsEscalated: [] });
    const sends = h.connector.calls.filter((call) => call.kind === 'send');
    expect(sends).toHaveLength(2); // the H&S adviser and the proposer
    const card = (sends[0].body.attachments as Array<{ content: unknown }>)[0].content;
    expect(validate(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('28 December 2026');
    expect(JSON.stringify(card)).not.toContain('Shouted');
    expect((await h.state.auditFor('WarningMarker', 'marker-sweep')).map((event) => event.action)).toEqual([
      'marker.proposed',
      'marker.approved',
      'marker.reviewOverdue'
    ]);

    const reviewed = await reviewMarker(hana, contextOf('hana.safety', '2026-12-29'), await hana.warningMarkers.get('marker-sweep'), {
      outcome: 'Continue',
      reasons: 'A further incident on 20 December 2026.',
      nextReviewDate: isoDate('2027-06-29')
    });
    expect(reviewed.ok).toBe(true);
    moveClock(h, '2027-01-05T10:00:00Z');
    expect((await run()).body).toMatchObject({ markerReviewsEscalated: [] });
    expect(await h.state.verifyChain()).toMatchObject({ ok: true });
  });
});
