// Letter steps several phases share: the mandatory-content gate and the record of a letter sent.

import { dateOfInstant, formatLongDate, isAfter } from '../../../model/dates';
import type { Letter, LetterType } from '../../../model/letter';
import type { LetterContext } from '../../../letters/letterRequirements';
import { describeMissing, validateLetter } from '../../../letters/validateLetter';
import { fail, type Outcome, type TransitionRun } from '../../transitionRun';

/**
 * BR-06/07/10/30/32: the letter's mandatory content, checked here whatever the caller did, so
 * no caller can skip it. `context` says what this letter must state (e.g. a review outcome that
 * continues the restriction needs what applies now); the case's own sanctions, as they stand
 * before the transition, decide whether it may say the council will not reply.
 */
export function letterProblem(
  run: TransitionRun,
  letter: Letter,
  expected: LetterType,
  rule: string,
  context: LetterContext = {}
): Outcome | undefined {
  if (letter.type !== expected) {
    return fail('guardFailed', `This needs a ${expected} letter.`, rule);
  }
  if (letter.sentOn === undefined) {
    return fail('guardFailed', 'Record the date the letter was sent.', rule);
  }
  // A letter still to be sent has not told the customer anything (issue 13): record it once sent.
  if (isAfter(letter.sentOn, dateOfInstant(run.context.now))) {
    return fail(
      'guardFailed',
      `The letter cannot be recorded as sent on ${formatLongDate(letter.sentOn)}, a date still to come. Record it once it has been sent.`,
      rule
    );
  }
  const validation = validateLetter(letter.type, letter.fields, {
    ...context,
    noReplyAuthority: { sanctions: run.next.sanctions, today: run.today }
  });
  // A caller's own check (WorkflowContext.validateLetter) can add to the domain's, never replace it.
  const missing = [
    ...(validation.ok ? [] : [describeMissing(validation)]),
    ...(run.context.validateLetter ? run.context.validateLetter(letter) : [])
  ];
  if (missing.length > 0) {
    return fail('guardFailed', 'The letter is missing required content.', rule, missing);
  }
  return undefined;
}

export function addLetter(run: TransitionRun, letter: Letter): void {
  run.next = { ...run.next, letters: run.next.letters.concat([letter]) };
  run.record('letter.sent', { type: 'Letter', id: letter.id }, undefined, letter.type);
}
