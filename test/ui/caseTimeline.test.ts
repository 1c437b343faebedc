import type { IsoDate, IsoInstant } from '../../src/domain';
import { caseTimeline } from '../../src/ui/screens/caseView/caseTimeline';
import { activeSanction, kase, USERS } from '../../local/seed/demoRecords';

const NAMES: Readonly<Record<string, string>> = { [USERS.caseOfficer.id]: 'Cora Officer', [USERS.director.id]: 'Ed Director' };

describe('case timeline', () => {
  test('an approved sanction made active by its letter reads: proposed, approved by whom, the letter sent', () => {
    const active = kase({
      status: 'SanctionActive',
      createdAt: '2026-11-19T09:00:00.000Z' as IsoInstant,
      updatedAt: '2026-11-28T11:00:00.000Z' as IsoInstant,
      sanctions: [
        activeSanction({
          proposedAt: '2026-11-20T10:00:00.000Z' as IsoInstant,
          approvals: [
            {
              id: 'approval-1',
              approverId: USERS.director.id,
              approverRole: 'executiveDirector',
              outcome: 'Approve',
              reasons: 'Proportionate.',
              decidedAt: '2026-11-24T09:30:00.000Z' as IsoInstant
            }
          ]
        })
      ],
      letters: [
        {
          id: 'letter-1',
          type: 'RestrictionDecision',
          templateVersion: 'restriction-1',
          channel: 'email',
          fields: {},
          sentOn: '2026-11-25' as IsoDate
        },
        // The Word document kept in the Letters library is not a letter sent.
        { id: 'letter-doc', type: 'RestrictionDecision', templateVersion: 'restriction-1', channel: 'letter', fields: {} }
      ]
    });
    const texts = caseTimeline(active, (id) => NAMES[id] ?? id).map((entry) => entry.text);
    expect(texts).toEqual([
      'Case opened',
      'Sanction proposed by Cora Officer (R01): active',
      'Sanction approved by Ed Director',
      'Restriction decision letter sent',
      'Now: Sanction in force'
    ]);
  });
});
