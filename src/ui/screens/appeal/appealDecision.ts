import {
  formatLongDate,
  SANCTION_CATALOGUE,
  type AppealOutcome,
  type IsoDate,
  type Sanction,
  type SanctionProposal
} from '../../../domain';
import { whatAppliesNowText } from '../../../domain/letters';
import type { FieldProblem } from '../shared/useCaseActionSubmit';

export const OUTCOME_LABELS: Readonly<Record<AppealOutcome, string>> = {
  Uphold: 'Uphold the restriction',
  Vary: 'Vary the restriction',
  Quash: 'Quash the restriction'
};

/** The decision as the appeal outcome letter states it (letter item appealResult). */
const RESULT_SENTENCES: Readonly<Record<AppealOutcome, string>> = {
  Uphold:
    'Your appeal has been considered by a senior officer who was not involved in the original decision. The restriction is upheld and stays as it is.',
  Vary: 'Your appeal has been considered by a senior officer who was not involved in the original decision. The restriction has been varied.',
  Quash:
    'Your appeal has been considered by a senior officer who was not involved in the original decision. The restriction is quashed and no longer applies.'
};

/** The restriction as the reviewer varies it: the restrictions that stay and the new dates. */
export interface VaryDraft {
  keep: string[];
  endDate: string;
  reviewDate: string;
}

/** Until the reviewer edits it, the varied restriction is the restriction as it is. */
export function varyDraftOf(sanction: Sanction | undefined, edited: VaryDraft | undefined): VaryDraft {
  return (
    edited ?? {
      keep: sanction ? sanction.restrictions.map((r) => r.type) : [],
      endDate: sanction?.endDate ?? '',
      reviewDate: sanction?.reviewDate ?? ''
    }
  );
}

/** BR-12: a varied restriction keeps the original's arrangements with the restrictions and dates the reviewer sets. */
export function variedProposal(sanction: Sanction, varied: VaryDraft): SanctionProposal {
  return {
    subjectPersonId: sanction.subjectPersonId,
    restrictions: sanction.restrictions.filter((r) => varied.keep.indexOf(r.type) >= 0),
    scope: sanction.scope,
    startDate: sanction.startDate,
    endDate: varied.endDate as IsoDate,
    reviewDate: varied.reviewDate as IsoDate,
    spoc: sanction.spoc,
    necessaryContactArrangements: sanction.necessaryContactArrangements,
    proportionalityReasons: sanction.proportionalityReasons,
    adjustmentOverrideReason: sanction.adjustmentOverrideReason,
    continuityPlan: sanction.continuityPlan
  };
}

/**
 * What applies once the appeal is decided, from the restriction itself: as it is when upheld,
 * as varied when varied; nothing when quashed.
 */
export function appliesAfter(sanction: Sanction | undefined, chosen: AppealOutcome | '', varied: VaryDraft): string | undefined {
  if (!sanction || chosen === '' || chosen === 'Quash') return undefined;
  if (chosen === 'Uphold') return whatAppliesNowText(sanction);
  const terms = variedProposal(sanction, varied);
  return terms.restrictions.length > 0 && terms.endDate ? whatAppliesNowText(terms) : undefined;
}

/** The letter's result: the decision, and for a variation what the restriction now covers and until when. */
export function resultSentence(outcome: AppealOutcome, variedSanction: SanctionProposal | undefined): string {
  return variedSanction
    ? `${RESULT_SENTENCES.Vary} It now covers: ${variedSanction.restrictions.map((r) => SANCTION_CATALOGUE[r.type].label).join('; ')}, until ${formatLongDate(variedSanction.endDate)}.`
    : RESULT_SENTENCES[outcome];
}

function variationProblems(sanction: Sanction, varied: VaryDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (varied.keep.length === 0)
    problems.push({ field: 'keep', message: 'Keep at least one restriction, or quash the restriction instead.' });
  if (!varied.endDate) problems.push({ field: 'endDate', message: 'Enter the end date of the varied restriction.' });
  if (!varied.reviewDate) problems.push({ field: 'reviewDate', message: 'Enter the review date of the varied restriction.' });
  // BR-12: the engine refuses a longer restriction; say so beside the field first.
  if (varied.endDate && varied.endDate > sanction.endDate)
    problems.push({
      field: 'endDate',
      message: `An appeal cannot lengthen the restriction: end it on or before ${formatLongDate(sanction.endDate)}. To extend it, record a review.`
    });
  const unchanged =
    varied.keep.length === sanction.restrictions.length && varied.endDate === sanction.endDate && varied.reviewDate === sanction.reviewDate;
  if (unchanged)
    problems.push({
      field: 'keep',
      message: 'Nothing has changed. Remove a restriction or change a date, or uphold the restriction instead.'
    });
  return problems;
}

/** What the decision form is missing before the engine sees it. */
export function decisionProblems(
  outcome: AppealOutcome | '',
  reasons: string,
  ombudsman: string,
  sanction: Sanction | undefined,
  varied: VaryDraft
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!outcome) problems.push({ field: 'outcome', message: 'Choose the decision.' });
  if (reasons.trim() === '') problems.push({ field: 'reasons', message: 'Give the reasons for the decision.' });
  if (ombudsman.trim() === '') problems.push({ field: 'ombudsman', message: 'Tell the person how to complain to the Ombudsman.' });
  if (outcome === 'Vary' && sanction) problems.push(...variationProblems(sanction, varied));
  return problems;
}
