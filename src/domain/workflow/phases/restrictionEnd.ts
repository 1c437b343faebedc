// The end of a restriction (spec §5.4, BR-09): the sweep expires it at its end date, even
// while a review or an appeal is under way, and the case officer sends the letter saying so.

import { SYSTEM_ACTOR } from '../../model/audit';
import { formatLongDate, isAfter } from '../../model/dates';
import type { Sanction } from '../../model/sanction';
import { currentSanction } from '../currentSanction';
import { fail, type PhaseHandlers } from '../transitionRun';
import { everyoneOnce } from './shared/caseChecks';
import { addLetter, letterProblem } from './shared/letters';

export const RESTRICTION_END_HANDLERS: PhaseHandlers<'expireSanction' | 'sendRestrictionEndedLetter'> = {
  expireSanction: (run) => {
    const sanction = currentSanction(run.next) as Sanction;
    if (!isAfter(run.today, sanction.endDate)) {
      return fail('guardFailed', `The restriction runs until ${formatLongDate(sanction.endDate)}.`, 'BR-09');
    }
    run.replaceSanction({ ...sanction, status: 'Expired' });
    run.closeTasks((t) => t.kind === 'reviewOverdue');
    // BR-09: only a recorded decision extends a restriction. A review or an appeal still in
    // progress is not one, so the restriction ends on time and the person is told.
    const pending =
      run.next.status === 'UnderReview'
        ? ' The review that was under way had no outcome, so the restriction ended at its end date.'
        : run.next.status === 'UnderAppeal'
          ? ' The appeal that was under way had not been decided; the restriction ended at its end date.'
          : '';
    if (pending !== '') {
      run.record('sanction.expiredWhilePending', { type: 'Sanction', id: sanction.id }, 'BR-09', pending.trim());
    }
    // The case officer's letter; with no case officer, the CRO's (a task for "system" reaches nobody).
    const conflicted = run.next.conflictDeclarations.map((d) => d.userId);
    const croHolders = (run.context.roles.customerRelationsOfficer ?? []).filter((id) => conflicted.indexOf(id) < 0);
    const writers = run.next.caseOfficerId ? [run.next.caseOfficerId] : everyoneOnce(croHolders);
    for (const userId of writers.length > 0 ? writers : [SYSTEM_ACTOR]) {
      run.addTask({
        kind: 'sendRestrictionEndedLetter',
        assignees: [userId],
        dueDate: run.today,
        detail: `Send the letter telling the person the restriction has ended.${pending}`
      });
    }
    run.setStatus('Closed', 'Expired');
    return undefined;
  },

  sendRestrictionEndedLetter: (run, action) => {
    if (!run.next.sanctions.some((s) => s.status === 'Expired')) {
      return fail(
        'guardFailed',
        'The letter saying the restriction has ended is sent once a restriction on this case has expired.',
        'BR-09'
      );
    }
    const problem = letterProblem(run, action.letter, 'RestrictionEnded', 'BR-09');
    if (problem) {
      return problem;
    }
    addLetter(run, action.letter);
    run.closeTasks((t) => t.kind === 'sendRestrictionEndedLetter');
    return undefined;
  }
};
