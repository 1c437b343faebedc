// Headings as the person reading the letter sees them. The domain's item labels are written
// for the officer composing the letter ("Why we made this decision"); these speak to the
// recipient, so the two lists are kept apart on purpose.
import type { LetterItem } from '../../../domain/letters';

export const LETTER_ITEM_HEADINGS: Readonly<Record<LetterItem, string>> = {
  behaviourOfConcern: 'What has concerned us',
  decisionReasons: 'Why we have made this decision',
  actionTaken: 'What this means for how you contact us',
  scope: 'Where this applies',
  expectations: 'What we expect from now on',
  duration: 'How long this lasts',
  decisionAndReviewDates: 'When we made this decision and when we will review it',
  singlePointOfContact: 'Your single point of contact',
  consequences: 'What may happen if things do not change',
  howToAppeal: 'How to challenge or appeal this decision',
  ombudsmanRight: 'Your right to complain to the Ombudsman',
  policyCopy: 'Our policy',
  reviewResult: 'The result of the review',
  reviewReasons: 'Why we reached this result',
  whatAppliesNow: 'What applies from now',
  nextReviewDate: 'When we will review this again',
  appealResult: 'The decision on your appeal',
  appealReasons: 'Why we reached this decision',
  restrictionEndDate: 'The restriction has ended',
  contactFromNow: 'How to contact us from now on',
  provisionRelied: 'The law we are relying on',
  internalReviewRoute: 'How to ask us to look at this again',
  icoRight: 'Your right to complain to the Information Commissioner',
  publicInterestTest: 'The public interest',
  previousRefusalReference: 'Our earlier refusal notice',
  topicsCovered: 'The requests this letter covers',
  noFurtherResponseWarning: 'Further requests on these topics',
  markerReason: 'Why we have added a warning marker',
  markerEffect: 'What the marker means when you contact us',
  markerReviewDate: 'When we will review the marker',
  howToChallengeMarker: 'How to challenge the marker',
  dataRights: 'How we use this information and your rights',
  markerRemoved: 'What we have removed',
  markerRemovalReasons: 'Why we have removed it'
};
