import type { LetterChannel } from '../../../domain';

/** How a letter reaches the customer, in the words staff use. */
export const LETTER_CHANNEL_LABELS: Readonly<Record<LetterChannel, string>> = {
  letter: 'Letter by post',
  email: 'Email',
  alternativeFormat: 'Alternative format (for example large print or easy read)'
};
