// What the review, appeal and reply screens write into a letter from what the system already
// knows, so officers are not asked to type it: what applies from now, how to challenge the
// decision and the right to go to the Ombudsman (spec 2.6 items 10 and 11; BR-10; BR-12). The
// Ombudsman is the council's configured signposting (council details, administration screen).
import { continuingRestrictionItems, ombudsmanRightText, type LetterItem, type RestrictionTerms } from '../../../domain/letters';
import type { CouncilDetails } from '../../services/councilDetails';

/** A restriction that continues on `terms`: what applies, how to challenge it, the Ombudsman. */
export function continuingItemsFor(
  terms: RestrictionTerms,
  council: Pick<CouncilDetails, 'ombudsmanSignposting'>
): Partial<Record<LetterItem, string>> {
  return continuingRestrictionItems(terms, council.ombudsmanSignposting);
}

/** The Ombudsman paragraph of an appeal outcome letter: the council's own process is over. */
export function appealOmbudsmanText(council: Pick<CouncilDetails, 'ombudsmanSignposting'>): string {
  return ombudsmanRightText(council.ombudsmanSignposting, 'appeal');
}
