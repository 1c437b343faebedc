// The appeal (spec §5.4, BR-11/12): received from an active restriction with an independent
// reviewer, then upheld, varied (never lengthened) or quashed, with its outcome letter.

import { formatLongDate, isAfter } from '../../model/dates';
import type { Sanction } from '../../model/sanction';
import { can } from '../../permissions/can';
import { participationOf } from '../../permissions/caseParticipation';
import { currentSanction } from '../currentSanction';
import { fail, type PhaseHandlers } from '../transitionRun';
import { blank } from './shared/caseChecks';
import { addLetter, letterProblem } from './shared/letters';
import { addSanction, newSanction, proposalProblem } from './shared/sanctions';

/** The permission matrix's refusal, said of the reviewer chosen rather than of the person recording the appeal. */
function appealReviewerRefusal(reason: string): string {
  if (reason.startsWith('You were involved')) {
    return 'The reviewer chosen was involved in the original decision (as a decision-maker, approver, proposer, case officer or line manager), so another senior officer must hear the appeal.';
  }
  if (reason.startsWith('Only a designated appeal reviewer')) return 'The person chosen is not a designated appeal reviewer.';
  return reason;
}

export const APPEAL_HANDLERS: PhaseHandlers<'receiveAppeal' | 'decideAppeal'> = {
  receiveAppeal: (run, action) => {
    const sanction = currentSanction(run.next) as Sanction;
    if (action.grounds.length === 0 || blank(action.statement)) {
      return fail('guardFailed', 'An appeal needs at least one ground and the person’s reasons.', 'BR-12');
    }
    if (action.grounds.indexOf('factualInaccuracy') >= 0) {
      return fail('guardFailed', 'Factual inaccuracy is a ground for challenging a warning letter, not a restriction.', 'BR-12');
    }
    const reviewerCheck = can({ userId: action.reviewerId }, 'appeal.decide', {
      roles: run.context.roles,
      case: participationOf(run.next)
    });
    if (!reviewerCheck.allowed) {
      // Said of the reviewer chosen, not of the person recording the appeal.
      return fail('guardFailed', appealReviewerRefusal(reviewerCheck.reason), reviewerCheck.rule);
    }
    const appeal = {
      id: run.context.newId('appeal'),
      sanctionId: sanction.id,
      receivedOn: action.receivedOn,
      withinDeadline: action.withinDeadline,
      grounds: action.grounds,
      statement: action.statement,
      reviewerId: action.reviewerId
    };
    run.next = { ...run.next, appeals: run.next.appeals.concat([appeal]) };
    run.record('appeal.received', { type: 'Appeal', id: appeal.id }, 'BR-12');
    run.setStatus('UnderAppeal');
    return undefined;
  },

  decideAppeal: (run, action) => {
    const appeal = run.next.appeals[run.next.appeals.length - 1];
    if (appeal.reviewerId !== run.context.actorId) {
      return fail('notPermitted', 'Only the assigned appeal reviewer can decide this appeal.', 'BR-11');
    }
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Give the written reasons for the appeal decision.', 'BR-12');
    }
    const letterIssue = letterProblem(run, action.letter, 'AppealOutcome', 'BR-12');
    if (letterIssue) {
      return letterIssue;
    }
    const sanction = currentSanction(run.next) as Sanction;
    if (action.outcome === 'Vary') {
      if (action.variedSanction === undefined) {
        return fail('guardFailed', 'Set out the varied restriction.', 'BR-12');
      }
      // An appeal is the person's challenge: it can ease the restriction, never make it last
      // longer. Lengthening is a fresh decision for a review, with its own letter (BR-10).
      if (isAfter(action.variedSanction.endDate, sanction.endDate)) {
        return fail(
          'guardFailed',
          `An appeal can vary the restriction but not lengthen it: the varied restriction must end by ${formatLongDate(sanction.endDate)}, when it ends now. To extend it, record a review, which has its own letter.`,
          'BR-12'
        );
      }
      const problem = proposalProblem(run, action.variedSanction);
      if (problem) {
        return problem;
      }
      run.replaceSanction({ ...sanction, status: 'Superseded' });
      const varied = newSanction(run, action.variedSanction, 'Active', sanction);
      addSanction(run, { ...varied, approvals: sanction.approvals }, 'BR-12');
      // The varied restriction is a fresh decision with its own review date: the escalation
      // of the old one's overdue review is no longer anyone's to do.
      run.closeTasks((t) => t.kind === 'reviewOverdue' && t.dueDate !== varied.reviewDate);
    } else if (action.outcome === 'Quash') {
      run.replaceSanction({ ...sanction, status: 'Quashed' });
      // Nothing is left to review: an escalated overdue review is no longer anyone's to do.
      run.closeTasks((t) => t.kind === 'reviewOverdue');
    }
    run.next = {
      ...run.next,
      appeals: run.next.appeals.map((a) =>
        a.id === appeal.id
          ? {
              ...a,
              outcome: action.outcome,
              decisionReasons: action.reasons,
              decidedAt: run.context.now,
              decisionLetterId: action.letter.id
            }
          : a
      )
    };
    addLetter(run, action.letter);
    run.record('appeal.decided', { type: 'Appeal', id: appeal.id }, 'BR-12', action.outcome);
    if (action.outcome === 'Quash') {
      run.setStatus('Closed', 'Quashed');
    } else {
      run.setStatus('SanctionActive');
    }
    return undefined;
  }
};
