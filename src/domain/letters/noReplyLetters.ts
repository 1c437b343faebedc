// BR-32: no informal restrictions. A letter saying the council will not reply (or will not
// enter into further correspondence) may only be sent while an approved, active sanction of
// that scope allows it [SRC PSOW Isle of Anglesey; SPSO 201507810]. A restriction decision
// letter may announce an approved sanction that starts when the letter is sent.

import type { Case } from '../model/case';
import { IsoDate, isOnOrAfter } from '../model/dates';
import type { LetterType } from '../model/letter';
import type { SanctionScope } from '../model/sanction';
import { NO_REPLY_SANCTION_TYPES, sanctionAllowingNoReply, scopeCovers } from '../sanctions/scope';
import type { LetterContent } from './validateLetter';

// Wording that tells the person the council will stop replying.
const NO_REPLY_PATTERNS: readonly RegExp[] = [
  /\b(will|shall) not (be )?(reply|replying|respond|responding|answer|acknowledge)/i,
  /\bwon['\u2019]t (reply|respond|answer|acknowledge)/i,
  /\bno (longer )?(reply|replies|response|responses|acknowledgement)s? will be (sent|given|made)/i,
  /\bno further (correspondence|replies|responses|contact will be answered)/i,
  /\b(read|filed) (and filed )?without (a )?(reply|response|acknowledgement)/i,
  /\bdo not reply\b/i
];

// FOI notices are governed by FOIA s.17(6), not by CCM sanctions (BR-16), so they are exempt.
const EXEMPT_TYPES: readonly LetterType[] = ['FoiRefusal', 'FoiWarning'];

/** True when any item of the letter says the council will not reply. */
export function statesNoReply(content: LetterContent): boolean {
  return Object.keys(content).some((key) => {
    const text = content[key];
    return typeof text === 'string' && NO_REPLY_PATTERNS.some((pattern) => pattern.test(text));
  });
}

export interface NoReplyCheck {
  readonly rule: 'BR-32';
  readonly allowed: boolean;
  /** The sanction that authorises the wording, when there is one. */
  readonly sanctionId?: string;
  readonly message: string;
}

/**
 * May this letter be sent as written? Letters that do not say "we will not reply" are always
 * fine; those that do need an active (or, for the decision letter itself, approved) sanction
 * of a no-reply type whose scope covers `scope`.
 */
export function checkNoReplyLetter(
  type: LetterType,
  content: LetterContent,
  caseRecord: Pick<Case, 'sanctions'>,
  scope: SanctionScope,
  today: IsoDate
): NoReplyCheck {
  if (EXEMPT_TYPES.indexOf(type) !== -1 || !statesNoReply(content)) {
    return { rule: 'BR-32', allowed: true, message: 'The letter does not restrict replies.' };
  }
  const active = sanctionAllowingNoReply(caseRecord, scope, today);
  const announced =
    type === 'RestrictionDecision'
      ? caseRecord.sanctions.filter(
          (sanction) =>
            sanction.status === 'Approved' &&
            isOnOrAfter(sanction.endDate, today) &&
            sanction.restrictions.some((item) => NO_REPLY_SANCTION_TYPES.indexOf(item.type) !== -1) &&
            scopeCovers(sanction.scope, scope)
        )[0]
      : undefined;
  const authorising = active ?? announced;
  if (authorising) {
    return { rule: 'BR-32', allowed: true, sanctionId: authorising.id, message: 'An approved restriction covers this wording.' };
  }
  return {
    rule: 'BR-32',
    allowed: false,
    message:
      'This letter says the council will not reply, but no approved, active restriction of that scope allows it. ' +
      'Remove that wording, or propose a restriction for approval first.'
  };
}
