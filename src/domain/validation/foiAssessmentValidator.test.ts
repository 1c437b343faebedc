import { isoDate } from '../model/dates';
import { validateFoiRequestAssessmentInput } from './foiAssessmentValidator';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';

const today = isoDate('2026-11-28');
const assessment = {
  regime: 'FOIA',
  receivedOn: '2026-10-01',
  statutoryDueDate: '2026-10-29',
  clarificationPauses: [{ from: '2026-10-02', to: '2026-10-06' }],
  ground: 's14_1',
  indicatorsConsidered: [{ indicator: 'burden', evidence: '40 requests in two months.' }],
  fourConsiderations: { burden: 'High.', motive: 'Grievance.', valueOrPurpose: 'Little.', harassmentOrDistress: 'Staff distressed.' },
  conciliatorySteps: [{ date: '2026-10-10', description: 'Offered a meeting.' }],
  handlerId: 'u-foi',
  handlerHeavilyInvolved: false,
  decisionMakerId: 'u-foi-lead',
  refusalNoticeDate: '2026-10-20',
  refusalNotice: { statesGround: true, internalReviewRoute: true, icoRight: true, reasonsGiven: true },
  section17_6: { previousNoticeReference: 'FOI-1', warningLetterReference: 'W-1', reason: 'Same request again.' },
  internalReview: { requestedOn: '2026-11-01', reviewerId: 'u-ig', outcome: 'Upheld', decidedOn: '2026-11-20' },
  icoReference: 'IC-1',
  linkedCaseId: 'c-1'
};
const codes = (input: unknown): string[] => {
  const result = validateFoiRequestAssessmentInput(input, today);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('FOI request assessment validation', () => {
  test('accepts a full assessment and a minimal one', () => {
    const result = validateFoiRequestAssessmentInput(assessment, today);
    expect(result.ok && result.value.internalReview).toEqual(assessment.internalReview);
    expect(result.ok && result.value.refusalNotice).toEqual({ ...assessment.refusalNotice, reasonsNote: undefined });
    expect(result.ok && result.value.clarificationPauses).toEqual(assessment.clarificationPauses);
    const minimal = validateFoiRequestAssessmentInput(
      { regime: 'EIR', receivedOn: '2026-11-01', handlerId: 'u-foi', handlerHeavilyInvolved: true },
      today
    );
    expect(
      minimal.ok && [
        minimal.value.clarificationPauses,
        minimal.value.indicatorsConsidered,
        minimal.value.conciliatorySteps,
        minimal.value.ground
      ]
    ).toEqual([[], [], [], undefined]);
    const beforeNotice = validateFoiRequestAssessmentInput(
      { ...assessment, refusalNoticeDate: undefined, internalReview: { requestedOn: '2026-10-02', reviewerId: 'u-ig' } },
      today
    );
    expect(beforeNotice.ok).toBe(true);
  });

  test('names every missing field', () => {
    expect(codes({})).toEqual(['regime:required', 'receivedOn:required', 'handlerId:required', 'handlerHeavilyInvolved:required']);
    expect(
      codes({
        ...assessment,
        clarificationPauses: [{}],
        indicatorsConsidered: [{}],
        fourConsiderations: {},
        conciliatorySteps: [{}],
        refusalNotice: {},
        section17_6: {},
        internalReview: {}
      })
    ).toEqual([
      'clarificationPauses[0].from:required',
      'indicatorsConsidered[0].indicator:required',
      'indicatorsConsidered[0].evidence:required',
      'fourConsiderations.burden:required',
      'fourConsiderations.motive:required',
      'fourConsiderations.valueOrPurpose:required',
      'fourConsiderations.harassmentOrDistress:required',
      'conciliatorySteps[0].date:required',
      'conciliatorySteps[0].description:required',
      'refusalNotice.statesGround:required',
      'refusalNotice.internalReviewRoute:required',
      'refusalNotice.icoRight:required',
      'refusalNotice.reasonsGiven:required',
      'section17_6.previousNoticeReference:required',
      'section17_6.warningLetterReference:required',
      'section17_6.reason:required',
      'internalReview.requestedOn:required',
      'internalReview.reviewerId:required'
    ]);
  });

  test('dates in the wrong order', () => {
    expect(
      codes({
        ...assessment,
        receivedOn: '2026-12-01',
        statutoryDueDate: undefined,
        clarificationPauses: [],
        refusalNoticeDate: undefined,
        internalReview: undefined,
        conciliatorySteps: []
      })
    ).toEqual(['receivedOn:dateOrder']);
    expect(codes({ ...assessment, statutoryDueDate: '2026-09-30' })).toEqual(['statutoryDueDate:dateOrder']);
    expect(codes({ ...assessment, clarificationPauses: [{ from: '2026-09-01' }, { from: '2026-10-05', to: '2026-10-04' }] })).toEqual([
      'clarificationPauses[0].from:dateOrder',
      'clarificationPauses[1].to:dateOrder'
    ]);
    expect(codes({ ...assessment, conciliatorySteps: [{ date: '2026-12-01', description: 'Call.' }] })).toEqual([
      'conciliatorySteps[0].date:dateOrder'
    ]);
    expect(codes({ ...assessment, refusalNoticeDate: '2026-09-30', internalReview: undefined })).toEqual(['refusalNoticeDate:dateOrder']);
    expect(codes({ ...assessment, refusalNoticeDate: '2026-11-29', internalReview: undefined })).toEqual(['refusalNoticeDate:dateOrder']);
    expect(codes({ ...assessment, internalReview: { ...assessment.internalReview, requestedOn: '2026-10-19' } })).toEqual([
      'internalReview.requestedOn:dateOrder'
    ]);
    expect(codes({ ...assessment, internalReview: { ...assessment.internalReview, decidedOn: '2026-10-30' } })).toEqual([
      'internalReview.decidedOn:dateOrder'
    ]);
    expect(codes({ ...assessment, internalReview: { ...assessment.internalReview, decidedOn: '2026-11-30' } })).toEqual([
      'internalReview.decidedOn:dateOrder'
    ]);
  });

  test('unknown choices, long text and wrong types', () => {
    expect(
      codes({ ...assessment, regime: 'DPA', ground: 's40', indicatorsConsidered: [{ indicator: 'rudeness', evidence: 'x' }] })
    ).toEqual(['regime:unknownChoice', 'ground:unknownChoice', 'indicatorsConsidered[0].indicator:unknownChoice']);
    expect(
      codes({
        ...assessment,
        earlierRequestReference: 'e'.repeat(SINGLE_LINE_TEXT_MAX + 1),
        publicInterestTest: 'p'.repeat(MULTI_LINE_TEXT_MAX + 1)
      })
    ).toEqual(['earlierRequestReference:tooLong', 'publicInterestTest:tooLong']);
    expect(
      codes({
        ...assessment,
        handlerHeavilyInvolved: 'no',
        clarificationPauses: {},
        fourConsiderations: 'n/a',
        refusalNotice: [],
        section17_6: 1,
        internalReview: 'yes',
        indicatorsConsidered: ['burden'],
        conciliatorySteps: [7]
      })
    ).toEqual([
      'clarificationPauses:invalidFormat',
      'indicatorsConsidered[0]:invalidFormat',
      'fourConsiderations:invalidFormat',
      'conciliatorySteps[0]:invalidFormat',
      'handlerHeavilyInvolved:invalidFormat',
      'refusalNotice:invalidFormat',
      'section17_6:invalidFormat',
      'internalReview:invalidFormat'
    ]);
    expect(codes({ ...assessment, clarificationPauses: ['October'] })).toEqual(['clarificationPauses[0]:invalidFormat']);
  });
});
