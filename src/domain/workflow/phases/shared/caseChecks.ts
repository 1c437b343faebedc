// Small checks several phases share: blank text, each person once, the checklist gate (BR-04)
// and the conflicted-officer gate (BR-03).

import { checklistGaps } from '../../../checklist/checklistCompleteness';
import { fail, type Outcome, type TransitionRun } from '../../transitionRun';

export function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** Each person once, in the order first named; no blanks. */
export function everyoneOnce(userIds: readonly (string | undefined)[]): string[] {
  const seen: string[] = [];
  for (const id of userIds) if (id !== undefined && id !== '' && seen.indexOf(id) < 0) seen.push(id);
  return seen;
}

/** BR-04 */
export function checklistProblem(run: TransitionRun, when: string): Outcome | undefined {
  const gaps = checklistGaps(run.next.checklist);
  return gaps.length > 0
    ? fail(
        'guardFailed',
        `Complete the consider-before-restricting checklist before ${when}.`,
        'BR-04',
        gaps.map((g) => g.message)
      )
    : undefined;
}

/** BR-03: a CRO with prior involvement cannot be the case officer. */
export function conflictedOfficerProblem(run: TransitionRun, userId: string | undefined): Outcome | undefined {
  if (userId === undefined) {
    return undefined;
  }
  const conflicted = run.next.conflictDeclarations.some((c) => c.userId === userId);
  return conflicted
    ? fail('guardFailed', 'This officer has declared earlier involvement. Assign the alternate officer instead.', 'BR-03')
    : undefined;
}
