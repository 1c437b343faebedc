// The items a letter shows, in order, each marked required or optional. Required comes
// from the domain, so a template can never make a mandatory item disappear.
import type { LetterType } from '../../../domain';
import { LetterContext, LetterItem, requiredLetterItems } from '../../../domain/letters';
import { LETTER_TEMPLATES } from './letterTemplates';

export interface LetterItemSlot {
  readonly item: LetterItem;
  readonly required: boolean;
}

export function letterItemsToShow(type: LetterType, context: LetterContext = {}): LetterItemSlot[] {
  const required = requiredLetterItems(type, context);
  const ordered: LetterItem[] = [...LETTER_TEMPLATES[type].items];
  for (const item of required) {
    if (ordered.indexOf(item) === -1) {
      ordered.push(item);
    }
  }
  // The public interest item only belongs in EIR refusals; keep it off FOIA ones.
  const visible = ordered.filter((item) => required.indexOf(item) !== -1 || !(type === 'FoiRefusal' && item === 'publicInterestTest'));
  return visible.map((item) => ({ item, required: required.indexOf(item) !== -1 }));
}
