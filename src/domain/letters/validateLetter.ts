// Checks a draft letter against its mandatory content (BR-06, BR-07, BR-30 and the rest of
// letterRequirements), naming every missing item in plain English for the composer.

import type { IsoDate } from '../model/dates';
import type { LetterType } from '../model/letter';
import type { LetterContent } from './letterContent';
import { checkNoReplyLetter, type NoReplyCheck } from './noReplyLetters';
import { LETTER_ITEM_DEFINITIONS, LetterItem } from './letterItems';
import { LetterContext, requiredLetterItems } from './letterRequirements';

export interface MissingLetterItem {
  readonly item: LetterItem;
  readonly label: string;
  /** Spec 2.6 item number, when the item comes from that list. */
  readonly specItem?: number;
  /** 'empty' when blank; 'placeholder' when template text has not been replaced. */
  readonly reason: 'empty' | 'placeholder';
}

export interface LetterValidation {
  readonly ok: boolean;
  readonly missing: readonly MissingLetterItem[];
  /** BR-32: the letter says the council will not reply and nothing allows it (the sentence is quoted). */
  readonly informalRestriction?: NoReplyCheck;
}

// Template markers such as {{spocName}} or [insert date] that were never filled in.
const PLACEHOLDER_PATTERN: RegExp = /\{\{[^}]*\}\}|\[\s*(insert|enter|add|tbc|todo)\b[^\]]*\]/i;

/** True when the text still contains unfilled template markers. */
export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER_PATTERN.test(text);
}

// With no authority given there are no sanctions to date-check; any date will do.
const NO_DAY = '1900-01-01' as IsoDate;

/** Validates a draft letter of the given type. */
export function validateLetter(type: LetterType, content: LetterContent, context: LetterContext = {}): LetterValidation {
  const missing: MissingLetterItem[] = [];
  for (const item of requiredLetterItems(type, context)) {
    const value = content[item];
    const definition = LETTER_ITEM_DEFINITIONS[item];
    let reason: MissingLetterItem['reason'] | undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      reason = 'empty';
    } else if (hasPlaceholder(value)) {
      reason = 'placeholder';
    }
    if (reason) {
      missing.push({ item, label: definition.label, specItem: definition.specItem, reason });
    }
  }
  const noReply = checkNoReplyLetter(
    type,
    content,
    { sanctions: context.noReplyAuthority?.sanctions ?? [] },
    undefined,
    context.noReplyAuthority?.today ?? NO_DAY
  );
  if (!noReply.allowed) {
    return { ok: false, missing, informalRestriction: noReply };
  }
  return { ok: missing.length === 0, missing };
}

/** One sentence for the composer, e.g. "Add: Why we made this decision; How long it lasts." */
export function describeMissing(validation: LetterValidation): string {
  if (validation.ok) {
    return 'The letter contains everything it must include.';
  }
  const sentences: string[] = [];
  if (validation.missing.length > 0) sentences.push(`Before sending, add: ${validation.missing.map((entry) => entry.label).join('; ')}.`);
  if (validation.informalRestriction) sentences.push(validation.informalRestriction.message);
  return sentences.join(' ');
}
