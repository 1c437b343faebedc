import * as React from 'react';
import type { Case, FoiRegime, Letter, LetterChannel, LetterType, Person, ReviewOutcome } from '../../../domain';
import { LetterContext, LetterValidation, validateLetter } from '../../../domain/letters';
import { DEFAULT_COUNCIL_DETAILS } from '../../../domain/settings';
import { useAppServices } from '../../services/AppServices';
import { useCouncilDetails } from '../../services/councilDetails';
import { DOCX_MIME_TYPE } from './docxMimeType';
import type { LetterDraft } from './letterDraft';
import { fetchLetterLogo, type LogoFetch } from './letterLogo';
import { letterItemsToShow, LetterItemSlot } from './letterItemsToShow';
import { letterLibraryOf } from './letterLibraryPort';
import { letterPrefill } from './letterPrefill';
import { lettersForRoles } from './lettersForRoles';
import { generateLetterDocxLazily } from './loadLetterGenerator';

export const DEFAULT_COUNCIL_NAME: string = DEFAULT_COUNCIL_DETAILS.name;

/** Kept with a saved letter's fields: the day it was produced (the library adds `documentUrl`). */
export const PRODUCED_ON_FIELD: string = 'producedOn';
export const DOCUMENT_URL_FIELD: string = 'documentUrl';
/** Fields the library keeps beside the letter's content; not content items. */
const RECORD_ONLY_FIELDS: readonly string[] = [PRODUCED_ON_FIELD, DOCUMENT_URL_FIELD, 'reference'];

/** A letter produced earlier for this case and type and not yet recorded as sent. */
export interface EarlierLetter {
  readonly letter: Letter;
  readonly producedOn: string | undefined;
  readonly url: string | undefined;
  /** The same letter as a production, so it can be recorded as sent. */
  readonly production: Extract<LetterProduction, { status: 'done' }>;
}

/** The logo as the browser fetches any file on the site: with the user's own sign-in. */
const fetchSameOrigin: LogoFetch = (url) =>
  typeof fetch === 'function' ? fetch(url, { credentials: 'same-origin' }) : Promise.reject(new Error('No fetch here.'));

export type LetterProduction =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'refused'; validation: LetterValidation }
  | {
      status: 'done';
      fileName: string;
      file: Blob;
      /** What the document was made from, so the letter recorded as sent is exactly that one. */
      draft: LetterDraft;
      templateVersion: string;
      savedUrl?: string;
      /** The Letter the library keeps with the file: recording it as sent updates this one. */
      savedLetterId?: string;
      saveError?: unknown;
      /** Why the letter has no logo though one is configured (it could not be fetched or read). */
      logoProblem?: string;
    }
  | { status: 'failed'; error: unknown };

export interface LettersScreenState {
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
  content: Record<string, string>;
  setItem(item: string, value: string): void;
  recipientName: string;
  setRecipientName(value: string): void;
  /** "Dear <full name>" until the officer edits it. */
  salutation: string;
  setSalutation(value: string): void;
  recipientAddress: string;
  setRecipientAddress(value: string): void;
  reference: string;
  setReference(value: string): void;
  signatoryName: string;
  setSignatoryName(value: string): void;
  signatoryJobTitle: string;
  setSignatoryJobTitle(value: string): void;
  channel: LetterChannel;
  setChannel(value: LetterChannel): void;
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

function context(type: LetterType | undefined, reviewOutcome: ReviewOutcome | '', regime: FoiRegime | ''): LetterContext {
  if (type === 'ReviewOutcome' && reviewOutcome !== '') return { reviewOutcome };
  if (type === 'FoiRefusal' && regime !== '') return { regime };
  return {};
}

function detailProblems(
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

/** A letter the library keeps, shaped as a finished production (no file: it is in the library). */
function earlierLetter(letter: Letter, councilName: string): EarlierLetter {
  const content: Record<string, string> = {};
  for (const key of Object.keys(letter.fields)) if (RECORD_ONLY_FIELDS.indexOf(key) < 0) content[key] = letter.fields[key];
  const producedOn = letter.fields[PRODUCED_ON_FIELD];
  const draft: LetterDraft = {
    type: letter.type,
    context: {},
    content,
    recipient: { name: '', addressLines: [] },
    signatory: { name: '', jobTitle: '' },
    reference: letter.fields.reference ?? '',
    date: (producedOn ?? '') as LetterDraft['date'],
    channel: letter.channel,
    councilName
  };
  return {
    letter,
    producedOn,
    url: letter.fields[DOCUMENT_URL_FIELD],
    production: {
      status: 'done',
      fileName: '',
      file: new Blob([]),
      draft,
      templateVersion: letter.templateVersion,
      savedUrl: letter.fields[DOCUMENT_URL_FIELD],
      savedLetterId: letter.id
    }
  };
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
  const [content, setContent] = React.useState<Record<string, string>>({});
  const [recipientName, setRecipientName] = React.useState('');
  const [recipientAddress, setRecipientAddress] = React.useState('');
  const [editedSalutation, setSalutation] = React.useState<string | undefined>(undefined);
  const [caseData, setCaseData] = React.useState<{ kase: Case; person: Person | undefined } | undefined>(undefined);
  const [prefillError, setPrefillError] = React.useState<unknown>(undefined);
  const [earlier, setEarlier] = React.useState<EarlierLetter | undefined>(undefined);
  // The case's reference people can read (CCM-2026-0042), passed by the case view; the id otherwise.
  const [reference, setReference] = React.useState(params.reference ?? params.caseId ?? '');
  const [signatoryName, setSignatoryName] = React.useState(currentUser.displayName);
  const [signatoryJobTitle, setSignatoryJobTitle] = React.useState('');
  const [channel, setChannel] = React.useState<LetterChannel>('letter');
  const [attempted, setAttempted] = React.useState(false);
  const [production, setProduction] = React.useState<LetterProduction>({ status: 'idle' });
  const library = letterLibraryOf(store);
  const caseId = params.caseId;
  const council = useCouncilDetails();

  // The case and its person, read once (one $batch), to prefill what the letter must say.
  React.useEffect(() => {
    if (!caseId || typeof store.loadCaseScreen !== 'function') return undefined;
    let current = true;
    store.loadCaseScreen(caseId).then(
      (data) => current && setCaseData({ kase: data.case.value, person: data.person?.value }),
      (error: unknown) => current && setPrefillError(error)
    );
    return () => {
      current = false;
    };
  }, [store, caseId]);

  // Fills only what is still blank, so nothing the officer has typed is overwritten. Waits for
  // the council's details, which name the Ombudsman, so a letter never signposts the default by mistake.
  React.useEffect(() => {
    if (!caseData || !type) return undefined;
    let current = true;
    council
      .loaded()
      .then((details) => {
        if (!current) return;
        const prefill = letterPrefill(type, caseData.kase, caseData.person, details.ombudsmanSignposting);
        setContent((previous) => {
          const next = { ...previous };
          for (const item of Object.keys(prefill.content)) if ((next[item] ?? '').trim() === '') next[item] = prefill.content[item];
          return next;
        });
        setRecipientName((previous) => (previous.trim() === '' ? prefill.recipientName : previous));
        setRecipientAddress((previous) => (previous.trim() === '' ? prefill.recipientAddress : previous));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [caseData, type, council]);

  // The council's own signatory (administration screen), unless the officer has changed it.
  React.useEffect(() => {
    const { signatory } = council.details;
    if (!signatory) return;
    setSignatoryName((previous) => (previous.trim() === '' || previous === currentUser.displayName ? signatory.name : previous));
    setSignatoryJobTitle((previous) => (previous.trim() === '' ? signatory.jobTitle : previous));
  }, [council.details, currentUser.displayName]);

  // A letter of this type produced earlier and not yet sent: offered again after leaving the screen.
  React.useEffect(() => {
    setEarlier(undefined);
    const letters = (store as { letters?: { listByCase?: unknown } }).letters;
    if (!caseId || !type || !letters || typeof letters.listByCase !== 'function') return undefined;
    let current = true;
    store.letters.listByCase(caseId).then(
      (stored) => {
        const unsent = stored.map((row) => row.value).filter((letter) => letter.type === type && !letter.sentOn);
        const last = unsent[unsent.length - 1];
        if (current) setEarlier(last ? earlierLetter(last, council.details.name) : undefined);
      },
      // Not being offered the earlier letter is no reason to stop writing this one.
      () => undefined
    );
    return () => {
      current = false;
    };
    // The name only labels an earlier letter offered again; a change to it is no reason to re-read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, caseId, type]);
  const salutation = editedSalutation ?? `Dear ${recipientName.trim()}`;

  // BR-32: the case's sanctions decide whether the letter may say the council will not reply.
  const letterContext: LetterContext = {
    ...context(type, reviewOutcome, regime),
    noReplyAuthority: caseData ? { sanctions: caseData.kase.sanctions, today: clock.today() } : undefined
  };
  const slots = type ? letterItemsToShow(type, letterContext) : [];
  const validation = type ? validateLetter(type, content, letterContext) : { ok: false, missing: [] };
  const missingByItem: Record<string, string> = {};
  if (attempted) {
    for (const entry of validation.missing) {
      missingByItem[entry.item] =
        entry.reason === 'placeholder' ? `Replace the template text in: ${entry.label}.` : `This letter must include: ${entry.label}.`;
    }
    const informal = validation.informalRestriction?.found;
    if (informal && validation.informalRestriction) missingByItem[informal.item] = validation.informalRestriction.message;
  }
  const detailErrors = attempted ? detailProblems(recipientName, reference, signatoryName, signatoryJobTitle) : {};

  const setType = (next: LetterType): void => {
    setTypeState(next);
    setAttempted(false);
    setProduction({ status: 'idle' });
  };
  const setItem = (item: string, value: string): void => setContent((previous) => ({ ...previous, [item]: value }));

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
    // The letter head as configured now, never the default because the read had not answered yet.
    const councilDetails = await council.loaded();
    const logo = await fetchLetterLogo(councilDetails.logoUrl, councilDetails.logoAltText, fetchSameOrigin);
    const draft: LetterDraft = {
      type,
      context: letterContext,
      content,
      recipient: {
        name: recipientName.trim(),
        addressLines: recipientAddress
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== '')
      },
      signatory: { name: signatoryName.trim(), jobTitle: signatoryJobTitle.trim() },
      reference: reference.trim(),
      date: clock.today(),
      channel,
      councilName: councilDetails.name,
      councilAddressLines: councilDetails.addressLines,
      councilLogo: logo.logo,
      salutation
    };
    try {
      const result = await generateLetterDocxLazily(draft);
      if (!result.ok) {
        setProduction({ status: 'refused', validation: result.validation });
        return;
      }
      const file = new Blob([result.bytes], { type: DOCX_MIME_TYPE });
      let savedUrl: string | undefined;
      let savedLetterId: string | undefined;
      let saveError: unknown;
      if (library) {
        try {
          const saved = await library.save({
            fileName: result.fileName,
            bytes: result.bytes,
            type,
            caseId: params.caseId,
            reference: draft.reference,
            templateVersion: result.templateVersion,
            fields: { ...content, [PRODUCED_ON_FIELD]: draft.date },
            channel
          });
          savedUrl = saved.url;
          savedLetterId = saved.letterId;
        } catch (error) {
          saveError = error;
        }
      }
      setProduction({
        status: 'done',
        fileName: result.fileName,
        file,
        draft,
        templateVersion: result.templateVersion,
        savedUrl,
        savedLetterId,
        logoProblem: logo.problem,
        saveError
      });
    } catch (error) {
      setProduction({ status: 'failed', error });
    }
  };

  return {
    caseId: params.caseId,
    allowedTypes,
    type,
    setType,
    reviewOutcome,
    setReviewOutcome,
    regime,
    setRegime,
    slots,
    content,
    setItem,
    recipientName,
    setRecipientName,
    salutation,
    setSalutation,
    recipientAddress,
    setRecipientAddress,
    reference,
    setReference,
    signatoryName,
    setSignatoryName,
    signatoryJobTitle,
    setSignatoryJobTitle,
    channel,
    setChannel,
    missingByItem,
    detailErrors,
    production,
    produce,
    libraryAvailable: library !== undefined,
    prefillError,
    earlier
  };
}
