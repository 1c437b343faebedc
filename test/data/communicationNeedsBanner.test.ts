// BR-31 widened (issue 16 item 6) against the SharePoint emulator, through the shared use case
// (saveCaseChange): the case officer records the restriction letter as sent; the staff banner the
// use case writes carries the communication needs staff must respect, as instructions. A member of
// staff reads them on the banner, though SharePoint refuses them the person's recorded needs.
import { saveCaseChange } from '../../src/app/cases/saveCaseChange';
import { applyCaseAction, dateOfInstant, type IsoDate, type IsoInstant, type Person } from '../../src/domain';
import { letter } from '../../src/domain/workflow/testing/fixtures';
import { demoCase, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { startHarness, type Harness } from './emulatorHarness';

jest.setTimeout(60000);

const NOW = '2026-12-04T10:00:00.000Z' as IsoInstant;
const RECORDED_WORDS = 'Registered blind since 2019';

describe('BR-31 the staff banner shows the communication needs staff must respect (emulator)', () => {
  let harness: Harness;
  let person: Person;

  beforeAll(async () => {
    harness = await startHarness();
    const service = harness.storeAs('svc.ccm');
    person = (
      await service.persons.create({
        ...demoPerson('Zoë', "O'Connor"),
        reasonableAdjustments: [
          { kind: 'needsLargePrintOrBraille', description: RECORDED_WORDS, communicationNeed: true, recordedOn: '2026-01-05' as IsoDate },
          {
            kind: 'noInternetAccess',
            description: 'No computer or smartphone',
            communicationNeed: true,
            recordedOn: '2026-01-05' as IsoDate
          }
        ]
      })
    ).value;
    const sanction = {
      ...demoSanction('case-needs', person.id, 'sanction-needs', 'Approved'),
      spoc: { name: 'Cara Rhodes', channel: 'post' as const, cover: { name: 'Alex Okafor' } }
    };
    await service.cases.create({ ...demoCase(person.id, [], 'case-needs', 'SanctionLetterDraft'), sanctions: [sanction] });

    // The case officer records the restriction letter as sent, as the Letters screen does.
    const cro = harness.storeAs('cara.cro');
    const stored = await cro.cases.get('case-needs');
    // As the case screen reads the customer: with their needs and circumstances, which the case team may read.
    const subject = (await cro.persons.findWithDetails(person.id))?.value ?? person;
    let n = 0;
    const outcome = applyCaseAction(
      stored.value,
      { type: 'sendSanctionLetter', letter: { ...letter('RestrictionDecision', '2026-12-04', 'letter-needs'), caseId: 'case-needs' } },
      { now: NOW, actorId: oid('cara.cro'), roles: demoRoleAssignments(), person: subject, newId: (prefix) => `${prefix}-needs-${++n}` }
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    const change = await saveCaseChange(cro, stored, outcome.value.case, outcome.value.auditEvents, subject, dateOfInstant(NOW));
    expect(change.alerts).toMatchObject({ status: 'inLine', outcome: { opened: ['alert-sanction-needs'] } });
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('BR-31 front-line staff read the instructions on the banner', async () => {
    const staff = harness.storeAs('sam.staff');
    const banners = (await staff.restrictionAlerts.listActiveForPerson(person.id)).map((row) => row.value);
    expect(banners.map((b) => b.communicationNeeds)).toEqual([
      ['Write in large print or Braille.', 'Do not rely on email or online forms: they have no internet access.']
    ]);
    expect(JSON.stringify(banners)).not.toContain(RECORDED_WORDS);
  });

  test('BR-22 the same member of staff cannot read the needs as recorded', async () => {
    const staff = harness.storeAs('sam.staff');
    await expect(staff.persons.findWithDetails(person.id)).rejects.toMatchObject({ name: 'ForbiddenError' });
    expect((await staff.persons.get(person.id)).value.reasonableAdjustments).toEqual([]);
  });
});
