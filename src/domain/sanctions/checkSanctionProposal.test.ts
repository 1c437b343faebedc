import { isoDate } from '../model/dates';
import type { ReasonableAdjustment } from '../model/person';
import type { Sanction } from '../model/sanction';
import { person, proposal } from '../workflow/testing/fixtures';
import { checkSanctionProposal } from './checkSanctionProposal';
import { DEFAULT_SANCTION_LIMITS } from './limits';
import { activeSanctions, defaultScope, handleNewServiceRequest, sanctionAllowingNoReply, scopeCovers } from './scope';

const rules = (issues: { rule: string }[]): string[] => issues.map((i) => i.rule);
const literacy = {
  kind: 'literacyDifficulty' as const,
  description: 'Cannot read letters',
  communicationNeed: true,
  recordedOn: isoDate('2025-01-01')
};

describe('checkSanctionProposal', () => {
  test('a well-formed service-level proposal has no errors', () => {
    expect(checkSanctionProposal(proposal('2026-12-01'), person()).errors).toEqual([]);
  });

  test('BR-08 refuses an end date beyond 12 months and a review later than 6 months, and allows the limits exactly', () => {
    const ok = proposal('2026-12-01', { endDate: isoDate('2027-12-01'), reviewDate: isoDate('2027-06-01') });
    const okResult = checkSanctionProposal(ok, person());
    expect(okResult.errors).toEqual([]);
    expect(rules(okResult.warnings)).toContain('BR-08');
    const tooLong = checkSanctionProposal(proposal('2026-12-01', { endDate: isoDate('2027-12-02') }), person());
    expect(tooLong.errors).toEqual([
      expect.objectContaining({ rule: 'BR-08', field: 'endDate', message: expect.stringContaining('1 December 2027') })
    ]);
    expect(
      rules(
        checkSanctionProposal(proposal('2026-12-01', { reviewDate: isoDate('2027-06-02'), endDate: isoDate('2027-08-01') }), person())
          .errors
      )
    ).toEqual(['BR-08']);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { reviewDate: isoDate('2027-05-01'), endDate: isoDate('2027-04-01') }), person())
        .errors[0].field
    ).toBe('reviewDate');
    expect(checkSanctionProposal(proposal('2026-12-01', { reviewDate: isoDate('2026-11-01') }), person()).errors[0].field).toBe(
      'reviewDate'
    );
    expect(checkSanctionProposal(proposal('2026-12-01', { endDate: isoDate('2026-12-01') }), person()).errors[0].message).toContain(
      'after the start'
    );
    expect(
      rules(checkSanctionProposal(proposal('2026-12-01', { endDate: '' as never, reviewDate: 'soon' as never }), person()).errors)
    ).toEqual(['BR-08', 'BR-08']);
    expect(checkSanctionProposal(proposal('2026-12-01', { startDate: '2026-13-01' as never }), person()).errors[0].field).toBe('startDate');
    const custom = checkSanctionProposal(proposal('2026-12-01'), person(), { ...DEFAULT_SANCTION_LIMITS, maxDurationMonths: 3 });
    expect(rules(custom.errors)).toEqual(['BR-08']);
  });

  test('BR-08 requires restrictions, necessary-contact arrangements and typed parameters', () => {
    const empty = checkSanctionProposal(proposal('2026-12-01', { restrictions: [], necessaryContactArrangements: ' ' }), person());
    expect(empty.errors.map((e) => e.field)).toEqual(['restrictions', 'necessaryContactArrangements']);
    const bad = checkSanctionProposal(
      proposal('2026-12-01', {
        restrictions: [
          { type: 'R01', contact: { kind: 'inbox', address: '' } },
          { type: 'R02', channels: [] },
          { type: 'R03', days: [], fromTime: '14:00', toTime: '10:00', maxCallMinutes: 500 },
          { type: 'R04', maxMinutes: 1 },
          { type: 'R07', maxHours: 0 },
          { type: 'R10', services: [] },
          { type: 'R11', representativeName: '' },
          { type: 'R12', terms: '' },
          { type: 'R14', blockedAddresses: [] },
          { type: 'R16', kind: 'police', reference: '' },
          { type: 'R08' },
          { type: 'R17' }
        ]
      }),
      person()
    );
    expect(bad.errors.map((e) => e.field)).toEqual([
      'restrictions[0]',
      'restrictions[1]',
      'restrictions[2]',
      'restrictions[2]',
      'restrictions[3]',
      'restrictions[4]',
      'restrictions[5]',
      'restrictions[6]',
      'restrictions[7]',
      'restrictions[8]',
      'restrictions[9]'
    ]);
    expect(rules(bad.warnings)).toEqual(expect.arrayContaining(['BR-19', 'BR-21']));
    const good = checkSanctionProposal(
      proposal('2026-12-01', {
        restrictions: [
          { type: 'R01', contact: { kind: 'inbox', address: 'ccm@example.gov.uk' } },
          { type: 'R03', days: ['tuesday'], fromTime: '10:00', toTime: '12:00', maxCallMinutes: 20 },
          { type: 'R04', maxMinutes: 30 },
          { type: 'R07', maxHours: 3 },
          { type: 'R10', services: ['Leisure'] },
          // BR-31 widened: a third party as the contact route has agreed to it.
          { type: 'R11', representativeName: 'Advocacy Staffs', agreementRecordedOn: isoDate('2026-11-20') },
          { type: 'R12', terms: 'No swearing.' },
          { type: 'R14', blockedAddresses: ['x@example.org'] },
          { type: 'R16', kind: 'police', reference: 'SP-123' }
        ]
      }),
      person()
    );
    expect(good.errors).toEqual([]);
  });

  test('BR-13 warns when R02 or R03 conflicts with recorded adjustments and requires an override reason', () => {
    const writtenOnly = proposal('2026-12-01', {
      restrictions: [{ type: 'R02', channels: ['email', 'post'] }],
      spoc: { name: 'CRO', channel: 'phone', cover: { name: 'Alt' } }
    });
    const withNeed = person({ reasonableAdjustments: [literacy] });
    const refused = checkSanctionProposal(writtenOnly, withNeed);
    expect(rules(refused.warnings)).toContain('BR-13');
    expect(refused.errors).toEqual([expect.objectContaining({ rule: 'BR-13', field: 'adjustmentOverrideReason' })]);
    const overridden = checkSanctionProposal(
      { ...writtenOnly, adjustmentOverrideReason: 'Advocate reads letters to them weekly.' },
      withNeed
    );
    expect(overridden.errors).toEqual([]);
    expect(rules(overridden.warnings)).toContain('BR-13');
    expect(checkSanctionProposal(writtenOnly, person()).warnings).toEqual([]);
    const hearing = person({ reasonableAdjustments: [{ ...literacy, kind: 'hearingImpairment', description: 'Deaf' }] });
    expect(
      rules(checkSanctionProposal(proposal('2026-12-01', { restrictions: [{ type: 'R02', channels: ['phone'] }] }), hearing).errors)
    ).toEqual(['BR-13']);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { restrictions: [{ type: 'R02', channels: ['phone', 'email'] }] }), hearing).errors
    ).toEqual([]);
    const extraTime = person({ reasonableAdjustments: [{ ...literacy, kind: 'needsExtraTime', description: 'Needs longer calls' }] });
    expect(
      rules(
        checkSanctionProposal(
          proposal('2026-12-01', {
            restrictions: [{ type: 'R03', days: ['monday'], fromTime: '09:00', toTime: '10:00', maxCallMinutes: 10 }]
          }),
          extraTime
        ).errors
      )
    ).toEqual(['BR-13']);
  });

  test('BR-14 R05 needs a named reviewer and subject matter', () => {
    expect(
      rules(
        checkSanctionProposal(
          proposal('2026-12-01', { restrictions: [{ type: 'R05', subjectMatter: 'Parking', reviewerId: '' }] }),
          person()
        ).errors
      )
    ).toEqual(['BR-14']);
    const ok = checkSanctionProposal(
      proposal('2026-12-01', { restrictions: [{ type: 'R05', subjectMatter: 'Parking', reviewerId: 'u-cro' }] }),
      person()
    );
    expect(ok.errors).toEqual([]);
    expect(rules(ok.warnings)).toEqual(['BR-15']);
  });

  test('BR-15 R06 must name the decided matter, and new service requests are never auto-rejected', () => {
    expect(
      rules(checkSanctionProposal(proposal('2026-12-01', { restrictions: [{ type: 'R06', matterReference: ' ' }] }), person()).errors)
    ).toEqual(['BR-15']);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { restrictions: [{ type: 'R06', matterReference: 'CMP-42' }] }), person()).errors
    ).toEqual([]);
    const active = {
      ...proposal('2026-12-01', { restrictions: [{ type: 'R06', matterReference: 'CMP-42' }] }),
      status: 'Active'
    } as Sanction;
    const restricted = handleNewServiceRequest([active], isoDate('2026-12-10'));
    expect(restricted).toMatchObject({ disposition: 'considerOnMerits', showRestrictionBanner: true });
    expect(handleNewServiceRequest([], isoDate('2026-12-10'))).toMatchObject({
      disposition: 'considerOnMerits',
      showRestrictionBanner: false
    });
  });

  test('BR-19 scope defaults to service level and council-wide needs a recorded justification', () => {
    expect(defaultScope('Housing')).toEqual({ kind: 'service', service: 'Housing' });
    const bare = checkSanctionProposal(
      proposal('2026-12-01', { scope: { kind: 'councilWide', justification: { basis: 'riskToStaff', detail: '' } } }),
      person()
    );
    expect(rules(bare.errors)).toEqual(['BR-19']);
    const justified = checkSanctionProposal(
      proposal('2026-12-01', {
        scope: { kind: 'councilWide', justification: { basis: 'multiServiceBehaviour', detail: 'Abuse to five services.' } }
      }),
      person()
    );
    expect(justified.errors).toEqual([]);
    expect(rules(justified.warnings)).toEqual(['BR-19']);
    expect(rules(checkSanctionProposal(proposal('2026-12-01', { scope: { kind: 'service', service: '' } }), person()).errors)).toEqual([
      'BR-19'
    ]);
    expect(
      rules(checkSanctionProposal(proposal('2026-12-01', { scope: { kind: 'team', team: '', service: 'Housing' } }), person()).errors)
    ).toEqual(['BR-19']);
    expect(
      rules(
        checkSanctionProposal(proposal('2026-12-01', { scope: { kind: 'person', staffUserId: 'u-1', staffName: '' } }), person()).errors
      )
    ).toEqual(['BR-19']);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { scope: { kind: 'team', team: 'Repairs', service: 'Housing' } }), person()).errors
    ).toEqual([]);
    expect(rules(checkSanctionProposal(proposal('2026-12-01', { proportionalityReasons: '' }), person()).errors)).toEqual(['BR-19']);
  });

  test('BR-20 R15 needs Legal sign-off and an equality note', () => {
    const missing = checkSanctionProposal(
      proposal('2026-12-01', { restrictions: [{ type: 'R15', service: 'Homelessness', equalityNote: '' }] }),
      person()
    );
    expect(rules(missing.errors)).toEqual(['BR-20', 'BR-20']);
    const signed = checkSanctionProposal(
      proposal('2026-12-01', {
        restrictions: [
          {
            type: 'R15',
            service: 'Homelessness',
            equalityNote: 'Article 8 considered.',
            legalSignOff: { signedOffBy: 'Head of Legal', signedOffOn: isoDate('2026-11-28') }
          }
        ]
      }),
      person()
    );
    expect(signed.errors).toEqual([]);
  });

  test('BR-28 binds only the named subject and flags carers and representatives', () => {
    expect(rules(checkSanctionProposal(proposal('2026-12-01', { subjectPersonId: 'p-2' }), person()).errors)).toEqual(['BR-28']);
    const carer = person({ isCarerOrRepresentativeFor: [{ name: 'Tom', relationship: 'son', disabled: true }] });
    const flagged = checkSanctionProposal(proposal('2026-12-01'), carer);
    expect(flagged.errors).toEqual([]);
    expect(flagged.warnings[0]).toMatchObject({ rule: 'BR-28', message: expect.stringContaining('Tom (son, disabled)') });
    expect(
      checkSanctionProposal(
        proposal('2026-12-01'),
        person({ isCarerOrRepresentativeFor: [{ name: 'Ann', relationship: 'friend', disabled: false }] })
      ).warnings[0].message
    ).toContain('Ann (friend)');
  });

  test('BR-29 a person with a statutory role needs a continuity plan', () => {
    const parent = person({ statutoryRoles: [{ role: 'parentOfChildWithSen' }] });
    expect(rules(checkSanctionProposal(proposal('2026-12-01'), parent).errors)).toEqual(['BR-29']);
    expect(
      rules(checkSanctionProposal(proposal('2026-12-01', { continuityPlan: { arrangements: [], description: 'x' } }), parent).errors)
    ).toEqual(['BR-29']);
    expect(
      checkSanctionProposal(
        proposal('2026-12-01', { continuityPlan: { arrangements: ['advocate'], description: 'SENDIASS advocate attends reviews.' } }),
        parent
      ).errors
    ).toEqual([]);
  });

  test('BR-30 premises and public-meeting exclusions are explicit, named and never beyond the limits', () => {
    const r09 = { type: 'R09' as const, sites: ['Castle House'] };
    expect(rules(checkSanctionProposal(proposal('2026-12-01', { restrictions: [r09] }), person()).errors)).toEqual(['BR-30']);
    const premises = { kind: 'premisesExclusion' as const, sites: ['Castle House'] };
    expect(checkSanctionProposal(proposal('2026-12-01', { restrictions: [r09], scope: premises }), person()).errors).toEqual([]);
    expect(
      rules(
        checkSanctionProposal(
          proposal('2026-12-01', { restrictions: [{ type: 'R09', sites: [' '] }], scope: { kind: 'premisesExclusion', sites: [] } }),
          person()
        ).errors
      )
    ).toEqual(['BR-30', 'BR-30']);
    expect(
      rules(checkSanctionProposal(proposal('2026-12-01', { scope: premises, endDate: isoDate('2028-01-01') }), person()).errors)
    ).toEqual(['BR-30']);
    expect(
      rules(
        checkSanctionProposal(
          proposal('2026-12-01', { scope: premises, reviewDate: isoDate('2027-07-01'), endDate: isoDate('2027-08-01') }),
          person()
        ).errors
      )
    ).toEqual(['BR-30']);
    expect(
      rules(checkSanctionProposal(proposal('2026-12-01', { scope: { kind: 'publicMeetingExclusion', meetings: '' } }), person()).errors)
    ).toEqual(['BR-30']);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { scope: { kind: 'publicMeetingExclusion', meetings: 'Full Council' } }), person())
        .errors
    ).toEqual([]);
  });

  test('BR-30 exclusion from public meetings gets the same proportionality warnings as exclusion from premises', () => {
    const premises = checkSanctionProposal(
      proposal('2026-12-01', {
        restrictions: [{ type: 'R09', sites: ['Castle House'] }],
        scope: { kind: 'premisesExclusion', sites: ['Castle House'] }
      }),
      person()
    );
    const meetings = checkSanctionProposal(
      proposal('2026-12-01', { scope: { kind: 'publicMeetingExclusion', meetings: 'Full Council' } }),
      person()
    );
    const scopeWarnings = (result: typeof premises): string[] => result.warnings.filter((w) => w.field === 'scope').map((w) => w.rule);
    expect([scopeWarnings(premises), scopeWarnings(meetings)]).toEqual([['BR-30'], ['BR-30']]);
    const [meetingWarning] = meetings.warnings.filter((w) => w.field === 'scope');
    expect(meetingWarning.message).toMatch(/last resort: it must end on a set date and be reviewed at least as often/);
    expect(meetingWarning.message).toContain('follow and take part in those meetings');
    // A service-level restriction carries no exclusion warning.
    expect(checkSanctionProposal(proposal('2026-12-01'), person()).warnings.filter((w) => w.rule === 'BR-30')).toEqual([]);
  });

  test('BR-31 the single point of contact needs named cover and a channel that meets communication needs', () => {
    expect(checkSanctionProposal(proposal('2026-12-01', { spoc: { name: 'CRO', channel: 'email' } }), person()).errors).toEqual([
      expect.objectContaining({ rule: 'BR-31', field: 'spoc.cover' })
    ]);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { spoc: { name: 'CRO', channel: 'email', cover: { name: 'CRO' } } }), person()).errors[0]
        .message
    ).toContain('different person');
    expect(
      rules(
        checkSanctionProposal(proposal('2026-12-01', { spoc: { name: '', channel: 'email', cover: { name: 'Alt' } } }), person()).errors
      )
    ).toEqual(['BR-31']);
    const needsPhone = person({ reasonableAdjustments: [{ ...literacy, kind: 'needsPhoneContact', description: 'Prefers phone' }] });
    const emailSpoc = checkSanctionProposal(proposal('2026-12-01'), needsPhone);
    expect(rules(emailSpoc.errors)).toEqual(['BR-31']);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { adjustmentOverrideReason: 'Advocate relays emails by phone.' }), needsPhone).errors
    ).toEqual([]);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { spoc: { name: 'CRO', channel: 'phone', cover: { name: 'Alt' } } }), needsPhone).errors
    ).toEqual([]);
    const notComms = person({ reasonableAdjustments: [{ ...literacy, kind: 'needsPhoneContact', communicationNeed: false }] });
    expect(checkSanctionProposal(proposal('2026-12-01'), notComms).errors).toEqual([]);
  });
});

describe('scope helpers', () => {
  const base = { ...proposal('2026-12-01'), status: 'Active' } as Sanction;

  test('BR-32 a no-reply instruction needs an active R05/R06/R13/R14 sanction covering the scope', () => {
    const r05 = { ...base, id: 's-1', restrictions: [{ type: 'R05', subjectMatter: 'Repairs', reviewerId: 'u-cro' }] } as Sanction;
    const housing = { kind: 'service' as const, service: 'Housing' };
    expect(sanctionAllowingNoReply({ sanctions: [r05] }, housing, isoDate('2026-12-10'))?.id).toBe('s-1');
    expect(sanctionAllowingNoReply({ sanctions: [r05] }, housing, isoDate('2027-07-01'))).toBeUndefined();
    expect(sanctionAllowingNoReply({ sanctions: [{ ...r05, status: 'Approved' }] }, housing, isoDate('2026-12-10'))).toBeUndefined();
    expect(sanctionAllowingNoReply({ sanctions: [base] }, housing, isoDate('2026-12-10'))).toBeUndefined();
    expect(activeSanctions([base], isoDate('2026-11-30'))).toEqual([]);
  });

  test('scopeCovers follows the scope hierarchy and keeps exclusions explicit', () => {
    const councilWide = { kind: 'councilWide' as const, justification: { basis: 'riskToStaff' as const, detail: 'x' } };
    const service = { kind: 'service' as const, service: 'Housing' };
    const team = { kind: 'team' as const, team: 'Repairs', service: 'Housing' };
    const staff = { kind: 'person' as const, staffUserId: 'u-1', staffName: 'A' };
    const premises = { kind: 'premisesExclusion' as const, sites: ['Castle House', 'Jubilee 2'] };
    const meetings = { kind: 'publicMeetingExclusion' as const, meetings: 'Full Council' };
    expect([scopeCovers(councilWide, service), scopeCovers(councilWide, premises), scopeCovers(councilWide, meetings)]).toEqual([
      true,
      false,
      false
    ]);
    expect([scopeCovers(service, team), scopeCovers(service, { ...service, service: 'Planning' }), scopeCovers(service, staff)]).toEqual([
      true,
      false,
      false
    ]);
    expect([scopeCovers(team, team), scopeCovers(team, service)]).toEqual([true, false]);
    expect([scopeCovers(staff, staff), scopeCovers(staff, service)]).toEqual([true, false]);
    expect([
      scopeCovers(premises, { ...premises, sites: ['Jubilee 2'] }),
      scopeCovers(premises, { ...premises, sites: ['Town Hall'] }),
      scopeCovers(premises, service)
    ]).toEqual([true, false, false]);
    expect([scopeCovers(meetings, meetings), scopeCovers(meetings, premises)]).toEqual([true, false]);
  });
});

describe('BR-31 widened (issue 16 item 6): the channel must work for the person', () => {
  const adjustment = (kind: ReasonableAdjustment['kind']): ReasonableAdjustment => ({
    kind,
    description: 'Recorded by the case officer.',
    communicationNeed: true,
    recordedOn: isoDate('2025-01-01')
  });
  const channelWarnings = (result: { warnings: { rule: string; field: string; message: string }[] }): string[] =>
    result.warnings.filter((w) => w.rule === 'BR-31' && w.field === 'spoc.channel').map((w) => w.message);

  test('BR-31 warns for an advocate, large print or Braille, another language and no internet access', () => {
    const needs = person({
      reasonableAdjustments: [adjustment('needsAdvocate'), adjustment('needsLargePrintOrBraille'), adjustment('needsInterpreter')]
    });
    const messages = channelWarnings(checkSanctionProposal(proposal('2026-12-01'), needs));
    expect(messages).toEqual([
      expect.stringContaining('needs an advocate'),
      expect.stringContaining('large print or Braille'),
      expect.stringContaining('interpreter or translation')
    ]);
    // Naming the advocate as the contact route, with their agreement, answers the advocate warning.
    const viaAdvocate = proposal('2026-12-01', {
      restrictions: [{ type: 'R11', representativeName: 'Jo Patel (advocate)', agreementRecordedOn: isoDate('2026-11-20') }]
    });
    expect(channelWarnings(checkSanctionProposal(viaAdvocate, needs))).not.toContainEqual(expect.stringContaining('needs an advocate'));
  });

  test('BR-31 no internet access: email or an inbox as the channel conflicts and needs a reason; post does not', () => {
    const offline = person({ reasonableAdjustments: [adjustment('noInternetAccess')] });
    const byEmail = checkSanctionProposal(proposal('2026-12-01'), offline);
    expect(channelWarnings(byEmail)).toContainEqual(expect.stringContaining('no internet access'));
    expect(byEmail.errors).toEqual([expect.objectContaining({ rule: 'BR-31', field: 'spoc.channel' })]);
    const byPost = proposal('2026-12-01', { spoc: { name: 'CRO', channel: 'post', cover: { name: 'Alternate' } } });
    expect(checkSanctionProposal(byPost, offline)).toEqual({ errors: [], warnings: [] });
  });

  test('BR-31 a third party named as the contact route has their agreement recorded', () => {
    const route = { type: 'R11' as const, representativeName: 'Sam Evans (brother)' };
    expect(checkSanctionProposal(proposal('2026-12-01', { restrictions: [route] }), person()).errors).toEqual([
      expect.objectContaining({
        rule: 'BR-31',
        field: 'restrictions[0]',
        message: expect.stringContaining('agreed to be the contact route')
      })
    ]);
    expect(
      checkSanctionProposal(proposal('2026-12-01', { restrictions: [{ ...route, agreementRecordedOn: isoDate('2026-11-30') }] }), person())
        .errors
    ).toEqual([]);
  });
});
