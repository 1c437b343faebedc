// BR-31 widened (issue 16 item 6): the staff banner carries the communication needs staff must
// respect, as instructions, and never the person's recorded needs (BR-22).
import { isoDate } from '../model/dates';
import type { ReasonableAdjustment } from '../model/person';
import { person } from '../workflow/testing/fixtures';
import { alertRecordFor, planAlertSync } from './alertRecord';
import { staffCommunicationNeeds } from './communicationNeeds';
import { proposal } from '../workflow/testing/fixtures';
import type { Sanction } from '../model/sanction';

const SECRET = 'diagnosed-condition-words';
const need = (kind: ReasonableAdjustment['kind'], communicationNeed: boolean = true): ReasonableAdjustment => ({
  kind,
  description: `${SECRET} ${kind}`,
  communicationNeed,
  recordedOn: isoDate('2026-01-01')
});

const sanction: Sanction = {
  ...proposal('2026-04-20'),
  id: 'sanction-1',
  version: 1,
  caseId: 'case-1',
  proposedBy: 'u-cro',
  proposedAt: '2026-04-13T10:00:00Z' as never,
  approvals: [],
  status: 'Active'
};

describe('BR-31 the banner shows the communication needs staff must respect', () => {
  test('BR-31 each communication need becomes an instruction, once; other needs and the words recorded never reach it', () => {
    const lines = staffCommunicationNeeds([
      need('needsLargePrintOrBraille'),
      need('needsInterpreter'),
      need('noInternetAccess'),
      need('needsInterpreter'),
      need('mentalHealthCondition'),
      need('needsExtraTime', false),
      need('other')
    ]);
    expect(lines).toEqual([
      'Write in large print or Braille.',
      'Use an interpreter.',
      'Do not rely on email or online forms: they have no internet access.'
    ]);
  });

  test('BR-22 BR-31 the stored banner has the instructions and none of the recorded words', () => {
    const subject = person({ reasonableAdjustments: [need('needsAdvocate'), need('hearingImpairment')] });
    const record = alertRecordFor(sanction, subject, isoDate('2026-05-01'));
    expect(record?.communicationNeeds).toEqual([
      'Involve their advocate.',
      'Do not rely on telephone calls: use writing, text message or an interpreter.'
    ]);
    expect(JSON.stringify(record)).not.toContain(SECRET);
  });

  test('BR-31 a writer who could not read the needs (no adjustments passed) keeps what the banner already shows', () => {
    const withNeeds = alertRecordFor(sanction, person({ reasonableAdjustments: [need('needsInterpreter')] }), isoDate('2026-05-01'));
    if (withNeeds === undefined) throw new Error('no banner');
    const namesOnly = { id: person().id, names: person().names };
    const plan = planAlertSync({
      sanctions: [sanction],
      personFor: () => namesOnly,
      openAlerts: [withNeeds],
      today: isoDate('2026-05-02')
    });
    expect(plan).toEqual({ open: [], update: [], close: [] });
    // A writer who read them and found them changed brings the banner in line.
    const changed = planAlertSync({
      sanctions: [sanction],
      personFor: () => person(),
      openAlerts: [withNeeds],
      today: isoDate('2026-05-02')
    });
    expect(changed.update.map((u) => u.next.communicationNeeds)).toEqual([[]]);
  });
});
