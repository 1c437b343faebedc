// Which content items each letter type must contain before it can be sent. The send action
// is blocked until they validate (spec 5.4: letter-sending transitions are gated).

import type { LetterType } from '../model/letter';
import type { FoiRegime } from '../model/foi';
import type { ReviewOutcome } from '../model/review';
import type { LetterItem } from './letterItems';
import type { IsoDate } from '../model/dates';
import type { Sanction } from '../model/sanction';

/** Facts about the letter that change what it must say. */
export interface LetterContext {
  /** ReviewOutcome letters: anything but 'Lift' states what applies now, the next review date and the rights (BR-10). */
  readonly reviewOutcome?: ReviewOutcome;
  /** FoiRefusal letters: EIR refusals must state the public interest test (BR-18, reg.14). */
  readonly regime?: FoiRegime;
  /**
   * BR-32: what may allow the letter to say the council will not reply: the case's sanctions
   * and today's date. Left out, nothing allows it, so such wording is refused.
   */
  readonly noReplyAuthority?: NoReplyAuthority;
}

export interface NoReplyAuthority {
  readonly sanctions: readonly Sanction[];
  readonly today: IsoDate;
}

export const LETTER_TYPE_LABELS: Readonly<Record<LetterType, string>> = {
  MonitoringWarning: 'Monitoring (warning) letter',
  RestrictionDecision: 'Restriction decision letter',
  ReviewOutcome: 'Review outcome letter',
  AppealOutcome: 'Appeal outcome letter',
  RestrictionEnded: 'Restriction lifted or ended letter',
  MemberInformal: 'Councillor\u2019s own letter to the person',
  FoiRefusal: 'FOI/EIR refusal notice',
  FoiWarning: 'FOI warning before relying on section 17(6)',
  MarkerNotification: 'Warning marker notification',
  MarkerRemoval: 'Warning marker removal letter'
};

// Fixed requirements per type, with the rule or source each comes from.
const BASE_REQUIREMENTS: Readonly<Record<LetterType, readonly LetterItem[]>> = {
  // BR-06: spec 2.6 items 1, 5, 6, 8, 9 and 12 [SRC N6, M1].
  MonitoringWarning: ['behaviourOfConcern', 'expectations', 'duration', 'singlePointOfContact', 'consequences', 'policyCopy'],
  // BR-07: spec 2.6 items 1-4, 6, 7, 10 and 11 [SRC C1, C2, C5, S1].
  RestrictionDecision: [
    'behaviourOfConcern',
    'decisionReasons',
    'actionTaken',
    'scope',
    'duration',
    'decisionAndReviewDates',
    'howToAppeal',
    'ombudsmanRight'
  ],
  // BR-30 / spec 2.7: the result and the reasons, in writing.
  ReviewOutcome: ['reviewResult', 'reviewReasons'],
  // BR-12 / spec 2.8: a written decision, then signposting to the Ombudsman.
  AppealOutcome: ['appealResult', 'appealReasons', 'ombudsmanRight'],
  // BR-09 / spec 2.7: the person is told the outcome and how contact works now.
  RestrictionEnded: ['restrictionEndDate', 'contactFromNow'],
  // Councillors' policy step 1 [SRC M1 p.5]: the councillor sets out concerns.
  MemberInformal: ['behaviourOfConcern', 'expectations'],
  // Spec 3.1: reliance on the provision, internal review and ICO rights (FOIA s.17(5),(7)).
  FoiRefusal: ['provisionRelied', 'internalReviewRoute', 'icoRight'],
  // Spec 3.1 / I1: the warning that makes a later s.17(6) reliance fair.
  FoiWarning: ['previousRefusalReference', 'topicsCovered', 'noFurtherResponseWarning'],
  // BR-21 / BR-33 / spec 4.1: the notification record and the challenge route.
  MarkerNotification: ['markerReason', 'markerEffect', 'markerReviewDate', 'howToChallengeMarker', 'dataRights'],
  // BR-33: removal is recorded with reasons and the person told: what was removed, when and why.
  MarkerRemoval: ['markerRemoved', 'markerRemovalReasons', 'dataRights']
};

/** The items this letter must contain, in the order the composer shows them. */
export function requiredLetterItems(type: LetterType, context: LetterContext = {}): readonly LetterItem[] {
  const items: LetterItem[] = [...BASE_REQUIREMENTS[type]];
  if (type === 'ReviewOutcome' && context.reviewOutcome !== 'Lift') {
    // BR-10: continuing, amending or extending is a fresh decision, told in writing: what
    // applies from now (restrictions, scope, end date), the next review date, how to
    // challenge it and the Ombudsman (spec 2.6 items 3, 4, 6, 7, 10, 11). When the outcome is
    // not yet known, ask for them rather than risk a letter without them.
    items.push('whatAppliesNow', 'nextReviewDate', 'howToAppeal', 'ombudsmanRight');
  }
  if (type === 'FoiRefusal' && context.regime !== 'FOIA') {
    // BR-18: EIR refusals state the public interest test; unknown regime is treated as EIR.
    items.push('publicInterestTest');
  }
  return items;
}
