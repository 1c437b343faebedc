// Produces the .docx for a letter, or refuses and says exactly what is missing. The refusal
// is here, next to the Packer call, so no caller can produce an incomplete letter by
// forgetting to validate first (BR-06, BR-07 and the other letter rules).
import { Packer } from 'docx';
import { LetterValidation, validateLetter } from '../../../domain/letters';
import { withoutForbiddenCharacters as clean } from '../../../domain/validation/plainText';
import { buildLetterDocument } from './buildLetterDocument';
import type { LetterDraft } from './letterDraft';
import { letterFileName } from './letterFileName';
import { LETTER_TEMPLATES } from './letterTemplates';

export type LetterDocxResult =
  | { readonly ok: true; readonly fileName: string; readonly bytes: ArrayBuffer; readonly templateVersion: string }
  | { readonly ok: false; readonly validation: LetterValidation };

/**
 * The draft with every piece of text cleaned of characters XML forbids (issue 14): Word will not
 * open a document holding one, and text pasted into the form can carry them. Cleaned before the
 * check, so an item that was nothing else is refused as empty.
 */
function xmlSafeDraft(draft: LetterDraft): LetterDraft {
  return {
    ...draft,
    content: Object.fromEntries(Object.entries(draft.content).map(([item, text]) => [item, text === undefined ? text : clean(text)])),
    recipient: { name: clean(draft.recipient.name), addressLines: draft.recipient.addressLines.map(clean) },
    signatory: { name: clean(draft.signatory.name), jobTitle: clean(draft.signatory.jobTitle) },
    reference: clean(draft.reference),
    councilName: clean(draft.councilName),
    councilAddressLines: draft.councilAddressLines?.map(clean),
    salutation: draft.salutation === undefined ? undefined : clean(draft.salutation)
  };
}

export async function generateLetterDocx(given: LetterDraft): Promise<LetterDocxResult> {
  const draft = xmlSafeDraft(given);
  const validation = validateLetter(draft.type, draft.content, draft.context);
  if (!validation.ok) {
    return { ok: false, validation };
  }
  const document = buildLetterDocument(draft);
  const bytes = await Packer.toArrayBuffer(document);
  return { ok: true, fileName: letterFileName(draft), bytes, templateVersion: LETTER_TEMPLATES[draft.type].version };
}
