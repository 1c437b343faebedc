// File names for the Letters library: readable, sortable and safe for SharePoint, which
// refuses names containing " * : < > ? / \ | # % and leading or trailing dots or spaces.
import { LETTER_TYPE_LABELS } from '../../../domain/letters';
import type { LetterDraft } from './letterDraft';

const UNSAFE_CHARACTERS: RegExp = /["*:<>?/\\|#%~&{}]+/g;

/** Control characters (tabs, new lines and the rest) have no place in a file name. */
function withoutControlCharacters(text: string): string {
  return Array.from(text)
    .map((character) => (character.charCodeAt(0) < 32 ? ' ' : character))
    .join('');
}

export function safeFileNamePart(text: string): string {
  return withoutControlCharacters(text)
    .replace(UNSAFE_CHARACTERS, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 80);
}

export function letterFileName(draft: Pick<LetterDraft, 'type' | 'reference' | 'date'>): string {
  const parts = [draft.date, safeFileNamePart(draft.reference), safeFileNamePart(LETTER_TYPE_LABELS[draft.type])].filter(
    (part) => part !== ''
  );
  return `${parts.join(' ')}.docx`;
}
