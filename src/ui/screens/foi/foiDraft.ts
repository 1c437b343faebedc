import type { FoiGround, FoiRegime, FoiRequestAssessment, IcoIndicator, IsoDate } from '../../../domain';

/*
 * What the FOI officer's form holds while it is being filled in (strings and ticks), and the
 * conversion to the shape validateFoiRequestAssessmentInput checks (spec §3.3). Rules are not
 * here: validation is the domain validator, refusal rules are checkFoiRefusal (BR-16 to BR-18).
 */

export interface DatedItemDraft {
  /** Stable React key for a row the user can add or remove. */
  key: string;
  date: string;
  text: string;
}

export interface PauseDraft {
  key: string;
  from: string;
  to: string;
}

export interface FoiDraft {
  reference: string;
  regime: '' | FoiRegime;
  receivedOn: string;
  personId: string;
  linkedCaseId: string;
  clarificationPauses: PauseDraft[];
  ground: '' | FoiGround;
  earlierRequestReference: string;
  /** Ticked indicators, in ICO order, each with its evidence. */
  indicators: { indicator: IcoIndicator; evidence: string }[];
  fourConsiderations: { burden: string; motive: string; valueOrPurpose: string; harassmentOrDistress: string };
  publicInterestTest: string;
  presumptionInFavourOfDisclosure: string;
  conciliatorySteps: DatedItemDraft[];
  /** BR-16 prompt only: never stored, never a ground. */
  ccmRestrictionCited: boolean;
  handlerId: string;
  handlerHeavilyInvolved: boolean;
  decisionMakerId: string;
  seniorReviewBy: string;
  refusalNoticeDate: string;
  refusalNotice: { statesGround: boolean; internalReviewRoute: boolean; icoRight: boolean; reasonsGiven: boolean; reasonsNote: string };
  reliesOnSection17_6: boolean;
  section17_6: { previousNoticeReference: string; warningLetterReference: string; reason: string };
  internalReview: { requestedOn: string; reviewerId: string; outcome: string; decidedOn: string };
  icoReference: string;
}

export const REGIME_LABELS: Readonly<Record<FoiRegime, string>> = {
  FOIA: 'Freedom of Information Act (FOIA)',
  EIR: 'Environmental Information Regulations (EIR)'
};

export const GROUND_LABELS: Readonly<Record<FoiGround, string>> = {
  s14_1: 'Vexatious request: FOIA section 14(1)',
  s14_2: 'Repeated request: FOIA section 14(2)',
  eir12_4_b: 'Manifestly unreasonable: EIR regulation 12(4)(b)',
  s12: 'Cost limit: FOIA section 12'
};

export const SHORT_GROUND_LABELS: Readonly<Record<FoiGround, string>> = {
  s14_1: 's.14(1) vexatious',
  s14_2: 's.14(2) repeated',
  eir12_4_b: 'EIR 12(4)(b) manifestly unreasonable',
  s12: 's.12 cost limit'
};

export const INDICATOR_LABELS: Readonly<Record<IcoIndicator, string>> = {
  abusiveLanguage: 'Abusive or aggressive language',
  burden: 'Burden on the council',
  personalGrudges: 'Personal grudges',
  unreasonablePersistence: 'Unreasonable persistence',
  unfoundedAccusations: 'Unfounded accusations',
  intransigence: 'Intransigence',
  frequentOrOverlappingRequests: 'Frequent or overlapping requests',
  intentionToCauseAnnoyance: 'Deliberate intention to cause annoyance',
  scattergunApproach: 'Scattergun approach',
  disproportionateEffort: 'Disproportionate effort',
  noObviousIntentToObtainInformation: 'No obvious intent to obtain information',
  futileRequests: 'Futile requests',
  frivolousRequests: 'Frivolous requests'
};

export const CONSIDERATION_LABELS: Readonly<Record<keyof FoiDraft['fourConsiderations'], string>> = {
  burden: 'Burden on the council',
  motive: 'The requester\u2019s motive',
  valueOrPurpose: 'Value or serious purpose of the request',
  harassmentOrDistress: 'Harassment or distress caused'
};

export function emptyDraft(handlerId: string): FoiDraft {
  return {
    reference: '',
    regime: '',
    receivedOn: '',
    personId: '',
    linkedCaseId: '',
    clarificationPauses: [],
    ground: '',
    earlierRequestReference: '',
    indicators: [],
    fourConsiderations: { burden: '', motive: '', valueOrPurpose: '', harassmentOrDistress: '' },
    publicInterestTest: '',
    presumptionInFavourOfDisclosure: '',
    conciliatorySteps: [],
    ccmRestrictionCited: false,
    handlerId,
    handlerHeavilyInvolved: false,
    decisionMakerId: '',
    seniorReviewBy: '',
    refusalNoticeDate: '',
    refusalNotice: { statesGround: false, internalReviewRoute: false, icoRight: false, reasonsGiven: false, reasonsNote: '' },
    reliesOnSection17_6: false,
    section17_6: { previousNoticeReference: '', warningLetterReference: '', reason: '' },
    internalReview: { requestedOn: '', reviewerId: '', outcome: '', decidedOn: '' },
    icoReference: ''
  };
}

/** A saved assessment back into the form. */
export function draftFromAssessment(a: FoiRequestAssessment): FoiDraft {
  const notice = a.refusalNotice;
  return {
    reference: a.id,
    regime: a.regime,
    receivedOn: a.receivedOn,
    personId: a.personId ?? '',
    linkedCaseId: a.linkedCaseId ?? '',
    clarificationPauses: a.clarificationPauses.map((pause, index) => ({ key: `pause-${index}`, from: pause.from, to: pause.to ?? '' })),
    ground: a.ground ?? '',
    earlierRequestReference: a.earlierRequestReference ?? '',
    indicators: a.indicatorsConsidered.map((item) => ({ indicator: item.indicator, evidence: item.evidence })),
    fourConsiderations: a.fourConsiderations
      ? { ...a.fourConsiderations }
      : { burden: '', motive: '', valueOrPurpose: '', harassmentOrDistress: '' },
    publicInterestTest: a.publicInterestTest ?? '',
    presumptionInFavourOfDisclosure: a.presumptionInFavourOfDisclosure ?? '',
    conciliatorySteps: a.conciliatorySteps.map((step, index) => ({ key: `step-${index}`, date: step.date, text: step.description })),
    ccmRestrictionCited: false,
    handlerId: a.handlerId,
    handlerHeavilyInvolved: a.handlerHeavilyInvolved,
    decisionMakerId: a.decisionMakerId ?? '',
    seniorReviewBy: a.seniorReviewBy ?? '',
    refusalNoticeDate: a.refusalNoticeDate ?? '',
    refusalNotice: notice
      ? {
          statesGround: notice.statesGround,
          internalReviewRoute: notice.internalReviewRoute,
          icoRight: notice.icoRight,
          reasonsGiven: notice.reasonsGiven,
          reasonsNote: notice.reasonsNote ?? ''
        }
      : { statesGround: false, internalReviewRoute: false, icoRight: false, reasonsGiven: false, reasonsNote: '' },
    reliesOnSection17_6: a.section17_6 !== undefined,
    section17_6: a.section17_6 ? { ...a.section17_6 } : { previousNoticeReference: '', warningLetterReference: '', reason: '' },
    internalReview: a.internalReview
      ? {
          requestedOn: a.internalReview.requestedOn,
          reviewerId: a.internalReview.reviewerId,
          outcome: a.internalReview.outcome ?? '',
          decidedOn: a.internalReview.decidedOn ?? ''
        }
      : { requestedOn: '', reviewerId: '', outcome: '', decidedOn: '' },
    icoReference: a.icoReference ?? ''
  };
}

function anyFilled(values: readonly string[]): boolean {
  return values.some((value) => value.trim() !== '');
}

/**
 * The untyped input for validateFoiRequestAssessmentInput. Optional groups are sent only when
 * the officer has started them, so the validator asks for the rest of that group and no more.
 * `statutoryDueDate` is the computed deadline, never typed in.
 */
export function draftToInput(draft: FoiDraft, statutoryDueDate: IsoDate | undefined): Record<string, unknown> {
  const notice = draft.refusalNotice;
  const noticeStarted =
    draft.refusalNoticeDate.trim() !== '' ||
    notice.statesGround ||
    notice.internalReviewRoute ||
    notice.icoRight ||
    notice.reasonsGiven ||
    notice.reasonsNote.trim() !== '';
  const review = draft.internalReview;
  const considerations = draft.fourConsiderations;
  return {
    regime: draft.regime === '' ? undefined : draft.regime,
    personId: draft.personId,
    receivedOn: draft.receivedOn,
    statutoryDueDate,
    clarificationPauses: draft.clarificationPauses.map((pause) => ({ from: pause.from, to: pause.to })),
    ground: draft.ground === '' ? undefined : draft.ground,
    earlierRequestReference: draft.ground === 's14_2' ? draft.earlierRequestReference : undefined,
    indicatorsConsidered: draft.indicators.map((item) => ({ indicator: item.indicator, evidence: item.evidence })),
    fourConsiderations: anyFilled([
      considerations.burden,
      considerations.motive,
      considerations.valueOrPurpose,
      considerations.harassmentOrDistress
    ])
      ? { ...considerations }
      : undefined,
    publicInterestTest: draft.regime === 'EIR' ? draft.publicInterestTest : undefined,
    presumptionInFavourOfDisclosure: draft.regime === 'EIR' ? draft.presumptionInFavourOfDisclosure : undefined,
    conciliatorySteps: draft.conciliatorySteps.map((step) => ({ date: step.date, description: step.text })),
    handlerId: draft.handlerId,
    handlerHeavilyInvolved: draft.handlerHeavilyInvolved,
    decisionMakerId: draft.decisionMakerId,
    seniorReviewBy: draft.seniorReviewBy,
    refusalNoticeDate: draft.refusalNoticeDate,
    refusalNotice: noticeStarted ? { ...notice } : undefined,
    section17_6: draft.reliesOnSection17_6 ? { ...draft.section17_6 } : undefined,
    internalReview: anyFilled([review.requestedOn, review.reviewerId, review.outcome, review.decidedOn]) ? { ...review } : undefined,
    icoReference: draft.icoReference,
    linkedCaseId: draft.linkedCaseId
  };
}
