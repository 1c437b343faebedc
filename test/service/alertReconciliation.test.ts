import { isoDate } from '../../src/domain/model/dates';
import type { CaseChangeStore } from '../../src/app/cases/saveCaseChange';
import { recordRestrictionLetterSent } from './support/restrictionLetter';
import { SimulatedCrash } from './support/crashingStore';
import { approvedCase, bannerSweepScenario } from './support/bannerSweep';
import { CASE_ID, PERSON_ID, SANCTION_ID, USERS } from './support/scenario';

/*
 * Issue 12: staff are never left uninformed. The officer records the restriction letter as
 * sent; the process dies after the case has really been saved in the emulator and before the
 * staff banner is written. Staff then see nothing; the sweep puts it right, once. And when the
 * restriction ends, the sweep closes the banner: staff no longer see it.
 */

jest.setTimeout(60000);

/** The officer's store, except that the process "dies" just before the first banner write. */
function diesBeforeTheBanner(store: CaseChangeStore): CaseChangeStore {
  return {
    ...store,
    restrictionAlerts: {
      ...store.restrictionAlerts,
      create: () => Promise.reject(new SimulatedCrash('afterCaseSave')),
      update: () => Promise.reject(new SimulatedCrash('afterCaseSave'))
    }
  };
}

describe('Staff banners follow the sanction, and the sweep repairs a crash between the writes (issue 12)', () => {
  const banners = bannerSweepScenario();
  const { setClock, sweep, staffSees } = banners;

  test('recording the letter as sent opens the banner staff read, built from the sanction', async () => {
    const { h } = banners;
    await h.putCase(approvedCase('2027-05-31'));
    const officer = h.sp.storeAs('cara.cro');
    const change = await recordRestrictionLetterSent(officer, CASE_ID, {
      id: USERS.cara,
      sentOn: isoDate('2026-12-01'),
      now: h.clock.now
    });
    expect(change.saved.value.status).toBe('SanctionActive');
    expect(change.alerts).toEqual({ status: 'inLine', outcome: { opened: [`alert-${SANCTION_ID}`], updated: [], closed: [] } });
    const [banner] = await h.sp.storeAs('sam.staff').restrictionAlerts.listActiveForPerson(PERSON_ID);
    expect(banner.value).toMatchObject({ sanctionId: SANCTION_ID, caseId: CASE_ID, isActive: true, activeUntil: '2027-05-31' });
    // BR-22: the banner holds nothing of the reasons or the case narrative.
    const sanction = change.saved.value.sanctions[0];
    expect(JSON.stringify(banner.value)).not.toContain(sanction.proportionalityReasons);
    expect((await sweep()).repairedAlerts).toEqual([]);
  });

  test('a crash after the case save and before the banner: staff see nothing until the sweep repairs it, once', async () => {
    const { h } = banners;
    await h.putCase(approvedCase('2027-05-31'));
    const officer = h.sp.storeAs('cara.cro');
    const change = await recordRestrictionLetterSent(
      officer,
      CASE_ID,
      { id: USERS.cara, sentOn: isoDate('2026-12-01'), now: h.clock.now },
      diesBeforeTheBanner(officer)
    );
    expect(change.alerts.status).toBe('leftForSweep');
    // The case really reached SharePoint: the restriction is in force, but no banner exists.
    expect((await h.state.caseOf()).status).toBe('SanctionActive');
    expect(await staffSees()).toEqual([]);

    const first = await sweep();
    expect(first.repairedAlerts).toEqual([`${CASE_ID}: opened alert-${SANCTION_ID}`]);
    expect(await staffSees()).toEqual([SANCTION_ID]);

    const second = await sweep();
    expect(second.repairedAlerts).toEqual([]);
    expect(await staffSees()).toEqual([SANCTION_ID]);
  });

  test('when the restriction ends, the sweep expires it and closes the banner; staff no longer see it', async () => {
    const { h } = banners;
    await h.putCase(approvedCase('2026-12-31'));
    const officer = h.sp.storeAs('cara.cro');
    await recordRestrictionLetterSent(officer, CASE_ID, { id: USERS.cara, sentOn: isoDate('2026-12-01'), now: h.clock.now });
    expect(await staffSees()).toEqual([SANCTION_ID]);

    setClock('2027-01-01T07:00:00Z');
    const report = await sweep();
    expect(report.expired).toEqual([CASE_ID]);
    // Closed by the expiry itself, so there is nothing left to repair.
    expect(report.repairedAlerts).toEqual([]);
    expect(await staffSees()).toEqual([]);
    const closed = await h.sp.storeAs('svc.ccm').restrictionAlerts.find(`alert-${SANCTION_ID}`);
    expect(closed?.value.isActive).toBe(false);
  });

  test('a restriction that starts later has no banner until its start date, when the sweep opens it', async () => {
    const { h } = banners;
    await h.putCase(approvedCase('2027-05-31'));
    setClock('2026-11-28T10:00:00Z');
    const officer = h.sp.storeAs('cara.cro');
    const change = await recordRestrictionLetterSent(officer, CASE_ID, { id: USERS.cara, sentOn: isoDate('2026-11-28'), now: h.clock.now });
    expect(change.saved.value.sanctions[0].startDate).toBe('2026-12-01');
    expect(await staffSees()).toEqual([]);
    expect((await sweep()).repairedAlerts).toEqual([]);
    setClock('2026-12-01T00:05:00Z');
    expect((await sweep()).repairedAlerts).toEqual([`${CASE_ID}: opened alert-${SANCTION_ID}`]);
    expect(await staffSees()).toEqual([SANCTION_ID]);
  });

  test('a banner left open for a restriction that is no longer in force is closed by the sweep', async () => {
    const { h } = banners;
    await h.putCase({ ...approvedCase('2027-05-31'), status: 'Closed', closureReason: 'Resolved' });
    const service = h.sp.storeAs('svc.ccm');
    await service.restrictionAlerts.create({
      id: `alert-${SANCTION_ID}`,
      personId: PERSON_ID,
      personName: 'Siân O’Brien',
      sanctionId: SANCTION_ID,
      caseId: CASE_ID,
      restrictionTypes: ['R01'],
      summary: '',
      scopeSummary: 'Housing only',
      spocName: 'Cara Rhodes',
      spocChannel: 'email',
      contactArrangements: 'By email.',
      activeFrom: isoDate('2026-11-01'),
      activeUntil: isoDate('2027-05-31'),
      isActive: true
    });
    expect((await sweep()).repairedAlerts).toEqual([`${CASE_ID}: closed alert-${SANCTION_ID}`]);
    expect(await staffSees()).toEqual([]);
    expect((await sweep()).repairedAlerts).toEqual([]);
  });
});
