// BR-32: no informal restrictions. A letter saying the council will not reply (or will not
// enter into further correspondence) may only be sent while an approved, active sanction of
// that scope allows it [SRC PSOW Isle of Anglesey; SPSO 201507810]. A restriction decision
// letter may announce an approved sanction that starts when the letter is sent.

import type { Case } from '../model/case';
import { IsoDate, isOnOrAfter } from '../model/dates';
import type { LetterType } from '../model/letter';
import type { Sanction, SanctionScope } from '../model/sanction';
import { activeSanctions, NO_REPLY_SANCTION_TYPES, scopeCovers } from '../sanctions/scope';
import { findNoReplySentence, type NoReplySentence } from './noReplyWording';
import type { LetterContent } from './letterContent';

// FOI notices are governed by FOIA s.17(6), not by CCM sanctions (BR-16), so they are exempt.
const EXEMPT_TYPES: readonly LetterType[] = ['FoiRefusal', 'FoiWarning'];

/** True when any item of the letter says the council will not reply (noReplyWording.ts). */
export function statesNoReply(content: LetterContent): boolean {
  return findNoReplySentence(content) !== undefined;
}

export interface NoReplyCheck {
  readonly rule: 'BR-32';
  readonly allowed: boolean;
  /** The sanction that authorises the wording, when there is one. */
  readonly sanctionId?: string;
  /** The sentence that says the council will not reply, quoted in a refusal. */
  readonly found?: NoReplySentence;
  readonly message: string;
}

/**
 * May this letter be sent as written? Letters that do not say "we will not reply" are always
 * fine; those that do need an active (or, for the decision letter itself, approved) sanction
 * of a no-reply type whose scope covers `scope`. Without a `scope`, the letter is about the
 * case's own restriction: any no-reply sanction of the case in force (or approved) covers it.
 */
export function checkNoReplyLetter(
  type: LetterType,
  content: LetterContent,
  caseRecord: Pick<Case, 'sanctions'>,
  scope: SanctionScope | undefined,
  today: IsoDate
): NoReplyCheck {
  const found = EXEMPT_TYPES.indexOf(type) !== -1 ? undefined : findNoReplySentence(content);
  if (!found) {
    return { rule: 'BR-32', allowed: true, message: 'The letter does not restrict replies.' };
  }
  const covers = (sanction: Sanction): boolean => (scope === undefined ? true : scopeCovers(sanction.scope, scope));
  const active = activeSanctions(caseRecord.sanctions, today).filter(
    (sanction) => sanction.restrictions.some((item) => NO_REPLY_SANCTION_TYPES.indexOf(item.type) !== -1) && covers(sanction)
  )[0];
  const announced =
    type === 'RestrictionDecision'
      ? caseRecord.sanctions.filter(
          (sanction) =>
            sanction.status === 'Approved' &&
            isOnOrAfter(sanction.endDate, today) &&
            sanction.restrictions.some((item) => NO_REPLY_SANCTION_TYPES.indexOf(item.type) !== -1) &&
            covers(sanction)
        )[0]
      : undefined;
  const authorising = active ?? announced;
  if (authorising) {
    return { rule: 'BR-32', allowed: true, sanctionId: authorising.id, found, message: 'An approved restriction covers this wording.' };
  }
  return {
    rule: 'BR-32',
    allowed: false,
    found,
    message:
      `This letter says \u201c${found.sentence}\u201d: the council will not reply, but no approved, active restriction of that scope allows it. ` +
      'Remove that sentence, or propose a restriction for approval first (BR-32).'
  };
}
