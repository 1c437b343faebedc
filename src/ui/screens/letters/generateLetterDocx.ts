// Produces the .docx for a letter, or refuses and says exactly what is missing. The refusal
// is here, next to the Packer call, so no caller can produce an incomplete letter by
// forgetting to validate first (BR-06, BR-07 and the other letter rules).
import { Packer } from 'docx';
import { LetterValidation, validateLetter } from '../../../domain/letters';
import { buildLetterDocument } from './buildLetterDocument';
import type { LetterDraft } from './letterDraft';
import { letterFileName } from './letterFileName';
import { LETTER_TEMPLATES } from './letterTemplates';

export type LetterDocxResult =
  | { readonly ok: true; readonly fileName: string; readonly bytes: ArrayBuffer; readonly templateVersion: string }
  | { readonly ok: false; readonly validation: LetterValidation };

export async function generateLetterDocx(draft: LetterDraft): Promise<LetterDocxResult> {
  const validation = validateLetter(draft.type, draft.content, draft.context);
  if (!validation.ok) {
    return { ok: false, validation };
  }
  const document = buildLetterDocument(draft);
  const bytes = await Packer.toArrayBuffer(document);
  return { ok: true, fileName: letterFileName(draft), bytes, templateVersion: LETTER_TEMPLATES[draft.type].version };
}
