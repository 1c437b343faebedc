// The scheduled review (spec §5.4, BR-09/10/30): started when due, completed with a lift,
// continue or amend and its letter; a review left overdue is escalated by the sweep.

import { formatLongDate, isBefore, IsoDate } from '../../model/dates';
import type { Sanction } from '../../model/sanction';
import type { SanctionProposal } from '../../sanctions/checkSanctionProposal';
import { currentSanction } from '../currentSanction';
import { fail, type PhaseHandlers } from '../transitionRun';
import { blank, everyoneOnce } from './shared/caseChecks';
import { addLetter, letterProblem } from './shared/letters';
import { addSanction, newSanction, proposalProblem } from './shared/sanctions';

export const REVIEW_HANDLERS: PhaseHandlers<'startReview' | 'completeReview' | 'escalateOverdueReview'> = {
  startReview: (run) => {
    const sanction = currentSanction(run.next) as Sanction;
    const review = {
      id: run.context.newId('review'),
      kind: 'Scheduled' as const,
      sanctionId: sanction.id,
      dueDate: sanction.reviewDate,
      reviewers: [run.context.actorId]
    };
    run.next = { ...run.next, reviews: run.next.reviews.concat([review]) };
    run.record('review.started', { type: 'Review', id: review.id }, 'BR-10');
    run.setStatus('UnderReview');
    return undefined;
  },

  completeReview: (run, action) => {
    const sanction = currentSanction(run.next) as Sanction;
    const reviews = run.next.reviews.filter((r) => r.kind === 'Scheduled' && r.outcome === undefined);
    const review = reviews[reviews.length - 1];
    // BR-10 and BR-30: reasons, in writing.
    if (blank(action.reasons)) {
      return fail(
        'guardFailed',
        'Give the reasons for the review outcome.',
        sanction.scope.kind === 'premisesExclusion' || sanction.scope.kind === 'publicMeetingExclusion' ? 'BR-30' : 'BR-10'
      );
    }
    const letterIssue = letterProblem(run, action.letter, 'ReviewOutcome', 'BR-10', { reviewOutcome: action.outcome });
    if (letterIssue) {
      return letterIssue;
    }
    let nextReviewDate: IsoDate | undefined;
    if (action.outcome === 'Lift') {
      run.replaceSanction({ ...sanction, status: 'Lifted' });
      run.setStatus('Closed', 'Lifted');
    } else {
      if (action.nextReviewDate === undefined) {
        return fail('guardFailed', 'Set the next review date.', 'BR-10');
      }
      nextReviewDate = action.nextReviewDate;
      // Continue or amend is a fresh decision: a new version starting today (BR-08 limits apply).
      const base: SanctionProposal = action.outcome === 'Amend' && action.amendedSanction ? action.amendedSanction : sanction;
      const renewed: SanctionProposal = {
        ...base,
        startDate: run.today,
        reviewDate: action.nextReviewDate,
        endDate: action.newEndDate ?? sanction.endDate
      };
      const problem = proposalProblem(run, renewed);
      if (problem) {
        return problem;
      }
      run.replaceSanction({ ...sanction, status: 'Superseded' });
      addSanction(run, { ...newSanction(run, renewed, 'Active', sanction), approvals: sanction.approvals }, 'BR-10');
      run.setStatus('SanctionActive');
    }
    run.next = {
      ...run.next,
      reviews: run.next.reviews.map((r) =>
        r.id === review.id
          ? {
              ...r,
              heldOn: run.today,
              outcome: action.outcome,
              reasons: action.reasons,
              nextReviewDate,
              newEndDate: action.newEndDate,
              letterId: action.letter.id,
              answeredAt: run.context.now
            }
          : r
      )
    };
    // BR-09: the review has an outcome, so its escalation is done for everyone it went to.
    run.closeTasks((t) => t.kind === 'reviewOverdue');
    addLetter(run, action.letter);
    run.record('review.completed', { type: 'Review', id: review.id }, 'BR-10', action.outcome);
    return undefined;
  },

  escalateOverdueReview: (run) => {
    const sanction = currentSanction(run.next) as Sanction;
    if (isBefore(run.today, sanction.reviewDate)) {
      return fail('guardFailed', `The review is not due until ${formatLongDate(sanction.reviewDate)}.`, 'BR-09');
    }
    const already = run.next.tasks.some((t) => t.kind === 'reviewOverdue' && t.dueDate === sanction.reviewDate);
    if (already) {
      return fail('guardFailed', 'This overdue review has already been escalated.', 'BR-09');
    }
    // To the approvers and the CRO, and to the case officer (the alternate, when the CRO
    // declared involvement: BR-03), never to someone with a declared conflict on the case.
    // Each gets their own task: one task for several people reaches only the first of them.
    const approvers = sanction.approvals.filter((a) => a.outcome === 'Approve').map((a) => a.approverId);
    const cro = run.context.roles.customerRelationsOfficer ?? [];
    const conflicted = run.next.conflictDeclarations.map((d) => d.userId);
    const people = everyoneOnce([...approvers, run.next.caseOfficerId, ...cro]).filter((id) => conflicted.indexOf(id) < 0);
    if (people.length === 0) {
      return fail(
        'guardFailed',
        'Nobody can be told the review is overdue: the restriction has no recorded approver, the case no officer and no one holds the Customer Relations Officer role.',
        'BR-09'
      );
    }
    for (const userId of people) {
      run.addTask({
        kind: 'reviewOverdue',
        assignees: [userId],
        dueDate: sanction.reviewDate,
        detail: `Review due on ${formatLongDate(sanction.reviewDate)} has no outcome.`
      });
    }
    run.record('review.escalated', { type: 'Sanction', id: sanction.id }, 'BR-09');
    return undefined;
  }
};
