// What a letter says about a restriction the council already knows: what applies from now
// (the restrictions, where they apply and until when), how to challenge the decision and the
// Ombudsman. Written from the sanction, so the letter says what was decided and no officer
// retypes it (spec 2.6 items 3, 4, 6, 10 and 11; BR-10; BR-30). Plain text: the screens and
// the Word generator escape it.

import { formatLongDate } from '../model/dates';
import type { Sanction, SanctionScope } from '../model/sanction';
import { summariseRestrictions } from '../sanctions/describeSanction';
import { DEFAULT_TIME_FRAMES } from '../time/timeFrames';
import type { LetterItem } from './letterItems';
import { ombudsmanRightText } from './ombudsman';

/** The terms of a restriction that a letter states. */
export type RestrictionTerms = Pick<Sanction, 'restrictions' | 'scope' | 'startDate' | 'endDate'>;

/** Where the restriction applies, in words for the person (no internal justification). */
export function scopeForLetter(scope: SanctionScope): string {
  switch (scope.kind) {
    case 'person':
      return `Your contact with ${scope.staffName}.`;
    case 'team':
      return `The ${scope.team} team in the ${scope.service} service.`;
    case 'service':
      return `The ${scope.service} service.`;
    case 'councilWide':
      return 'All of the council\u2019s services.';
    case 'premisesExclusion':
      return `These council premises: ${scope.sites.join(', ')}.`;
    case 'publicMeetingExclusion':
      return `These public meetings: ${scope.meetings}.`;
  }
}

/** The whatAppliesNow item: the dates, each restriction with its details, and where it applies. */
export function whatAppliesNowText(terms: RestrictionTerms): string {
  const lines = [`From ${formatLongDate(terms.startDate)} until ${formatLongDate(terms.endDate)}:`];
  for (const restriction of summariseRestrictions(terms.restrictions)) {
    lines.push(`- ${restriction.parameters ? `${restriction.label} (${restriction.parameters})` : restriction.label}`);
  }
  lines.push(`Where it applies: ${scopeForLetter(terms.scope)}`);
  return lines.join('\n');
}

/** The howToAppeal item: who hears a challenge and by when (spec 2.8; appeal window in working days). */
export function howToChallengeText(appealWindowWorkingDays: number = DEFAULT_TIME_FRAMES.appealWindowWorkingDays): string {
  return (
    `If you think this decision is wrong, you can appeal. Write to your single point of contact within ${appealWindowWorkingDays} ` +
    'working days of receiving this letter and say why. A senior officer who was not involved in the decision will consider ' +
    'your appeal and tell you the outcome in writing.'
  );
}

/**
 * The items a letter about a restriction that continues can take straight from it and from the
 * council's Ombudsman signposting (configuration): a review outcome that continues, amends or
 * extends it (BR-10), or a reply to the person's own request while it is in force (BR-34).
 */
export function continuingRestrictionItems(terms: RestrictionTerms, ombudsmanSignposting: string): Partial<Record<LetterItem, string>> {
  return {
    whatAppliesNow: whatAppliesNowText(terms),
    howToAppeal: howToChallengeText(),
    ombudsmanRight: ombudsmanRightText(ombudsmanSignposting)
  };
}
