import { isoDate } from '../model/dates';
import type { RestrictionItem, SanctionScope } from '../model/sanction';
import { describeDuration, describeScope, restrictionParameters, summariseRestrictions } from './describeSanction';

describe('plain-English wording of a proposed sanction (card and inbox)', () => {
  const cases: readonly [RestrictionItem, string][] = [
    [{ type: 'R01', contact: { kind: 'officer', userId: 'u1', name: "Siân O'Brien" } }, "Named officer: Siân O'Brien"],
    [{ type: 'R01', contact: { kind: 'inbox', address: 'ccm@example.gov.uk' } }, 'Inbox: ccm@example.gov.uk'],
    [{ type: 'R02', channels: ['email', 'faceToFace'] }, 'Channel: email, face to face'],
    [{ type: 'R02', channels: [] }, 'Channel: none given'],
    [
      { type: 'R03', days: ['tuesday', 'thursday'], fromTime: '10:00', toTime: '12:00', maxCallMinutes: 15 },
      'Tuesday, Thursday, 10:00 to 12:00, calls up to 15 minutes'
    ],
    [{ type: 'R04', maxMinutes: 20 }, 'Up to 20 minutes'],
    [{ type: 'R05', subjectMatter: 'Parking permit', reviewerId: 'u2' }, 'Subject: Parking permit'],
    [{ type: 'R06', matterReference: 'HOU-42' }, 'Matter: HOU-42'],
    [{ type: 'R07', maxHours: 3 }, 'Up to 3 hours of officer time'],
    [{ type: 'R08' }, ''],
    [{ type: 'R09', sites: ['Castle House'] }, 'Premises: Castle House'],
    [{ type: 'R10', services: ['Housing', 'Planning'] }, 'Services: Housing, Planning'],
    [{ type: 'R11', representativeName: 'A. Advocate' }, 'Through: A. Advocate'],
    [{ type: 'R12', terms: 'Written questions once a month' }, 'Terms: Written questions once a month'],
    [{ type: 'R13' }, ''],
    [{ type: 'R14', blockedAddresses: ['x@example.com'] }, 'Addresses or numbers: x@example.com'],
    [
      {
        type: 'R15',
        service: 'Bulky waste',
        equalityNote: 'Considered',
        legalSignOff: { signedOffBy: 'Legal Services', signedOffOn: isoDate('2026-11-28') }
      },
      'Service: Bulky waste; Legal sign-off: Legal Services, 28 November 2026'
    ],
    [{ type: 'R15', service: 'Bulky waste', equalityNote: 'Considered' }, 'Service: Bulky waste; Legal sign-off: not recorded'],
    [{ type: 'R16', kind: 'police', reference: 'PC-1' }, 'Police reference: PC-1'],
    [{ type: 'R16', kind: 'legal', reference: 'INJ-2' }, 'Legal reference: INJ-2'],
    [{ type: 'R17', markerId: 'marker-1' }, 'Marker: marker-1'],
    [{ type: 'R17' }, 'Health and safety marker process']
  ];

  test.each(cases)('describes the parameters of %j', (item, expected) => {
    expect(restrictionParameters(item)).toBe(expected);
  });

  test('summarises each restriction with its catalogue label', () => {
    const [summary] = summariseRestrictions([{ type: 'R04', maxMinutes: 20 }]);
    expect(summary.code).toBe('R04');
    expect(summary.label.length).toBeGreaterThan(0);
    expect(summary.parameters).toBe('Up to 20 minutes');
  });

  const scopes: readonly [SanctionScope, string][] = [
    [{ kind: 'person', staffUserId: 'u1', staffName: 'Sam Staff' }, 'Contact with Sam Staff only'],
    [{ kind: 'team', team: 'Lettings', service: 'Housing' }, 'Lettings team (Housing)'],
    [{ kind: 'service', service: 'Housing' }, 'Housing service'],
    [{ kind: 'councilWide', justification: { basis: 'riskToStaff', detail: 'Threats' } }, 'Council-wide (risk to staff): Threats'],
    [
      { kind: 'councilWide', justification: { basis: 'multiServiceBehaviour', detail: 'Four services' } },
      'Council-wide (behaviour across several services): Four services'
    ],
    [{ kind: 'premisesExclusion', sites: ['Civic Centre'] }, 'Exclusion from premises: Civic Centre'],
    [{ kind: 'publicMeetingExclusion', meetings: 'Planning committee' }, 'Exclusion from public meetings: Planning committee']
  ];

  test.each(scopes)('describes the scope %j', (scope, expected) => {
    expect(describeScope(scope)).toBe(expected);
  });

  test('durations read in months with the exact days, and in days when under a month', () => {
    expect(describeDuration(isoDate('2026-11-28'), isoDate('2027-05-28'))).toBe('About 6 months (181 days)');
    expect(describeDuration(isoDate('2026-11-28'), isoDate('2026-12-29'))).toBe('About 1 month (31 days)');
    expect(describeDuration(isoDate('2026-11-28'), isoDate('2026-12-08'))).toBe('10 days');
  });
});
