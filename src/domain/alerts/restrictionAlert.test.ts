import { isoDate, isoInstant, IsoDate } from '../model/dates';
import type { Person } from '../model/person';
import type { RestrictionItem, Sanction, SanctionScope } from '../model/sanction';
import { restrictionAlertsFor, toRestrictionAlert } from './restrictionAlert';

const d = (value: string): IsoDate => isoDate(value);
const today = d('2026-11-28');
const SECRET = 'SECRET';

const person: Person = {
  id: 'p1',
  names: { given: 'Siân', family: "O'Brien" },
  aliases: [`${SECRET}-alias`],
  addresses: [`${SECRET} 1 High Street`],
  contactChannels: [{ kind: 'phone', value: `${SECRET}-01234` }],
  representatives: [{ name: `${SECRET}-rep`, relationship: 'friend', consentGiven: true }],
  reasonableAdjustments: [
    { kind: 'visualImpairment', description: `${SECRET}-adjustment`, communicationNeed: true, recordedOn: d('2026-01-01') }
  ],
  vulnerabilityFlags: ['safeguardingAdult'],
  statutoryRoles: [{ role: 'tenant', detail: `${SECRET}-tenancy` }],
  isCarerOrRepresentativeFor: [{ name: `${SECRET}-relative`, relationship: 'son', disabled: true }]
};

const allRestrictions: RestrictionItem[] = [
  { type: 'R01', contact: { kind: 'officer', userId: 'u1', name: 'Sam Patel' } },
  { type: 'R02', channels: ['email'] },
  { type: 'R03', days: ['tuesday'], fromTime: '10:00', toTime: '12:00', maxCallMinutes: 15 },
  { type: 'R04', maxMinutes: 30 },
  { type: 'R05', subjectMatter: `${SECRET}-subject`, reviewerId: 'u2' },
  { type: 'R06', matterReference: `${SECRET}-matter` },
  { type: 'R07', maxHours: 2 },
  { type: 'R08' },
  { type: 'R09', sites: ['Castle House'] },
  { type: 'R10', services: ['Bulky waste collection'] },
  { type: 'R11', representativeName: 'Citizens Advice' },
  { type: 'R12', terms: `${SECRET}-terms` },
  { type: 'R13' },
  { type: 'R14', blockedAddresses: [`${SECRET}@example.com`] },
  {
    type: 'R15',
    service: 'Garden waste',
    equalityNote: `${SECRET}-equality`,
    legalSignOff: { signedOffBy: `${SECRET}-lawyer`, signedOffOn: d('2026-01-01') }
  },
  { type: 'R16', kind: 'police', reference: `${SECRET}-crime-ref` },
  { type: 'R17', markerId: `${SECRET}-marker` }
];

function sanction(overrides: Partial<Sanction> = {}): Sanction {
  return {
    id: 's1',
    version: 1,
    caseId: `${SECRET}-case`,
    subjectPersonId: 'p1',
    restrictions: allRestrictions,
    scope: { kind: 'councilWide', justification: { basis: 'riskToStaff', detail: `${SECRET}-justification` } },
    startDate: d('2026-10-01'),
    endDate: d('2027-04-01'),
    reviewDate: d('2027-03-01'),
    spoc: { userId: 'u1', name: 'Sam Patel', channel: 'email', cover: { userId: 'u3', name: 'Alex Jones' } },
    necessaryContactArrangements: 'For emergencies call 01782 000000 and ask for the duty manager.',
    proportionalityReasons: `${SECRET}-reasons`,
    adjustmentOverrideReason: `${SECRET}-override`,
    continuityPlan: { arrangements: ['advocate'], description: `${SECRET}-continuity` },
    proposedBy: `${SECRET}-proposer`,
    proposedAt: isoInstant('2026-09-20T10:00:00Z'),
    approvals: [
      {
        id: 'a1',
        approverId: `${SECRET}-approver`,
        approverRole: 'executiveDirector',
        outcome: 'Approve',
        reasons: `${SECRET}-approval`,
        decidedAt: isoInstant('2026-09-25T10:00:00Z')
      }
    ],
    status: 'Active',
    customerNotifiedOn: d('2026-10-01'),
    ...overrides
  };
}

describe('restriction alerts for front-line staff', () => {
  test('BR-22 the alert shows type, scope, SPOC and cover, necessary contact and dates', () => {
    const alert = toRestrictionAlert(sanction(), person, today);
    expect(alert).toBeDefined();
    expect(alert?.personName).toBe("Siân O'Brien");
    expect(alert?.scopeLabel).toBe('All council services');
    expect(alert?.singlePointOfContact).toEqual({ name: 'Sam Patel', channel: 'email' });
    expect(alert?.cover).toEqual({ name: 'Alex Jones' });
    expect(alert?.necessaryContact).toContain('duty manager');
    expect(alert?.datesLabel).toBe('From 1 October 2026 to 1 April 2027');
    expect(alert?.restrictions.map((r) => r.code)).toEqual(allRestrictions.map((r) => r.type));
    expect(alert?.restrictions[0]).toEqual({ code: 'R01', label: 'Single point of contact', arrangement: 'Contact through Sam Patel' });
    expect(alert?.restrictions.find((r) => r.code === 'R03')?.arrangement).toBe('Telephone on tuesday, 10:00 to 12:00, up to 15 minutes');
  });

  test('BR-22 nothing else leaks: no narrative, reasons, incidents, approvals, adjustments or vulnerability data', () => {
    const alert = toRestrictionAlert(sanction(), person, today);
    const serialised = JSON.stringify(alert);
    expect(serialised).not.toContain(SECRET);
    expect(serialised).not.toContain('safeguarding');
    expect(serialised).not.toContain('visualImpairment');
    expect(Object.keys(alert ?? {}).sort()).toEqual(
      [
        'bannerText',
        'cover',
        'datesLabel',
        'endDate',
        'handling',
        'necessaryContact',
        'personId',
        'personName',
        'restrictions',
        'scopeLabel',
        'sanctionId',
        'singlePointOfContact',
        'startDate'
      ].sort()
    );
  });

  test('BR-22 refused: no alert for sanctions that are proposed, lifted, not started or ended', () => {
    expect(toRestrictionAlert(sanction({ status: 'Proposed' }), person, today)).toBeUndefined();
    expect(toRestrictionAlert(sanction({ status: 'Lifted' }), person, today)).toBeUndefined();
    expect(toRestrictionAlert(sanction({ startDate: d('2026-12-01') }), person, today)).toBeUndefined();
    expect(toRestrictionAlert(sanction({ endDate: d('2026-11-27') }), person, today)).toBeUndefined();
  });

  test('BR-15 the banner never auto-rejects: handling is always "consider on merits"', () => {
    const alert = toRestrictionAlert(sanction(), person, today);
    expect(alert?.handling).toBe('considerOnMerits');
    expect(alert?.bannerText).toContain('on its merits');
    expect(alert?.bannerText).not.toMatch(/\breject\b/i);
  });

  test.each([
    [{ kind: 'person', staffUserId: 'u5', staffName: 'Pat Lee' }, 'Contact with Pat Lee'],
    [{ kind: 'team', team: 'Lettings', service: 'Housing' }, 'Lettings team (Housing)'],
    [{ kind: 'service', service: 'Planning' }, 'Planning only'],
    [{ kind: 'premisesExclusion', sites: ['Jubilee 2', 'Castle House'] }, 'Excluded from: Jubilee 2, Castle House'],
    [{ kind: 'publicMeetingExclusion', meetings: 'Planning Committee' }, 'Excluded from public meetings: Planning Committee']
  ] as [SanctionScope, string][])('scope label for %o', (scope, label) => {
    expect(toRestrictionAlert(sanction({ scope }), person, today)?.scopeLabel).toBe(label);
  });

  test('an inbox SPOC without cover has no cover entry', () => {
    const alert = toRestrictionAlert(
      sanction({
        spoc: { name: 'Customer relations', channel: 'inbox' },
        restrictions: [{ type: 'R01', contact: { kind: 'inbox', address: 'cro@example.gov.uk' } }]
      }),
      person,
      today
    );
    expect(alert?.cover).toBeUndefined();
    expect(alert?.restrictions[0].arrangement).toBe('Contact through cro@example.gov.uk');
    expect(alert?.singlePointOfContact.channel).toBe('shared inbox');
  });

  test('restrictionAlertsFor lists only in-force sanctions for that person', () => {
    const alerts = restrictionAlertsFor(
      [sanction(), sanction({ id: 's2', status: 'Expired' }), sanction({ id: 's3', subjectPersonId: 'someone-else' })],
      person,
      today
    );
    expect(alerts.map((a) => a.sanctionId)).toEqual(['s1']);
  });
});
