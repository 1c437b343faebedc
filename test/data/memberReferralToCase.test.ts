import type { CaseStore, Stored } from '../../src/data/ports';
import type { MemberReferral, Person } from '../../src/domain';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import {
  openCaseFromMemberReferral,
  waitingMemberReferrals,
  type ReferralCaseOutcome
} from '../../src/app/cases/openCaseFromMemberReferral';
import { referralFromForm, type ReferralFields } from '../../src/ui/screens/members/useMemberReferralForm';
import { demoPerson } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

/*
 * Issue 13, "work reaches nobody", over real HTTP with SharePoint's permissions: a councillor's
 * referral, saved as the Members' form saves it under the councillor's own identity, is listed
 * for the Monitoring Officer, who opens a councillors'-route case from it. The case names the
 * referral and the referral names the case (what the councillor's need-to-know view needs);
 * the councillor still cannot touch the case.
 */

jest.setTimeout(60000);

const TODAY = isoDate('2026-11-28');
const NOW = isoInstant('2026-11-28T10:00:00Z');

function fields(overrides: Partial<ReferralFields> = {}): ReferralFields {
  return {
    personName: 'Siân O’Brien',
    personContactDetails: '2 Park Road, Newcastle-under-Lyme',
    accountOfContacts: 'Forty calls to my surgery in a fortnight, some abusive.',
    councillorLetterDate: '2026-10-01',
    councillorLetterUploadUrl: '',
    groupLeaderId: 'Cllr Gareth Jones',
    groupLeaderConsultedOn: '2026-10-20',
    groupLeaderAdvice: 'Refer it to the Monitoring Officer.',
    stepsSkipped: false,
    overrideReason: '',
    referredToMonitoringOfficerOn: '2026-11-02',
    ...overrides
  };
}

/** What the councillor's "Send the referral" does: the form's own build step, then the port's create. */
async function councillorRefers(store: CaseStore, id: string, overrides: Partial<ReferralFields> = {}): Promise<Stored<MemberReferral>> {
  const built = referralFromForm(fields(overrides), oid('cllr.khan'), TODAY, NOW, id);
  if (!built.ok) throw new Error(built.error.map((e) => e.message).join(' '));
  return store.memberReferrals.create(built.value, { requestKey: id });
}

async function openAsMonitoringOfficer(store: CaseStore, referral: Stored<MemberReferral>, family: string): Promise<ReferralCaseOutcome> {
  // A new customer: the use case gives them their id (one per referral, so a retry adds no second person).
  const person: Omit<Person, 'id'> = demoPerson('Siân', family);
  return openCaseFromMemberReferral(store, {
    referral,
    customer: { kind: 'new', person },
    leadService: 'Housing',
    actorId: oid('mona.officer'),
    roles: demoRoleAssignments(),
    now: NOW
  });
}

describe('A councillor’s referral reaches the Monitoring Officer, who opens a case from it (emulator permissions)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let khan: CaseStore;
  let mona: CaseStore;

  beforeAll(async () => {
    harness = await startHarness();
    khan = harness.storeAs('cllr.khan');
    mona = harness.storeAs('mona.officer');
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('listed for the Monitoring Officer, opened on the councillors’ route, linked both ways; the councillor cannot edit the case', async () => {
    const saved = await councillorRefers(khan, 'referral-http-1');

    const waiting = await waitingMemberReferrals(mona);
    expect(waiting.map((row) => row.value.id)).toContain('referral-http-1');
    const listed = waiting.find((row) => row.value.id === 'referral-http-1') as Stored<MemberReferral>;
    expect(listed.value).toMatchObject({
      councillorId: oid('cllr.khan'),
      personName: 'Siân O’Brien',
      accountOfContacts: saved.value.accountOfContacts,
      councillorLetterDate: '2026-10-01',
      groupLeaderAdvice: 'Refer it to the Monitoring Officer.'
    });

    const outcome = await openAsMonitoringOfficer(mona, listed, 'O’Brien');
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;

    // Read back from SharePoint, afresh: the case names the referral, the referral names the case and person.
    const kase = (await harness.storeAs('mona.officer').cases.get(outcome.caseId)).value;
    expect(kase).toMatchObject({
      route: 'Councillor',
      memberReferralId: 'referral-http-1',
      personId: outcome.personId,
      incidentIds: [],
      status: 'AwaitingInvocationDecision',
      createdBy: oid('mona.officer'),
      caseOfficerId: oid('bea.business')
    });
    const referral = (await mona.memberReferrals.get('referral-http-1')).value;
    expect(referral).toMatchObject({ caseId: outcome.caseId, personId: outcome.personId });
    expect(referral.accountOfContacts).toBe(saved.value.accountOfContacts);
    expect((await mona.persons.findIdsByName('Siân O’Brien')).map((match) => match.personId)).toContain(outcome.personId);
    expect((await mona.auditLog.listForEntity('MemberReferral', 'referral-http-1')).map((row) => row.value.event.action)).toEqual([
      'memberReferral.caseOpened'
    ]);

    // No longer waiting.
    expect((await waitingMemberReferrals(mona)).map((row) => row.value.id)).not.toContain('referral-http-1');
    // The councillor sees the link on their own referral (their need-to-know view reads it).
    expect(
      (await khan.memberReferrals.listByCouncillor(oid('cllr.khan'))).find((row) => row.value.id === 'referral-http-1')?.value.caseId
    ).toBe(outcome.caseId);

    // BR-22: the councillor can neither read nor change the case.
    const stored = await mona.cases.get(outcome.caseId);
    await expect(khan.cases.save(stored, { ...stored.value, status: 'Closed', closureReason: 'NotInvoked' })).rejects.toMatchObject({
      kind: 'Forbidden'
    });
    await expect(khan.loadCaseScreen(outcome.caseId)).rejects.toMatchObject({ kind: 'Forbidden' });
    expect((await mona.cases.get(outcome.caseId)).value.status).toBe('AwaitingInvocationDecision');
  });

  test('a referral the councillor changed after it was listed is reported (412), not overwritten; a second attempt links the same case', async () => {
    await councillorRefers(khan, 'referral-http-2', { personName: 'Zoë Ng' });
    const listed = (await waitingMemberReferrals(mona)).find((row) => row.value.id === 'referral-http-2') as Stored<MemberReferral>;
    // The councillor adds to their referral while the Monitoring Officer has it open.
    const own = await khan.memberReferrals.get('referral-http-2');
    await khan.memberReferrals.update(own, { ...own.value, accountOfContacts: 'Now also letters to my home.' });

    const first = await openAsMonitoringOfficer(mona, listed, 'Ng');
    expect(first.status).toBe('notLinked');
    if (first.status !== 'notLinked') return;
    expect(first.current?.value.accountOfContacts).toBe('Now also letters to my home.');
    const untouched = (await mona.memberReferrals.get('referral-http-2')).value;
    expect([untouched.caseId, untouched.accountOfContacts]).toEqual([undefined, 'Now also letters to my home.']);

    // Again, from the referral as it is now: the case already open is found and linked, not opened twice.
    const second = await openAsMonitoringOfficer(mona, first.current as Stored<MemberReferral>, 'Ng');
    expect(second).toMatchObject({ status: 'opened', caseId: first.caseId });
    const linked = (await mona.memberReferrals.get('referral-http-2')).value;
    expect(linked).toMatchObject({ caseId: first.caseId, accountOfContacts: 'Now also letters to my home.' });
    expect((await mona.auditLog.listForEntity('MemberReferral', 'referral-http-2')).map((row) => row.value.event.action)).toEqual([
      'memberReferral.caseOpened'
    ]);
  });
});
