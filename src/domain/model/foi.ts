import type { IsoDate } from './dates';
import type { CaseId, FoiRequestId, PersonId, UserId } from './ids';

export const FOI_REGIMES = ['FOIA', 'EIR'] as const;
export type FoiRegime = (typeof FOI_REGIMES)[number];

export const FOI_GROUNDS = ['s14_1', 's14_2', 'eir12_4_b', 's12'] as const;
export type FoiGround = (typeof FOI_GROUNDS)[number];

/** The 13 ICO indicators (2013) — considered, never a checklist test (spec §3.2). */
export const ICO_INDICATORS = [
  'abusiveLanguage',
  'burden',
  'personalGrudges',
  'unreasonablePersistence',
  'unfoundedAccusations',
  'intransigence',
  'frequentOrOverlappingRequests',
  'intentionToCauseAnnoyance',
  'scattergunApproach',
  'disproportionateEffort',
  'noObviousIntentToObtainInformation',
  'futileRequests',
  'frivolousRequests'
] as const;
export type IcoIndicator = (typeof ICO_INDICATORS)[number];

/** FOI/EIR vexatious assessment (spec §3.3). Rules live in src/domain/foi. */
export interface FoiRequestAssessment {
  id: FoiRequestId;
  regime: FoiRegime;
  personId?: PersonId;
  receivedOn: IsoDate;
  statutoryDueDate?: IsoDate;
  clarificationPauses: readonly { from: IsoDate; to?: IsoDate }[];
  ground?: FoiGround;
  earlierRequestReference?: string;
  indicatorsConsidered: readonly { indicator: IcoIndicator; evidence: string }[];
  fourConsiderations?: { burden: string; motive: string; valueOrPurpose: string; harassmentOrDistress: string };
  publicInterestTest?: string;
  presumptionInFavourOfDisclosure?: string;
  conciliatorySteps: readonly { date: IsoDate; description: string }[];
  handlerId: UserId;
  handlerHeavilyInvolved: boolean;
  decisionMakerId?: UserId;
  seniorReviewBy?: UserId;
  refusalNoticeDate?: IsoDate;
  refusalNotice?: { statesGround: boolean; internalReviewRoute: boolean; icoRight: boolean; reasonsGiven: boolean; reasonsNote?: string };
  section17_6?: { previousNoticeReference: string; warningLetterReference: string; reason: string };
  internalReview?: { requestedOn: IsoDate; reviewerId: UserId; outcome?: string; decidedOn?: IsoDate };
  icoReference?: string;
  linkedCaseId?: CaseId;
}
