import type { Letter } from '../../../domain';
import type { LetterDraft } from './letterDraft';
import type { EarlierLetter } from './letterProduction';

/** Kept with a saved letter's fields: the day it was produced (the library adds `documentUrl`). */
export const PRODUCED_ON_FIELD: string = 'producedOn';
export const DOCUMENT_URL_FIELD: string = 'documentUrl';
/** Fields the library keeps beside the letter's content; not content items. */
const RECORD_ONLY_FIELDS: readonly string[] = [PRODUCED_ON_FIELD, DOCUMENT_URL_FIELD, 'reference'];

/** A letter the library keeps, shaped as a finished production (no file: it is in the library). */
export function earlierLetter(letter: Letter, councilName: string): EarlierLetter {
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
