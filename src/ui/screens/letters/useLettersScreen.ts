import * as React from 'react';
import type { FoiRegime, LetterType, ReviewOutcome } from '../../../domain';
import { LetterContext, validateLetter } from '../../../domain/letters';
import { DEFAULT_COUNCIL_DETAILS } from '../../../domain/settings';
import { useAppServices } from '../../services/AppServices';
import { useCouncilDetails } from '../../services/councilDetails';
import { detailProblems, letterContextFor, missingByItemOf } from './letterChecks';
import { letterItemsToShow, LetterItemSlot } from './letterItemsToShow';
import { letterLibraryOf } from './letterLibraryPort';
import type { EarlierLetter, LetterProduction } from './letterProduction';
import { lettersForRoles } from './lettersForRoles';
import { produceLetter } from './produceLetter';
import { useEarlierLetter } from './useEarlierLetter';
import { useLetterCasePrefill } from './useLetterCasePrefill';
import { useLetterFields, type LetterFields } from './useLetterFields';

export { DOCUMENT_URL_FIELD, PRODUCED_ON_FIELD } from './earlierLetter';
export type { EarlierLetter, LetterProduction } from './letterProduction';

export const DEFAULT_COUNCIL_NAME: string = DEFAULT_COUNCIL_DETAILS.name;

export interface LettersScreenState extends LetterFields {
  /** The case the letter is for, when the screen was opened from one. */
  caseId: string | undefined;
  allowedTypes: LetterType[];
  type: LetterType | undefined;
  setType(type: LetterType): void;
  reviewOutcome: ReviewOutcome | '';
  setReviewOutcome(outcome: ReviewOutcome | ''): void;
  regime: FoiRegime | '';
  setRegime(regime: FoiRegime | ''): void;
  slots: LetterItemSlot[];
  /** Missing mandatory items, shown once the user has tried to produce the letter. */
  missingByItem: Readonly<Record<string, string>>;
  /** Letter details (recipient, reference, signatory) the user has not filled in. */
  detailErrors: Readonly<Record<string, string>>;
  production: LetterProduction;
  produce(): Promise<void>;
  libraryAvailable: boolean;
  /** Set when the case could not be read, so nothing was prefilled. */
  prefillError: unknown;
  /** The unsent letter of this type already produced for the case, if any. */
  earlier: EarlierLetter | undefined;
}

/** State and actions of the letter composer; the render lives in LettersScreen. */
export function useLettersScreen(params: Readonly<Record<string, string>>): LettersScreenState {
  const { roles, currentUser, clock, store } = useAppServices();
  const allowedTypes = React.useMemo(() => lettersForRoles(roles), [roles]);
  const requested = params.letterType as LetterType | undefined;
  const [type, setTypeState] = React.useState<LetterType | undefined>(
    requested && allowedTypes.indexOf(requested) >= 0 ? requested : allowedTypes[0]
  );
  const [reviewOutcome, setReviewOutcome] = React.useState<ReviewOutcome | ''>('');
  const [regime, setRegime] = React.useState<FoiRegime | ''>('');
  const { fillFromCase, fillSignatory, ...fields } = useLetterFields(params, currentUser.displayName);
  const [attempted, setAttempted] = React.useState(false);
  const [production, setProduction] = React.useState<LetterProduction>({ status: 'idle' });
  const library = letterLibraryOf(store);
  const caseId = params.caseId;
  const council = useCouncilDetails();
  const { caseData, prefillError } = useLetterCasePrefill(store, caseId, type, council, fillFromCase);

  // The council's own signatory (administration screen), unless the officer has changed it.
  React.useEffect(() => {
    const { signatory } = council.details;
    if (signatory) fillSignatory(signatory, currentUser.displayName);
  }, [council.details, currentUser.displayName, fillSignatory]);

  const earlier = useEarlierLetter(store, caseId, type, council.details.name);

  // BR-32: the case's sanctions decide whether the letter may say the council will not reply.
  const letterContext: LetterContext = {
    ...letterContextFor(type, reviewOutcome, regime),
    noReplyAuthority: caseData ? { sanctions: caseData.kase.sanctions, today: clock.today() } : undefined
  };
  const validation = type ? validateLetter(type, fields.content, letterContext) : { ok: false, missing: [] };
  const { recipientName, reference, signatoryName, signatoryJobTitle } = fields;

  const setType = (next: LetterType): void => {
    setTypeState(next);
    setAttempted(false);
    setProduction({ status: 'idle' });
  };

  const produce = async (): Promise<void> => {
    if (!type) return;
    setAttempted(true);
    // Refuse before loading the large docx chunk: the domain check is instant.
    const details = detailProblems(recipientName, reference, signatoryName, signatoryJobTitle);
    if (!validation.ok || Object.keys(details).length > 0) {
      setProduction({ status: 'refused', validation });
      return;
    }
    setProduction({ status: 'working' });
    const councilDetails = await council.loaded();
    setProduction(await produceLetter({ type, letterContext, fields, today: clock.today(), caseId, councilDetails, library }));
  };

  return {
    ...fields,
    caseId,
    allowedTypes,
    type,
    setType,
    reviewOutcome,
    setReviewOutcome,
    regime,
    setRegime,
    slots: type ? letterItemsToShow(type, letterContext) : [],
    missingByItem: attempted ? missingByItemOf(validation) : {},
    detailErrors: attempted ? detailProblems(recipientName, reference, signatoryName, signatoryJobTitle) : {},
    production,
    produce,
    libraryAvailable: library !== undefined,
    prefillError,
    earlier
  };
}
