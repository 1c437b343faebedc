import type { IsoDate, LetterType } from '../../../domain';
import type { LetterContext } from '../../../domain/letters';
import type { CouncilDetails } from '../../../domain/settings';
import { DOCX_MIME_TYPE } from './docxMimeType';
import type { LetterDraft } from './letterDraft';
import type { LetterLibraryPort } from './letterLibraryPort';
import { fetchLetterLogo, type LogoFetch } from './letterLogo';
import type { LetterProduction } from './letterProduction';
import type { LetterFields } from './useLetterFields';
import { generateLetterDocxLazily } from './loadLetterGenerator';
import { PRODUCED_ON_FIELD } from './earlierLetter';

/** The logo as the browser fetches any file on the site: with the user's own sign-in. */
const fetchSameOrigin: LogoFetch = (url) =>
  typeof fetch === 'function' ? fetch(url, { credentials: 'same-origin' }) : Promise.reject(new Error('No fetch here.'));

export interface LetterToProduce {
  type: LetterType;
  letterContext: LetterContext;
  fields: LetterFields;
  today: IsoDate;
  caseId: string | undefined;
  /** The letter head as configured now, never the default because the read had not answered yet. */
  councilDetails: CouncilDetails;
  library: LetterLibraryPort | undefined;
}

function draftOf({ type, letterContext, fields, today, councilDetails }: LetterToProduce, logo: LetterDraft['councilLogo']): LetterDraft {
  return {
    type,
    context: letterContext,
    content: fields.content,
    recipient: {
      name: fields.recipientName.trim(),
      addressLines: fields.recipientAddress
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
    },
    signatory: { name: fields.signatoryName.trim(), jobTitle: fields.signatoryJobTitle.trim() },
    reference: fields.reference.trim(),
    date: today,
    channel: fields.channel,
    councilName: councilDetails.name,
    councilAddressLines: councilDetails.addressLines,
    councilLogo: logo,
    salutation: fields.salutation
  };
}

/**
 * The Word document for a letter the domain check has passed, saved to the Letters library when
 * the host has one; a failed save still gives the download.
 */
export async function produceLetter(letter: LetterToProduce): Promise<LetterProduction> {
  const { councilDetails, library, type, fields } = letter;
  const logo = await fetchLetterLogo(councilDetails.logoUrl, councilDetails.logoAltText, fetchSameOrigin);
  const draft = draftOf(letter, logo.logo);
  try {
    const result = await generateLetterDocxLazily(draft);
    if (!result.ok) return { status: 'refused', validation: result.validation };
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
          caseId: letter.caseId,
          reference: draft.reference,
          templateVersion: result.templateVersion,
          fields: { ...fields.content, [PRODUCED_ON_FIELD]: draft.date },
          channel: fields.channel
        });
        savedUrl = saved.url;
        savedLetterId = saved.letterId;
      } catch (error) {
        saveError = error;
      }
    }
    const { fileName, templateVersion } = result;
    return { status: 'done', fileName, file, draft, templateVersion, savedUrl, savedLetterId, logoProblem: logo.problem, saveError };
  } catch (error) {
    return { status: 'failed', error };
  }
}
