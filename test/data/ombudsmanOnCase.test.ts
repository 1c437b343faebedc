// Issue 16 item 8 against the SharePoint emulator, through the shared use case (saveCaseChange):
// the case officer records an Ombudsman's enquiry and its decision on the case; the remedies it
// orders land in her "What is due" until she records each as done; the copy of a letter sent to
// the Ombudsman is kept with its date. Another member of the case team reads it all back, and each
// save writes only the case, its tasks and the audit log.
import { saveCaseChange } from '../../src/app/cases/saveCaseChange';
import {
  applyCaseAction,
  dateOfInstant,
  type Case,
  type CaseAction,
  type IsoDate,
  type IsoInstant,
  type Person,
  type Role
} from '../../src/domain';
import { letter } from '../../src/domain/workflow/testing/fixtures';
import { startHomeSummaryReads, summariseHome } from '../../src/ui/screens/home/homeSummaryReads';
import { demoCase, demoPerson } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { difference, siteSnapshot } from '../properties/support/siteSnapshot';
import { startHarness, type Harness } from './emulatorHarness';

jest.setTimeout(60000);

const CASE_ID = 'case-ombudsman';
const HOME_ROLES: Readonly<Record<string, Role[]>> = { 'cara.cro': ['staff', 'customerRelationsOfficer'] };

describe('an Ombudsman looks at a case: enquiry, decision, remedies and letter copies (emulator)', () => {
  let harness: Harness;
  let person: Person;

  beforeAll(async () => {
    harness = await startHarness();
    const service = harness.storeAs('svc.ccm');
    person = (await service.persons.create(demoPerson('Zoë', "O'Brien"))).value;
    const decisionLetter = { ...letter('RestrictionDecision', '2026-06-01', 'letter-omb-decision'), caseId: CASE_ID };
    await service.cases.create({
      ...demoCase(person.id, [], CASE_ID, 'Closed'),
      closureReason: 'Lifted',
      letters: [decisionLetter]
    } as Case);
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** The action applied by the engine and saved as `persona`; returns the tables the save touched. */
  async function act(persona: string, action: CaseAction, now: IsoInstant): Promise<{ changed: string[]; added: string[] }> {
    const admin = harness.spAs('svc.ccm');
    const before = await siteSnapshot(admin);
    const store = harness.storeAs(persona);
    const current = await store.cases.get(CASE_ID);
    let n = 0;
    const outcome = applyCaseAction(current.value, action, {
      now,
      actorId: oid(persona),
      roles: demoRoleAssignments(),
      person,
      newId: (prefix) => `${prefix}-${action.type}-${++n}`
    });
    if (!outcome.ok) throw new Error(`${action.type}: ${outcome.error.message}`);
    const change = await saveCaseChange(store, current, outcome.value.case, outcome.value.auditEvents, person, dateOfInstant(now));
    expect(change.audit).toEqual({ status: 'written' });
    const diff = difference(before, await siteSnapshot(admin));
    expect(diff.removed).toEqual([]);
    const lists = (keys: readonly string[]): string[] => [...new Set(keys.map((key) => key.split('/')[0]))].sort();
    return { changed: lists(diff.changed), added: lists(diff.added) };
  }

  async function dueFor(persona: string, today: IsoDate): Promise<string[]> {
    const reads = startHomeSummaryReads(harness.storeAs(persona), oid(persona), today);
    return (await summariseHome(reads, HOME_ROLES[persona], undefined)).due.map((line) => line.text);
  }

  async function enquiries(): Promise<NonNullable<Case['ombudsmanEnquiries']>> {
    return (await harness.storeAs('alex.alternate').cases.get(CASE_ID)).value.ombudsmanEnquiries ?? [];
  }

  test('the enquiry is recorded on the case and read back by the case team', async () => {
    const touched = await act(
      'cara.cro',
      {
        type: 'recordOmbudsmanEnquiry',
        scheme: 'LGSCO',
        reference: '26 001 234',
        receivedOn: '2026-09-01' as IsoDate,
        summary: "Ms O'Brien says the restriction was not reviewed on time."
      },
      '2026-09-02T10:00:00.000Z' as IsoInstant
    );
    expect(touched).toEqual({ changed: ['Cases'], added: ['AuditLog'] });
    expect(await enquiries()).toEqual([
      expect.objectContaining({ scheme: 'LGSCO', reference: '26 001 234', receivedOn: '2026-09-01', recordedBy: oid('cara.cro') })
    ]);
  });

  test('a copy of the decision letter sent to the Ombudsman is recorded with the date it went', async () => {
    const [enquiry] = await enquiries();
    const touched = await act(
      'cara.cro',
      { type: 'copyLetterToOmbudsman', enquiryId: enquiry.id, letterId: 'letter-omb-decision', sentOn: '2026-09-03' as IsoDate },
      '2026-09-03T10:00:00.000Z' as IsoInstant
    );
    expect(touched).toEqual({ changed: ['Cases'], added: ['AuditLog'] });
    expect((await enquiries())[0].lettersCopied).toEqual([
      { letterId: 'letter-omb-decision', sentOn: '2026-09-03', sentBy: oid('cara.cro') }
    ]);
  });

  test('the decision orders a fresh review and an apology: both are on the case officer’s What is due', async () => {
    const [enquiry] = await enquiries();
    const touched = await act(
      'cara.cro',
      {
        type: 'recordOmbudsmanDecision',
        enquiryId: enquiry.id,
        decidedOn: '2026-11-02' as IsoDate,
        outcome: 'FaultWithInjustice',
        summary: 'The first review was two months late.',
        remedies: [
          { kind: 'freshReview', detail: 'Review the restriction history afresh with a new officer.', dueBy: '2026-12-02' as IsoDate },
          { kind: 'apologyLetter', detail: 'Apologise in writing for the late review.', dueBy: '2026-11-16' as IsoDate }
        ]
      },
      '2026-11-03T10:00:00.000Z' as IsoInstant
    );
    expect(touched).toEqual({ changed: ['Cases'], added: ['AuditLog', 'Tasks'] });
    expect((await enquiries())[0].decision).toMatchObject({ outcome: 'FaultWithInjustice', decidedOn: '2026-11-02' });
    expect(await dueFor('cara.cro', '2026-11-04' as IsoDate)).toEqual([
      "Remedy the Ombudsman ordered, due 16 November 2026: Zoë O'Brien",
      "Remedy the Ombudsman ordered, due 2 December 2026: Zoë O'Brien"
    ]);
  });

  test('recording the apology as done takes it off her list; the fresh review stays until it is done', async () => {
    const [enquiry] = await enquiries();
    const apology = enquiry.decision?.remedies.find((r) => r.kind === 'apologyLetter');
    const touched = await act(
      'cara.cro',
      { type: 'completeOmbudsmanRemedy', enquiryId: enquiry.id, remedyId: apology?.id ?? '', note: 'Apology sent by post.' },
      '2026-11-10T10:00:00.000Z' as IsoInstant
    );
    expect(touched).toEqual({ changed: ['Cases', 'Tasks'], added: ['AuditLog'] });
    expect(await dueFor('cara.cro', '2026-11-10' as IsoDate)).toEqual(["Remedy the Ombudsman ordered, due 2 December 2026: Zoë O'Brien"]);
    expect((await enquiries())[0].decision?.remedies.find((r) => r.kind === 'apologyLetter')).toMatchObject({
      doneOn: '2026-11-10',
      doneNote: 'Apology sent by post.'
    });
  });
});
