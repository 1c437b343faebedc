// The content items a letter can be required to contain. Items 1-12 are spec 2.6 (the union
// of NULBC, LGSCO and council sources); the rest cover letters 2.6 does not describe
// (review and appeal outcomes, FOI notices, marker notifications). Labels are what the
// letter composer shows; hints say what good content looks like.

export const LETTER_ITEMS = [
  'behaviourOfConcern',
  'decisionReasons',
  'actionTaken',
  'scope',
  'expectations',
  'duration',
  'decisionAndReviewDates',
  'singlePointOfContact',
  'consequences',
  'howToAppeal',
  'ombudsmanRight',
  'policyCopy',
  'reviewResult',
  'reviewReasons',
  'whatAppliesNow',
  'nextReviewDate',
  'appealResult',
  'appealReasons',
  'restrictionEndDate',
  'contactFromNow',
  'provisionRelied',
  'internalReviewRoute',
  'icoRight',
  'publicInterestTest',
  'previousRefusalReference',
  'topicsCovered',
  'noFurtherResponseWarning',
  'markerReason',
  'markerEffect',
  'markerReviewDate',
  'howToChallengeMarker',
  'dataRights',
  'markerRemoved',
  'markerRemovalReasons'
] as const;

export type LetterItem = (typeof LETTER_ITEMS)[number];

export interface LetterItemDefinition {
  readonly label: string;
  readonly hint: string;
  /** Item number in spec 2.6, when the item comes from that list. */
  readonly specItem?: number;
}

export const LETTER_ITEM_DEFINITIONS: Readonly<Record<LetterItem, LetterItemDefinition>> = {
  behaviourOfConcern: {
    specItem: 1,
    label: 'The behaviour that caused concern, with examples',
    hint: 'Describe what happened, when and how, with dates. Quote words used. Avoid opinions and labels.'
  },
  decisionReasons: {
    specItem: 2,
    label: 'Why we made this decision',
    hint: 'Explain the effect on staff or services and why less restrictive steps were not enough.'
  },
  actionTaken: {
    specItem: 3,
    label: 'What we are doing and how the person can contact us now',
    hint: 'Say exactly what changes, for example "please contact us only by email to ..." .'
  },
  scope: {
    specItem: 4,
    label: 'Where the restriction applies',
    hint: 'The whole council, one service, one team or one named officer; premises or meetings by name.'
  },
  expectations: {
    specItem: 5,
    label: 'What we expect in future',
    hint: 'Set out the standard of behaviour and contact we expect, in plain words.'
  },
  duration: {
    specItem: 6,
    label: 'How long it lasts',
    hint: 'For a monitoring letter, the monitoring period (usually three months). For a restriction, the end date.'
  },
  decisionAndReviewDates: {
    specItem: 7,
    label: 'When we made the decision and when we will review it',
    hint: 'Give both dates in full, for example 28 November 2026.'
  },
  singlePointOfContact: {
    specItem: 8,
    label: 'Single point of contact: name and contact details',
    hint: 'Name the officer (or shared inbox) and say who covers when they are away.'
  },
  consequences: {
    specItem: 9,
    label: 'What may happen if the behaviour does not change',
    hint: 'Explain, without threatening, that the council may restrict contact after the monitoring period.'
  },
  howToAppeal: {
    specItem: 10,
    label: 'How to challenge or appeal the decision',
    hint: 'Who to write to, and the time limit (working days from receiving the letter).'
  },
  ombudsmanRight: {
    specItem: 11,
    label: 'Right to complain to the Local Government and Social Care Ombudsman',
    // The body named is configuration (ombudsman.ts): the LGSCO by default, the Housing
    // Ombudsman for landlord matters, the SPSO in Scotland and the PSOW in Wales.
    hint: 'Include the Ombudsman\u2019s contact details: the Housing Ombudsman for landlord matters; SPSO in Scotland, PSOW in Wales.'
  },
  policyCopy: {
    specItem: 12,
    label: 'A copy of the policy is enclosed',
    hint: 'Enclose the customer case management policy, in an accessible format if needed.'
  },
  reviewResult: {
    label: 'The result of the review',
    hint: 'Say whether the restriction continues, changes or is lifted.'
  },
  reviewReasons: {
    label: 'The reasons for the review result',
    hint: 'Refer to what has happened since the last decision, including any improvement.'
  },
  whatAppliesNow: {
    label: 'What applies from now: the restrictions, where they apply and until when',
    hint: 'Each restriction that continues, its scope and the new end date, as decided. Needed when the restriction continues or changes.'
  },
  nextReviewDate: {
    label: 'The next review date',
    hint: 'Needed when the restriction continues or changes.'
  },
  appealResult: {
    label: 'The appeal decision (upheld, varied or quashed)',
    hint: 'State the decision plainly; if varied, say what the restriction is now.'
  },
  appealReasons: {
    label: 'The reasons for the appeal decision',
    hint: 'Answer each ground of appeal the person raised.'
  },
  restrictionEndDate: {
    label: 'That the restriction has ended, and the date it ended',
    hint: 'Say whether it was lifted at review or reached its end date.'
  },
  contactFromNow: {
    label: 'How the person can contact us from now on',
    hint: 'Usually the normal routes. Mention that restrictions can be reapplied if the behaviour returns.'
  },
  provisionRelied: {
    label: 'The provision relied on',
    hint: 'FOIA s.14(1), s.14(2) or EIR regulation 12(4)(b).'
  },
  internalReviewRoute: {
    label: 'How to ask for an internal review (or EIR reconsideration)',
    hint: 'Who to write to and by when.'
  },
  icoRight: {
    label: 'Right to complain to the Information Commissioner',
    hint: 'Include the ICO\u2019s contact details.'
  },
  publicInterestTest: {
    label: 'The public interest considerations and the presumption in favour of disclosure',
    hint: 'EIR only: the matters weighed for and against disclosure, and why the balance favours refusal.'
  },
  previousRefusalReference: {
    label: 'The earlier refusal notice relied on',
    hint: 'Reference and date of the earlier s.14 refusal notice.'
  },
  topicsCovered: {
    label: 'The topics the warning covers',
    hint: 'Describe the same or similar topics on which further requests will not get a refusal notice.'
  },
  noFurtherResponseWarning: {
    label: 'Warning that further requests on these topics will not get a response',
    hint: 'Required before relying on FOIA s.17(6).'
  },
  markerReason: {
    label: 'Why a warning marker has been added (the specific incident)',
    hint: 'Name the incident and date; keep to facts.'
  },
  markerEffect: {
    label: 'What the marker means when the person contacts us',
    hint: 'For example, home visits by two officers, or meetings at the civic offices.'
  },
  markerReviewDate: {
    label: 'When the marker will be reviewed',
    hint: 'Give the review date in full.'
  },
  howToChallengeMarker: {
    label: 'How to challenge the marker',
    hint: 'Someone other than the officer who proposed it will look at the evidence again.'
  },
  dataRights: {
    label: 'How we use this information and the person\u2019s data rights',
    hint: 'Point to the privacy notice and the right of access.'
  },
  markerRemoved: {
    label: 'What was removed, and when',
    hint: 'Say which marker was removed (when it was added and what it asked staff to do) and the date it was removed.'
  },
  markerRemovalReasons: {
    label: 'Why the marker was removed',
    hint: 'The reasons recorded at the removal, in plain words.'
  }
};
