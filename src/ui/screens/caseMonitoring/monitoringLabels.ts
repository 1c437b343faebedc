import type { ContactChannelKind, FoiRegime, LetterChannel } from '../../../domain';

/** How each contact channel is named on the form and in the contact log. */
export const CONTACT_LABELS: Readonly<Record<ContactChannelKind, string>> = {
  phone: 'Telephone',
  email: 'Email',
  post: 'Post',
  faceToFace: 'Face to face',
  webForm: 'Web form',
  socialMedia: 'Social media',
  textMessage: 'Text message'
};

/** BR-16: a request for information goes to the FOI officer, under its regime. */
export const INFORMATION_REQUEST_CHOICES: readonly { value: FoiRegime; label: string }[] = [
  { value: 'FOIA', label: 'Yes: a Freedom of Information request' },
  { value: 'EIR', label: 'Yes: an Environmental Information request' }
];

export const LETTER_CHANNEL_LABELS: Readonly<Record<LetterChannel, string>> = {
  letter: 'Letter by post',
  email: 'Email',
  alternativeFormat: 'Alternative format (large print, Braille, easy read)'
};
