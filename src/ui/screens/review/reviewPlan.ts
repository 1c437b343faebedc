import {
  checkSanctionProposal,
  currentSanction,
  formatLongDate,
  type Case,
  type IsoDate,
  type Person,
  type ReviewOutcome,
  type Sanction,
  type SanctionProposal
} from '../../../domain';
import type { RestrictionTerms } from '../../../domain/letters';
import type { CouncilDetails } from '../../services/councilDetails';
import { continuingItemsFor } from '../shared/caseLetterItems';
import type { FieldProblem } from '../shared/useCaseActionSubmit';
import { amendedProposal, amendmentDraftFrom, changesSomething, renewedProposal, type AmendmentDraft } from './amendment';

export const OUTCOME_LABELS: Readonly<Record<ReviewOutcome, string>> = {
  Continue: 'Continue the restriction',
  Amend: 'Amend the restriction',
  Lift: 'Lift the restriction'
};

/** The result as the outcome letter states it (letter item reviewResult). */
const RESULT_SENTENCES: Readonly<Record<ReviewOutcome, string>> = {
  Continue: 'We have reviewed the restriction on your contact with the council. It will continue.',
  Amend: 'We have reviewed the restriction on your contact with the council. It will continue with changes.',
  Lift: 'We have reviewed the restriction on your contact with the council. It has been lifted and ends today.'
};

/** The review as the officer is writing it. */
export interface ReviewDraft {
  outcome: ReviewOutcome | '';
  reasons: string;
  nextReview: string;
  letterText: string;
  /** Undefined until the officer edits the amendment: the sanction as it is. */
  amendDraft: AmendmentDraft | undefined;
}

export const EMPTY_REVIEW: ReviewDraft = { outcome: '', reasons: '', nextReview: '', letterText: '', amendDraft: undefined };

/** An amendment as the domain will save it, checked like a proposal (BR-10). */
export interface Amendment {
  amended: SanctionProposal;
  renewed: SanctionProposal;
  check: ReturnType<typeof checkSanctionProposal>;
  changed: boolean;
}

/** What the review would do to the case's sanction, worked out afresh on every render. */
export interface ReviewPlan {
  sanction: Sanction | undefined;
  amendDraft: AmendmentDraft | undefined;
  amendment: Amendment | undefined;
  /**
   * What continues from today, as the domain will save it: the amended restriction, or the same
   * one renewed from today to its end date (BR-10). Nothing when lifted or undecided.
   */
  continuing: RestrictionTerms | undefined;
}

function amendmentOf(
  sanction: Sanction,
  draft: AmendmentDraft,
  kase: Case,
  subject: Person,
  today: IsoDate,
  nextReview: string,
  nameOf: (id: string) => string
): Amendment {
  const amended = amendedProposal(sanction, draft, kase.leadService, nameOf);
  const renewed = renewedProposal(amended, draft, today, nextReview);
  return { amended, renewed, check: checkSanctionProposal(renewed, subject), changed: changesSomething(sanction, amended, draft) };
}

export function reviewPlan(kase: Case, subject: Person, review: ReviewDraft, today: IsoDate, nameOf: (id: string) => string): ReviewPlan {
  const sanction = currentSanction(kase);
  const amendDraft = review.amendDraft ?? (sanction ? amendmentDraftFrom(sanction) : undefined);
  const amendment =
    review.outcome === 'Amend' && sanction && amendDraft
      ? amendmentOf(sanction, amendDraft, kase, subject, today, review.nextReview, nameOf)
      : undefined;
  const continues = review.outcome === 'Continue' || review.outcome === 'Amend';
  const continuing = !continues ? undefined : amendment ? amendment.renewed : sanction ? { ...sanction, startDate: today } : undefined;
  return { sanction, amendDraft, amendment, continuing };
}

/** What the review form is missing before the engine sees it. */
export function reviewProblems(review: ReviewDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!review.outcome) problems.push({ field: 'outcome', message: 'Choose the outcome of the review.' });
  if (review.reasons.trim() === '') problems.push({ field: 'reasons', message: 'Give the reasons for the outcome.' });
  // BR-10: continuing or amending needs the next review date, in writing.
  if (review.outcome !== '' && review.outcome !== 'Lift' && !review.nextReview)
    problems.push({ field: 'nextReview', message: 'Set the next review date.' });
  return problems;
}

/**
 * The content items validateLetter requires for a ReviewOutcome letter (letterRequirements),
 * with the Ombudsman as the settings name it once they have been read.
 */
export function reviewLetterFields(
  chosen: ReviewOutcome,
  review: ReviewDraft,
  continuing: RestrictionTerms | undefined,
  details: CouncilDetails
): Record<string, string> {
  return {
    reviewResult: [RESULT_SENTENCES[chosen], review.letterText.trim()].filter((part) => part !== '').join(' '),
    reviewReasons: review.reasons,
    ...(chosen !== 'Lift' && continuing ? (continuingItemsFor(continuing, details) as Record<string, string>) : {}),
    ...(chosen !== 'Lift' && review.nextReview ? { nextReviewDate: formatLongDate(review.nextReview as IsoDate) } : {})
  };
}
