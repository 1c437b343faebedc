// Issue 12, "Restrictions reach the front line": one journey in headless Chromium on the
// local host page, against the real stack (SharePoint emulator, case service), started from
// an EMPTY site, so that every banner staff see was written by the product itself and none
// by the demo seed. Every step is taken through the UI as the persona who takes it:
//
//  1. The site holds no customers and no cases.
//  2. Siân O'Rourke-Dafydd (an accent and an apostrophe) goes from a front-line incident to
//     a single point of contact restriction in force, exactly as the case flow does.
//  3. Staff checking her, by full name, surname, without the accent, with a curly
//     apostrophe and in lower case, see the banner: what is restricted, where, the single
//     point of contact and cover, and how to make necessary contact; never the narrative.
//  4. A name nobody has: the screen says nobody matched, and gives no all-clear.
//  5. The officer lifts the restriction at review: staff then see no banner, and Siân is
//     listed with no contact restriction.
//  6. Zoë MacAllister's restriction is put in force; past its end date staff no longer see
//     the banner (even before the sweep), and the real sweep, run after the end date,
//     expires it; staff then see no banner.
//
// The tests run in order and build on each other (one site, one journey).
import type { Browser } from 'playwright-core';
import type { CaseStore } from '../../src/data/ports';
import { CASE_STATUSES, INCIDENT_STATUSES } from '../../src/domain/model';
import { firstPage } from '../../src/ui/services/appStore';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import {
  CARA_RHODES_AS_SINGLE_POINT_OF_CONTACT,
  fullName,
  HostPageSession,
  liftRestrictionAtReview,
  takeNewCustomerToRestrictionInForce,
  type Customer,
  failureScreenshotName
} from './support/caseJourney';
import {
  checkCustomer,
  expectListedWithoutRestriction,
  expectNobodyMatchedAndNoAllClear,
  expectNoneOfTheseWords,
  expectNoRestrictionBanner,
  expectRestrictionBanner
} from './support/checkCustomer';
import { dayAfter, runSweepsAt } from './support/sweeps';

jest.setTimeout(240000);

const SIAN: Customer = {
  given: 'Siân',
  family: "O'Rourke-Dafydd",
  narrative: 'Shouted about the boiler and threw a leaflet stand across the housing reception.'
};
/** Words of Siân's narrative that nothing else on a member of staff's screen would say. */
const SIAN_NARRATIVE_WORDS: readonly string[] = ['shouted', 'boiler', 'threw', 'leaflet'];

const ZOE: Customer = {
  given: 'Zoë',
  family: 'MacAllister',
  narrative: 'Banged on the cashier window and filmed the cashier on a mobile phone.'
};
const ZOE_NARRATIVE_WORDS: readonly string[] = ['banged', 'cashier', 'filmed'];

/** Ways a member of staff may type Siân's name: each must find her banner. */
const WAYS_TO_TYPE_SIAN: ReadonlyArray<readonly [string, string]> = [
  ['by full name', "Siân O'Rourke-Dafydd"],
  ['by surname alone', "O'Rourke-Dafydd"],
  ['without the accent', "Sian O'Rourke-Dafydd"],
  ['with a curly apostrophe', 'O’Rourke-Dafydd'],
  ['in lower case', "siân o'rourke-dafydd"]
];

const NOBODY_HAS_THIS_NAME = 'Zebedee Quillfeather';

/** Every case in any status: none on an empty site. */
async function allCases(store: CaseStore): Promise<string[]> {
  const ids: string[] = [];
  for (const status of CASE_STATUSES) ids.push(...(await firstPage(store.cases.listByStatus(status), 100)).map((row) => row.value.id));
  return ids;
}

/** Every incident in any status: none on an empty site. */
async function allIncidents(store: CaseStore): Promise<string[]> {
  const ids: string[] = [];
  for (const status of INCIDENT_STATUSES) {
    ids.push(...(await firstPage(store.incidents.listByStatus(status), 100)).map((row) => row.value.id));
  }
  return ids;
}

/** The active sanction's end date on the case. */
async function endDateOfRestrictionInForce(store: CaseStore, caseId: string): Promise<string> {
  const inForce = (await firstPage(store.sanctions.listByStatus('Active'), 100)).filter((row) => row.value.caseId === caseId);
  expect(inForce).toHaveLength(1);
  return inForce[0].value.endDate;
}

describe('restrictions reach the front line: from an empty site, through the UI', () => {
  let stack: LocalStack;
  let browser: Browser;
  let store: CaseStore;
  let sianJourney: HostPageSession;
  let zoeJourney: HostPageSession;
  let staffChecks: HostPageSession;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack({ seed: false }), launchChromium()]);
    store = stack.sharePoint.storeAs('svc.ccm');
    sianJourney = new HostPageSession(browser, stack.hostPage.url, 'journey-front-line-sian');
    zoeJourney = new HostPageSession(browser, stack.hostPage.url, 'journey-front-line-zoe');
    staffChecks = new HostPageSession(browser, stack.hostPage.url, 'journey-front-line-check');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    const name = failureScreenshotName();
    for (const session of [sianJourney, zoeJourney, staffChecks]) await session?.keepFailureScreenshot(name);
  });

  let sian: { personId: string; caseId: string };
  let zoe: { personId: string; caseId: string };

  test('1. the site starts empty: no customers, incidents or cases', async () => {
    expect(await store.persons.searchByFamilyName('', 100)).toEqual([]);
    expect(await store.persons.findIdsByName(fullName(SIAN))).toEqual([]);
    expect(await store.persons.findIdsByName(fullName(ZOE))).toEqual([]);
    expect(await allIncidents(store)).toEqual([]);
    expect(await allCases(store)).toEqual([]);
  });

  test("2. Siân O'Rourke-Dafydd goes from a front-line incident to a single point of contact restriction in force", async () => {
    sian = await takeNewCustomerToRestrictionInForce(sianJourney, store, SIAN);
    // The name is stored as typed: the accent and the apostrophe kept.
    expect((await store.persons.get(sian.personId)).value.names).toMatchObject({ given: SIAN.given, family: SIAN.family });
    expect(await allCases(store)).toEqual([sian.caseId]);
  });

  describe('3. staff checking Siân see her banner, and nothing of what she did', () => {
    test.each(WAYS_TO_TYPE_SIAN)('%s: "%s"', async (way, typed) => {
      const page = await checkCustomer(staffChecks, 'sam.staff', typed);
      await staffChecks.shot(page, `3-sian-${way.replace(/ /g, '-')}`);
      await expectRestrictionBanner(page, fullName(SIAN), CARA_RHODES_AS_SINGLE_POINT_OF_CONTACT);
      await expectNoneOfTheseWords(page, SIAN_NARRATIVE_WORDS);
      await page.close();
    });
  });

  test('4. a name nobody has: the screen says nobody matched, and gives no all-clear', async () => {
    const page = await checkCustomer(staffChecks, 'sam.staff', NOBODY_HAS_THIS_NAME);
    await staffChecks.shot(page, '4-nobody-matched');
    await expectNobodyMatchedAndNoAllClear(page);
    await expectNoRestrictionBanner(page);
    await page.close();
  });

  test('5. the officer lifts the restriction at review: staff then see no banner, and Siân with no contact restriction', async () => {
    await liftRestrictionAtReview(
      sianJourney,
      store,
      sian.caseId,
      'No incidents since the restriction began; she has kept to every arrangement.'
    );
    const page = await checkCustomer(staffChecks, 'sam.staff', SIAN.family);
    await staffChecks.shot(page, '5-sian-after-lift');
    await expectNoRestrictionBanner(page);
    await expectListedWithoutRestriction(page, fullName(SIAN));
    await expectNoneOfTheseWords(page, SIAN_NARRATIVE_WORDS);
    await page.close();
  });

  describe('6. a restriction that runs to its end date', () => {
    let endDate: string;

    test('Zoë MacAllister goes from a front-line incident to a restriction in force, and staff see her banner', async () => {
      zoe = await takeNewCustomerToRestrictionInForce(zoeJourney, store, ZOE);
      endDate = await endDateOfRestrictionInForce(store, zoe.caseId);
      const page = await checkCustomer(staffChecks, 'sam.staff', ZOE.family);
      await staffChecks.shot(page, '6-zoe-in-force');
      await expectRestrictionBanner(page, fullName(ZOE), CARA_RHODES_AS_SINGLE_POINT_OF_CONTACT);
      await expectNoneOfTheseWords(page, ZOE_NARRATIVE_WORDS);
      await page.close();
    });

    test('the day after the end date staff see no banner, even before the sweep has run', async () => {
      // The banner is still open in SharePoint: only its end date keeps it off the screen.
      expect(await store.restrictionAlerts.listActiveForPerson(zoe.personId)).toHaveLength(1);
      const page = await checkCustomer(staffChecks, 'sam.staff', ZOE.family, { today: dayAfter(endDate) });
      await staffChecks.shot(page, '6-zoe-past-end-date-before-sweep');
      await expectNoRestrictionBanner(page);
      await expectListedWithoutRestriction(page, fullName(ZOE));
      await page.close();
    });

    test('the real sweep, run the day after the end date, expires the restriction; staff then see no banner', async () => {
      const { report, logged } = await runSweepsAt(stack, `${dayAfter(endDate)}T06:00:00.000Z`);
      expect(report.expired).toContain(zoe.caseId);
      expect({ skipped: report.skipped, logged }).toEqual({ skipped: [], logged: [] });
      expect((await store.cases.get(zoe.caseId)).value.status).toBe('Closed');

      for (const typed of [ZOE.family, 'Zoe MacAllister']) {
        const page = await checkCustomer(staffChecks, 'sam.staff', typed);
        await staffChecks.shot(page, `6-zoe-after-sweep-${typed.replace(/ /g, '-')}`);
        await expectNoRestrictionBanner(page);
        await expectListedWithoutRestriction(page, fullName(ZOE));
        await expectNoneOfTheseWords(page, ZOE_NARRATIVE_WORDS);
        await page.close();
      }
    });
  });
});
