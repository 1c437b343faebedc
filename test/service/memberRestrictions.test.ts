import { nothingElseChangesInEachTest } from '../data/emulatorHarness';
import type { Case, MemberReferral } from '../../src/domain';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import { person } from '../../src/domain/workflow/testing/fixtures';
import { oid } from '../../local/seed/personas';
import { api, CASE_ID, PERSON_ID, proposedCase, SANCTION_ID, startHarness, USERS, type Harness } from './support/scenario';

/*
 * Issue 12, BR-22: a councillor's need-to-know view, over real HTTP against the SharePoint
 * emulator. Councillors cannot read the RestrictionAlerts list; GET /api/members/restrictions
 * reads it as the service and returns only the banners of cases that came from the caller's
 * own referral, in the need-to-know words and nothing more.
 */

jest.setTimeout(120000);

const KHAN = oid('cllr.khan'); // councillor (CCM Elected Members)
const LEADER = oid('cllr.leader'); // group leader: a Member with no referrals

const REFERRAL_ID = 'referral-khan-1';
const FORGED_REFERRAL_ID = 'referral-khan-2';
const OTHER_PERSON_ID = 'p-2';
const OTHER_CASE_ID = 'CCM-2026-0043';
const OTHER_SANCTION_ID = 'sanction-case-43-v1';

/** The scenario's restriction, approved, its letter sent and in force from 1 December 2026. */
function activeCase(overrides: {
  id: string;
  personId: string;
  sanctionId: string;
  route: Case['route'];
  memberReferralId?: string;
}): Case {
  const kase = proposedCase();
  const sanction = kase.sanctions[0];
  return {
    ...kase,
    id: overrides.id,
    route: overrides.route,
    personId: overrides.personId,
    memberReferralId: overrides.memberReferralId,
    status: 'SanctionActive',
    sanctions: [
      {
        ...sanction,
        id: overrides.sanctionId,
        caseId: overrides.id,
        subjectPersonId: overrides.personId,
        status: 'Active',
        endDate: isoDate('2027-05-31'),
        reviewDate: isoDate('2027-02-26'),
        approvals: [
          {
            id: `approval-${overrides.sanctionId}`,
            approverId: USERS.ed,
            approverRole: 'executiveDirector',
            outcome: 'Approve',
            reasons: 'Proportionate: the threats at the surgery justify it.',
            decidedAt: isoInstant('2026-11-27T15:00:00Z')
          }
        ]
      }
    ]
  };
}

/** A referral as the Members' form saves it: the councillor's own account, no person or case reference. */
function referral(id: string, personName: string, extra: Partial<MemberReferral> = {}): MemberReferral {
  return {
    id,
    councillorId: KHAN,
    personName,
    personContactDetails: '2 Park Road',
    overrideReason: 'He threatened me at my surgery.',
    accountOfContacts: 'Forty calls to my surgery in a fortnight, some abusive.',
    referredToMonitoringOfficerOn: isoDate('2026-09-01'),
    createdAt: isoInstant('2026-09-01T09:00:00Z'),
    ...extra
  };
}

describe('GET /api/members/restrictions: a councillor sees only the banners of people they referred (BR-22)', () => {
  let h: Harness;

  /** Moves the service's clock (the harness reads it on every request). */
  const setClock = (instant: string): void => {
    Object.assign(h.clock, { now: isoInstant(instant) });
  };

  beforeAll(async () => {
    h = await startHarness({}, { seedCase: false });
    const khan = h.sp.storeAs('cllr.khan');
    // Person A (the harness's p-1): referred by the councillor, as the Members' form saves it.
    await khan.memberReferrals.create(referral(REFERRAL_ID, 'Siân O’Brien'), { requestKey: REFERRAL_ID });
    // The Monitoring Officer opens the councillors'-route case from it and links the referral.
    await h.putCase(
      activeCase({ id: CASE_ID, personId: PERSON_ID, sanctionId: SANCTION_ID, route: 'Councillor', memberReferralId: REFERRAL_ID })
    );
    const monitoringOfficer = h.sp.storeAs('mona.officer');
    const stored = await monitoringOfficer.memberReferrals.get(REFERRAL_ID);
    await monitoringOfficer.memberReferrals.update(stored, { ...stored.value, personId: PERSON_ID, caseId: CASE_ID });

    // Person B: restricted under a staff case the councillor had nothing to do with.
    await h.sp.storeAs('cara.cro').persons.create(person({ id: OTHER_PERSON_ID, names: { given: 'Brian', family: 'Other' } }));
    await h.putCase(activeCase({ id: OTHER_CASE_ID, personId: OTHER_PERSON_ID, sanctionId: OTHER_SANCTION_ID, route: 'Customer' }));
    // The councillor edits their own referral to point at B's case: a claim the case does not back.
    await khan.memberReferrals.create(referral(FORGED_REFERRAL_ID, 'Brian Other', { personId: OTHER_PERSON_ID, caseId: OTHER_CASE_ID }), {
      requestKey: FORGED_REFERRAL_ID
    });

    // The restrictions start on 1 December 2026: the sweep opens both staff banners.
    setClock('2026-12-01T09:30:00Z');
    const sweep = await api(h, 'POST', '/api/sweeps/run', undefined, {}, { 'x-ccm-sweep-key': 'test-sweep-key' });
    expect(sweep.status).toBe(200);
    const staff = h.sp.storeAs('sam.staff').restrictionAlerts;
    expect((await staff.listActiveForPerson(PERSON_ID)).map((row) => row.value.sanctionId)).toEqual([SANCTION_ID]);
    expect((await staff.listActiveForPerson(OTHER_PERSON_ID)).map((row) => row.value.sanctionId)).toEqual([OTHER_SANCTION_ID]);
  });
  // Declared after the harness starts, so the snapshot is of the seeded site (issue 14).
  nothingElseChangesInEachTest(() => h.sp);

  afterAll(async () => {
    await h?.close();
  });

  test('the councillor cannot read the RestrictionAlerts list themselves', async () => {
    await expect(h.sp.storeAs('cllr.khan').restrictionAlerts.listActiveForPerson(PERSON_ID)).rejects.toMatchObject({ kind: 'Forbidden' });
  });

  test('the councillor who referred person A sees A’s banner, in the need-to-know words only, and not person B’s', async () => {
    const response = await api(h, 'GET', '/api/members/restrictions', KHAN);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        personName: 'Siân O’Brien',
        restrictionLabels: ['Single point of contact'],
        scopeSummary: expect.stringContaining('Housing'),
        spocName: 'Customer Relations Officer',
        spocChannel: expect.any(String),
        spocCover: 'Alternate Officer',
        contactArrangements: 'Emergency repairs by phone to the repairs line.',
        activeUntil: '2027-05-31'
      }
    ]);
    expect(Object.keys(response.body[0]).sort()).toEqual(
      [
        'activeUntil',
        'contactArrangements',
        'personName',
        'restrictionLabels',
        'scopeSummary',
        'spocChannel',
        'spocCover',
        'spocName'
      ].sort()
    );
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('Brian');
    expect(text).not.toContain(OTHER_SANCTION_ID);
  });

  test('the response holds none of the case’s ids, reasons or narrative', async () => {
    const text = JSON.stringify((await api(h, 'GET', '/api/members/restrictions', KHAN)).body);
    const kase = await h.state.caseOf(CASE_ID);
    const sanction = kase.sanctions[0];
    for (const secret of [
      CASE_ID,
      SANCTION_ID,
      PERSON_ID,
      REFERRAL_ID,
      sanction.proportionalityReasons,
      sanction.approvals[0].reasons,
      'Called 14 times in one day.', // the incident's narrative
      'Forty calls to my surgery', // the referral's account
      'threatened me',
      'evil.example' // the person's name as recorded, not as the councillor gave it
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(sanction.proportionalityReasons.length).toBeGreaterThan(0);
  });

  test('a Member with no referrals sees an empty list', async () => {
    const response = await api(h, 'GET', '/api/members/restrictions', LEADER);
    expect(response).toEqual({ status: 200, body: [] });
  });

  test('a banner past its end date is not shown, even before the sweep closes it', async () => {
    const before = h.clock.now;
    setClock('2027-06-01T09:00:00Z');
    try {
      expect((await api(h, 'GET', '/api/members/restrictions', KHAN)).body).toEqual([]);
    } finally {
      setClock(before);
    }
  });

  test('no bearer token: 401', async () => {
    const response = await api(h, 'GET', '/api/members/restrictions', undefined);
    expect(response.status).toBe(401);
    expect(JSON.stringify(response.body)).not.toContain('Siân');
  });
});
