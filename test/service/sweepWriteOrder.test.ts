import { isoDate, isoInstant } from '../../src/domain/model/dates';
import type { ServiceStore } from '../../src/service/ports';
import { recordRestrictionLetterSent } from './support/restrictionLetter';
import { SimulatedCrash } from './support/crashingStore';
import { approvedCase, bannerSweepScenario } from './support/bannerSweep';
import { CASE_ID, SANCTION_ID, SEEDED_REVISION, USERS } from './support/scenario';

/*
 * Issue 15: the sweep saves an expiry through the one write order the tab uses
 * (src/app/cases/saveCaseChange.ts): the case under its etag, its audit events, then the staff
 * banners. Against the SharePoint emulator, the service's banner write fails once, after the
 * case and its audit entry have really been written. The expiry stands and the case officer is
 * told; the same run's reconciliation closes the banner, so staff stop seeing it at once.
 */

jest.setTimeout(60000);

describe('The sweep saves an expiry in the one write order, and a banner it could not write is closed in the same run (SharePoint emulator)', () => {
  const bannerWrite = { fails: false };

  /** The service's store, except that once armed the next banner update fails (and disarms). */
  function bannerUpdateFailsOnce(store: ServiceStore): ServiceStore {
    return {
      ...store,
      alerts: {
        ...store.alerts,
        update: (stored, next) => {
          if (!bannerWrite.fails) return store.alerts.update(stored, next);
          bannerWrite.fails = false;
          return Promise.reject(new SimulatedCrash('afterCaseSave'));
        }
      }
    };
  }

  beforeEach(() => {
    bannerWrite.fails = false;
  });
  const banners = bannerSweepScenario(bannerUpdateFailsOnce);
  const { sweep, staffSees } = banners;

  test('BR-09 the banner write fails after the expiry is saved and audited: expired, the officer told, the banner closed by the same run', async () => {
    const { h } = banners;
    await h.putCase(approvedCase('2026-12-31'));
    await recordRestrictionLetterSent(h.sp.storeAs('cara.cro'), CASE_ID, {
      id: USERS.cara,
      sentOn: isoDate('2026-12-01'),
      now: h.clock.now
    });
    expect(await staffSees()).toEqual([SANCTION_ID]);
    const revisionWithLetter = (await h.state.caseOf()).revision;
    expect(revisionWithLetter).toBeGreaterThan(SEEDED_REVISION);

    Object.assign(h.clock, { now: isoInstant('2027-01-01T07:00:00Z') });
    bannerWrite.fails = true;
    const report = await sweep();

    expect(bannerWrite.fails).toBe(false); // The failure was reached.
    expect(report).toMatchObject({ expired: [CASE_ID], skipped: [] });
    // The case was written first, under its etag, then its audit entry: both are in SharePoint.
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'Closed', closureReason: 'Expired', revision: revisionWithLetter + 1 });
    expect((await h.state.auditFor('Case', CASE_ID)).filter((e) => e.action === 'case.expireSanction')).toHaveLength(1);
    expect(await h.state.verifyChain()).toMatchObject({ ok: true });
    // The banner was left for reconciliation, which closed it in this same run.
    expect(report.repairedAlerts).toEqual([`${CASE_ID}: closed alert-${SANCTION_ID}`]);
    expect(await staffSees()).toEqual([]);
    expect(h.logged.map((entry) => String((entry as unknown[])[0]))).toEqual(
      expect.arrayContaining([expect.stringContaining(`the banners of case ${CASE_ID} were not brought in line`)])
    );
    // The case officer is told the restriction ended, once.
    const notices = h.connector.calls.filter((c) => c.kind === 'send');
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices[0].body)).toContain('Restriction ended');

    // A second run finds nothing to do.
    expect(await sweep()).toMatchObject({ expired: [], repairedAlerts: [], skipped: [] });
    expect(h.connector.calls.filter((c) => c.kind === 'send')).toHaveLength(1);
  });
});
