import { isoDate, IsoDate } from '../model/dates';
import type { FoiRequestAssessment } from '../model/foi';
import { checkFoiRefusal, refusalDeadlineFor } from './assessRefusal';
import { routeInformationRequest } from './routing';

const d = (value: string): IsoDate => isoDate(value);

function assessment(overrides: Partial<FoiRequestAssessment> = {}): FoiRequestAssessment {
  return {
    id: 'foi-1',
    regime: 'FOIA',
    receivedOn: d('2026-11-27'),
    clarificationPauses: [],
    ground: 's14_1',
    indicatorsConsidered: [{ indicator: 'burden', evidence: '40 requests in 30 days' }],
    fourConsiderations: { burden: 'High', motive: 'Unclear', valueOrPurpose: 'Low', harassmentOrDistress: 'Staff named' },
    conciliatorySteps: [],
    handlerId: 'handler',
    handlerHeavilyInvolved: false,
    decisionMakerId: 'head-of-ig',
    refusalNoticeDate: d('2026-12-30'),
    refusalNotice: { statesGround: true, internalReviewRoute: true, icoRight: true, reasonsGiven: true },
    ...overrides
  };
}

const today = d('2027-01-05');
const rulesOf = (a: FoiRequestAssessment, cited: boolean = false): string[] =>
  checkFoiRefusal({ assessment: a, ccmRestrictionCited: cited, today }).issues.map((issue) => `${issue.rule}:${issue.field}`);

describe('FOI/EIR refusals', () => {
  test('BR-16 information requests always go to the FOI officer, and a restriction is never a ground', () => {
    const routed = routeInformationRequest('FOIA', true);
    expect(routed).toEqual(expect.objectContaining({ route: 'foiOfficer', restrictionMayBeUsedAsGround: false, rule: 'BR-16' }));
    expect(routed.note).toContain('not a reason to refuse');
    expect(routeInformationRequest('SAR', false).note).toBe('Send this subject access request to the FOI officer.');
  });

  test('BR-16 refused: a refusal citing the CCM restriction; allowed: the same refusal on the request\u2019s merits', () => {
    expect(rulesOf(assessment(), true)).toEqual(['BR-16:ground']);
    expect(checkFoiRefusal({ assessment: assessment(), ccmRestrictionCited: false, today }).ok).toBe(true);
  });

  test('BR-17 allowed: a decision-maker other than the handler, or the handler with a recorded senior review', () => {
    expect(rulesOf(assessment())).toEqual([]);
    expect(rulesOf(assessment({ decisionMakerId: 'handler', seniorReviewBy: 'director', handlerHeavilyInvolved: true }))).toEqual([]);
  });

  test('BR-17 refused: the handler decides alone, the "senior review" is by the handler, or nobody is recorded', () => {
    expect(rulesOf(assessment({ decisionMakerId: 'handler' }))).toEqual(['BR-17:decisionMakerId']);
    expect(rulesOf(assessment({ decisionMakerId: 'handler', seniorReviewBy: 'handler', handlerHeavilyInvolved: true }))).toEqual([
      'BR-17:decisionMakerId'
    ]);
    expect(rulesOf(assessment({ decisionMakerId: undefined }))).toEqual(['BR-17:decisionMakerId']);
  });

  test('BR-17 the refusal notice is due within 20 statutory working days (30 December 2026 for 27 November)', () => {
    expect(checkFoiRefusal({ assessment: assessment(), ccmRestrictionCited: false, today }).refusalDeadline).toBe('2026-12-30');
    expect(rulesOf(assessment({ refusalNoticeDate: d('2026-12-31') }))).toEqual(['BR-17:refusalNoticeDate']);
    expect(rulesOf(assessment({ refusalNoticeDate: undefined }))).toEqual(['BR-17:refusalNoticeDate']);
    // Not yet due: nothing to report.
    expect(
      checkFoiRefusal({ assessment: assessment({ refusalNoticeDate: undefined }), ccmRestrictionCited: false, today: d('2026-12-30') }).ok
    ).toBe(true);
  });

  test('BR-17 s.17(6): allowed with the earlier notice and warning referenced; refused without them', () => {
    const withS17 = assessment({
      refusalNoticeDate: undefined,
      refusalNotice: undefined,
      section17_6: {
        previousNoticeReference: 'FOI-2026-101',
        warningLetterReference: 'LTR-2026-55',
        reason: 'Third request on the same topic this month.'
      }
    });
    expect(rulesOf(withS17)).toEqual([]);
    expect(
      rulesOf({ ...withS17, section17_6: { previousNoticeReference: 'FOI-2026-101', warningLetterReference: ' ', reason: 'x' } })
    ).toEqual(['BR-17:section17_6']);
  });

  test('BR-17 the notice must state the ground, the internal review route and the ICO right', () => {
    expect(
      rulesOf(assessment({ refusalNotice: { statesGround: true, internalReviewRoute: false, icoRight: true, reasonsGiven: false } }))
    ).toEqual(['BR-17:refusalNotice']);
    expect(rulesOf(assessment({ refusalNotice: undefined }))).toEqual(['BR-17:refusalNotice']);
  });

  test('BR-18 EIR refusals: allowed with public interest test and presumption recorded; refused without', () => {
    const eir = assessment({
      regime: 'EIR',
      ground: 'eir12_4_b',
      publicInterestTest: 'Weighed openness against burden.',
      presumptionInFavourOfDisclosure: 'Started from disclosure.'
    });
    expect(rulesOf(eir)).toEqual([]);
    expect(rulesOf({ ...eir, publicInterestTest: undefined, presumptionInFavourOfDisclosure: '' })).toEqual([
      'BR-18:publicInterestTest',
      'BR-18:presumptionInFavourOfDisclosure'
    ]);
  });

  test('the ground must fit the regime, and repeated requests need the earlier reference', () => {
    expect(rulesOf(assessment({ regime: 'EIR', ground: 's14_1', publicInterestTest: 'x', presumptionInFavourOfDisclosure: 'y' }))).toEqual([
      'spec-3.1:ground'
    ]);
    expect(rulesOf(assessment({ ground: 'eir12_4_b' }))).toEqual(['spec-3.1:ground']);
    expect(rulesOf(assessment({ ground: undefined }))).toEqual(['spec-3.1:ground']);
    expect(rulesOf(assessment({ ground: 's14_2' }))).toEqual(['spec-3.1:earlierRequestReference']);
    expect(rulesOf(assessment({ ground: 's14_2', earlierRequestReference: 'FOI-2026-090' }))).toEqual([]);
    expect(rulesOf(assessment({ fourConsiderations: undefined }))).toEqual(['spec-3.1:fourConsiderations']);
  });

  test('clarification restarts the clock; an outstanding clarification means no deadline yet', () => {
    expect(refusalDeadlineFor(assessment({ clarificationPauses: [{ from: d('2026-11-30'), to: d('2026-12-04') }] }))).toBe('2027-01-07');
    expect(refusalDeadlineFor(assessment({ clarificationPauses: [{ from: d('2026-11-30'), to: d('2026-11-20') }] }))).toBe('2026-12-30');
    expect(refusalDeadlineFor(assessment({ clarificationPauses: [{ from: d('2026-11-30') }] }))).toBeUndefined();
  });
});
