import type { FoiRegime, LetterType, ReviewOutcome } from '../../../domain';
import type { LetterContext, LetterValidation } from '../../../domain/letters';

/** The context a letter type's items depend on: the review's result, or the law an FOI request was made under. */
export function letterContextFor(type: LetterType | undefined, reviewOutcome: ReviewOutcome | '', regime: FoiRegime | ''): LetterContext {
  if (type === 'ReviewOutcome' && reviewOutcome !== '') return { reviewOutcome };
  if (type === 'FoiRefusal' && regime !== '') return { regime };
  return {};
}

/** The letter's details (recipient, reference, signatory) not filled in, by field. */
export function detailProblems(
  recipientName: string,
  reference: string,
  signatoryName: string,
  signatoryJobTitle: string
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (recipientName.trim() === '') problems.recipientName = 'Enter the name of the person the letter is to.';
  if (reference.trim() === '') problems.reference = 'Enter the case or request reference.';
  if (signatoryName.trim() === '') problems.signatoryName = 'Enter the name of the officer signing the letter.';
  if (signatoryJobTitle.trim() === '') problems.signatoryJobTitle = 'Enter the job title of the officer signing the letter.';
  return problems;
}

/** The message beside each content item the domain check says is missing, still a placeholder, or informal (BR-32). */
export function missingByItemOf(validation: Pick<LetterValidation, 'missing' | 'informalRestriction'>): Record<string, string> {
  const missingByItem: Record<string, string> = {};
  for (const entry of validation.missing) {
    missingByItem[entry.item] =
      entry.reason === 'placeholder' ? `Replace the template text in: ${entry.label}.` : `This letter must include: ${entry.label}.`;
  }
  const informal = validation.informalRestriction?.found;
  if (informal && validation.informalRestriction) missingByItem[informal.item] = validation.informalRestriction.message;
  return missingByItem;
}
