import { isoDate } from '../model/dates';
import type { RestrictionTerms } from './restrictionWording';
import { continuingRestrictionItems, howToChallengeText, scopeForLetter, whatAppliesNowText } from './restrictionWording';
import { standardOmbudsmanSignposting } from './ombudsman';
import { validateLetter } from './validateLetter';

const terms: RestrictionTerms = {
  restrictions: [{ type: 'R01', contact: { kind: 'officer', userId: 'u-cro', name: 'Sam Patel' } }, { type: 'R13' }],
  scope: { kind: 'service', service: 'Housing' },
  startDate: isoDate('2026-11-28'),
  endDate: isoDate('2027-05-28')
};

describe('what a letter says about a restriction the council knows (BR-10, BR-30)', () => {
  test('BR-10 what applies from now: the dates in full, each restriction with its details, and where it applies', () => {
    expect(whatAppliesNowText(terms)).toBe(
      [
        'From 28 November 2026 until 28 May 2027:',
        '- Single point of contact (Named officer: Sam Patel)',
        '- Single consolidated response',
        'Where it applies: The Housing service.'
      ].join('\n')
    );
  });

  test('BR-30 exclusions name the premises or meetings; council-wide keeps its internal justification out of the letter', () => {
    expect(scopeForLetter({ kind: 'premisesExclusion', sites: ['Castle House', 'Jubilee 2'] })).toBe(
      'These council premises: Castle House, Jubilee 2.'
    );
    expect(scopeForLetter({ kind: 'publicMeetingExclusion', meetings: 'Full Council' })).toBe('These public meetings: Full Council.');
    expect(scopeForLetter({ kind: 'councilWide', justification: { basis: 'riskToStaff', detail: 'Threats to two officers.' } })).toBe(
      'All of the council\u2019s services.'
    );
    expect(scopeForLetter({ kind: 'person', staffUserId: 'u-1', staffName: 'Jo Reed' })).toBe('Your contact with Jo Reed.');
    expect(scopeForLetter({ kind: 'team', team: 'Repairs', service: 'Housing' })).toBe('The Repairs team in the Housing service.');
  });

  test('how to challenge: the appeal window in working days and an independent senior officer', () => {
    expect(howToChallengeText()).toContain('within 10 working days of receiving this letter');
    expect(howToChallengeText(20)).toContain('within 20 working days');
    expect(howToChallengeText()).toContain('A senior officer who was not involved in the decision');
  });

  test('BR-10 a continuing restriction\u2019s items, with the review result and next review date, make a complete review outcome letter', () => {
    const items = continuingRestrictionItems(terms, standardOmbudsmanSignposting());
    expect(Object.keys(items)).toEqual(['whatAppliesNow', 'howToAppeal', 'ombudsmanRight']);
    expect(items.ombudsmanRight).toContain('Local Government and Social Care Ombudsman');
    const letter = { ...items, reviewResult: 'It continues.', reviewReasons: 'Calls continue.', nextReviewDate: '28 February 2027' };
    expect(validateLetter('ReviewOutcome', letter, { reviewOutcome: 'Continue' }).ok).toBe(true);
  });
});
