import { validateSanctionProposalInput } from './sanctionProposalValidator';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';

const proposal = {
  subjectPersonId: 'p-1',
  restrictions: [
    { type: 'R01', contact: { kind: 'officer', userId: 'u-cro', name: 'Chris Rowe' } },
    { type: 'R03', days: ['monday', 'thursday'], fromTime: '10:00', toTime: '12:00', maxCallMinutes: 20 }
  ],
  scope: { kind: 'service', service: 'Housing' },
  startDate: '2026-12-01',
  endDate: '2027-06-01',
  reviewDate: '2027-03-01',
  spoc: { userId: 'u-cro', name: 'Chris Rowe', channel: 'phone', cover: { name: 'Pat Lee' } },
  necessaryContactArrangements: 'Repairs can still be reported by phone.',
  proportionalityReasons: 'Least restrictive option after monitoring.'
};

const codes = (input: unknown, limits?: Parameters<typeof validateSanctionProposalInput>[1]): string[] => {
  const result = validateSanctionProposalInput(input, limits);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};
const withItem = (item: unknown): unknown => ({ ...proposal, restrictions: [item] });

describe('sanction proposal validation', () => {
  test('accepts a valid proposal and returns the typed SanctionProposal', () => {
    const result = validateSanctionProposalInput(proposal);
    expect(result.ok).toBe(true);
    if (!result.ok) {
      return;
    }
    expect(result.value.restrictions).toEqual(proposal.restrictions);
    expect(result.value.scope).toEqual({ kind: 'service', service: 'Housing' });
    expect(result.value.spoc).toEqual({
      userId: 'u-cro',
      name: 'Chris Rowe',
      channel: 'phone',
      cover: { userId: undefined, name: 'Pat Lee' }
    });
    expect(result.value.continuityPlan).toBeUndefined();
  });

  test('accepts every restriction type with its parameters', () => {
    const items = [
      { type: 'R01', contact: { kind: 'inbox', address: 'ccm@example.gov.uk' } },
      { type: 'R02', channels: ['email'] },
      { type: 'R04', maxMinutes: 30 },
      { type: 'R05', subjectMatter: 'Bin collections in 2025', reviewerId: 'u-rev' },
      { type: 'R06', matterReference: 'COMP-123' },
      { type: 'R07', maxHours: 2 },
      { type: 'R08' },
      { type: 'R10', services: ['Leisure'] },
      { type: 'R11', representativeName: 'Sam Morgan', representativePersonId: 'p-2' },
      { type: 'R12', terms: 'Meetings only with two officers present.' },
      { type: 'R13' },
      { type: 'R14', blockedAddresses: ['troll@example.org'] },
      {
        type: 'R15',
        service: 'Garden waste',
        legalSignOff: { signedOffBy: 'Legal', signedOffOn: '2026-11-20' },
        equalityNote: 'Considered.'
      },
      { type: 'R16', kind: 'police', reference: 'CR-1' },
      { type: 'R17', markerId: 'm-1' }
    ];
    const result = validateSanctionProposalInput({ ...proposal, restrictions: items });
    expect(result.ok && result.value.restrictions).toEqual([...items.slice(0, 14), { type: 'R17', markerId: 'm-1' }]);
    const premises = validateSanctionProposalInput({
      ...proposal,
      restrictions: [{ type: 'R09', sites: ['Castle House'] }],
      scope: { kind: 'premisesExclusion', sites: ['Castle House'] },
      continuityPlan: { arrangements: ['writtenUpdates'], description: 'Monthly letter.', confirmedAt: '2026-11-28T10:00:00Z' }
    });
    expect(premises.ok && premises.value.continuityPlan).toEqual({
      arrangements: ['writtenUpdates'],
      description: 'Monthly letter.',
      confirmedBy: undefined,
      confirmedAt: '2026-11-28T10:00:00Z'
    });
  });

  test('accepts every scope kind', () => {
    const scopes = [
      { kind: 'person', staffUserId: 'u-1', staffName: 'Kim' },
      { kind: 'team', team: 'Repairs', service: 'Housing' },
      { kind: 'councilWide', justification: { basis: 'riskToStaff', detail: 'Threats at two sites.' } },
      { kind: 'publicMeetingExclusion', meetings: 'Planning committee' }
    ];
    scopes.forEach((scope) => {
      const result = validateSanctionProposalInput({ ...proposal, scope });
      expect(result.ok && result.value.scope).toEqual(scope);
    });
  });

  test('names every missing field', () => {
    expect(codes({})).toEqual([
      'subjectPersonId:required',
      'restrictions:required',
      'scope.kind:required',
      'startDate:required',
      'endDate:required',
      'reviewDate:required',
      'spoc.name:required',
      'spoc.channel:required',
      'necessaryContactArrangements:required',
      'proportionalityReasons:required'
    ]);
    expect(codes(withItem({}))).toEqual(['restrictions[0].type:required']);
    expect(codes(withItem({ type: 'R01', contact: {} }))).toEqual(['restrictions[0].contact.kind:required']);
    expect(codes(withItem({ type: 'R01', contact: { kind: 'officer' } }))).toEqual([
      'restrictions[0].contact.userId:required',
      'restrictions[0].contact.name:required'
    ]);
    expect(codes(withItem({ type: 'R01', contact: { kind: 'inbox' } }))).toEqual(['restrictions[0].contact.address:required']);
    expect(codes(withItem({ type: 'R03' }))).toEqual([
      'restrictions[0].days:required',
      'restrictions[0].fromTime:required',
      'restrictions[0].toTime:required',
      'restrictions[0].maxCallMinutes:required'
    ]);
    expect(
      codes({
        ...proposal,
        restrictions: [
          { type: 'R05' },
          { type: 'R06' },
          { type: 'R09' },
          { type: 'R10' },
          { type: 'R11' },
          { type: 'R12' },
          { type: 'R14' },
          { type: 'R15' },
          { type: 'R16' }
        ]
      })
    ).toEqual([
      'restrictions[0].subjectMatter:required',
      'restrictions[0].reviewerId:required',
      'restrictions[1].matterReference:required',
      'restrictions[2].sites:required',
      'restrictions[3].services:required',
      'restrictions[4].representativeName:required',
      'restrictions[5].terms:required',
      'restrictions[6].blockedAddresses:required',
      'restrictions[7].service:required',
      'restrictions[7].equalityNote:required',
      'restrictions[8].kind:required',
      'restrictions[8].reference:required'
    ]);
    expect(codes(withItem({ type: 'R15', service: 'Waste', legalSignOff: {}, equalityNote: 'ok' }))).toEqual([
      'restrictions[0].legalSignOff.signedOffBy:required',
      'restrictions[0].legalSignOff.signedOffOn:required'
    ]);
    expect(codes({ ...proposal, scope: { kind: 'person' } })).toEqual(['scope.staffUserId:required', 'scope.staffName:required']);
    expect(codes({ ...proposal, scope: { kind: 'team' } })).toEqual(['scope.team:required', 'scope.service:required']);
    expect(codes({ ...proposal, scope: { kind: 'service' } })).toEqual(['scope.service:required']);
    expect(codes({ ...proposal, scope: { kind: 'councilWide' } })).toEqual([
      'scope.justification.basis:required',
      'scope.justification.detail:required'
    ]);
    expect(codes({ ...proposal, scope: { kind: 'premisesExclusion', sites: [] } })).toEqual(['scope.sites:required']);
    expect(codes({ ...proposal, scope: { kind: 'publicMeetingExclusion' } })).toEqual(['scope.meetings:required']);
    expect(codes({ ...proposal, spoc: { ...proposal.spoc, cover: {} } })).toEqual(['spoc.cover.name:required']);
    expect(codes({ ...proposal, continuityPlan: {} })).toEqual([
      'continuityPlan.arrangements:required',
      'continuityPlan.description:required'
    ]);
  });

  test('dates in the wrong order', () => {
    expect(codes({ ...proposal, endDate: '2026-12-01', reviewDate: '2026-12-01' })).toEqual(['endDate:dateOrder']);
    expect(codes({ ...proposal, endDate: '2026-11-30', reviewDate: '2026-11-30' })).toEqual(['endDate:dateOrder', 'reviewDate:dateOrder']);
    expect(codes({ ...proposal, endDate: '2027-02-01', reviewDate: '2027-03-01' })).toEqual(['reviewDate:dateOrder']);
    const result = validateSanctionProposalInput({ ...proposal, endDate: '2026-11-01' });
    expect(!result.ok && result.error[0].message).toBe('The end date must be after the start date (1 December 2026).');
    expect(codes({ ...proposal, startDate: '2026-13-01' })).toEqual(['startDate:invalidFormat']);
  });

  test('durations over the configured maximum', () => {
    expect(codes({ ...proposal, endDate: '2027-12-01' })).toEqual([]);
    expect(codes({ ...proposal, endDate: '2027-12-02' })).toEqual(['endDate:outOfRange']);
    expect(codes({ ...proposal, reviewDate: '2027-06-02', endDate: '2027-12-01' })).toEqual(['reviewDate:outOfRange']);
    const limits = { defaultDurationMonths: 3, maxDurationMonths: 4, firstReviewWithinMonths: 2 };
    expect(codes(proposal, limits)).toEqual(['endDate:outOfRange', 'reviewDate:outOfRange']);
    const result = validateSanctionProposalInput(proposal, limits);
    expect(!result.ok && result.error.map((e) => e.message)).toEqual([
      'The end date must be on or before 4 months from the start date (1 April 2027).',
      'The review date must be on or before 2 months from the start date (1 February 2027).'
    ]);
    expect(codes(withItem({ type: 'R03', days: ['monday'], fromTime: '10:00', toTime: '11:00', maxCallMinutes: 121 }))).toEqual([
      'restrictions[0].maxCallMinutes:outOfRange'
    ]);
    expect(codes(withItem({ type: 'R04', maxMinutes: 5 }))).toEqual(['restrictions[0].maxMinutes:outOfRange']);
    expect(codes(withItem({ type: 'R07', maxHours: 0 }))).toEqual(['restrictions[0].maxHours:outOfRange']);
    expect(codes(withItem({ type: 'R04', maxMinutes: 30.5 }))).toEqual(['restrictions[0].maxMinutes:invalidFormat']);
  });

  test('call times must be real and in order', () => {
    const r03 = { type: 'R03', days: ['monday'], fromTime: '12:00', toTime: '10:00', maxCallMinutes: 20 };
    expect(codes(withItem(r03))).toEqual(['restrictions[0].toTime:dateOrder']);
    expect(codes(withItem({ ...r03, fromTime: '25:00', toTime: '9:30' }))).toEqual([
      'restrictions[0].fromTime:invalidFormat',
      'restrictions[0].toTime:invalidFormat'
    ]);
  });

  test('unknown choice values are refused', () => {
    expect(codes(withItem({ type: 'R18' }))).toEqual(['restrictions[0].type:unknownChoice']);
    expect(codes(withItem({ type: 'r01' }))).toEqual(['restrictions[0].type:unknownChoice']);
    expect(codes(withItem({ type: 'R01', contact: { kind: 'pigeon' } }))).toEqual(['restrictions[0].contact.kind:unknownChoice']);
    expect(codes(withItem({ type: 'R02', channels: ['fax'] }))).toEqual(['restrictions[0].channels[0]:unknownChoice']);
    expect(codes(withItem({ type: 'R03', days: ['funday'], fromTime: '10:00', toTime: '11:00', maxCallMinutes: 20 }))).toEqual([
      'restrictions[0].days[0]:unknownChoice'
    ]);
    expect(codes(withItem({ type: 'R16', kind: 'army', reference: 'x' }))).toEqual(['restrictions[0].kind:unknownChoice']);
    expect(codes({ ...proposal, scope: { kind: 'everywhere' } })).toEqual(['scope.kind:unknownChoice']);
    expect(codes({ ...proposal, scope: { kind: 'councilWide', justification: { basis: 'annoying', detail: 'x' } } })).toEqual([
      'scope.justification.basis:unknownChoice'
    ]);
    expect(codes({ ...proposal, spoc: { ...proposal.spoc, channel: 'fax' } })).toEqual(['spoc.channel:unknownChoice']);
    expect(codes({ ...proposal, continuityPlan: { arrangements: ['telepathy'], description: 'x' } })).toEqual([
      'continuityPlan.arrangements[0]:unknownChoice'
    ]);
  });

  test('text longer than the SharePoint column limits', () => {
    expect(
      codes({
        ...proposal,
        subjectPersonId: 'p'.repeat(SINGLE_LINE_TEXT_MAX + 1),
        restrictions: [
          { type: 'R06', matterReference: 'm'.repeat(SINGLE_LINE_TEXT_MAX + 1) },
          { type: 'R12', terms: 't'.repeat(MULTI_LINE_TEXT_MAX + 1) }
        ],
        proportionalityReasons: 'r'.repeat(MULTI_LINE_TEXT_MAX + 1),
        adjustmentOverrideReason: 'a'.repeat(MULTI_LINE_TEXT_MAX + 1)
      })
    ).toEqual([
      'subjectPersonId:tooLong',
      'restrictions[0].matterReference:tooLong',
      'restrictions[1].terms:tooLong',
      'proportionalityReasons:tooLong',
      'adjustmentOverrideReason:tooLong'
    ]);
  });

  test('wrong types are reported', () => {
    expect(
      codes({
        ...proposal,
        subjectPersonId: 7,
        restrictions: 'R01',
        scope: 'service',
        startDate: 20261201,
        spoc: ['Chris'],
        continuityPlan: 'yes'
      })
    ).toEqual([
      'subjectPersonId:invalidFormat',
      'restrictions:invalidFormat',
      'scope:invalidFormat',
      'startDate:invalidFormat',
      'spoc:invalidFormat',
      'continuityPlan:invalidFormat'
    ]);
    expect(codes({ ...proposal, restrictions: ['R01', { type: 'R04', maxMinutes: '30' }] })).toEqual([
      'restrictions[0]:invalidFormat',
      'restrictions[1].maxMinutes:invalidFormat'
    ]);
    expect(codes(withItem({ type: 'R01', contact: 'Chris' }))).toEqual(['restrictions[0].contact:invalidFormat']);
    expect(codes(withItem({ type: 'R15', service: 'Waste', legalSignOff: 'yes', equalityNote: 'ok' }))).toEqual([
      'restrictions[0].legalSignOff:invalidFormat'
    ]);
    expect(codes({ ...proposal, scope: { kind: 'councilWide', justification: 'risk' } })).toEqual(['scope.justification:invalidFormat']);
    expect(codes({ ...proposal, spoc: { ...proposal.spoc, cover: 'Pat' } })).toEqual(['spoc.cover:invalidFormat']);
    expect(codes({ ...proposal, continuityPlan: { arrangements: ['advocate'], description: 'x', confirmedAt: '28/11/2026' } })).toEqual([
      'continuityPlan.confirmedAt:invalidFormat'
    ]);
  });
});
