// One generator template per letter type: the title, the opening and closing words, and the
// order of the content items. The mandatory items themselves come from the domain
// (requiredLetterItems); a template may offer extra, optional items after them.
import type { LetterType } from '../../../domain';
import type { LetterItem } from '../../../domain/letters';

export interface LetterTemplate {
  /** Heading at the top of the letter. */
  readonly title: string;
  /** First paragraph after "Dear ...". */
  readonly opening: string;
  /** Items in the order they appear; required items missing from this list are appended. */
  readonly items: readonly LetterItem[];
  /** Paragraph before "Yours sincerely". */
  readonly closing: string;
  /** Bumped when the wording changes, and stored with the letter (spec 5.2 #12). */
  readonly version: string;
}

/**
 * Every letter about a restriction says the council made it under its policy, not informally
 * (BR-32; LGSCO and PSOW decisions on restrictions made outside a policy). Fixed wording, so
 * no officer can leave it out.
 */
export const MADE_UNDER_POLICY: string =
  'This decision is made under the council\u2019s Case Management Policy for unacceptable customer behaviour, which sets out how the council responds to behaviour of this kind.';

/** The letter types that impose, change, uphold or end a restriction: each states MADE_UNDER_POLICY. */
export const RESTRICTION_LETTER_TYPES: readonly LetterType[] = [
  'RestrictionDecision',
  'ReviewOutcome',
  'AppealOutcome',
  'RestrictionEnded'
];

const CLOSING_CONTACT: string =
  'If you have any questions about this letter, please contact your single point of contact or write to us at the address above.';

export const LETTER_TEMPLATES: Readonly<Record<LetterType, LetterTemplate>> = {
  MonitoringWarning: {
    title: 'Monitoring of your contact with the council',
    opening:
      'We are writing about the way you have been contacting the council. We want to explain what has concerned us, what we expect from now on, and what will happen next.',
    items: ['behaviourOfConcern', 'expectations', 'duration', 'singlePointOfContact', 'consequences', 'policyCopy'],
    closing: 'We hope this will not be necessary. ' + CLOSING_CONTACT,
    version: 'monitoring-1'
  },
  RestrictionDecision: {
    title: 'Our decision to restrict your contact with the council',
    opening: 'We are writing to tell you about a decision we have made about how you may contact the council. ' + MADE_UNDER_POLICY,
    items: [
      'behaviourOfConcern',
      'decisionReasons',
      'actionTaken',
      'scope',
      'duration',
      'decisionAndReviewDates',
      'singlePointOfContact',
      'expectations',
      'howToAppeal',
      'ombudsmanRight',
      'policyCopy'
    ],
    closing: 'New issues you raise will still be dealt with on their merits. ' + CLOSING_CONTACT,
    version: 'restriction-2'
  },
  ReviewOutcome: {
    title: 'The review of the restriction on your contact with the council',
    opening: 'We have reviewed the restriction on how you contact the council, as we said we would. ' + MADE_UNDER_POLICY,
    items: ['reviewResult', 'reviewReasons', 'whatAppliesNow', 'nextReviewDate', 'actionTaken', 'howToAppeal', 'ombudsmanRight'],
    closing: CLOSING_CONTACT,
    version: 'review-2'
  },
  AppealOutcome: {
    title: 'The decision on your appeal',
    opening:
      'A senior officer who was not involved in the original decision has considered your appeal about the restriction on your contact with the council. ' +
      MADE_UNDER_POLICY,
    items: ['appealResult', 'appealReasons', 'whatAppliesNow', 'actionTaken', 'ombudsmanRight'],
    closing: 'This is the end of the council\u2019s own appeal process. ' + CLOSING_CONTACT,
    version: 'appeal-2'
  },
  RestrictionEnded: {
    title: 'The restriction on your contact with the council has ended',
    opening:
      'We are writing to let you know that the restriction on how you contact the council no longer applies. It was made under the council\u2019s Case Management Policy for unacceptable customer behaviour, which also says how it ends.',
    items: ['restrictionEndDate', 'contactFromNow'],
    closing: 'Thank you for your patience while the restriction was in place.',
    version: 'ended-2'
  },
  MemberInformal: {
    title: 'My concerns about our recent contact',
    opening: 'I am writing as your councillor because I am concerned about some of our recent contact.',
    items: ['behaviourOfConcern', 'expectations', 'consequences'],
    closing: 'I want to keep helping you, and I hope we can continue to work together.',
    version: 'member-1'
  },
  FoiRefusal: {
    title: 'Refusal notice: your request for information',
    opening: 'Thank you for your request for information. We have decided not to comply with it, for the reasons below.',
    items: ['provisionRelied', 'publicInterestTest', 'internalReviewRoute', 'icoRight'],
    closing: 'This decision is about this request only. Any future request will be considered on its own merits.',
    version: 'foi-refusal-1'
  },
  FoiWarning: {
    title: 'Further requests for information on the same topics',
    opening: 'We are writing about the requests for information you have made to the council.',
    items: ['previousRefusalReference', 'topicsCovered', 'noFurtherResponseWarning', 'internalReviewRoute', 'icoRight'],
    closing: 'Requests on other topics will be considered in the usual way.',
    version: 'foi-warning-1'
  },
  MarkerNotification: {
    title: 'A warning marker on our records',
    opening: 'We are writing to tell you that we have added a warning marker to our records about you, to keep our staff safe.',
    items: ['markerReason', 'markerEffect', 'markerReviewDate', 'howToChallengeMarker', 'dataRights'],
    closing: CLOSING_CONTACT,
    version: 'marker-1'
  },
  // Produced from the warning-marker register (not the case Letters screen): a marker may have no case.
  MarkerRemoval: {
    title: 'We have removed a warning marker from our records',
    opening: 'We are writing to tell you that we have removed the warning marker we held on our records about you.',
    items: ['markerRemoved', 'markerRemovalReasons', 'dataRights'],
    closing: 'If you have any questions about this letter, please write to us at the address above.',
    version: 'marker-removal-1'
  }
};
