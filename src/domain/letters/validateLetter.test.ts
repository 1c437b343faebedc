import { LETTER_TYPES, LetterType } from '../model/letter';
import { LETTER_ITEM_DEFINITIONS, LETTER_ITEMS, LetterItem } from './letterItems';
import { LETTER_TYPE_LABELS, requiredLetterItems } from './letterRequirements';
import type { LetterContent } from './letterContent';
import { describeMissing, hasPlaceholder, validateLetter } from './validateLetter';

/** Content with every required item filled in with ordinary text. */
function complete(type: LetterType, context: Parameters<typeof requiredLetterItems>[1] = {}): Record<string, string> {
  const content: Record<string, string> = {};
  for (const item of requiredLetterItems(type, context)) {
    content[item] = `Text for ${item}.`;
  }
  return content;
}

function without(content: Record<string, string>, ...items: LetterItem[]): LetterContent {
  const copy: Record<string, string> = { ...content };
  for (const item of items) {
    delete copy[item];
  }
  return copy;
}

function specItemsOf(type: LetterType): number[] {
  return requiredLetterItems(type).map((item) => LETTER_ITEM_DEFINITIONS[item].specItem ?? 0);
}

describe('letter content requirements', () => {
  test('BR-06 monitoring letters require spec 2.6 items 1, 5, 6, 8, 9 and 12', () => {
    expect(specItemsOf('MonitoringWarning')).toEqual([1, 5, 6, 8, 9, 12]);
    expect(validateLetter('MonitoringWarning', complete('MonitoringWarning')).ok).toBe(true);
    const result = validateLetter('MonitoringWarning', without(complete('MonitoringWarning'), 'duration', 'policyCopy'));
    expect(result.ok).toBe(false);
    expect(result.missing.map((entry) => entry.specItem)).toEqual([6, 12]);
    expect(result.missing[0].label).toBe('How long it lasts');
  });

  test('BR-07 restriction letters require items 1-4, 6, 7, 10 and 11, and sending is blocked without them', () => {
    expect(specItemsOf('RestrictionDecision')).toEqual([1, 2, 3, 4, 6, 7, 10, 11]);
    expect(validateLetter('RestrictionDecision', complete('RestrictionDecision'))).toEqual({ ok: true, missing: [] });
    const result = validateLetter('RestrictionDecision', without(complete('RestrictionDecision'), 'howToAppeal', 'ombudsmanRight'));
    expect(result.ok).toBe(false);
    expect(result.missing.map((entry) => entry.item)).toEqual(['howToAppeal', 'ombudsmanRight']);
  });

  test('BR-30 review letters must state the result and the reasons', () => {
    const lifted = complete('ReviewOutcome', { reviewOutcome: 'Lift' });
    expect(validateLetter('ReviewOutcome', lifted, { reviewOutcome: 'Lift' }).ok).toBe(true);
    const noReasons = validateLetter('ReviewOutcome', without(lifted, 'reviewReasons'), { reviewOutcome: 'Lift' });
    expect(noReasons.ok).toBe(false);
    expect(noReasons.missing.map((entry) => entry.item)).toEqual(['reviewReasons']);
  });

  test('BR-10 a review that continues, amends or extends states what applies now, the next review date, how to challenge it and the Ombudsman; a lift need not', () => {
    const lift = requiredLetterItems('ReviewOutcome', { reviewOutcome: 'Lift' });
    for (const item of ['whatAppliesNow', 'nextReviewDate', 'howToAppeal', 'ombudsmanRight'] as const) expect(lift).not.toContain(item);
    for (const outcome of ['Continue', 'Amend'] as const) {
      const result = validateLetter('ReviewOutcome', complete('ReviewOutcome', { reviewOutcome: 'Lift' }), { reviewOutcome: outcome });
      expect(result.missing.map((entry) => entry.item)).toEqual(['whatAppliesNow', 'nextReviewDate', 'howToAppeal', 'ombudsmanRight']);
      expect(result.missing.map((entry) => entry.specItem)).toEqual([undefined, undefined, 10, 11]);
      expect(validateLetter('ReviewOutcome', complete('ReviewOutcome', { reviewOutcome: outcome }), { reviewOutcome: outcome }).ok).toBe(
        true
      );
    }
    // Outcome not yet known: ask for everything a continuing restriction needs.
    expect(requiredLetterItems('ReviewOutcome')).toEqual(requiredLetterItems('ReviewOutcome', { reviewOutcome: 'Continue' }));
  });

  test('BR-18 EIR refusal notices must state the public interest test; FOIA refusals need not', () => {
    const foia = complete('FoiRefusal', { regime: 'FOIA' });
    expect(validateLetter('FoiRefusal', foia, { regime: 'FOIA' }).ok).toBe(true);
    const eir = validateLetter('FoiRefusal', foia, { regime: 'EIR' });
    expect(eir.ok).toBe(false);
    expect(eir.missing.map((entry) => entry.item)).toEqual(['publicInterestTest']);
  });

  test('every letter type has a label, requirements, and validates when complete', () => {
    for (const type of LETTER_TYPES) {
      expect(LETTER_TYPE_LABELS[type].length).toBeGreaterThan(5);
      expect(requiredLetterItems(type).length).toBeGreaterThan(1);
      expect(validateLetter(type, complete(type)).ok).toBe(true);
      expect(validateLetter(type, {}).missing.length).toBe(requiredLetterItems(type).length);
    }
  });

  test('every item has a plain-English label and a hint', () => {
    for (const item of LETTER_ITEMS) {
      expect(LETTER_ITEM_DEFINITIONS[item].label.length).toBeGreaterThan(5);
      expect(LETTER_ITEM_DEFINITIONS[item].hint.length).toBeGreaterThan(5);
    }
  });

  test('blank text and unfilled template placeholders count as missing', () => {
    const content = {
      ...complete('MonitoringWarning'),
      expectations: '   ',
      singlePointOfContact: 'Please contact {{spocName}} on {{spocPhone}}.',
      duration: 'Until [insert date].'
    };
    const result = validateLetter('MonitoringWarning', content);
    expect(result.missing.map((entry) => [entry.item, entry.reason])).toEqual([
      ['expectations', 'empty'],
      ['duration', 'placeholder'],
      ['singlePointOfContact', 'placeholder']
    ]);
    expect(hasPlaceholder('Square [brackets] in ordinary text are fine')).toBe(false);
  });

  test('describeMissing gives one plain sentence', () => {
    expect(describeMissing(validateLetter('AppealOutcome', complete('AppealOutcome')))).toBe(
      'The letter contains everything it must include.'
    );
    expect(describeMissing(validateLetter('AppealOutcome', without(complete('AppealOutcome'), 'appealReasons')))).toBe(
      'Before sending, add: The reasons for the appeal decision.'
    );
  });
});

describe('BR-32: every letter is checked for an informal restriction', () => {
  const readAndFile = {
    id: 's-1',
    version: 1,
    caseId: 'case-1',
    subjectPersonId: 'p-1',
    restrictions: [{ type: 'R05', subjectMatter: 'The parking fine', reviewerId: 'u-2' }],
    scope: { kind: 'service', service: 'Parking' },
    startDate: '2026-10-01',
    endDate: '2027-04-01',
    reviewDate: '2027-03-01',
    spoc: { name: 'Sam Patel', channel: 'email' },
    necessaryContactArrangements: 'Email Sam Patel.',
    proportionalityReasons: 'The least restriction that will work.',
    proposedBy: 'u-1',
    proposedAt: '2026-09-20T10:00:00Z',
    approvals: [],
    status: 'Active'
  } as unknown as import('../model/sanction').Sanction;
  const saysNoReply = {
    ...complete('MonitoringWarning'),
    consequences: 'We may restrict contact. Any further emails about the parking fine will be read and filed.'
  };

  test.each(LETTER_TYPES.filter((type) => type !== 'FoiRefusal' && type !== 'FoiWarning'))(
    'BR-32 refused in a %s letter with no restriction in force, quoting the sentence',
    (type) => {
      const content = { ...complete(type), extra: 'We will not reply to further emails on this matter.' };
      const validation = validateLetter(type, content);
      expect(validation.ok).toBe(false);
      expect(describeMissing(validation)).toContain('\u201cWe will not reply to further emails on this matter.\u201d');
      expect(describeMissing(validation)).toContain('no approved, active restriction');
    }
  );

  test('BR-32 allowed while a read-and-file restriction of the case is in force; refused once it has ended', () => {
    expect(
      validateLetter('MonitoringWarning', saysNoReply, { noReplyAuthority: { sanctions: [readAndFile], today: '2026-11-28' as never } }).ok
    ).toBe(true);
    const ended = validateLetter('MonitoringWarning', saysNoReply, {
      noReplyAuthority: { sanctions: [readAndFile], today: '2027-05-01' as never }
    });
    expect(ended.ok).toBe(false);
    expect(ended.informalRestriction?.found?.item).toBe('consequences');
  });

  test('FOI notices are governed by FOIA s.17(6), not by sanctions (BR-16)', () => {
    const content = { ...complete('FoiWarning'), extra: 'We will not respond to further requests.' };
    expect(validateLetter('FoiWarning', content).ok).toBe(true);
  });
});
