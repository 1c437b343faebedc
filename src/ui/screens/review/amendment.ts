// Amending a sanction on review (BR-10): the officer changes the restrictions, their
// parameters, the scope and the end date of the sanction in force. The domain's
// completeReview saves it as a new version starting today, with the next review date; the
// same proposal is checked here as the officer types, so the warnings match what is saved,
// and the outcome letter states it (domain letters: whatAppliesNowText).
import type { IsoDate, Sanction, SanctionProposal } from '../../../domain';
import { draftFromSanction, restrictionsOf, scopeFor, type RestrictionScopeDraft } from '../proposeSanction/restrictionScopeDraft';

export interface AmendmentDraft extends RestrictionScopeDraft {
  /** Blank keeps the sanction's end date. */
  newEndDate: string;
  proportionality: string;
  adjustmentOverride: string;
}

export function amendmentDraftFrom(sanction: Sanction): AmendmentDraft {
  return {
    ...draftFromSanction(sanction),
    newEndDate: '',
    proportionality: sanction.proportionalityReasons,
    adjustmentOverride: sanction.adjustmentOverrideReason ?? ''
  };
}

/** What completeReview receives as amendedSanction (dates are set by the domain). */
export function amendedProposal(
  sanction: Sanction,
  draft: AmendmentDraft,
  leadService: string,
  nameOf: (id: string) => string
): SanctionProposal {
  return {
    subjectPersonId: sanction.subjectPersonId,
    restrictions: restrictionsOf(draft, { userId: sanction.spoc.userId, name: sanction.spoc.name }, sanction.restrictions),
    scope: scopeFor(draft, leadService, sanction.scope, nameOf),
    startDate: sanction.startDate,
    endDate: sanction.endDate,
    reviewDate: sanction.reviewDate,
    spoc: sanction.spoc,
    necessaryContactArrangements: sanction.necessaryContactArrangements,
    proportionalityReasons: draft.proportionality,
    adjustmentOverrideReason: draft.adjustmentOverride.trim() === '' ? undefined : draft.adjustmentOverride,
    continuityPlan: sanction.continuityPlan
  };
}

/** The new version as the domain will save it: from today, to the new (or same) end date. */
export function renewedProposal(amended: SanctionProposal, draft: AmendmentDraft, today: IsoDate, nextReview: string): SanctionProposal {
  return {
    ...amended,
    startDate: today,
    reviewDate: nextReview as IsoDate,
    endDate: draft.newEndDate === '' ? amended.endDate : (draft.newEndDate as IsoDate)
  };
}

/** Whether the amendment changes anything a letter would tell the person about. */
export function changesSomething(sanction: Sanction, amended: SanctionProposal, draft: AmendmentDraft): boolean {
  return (
    JSON.stringify(amended.restrictions) !== JSON.stringify(sanction.restrictions) ||
    JSON.stringify(amended.scope) !== JSON.stringify(sanction.scope) ||
    (draft.newEndDate !== '' && draft.newEndDate !== sanction.endDate)
  );
}
