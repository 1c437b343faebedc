import {
  addMonths,
  type ContinuityArrangement,
  type IsoDate,
  type Person,
  type SanctionProposal,
  type SpocChannel,
  type TimeFrames
} from '../../../domain';
import { EMPTY_RESTRICTION_SCOPE, restrictionsOf, scopeOf, type RestrictionScopeDraft } from './restrictionScopeDraft';

/** The proposal as the officer is typing it. */
export interface ProposalDraft extends RestrictionScopeDraft {
  startDate: string;
  endDate: string;
  reviewDate: string;
  spocName: string;
  spocCover: string;
  spocChannel: SpocChannel;
  necessaryContact: string;
  proportionality: string;
  adjustmentOverride: string;
  /** BR-29: how a person with a statutory role still gets information and takes part. */
  continuityArrangements: ContinuityArrangement[];
  continuity: string;
  earlyBreach: string;
}

/** A new proposal from today, for the council's usual length of a restriction and first review (spec 5.5). */
export function initialProposalDraft(today: IsoDate, timeFrames: TimeFrames): ProposalDraft {
  return {
    ...EMPTY_RESTRICTION_SCOPE,
    startDate: today,
    endDate: addMonths(today, timeFrames.sanctionDefaultDurationMonths),
    reviewDate: addMonths(today, Math.min(3, timeFrames.firstReviewMaxMonths, timeFrames.sanctionDefaultDurationMonths)),
    spocName: '',
    spocCover: '',
    spocChannel: 'email',
    necessaryContact: '',
    proportionality: '',
    adjustmentOverride: '',
    continuityArrangements: [],
    continuity: '',
    earlyBreach: ''
  };
}

/** The draft as the domain's sanction proposal. */
export function toProposal(
  draft: ProposalDraft,
  person: Person,
  service: string,
  spocUserId: string | undefined,
  nameOf: (id: string) => string
): SanctionProposal {
  return {
    subjectPersonId: person.id,
    restrictions: restrictionsOf(draft, { userId: spocUserId, name: draft.spocName }),
    scope: scopeOf(draft, service, nameOf),
    startDate: draft.startDate as IsoDate,
    endDate: draft.endDate as IsoDate,
    reviewDate: draft.reviewDate as IsoDate,
    spoc: {
      userId: spocUserId,
      name: draft.spocName,
      channel: draft.spocChannel,
      cover: draft.spocCover.trim() === '' ? undefined : { name: draft.spocCover }
    },
    necessaryContactArrangements: draft.necessaryContact,
    proportionalityReasons: draft.proportionality,
    adjustmentOverrideReason: draft.adjustmentOverride.trim() || undefined,
    continuityPlan:
      draft.continuity.trim() || draft.continuityArrangements.length > 0
        ? { arrangements: draft.continuityArrangements, description: draft.continuity }
        : undefined
  };
}
