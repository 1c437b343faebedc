// The customer's own request for a review (BR-34): logged with its answer-by date, routed to
// the decision-maker and the case officer, and answered in writing.

import { formatLongDate, isAfter, isBefore } from '../../model/dates';
import type { Sanction } from '../../model/sanction';
import { personRequestedReviewDeadline } from '../../time/deadlines';
import { currentSanction } from '../currentSanction';
import { fail, type PhaseHandlers } from '../transitionRun';
import { blank, everyoneOnce } from './shared/caseChecks';
import { addLetter, letterProblem } from './shared/letters';

export const PERSON_REQUESTED_REVIEW_HANDLERS: PhaseHandlers<'logPersonReviewRequest' | 'answerPersonReviewRequest'> = {
  logPersonReviewRequest: (run, action) => {
    // BR-34: logged, routed to the decision-maker, answered in writing by a set date.
    if (blank(action.requestText)) {
      return fail('guardFailed', 'Record what the person asked for.', 'BR-34');
    }
    if (isBefore(action.respondBy, action.requestedOn)) {
      return fail('guardFailed', 'The reply date must be after the request date.', 'BR-34');
    }
    const latest = personRequestedReviewDeadline(action.requestedOn, run.deadlines);
    if (isAfter(action.respondBy, latest)) {
      return fail(
        'guardFailed',
        `The council's time frame says a request received on ${formatLongDate(action.requestedOn)} is answered by ${formatLongDate(latest)}: the reply date cannot be later.`,
        'BR-34'
      );
    }
    const sanction = currentSanction(run.next) as Sanction;
    const review = {
      id: run.context.newId('review'),
      kind: 'PersonRequested' as const,
      sanctionId: sanction.id,
      dueDate: action.respondBy,
      requestedOn: action.requestedOn,
      requestText: action.requestText,
      assignedTo: action.assignedTo,
      reviewers: [action.assignedTo]
    };
    run.next = { ...run.next, reviews: run.next.reviews.concat([review]) };
    run.record('review.requestedByPerson', { type: 'Review', id: review.id }, 'BR-34');
    // Routed to the decision-maker, and to the case officer (the single point of contact, who
    // sends the written answer), each as their own task, so it reaches both.
    for (const userId of everyoneOnce([action.assignedTo, run.next.caseOfficerId])) {
      run.addTask({
        kind: 'answerPersonRequestedReview',
        assignees: [userId],
        recordId: review.id,
        dueDate: action.respondBy,
        detail: 'Answer the person’s request for a review in writing.'
      });
    }
    return undefined;
  },

  answerPersonReviewRequest: (run, action) => {
    const review = run.next.reviews.filter((r) => r.id === action.reviewId && r.kind === 'PersonRequested')[0];
    if (review === undefined || review.answeredAt !== undefined) {
      return fail('guardFailed', 'There is no open request for a review with that reference.', 'BR-34');
    }
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Give reasons in the reply.', 'BR-34');
    }
    // A reply once no restriction is in force has nothing continuing to state, as after a Lift.
    const letterIssue = letterProblem(
      run,
      action.letter,
      'ReviewOutcome',
      'BR-34',
      currentSanction(run.next) === undefined ? { reviewOutcome: 'Lift' } : {}
    );
    if (letterIssue) {
      return letterIssue;
    }
    run.next = {
      ...run.next,
      reviews: run.next.reviews.map((r) =>
        r.id === review.id
          ? { ...r, reasons: action.reasons, letterId: action.letter.id, answeredAt: run.context.now, heldOn: run.today }
          : r
      )
    };
    // This request's tasks only (another request may share its answer-by date); a task made
    // before tasks named their request is matched by that date.
    run.closeTasks(
      (t) =>
        t.kind === 'answerPersonRequestedReview' && (t.recordId !== undefined ? t.recordId === review.id : t.dueDate === review.dueDate)
    );
    addLetter(run, action.letter);
    run.record('review.personRequestAnswered', { type: 'Review', id: review.id }, 'BR-34');
    return undefined;
  }
};
