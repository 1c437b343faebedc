// Phase 5 (spec §5.4, BR-01/05/07/29/31): the approver's decision on the proposed sanction,
// and the restriction letter that makes an approved sanction active.

import { isAfter, isBefore, IsoDate } from '../../model/dates';
import type { Sanction } from '../../model/sanction';
import { channelConfirmationFor } from '../../sanctions/channelConfirmation';
import { currentSanction } from '../currentSanction';
import { fail, type PhaseHandlers } from '../transitionRun';
import { blank, checklistProblem } from './shared/caseChecks';
import { addLetter, letterProblem } from './shared/letters';
import { proposalProblem, subjectProblem } from './shared/sanctions';

export const SANCTION_APPROVAL_HANDLERS: PhaseHandlers<'decideSanction' | 'sendSanctionLetter'> = {
  decideSanction: (run, action) => {
    const sanction = currentSanction(run.next);
    if (sanction === undefined || sanction.status !== 'Proposed') {
      return fail('illegalTransition', 'There is no sanction awaiting a decision.');
    }
    if (blank(action.approval.reasons)) {
      return fail('guardFailed', 'Give reasons for the decision.', 'BR-01');
    }
    const approval = { ...action.approval, id: run.context.newId('approval'), approverId: run.context.actorId, decidedAt: run.context.now };
    const withApproval: Sanction = { ...sanction, approvals: sanction.approvals.concat([approval]) };
    if (approval.outcome === 'AskForChanges') {
      run.replaceSanction({ ...withApproval, status: 'ChangesRequested' });
      run.record('sanction.changesRequested', { type: 'ApprovalDecision', id: approval.id }, 'BR-01');
      return undefined;
    }
    if (approval.outcome === 'Reject') {
      run.replaceSanction({ ...withApproval, status: 'Rejected' });
      run.record('sanction.rejected', { type: 'ApprovalDecision', id: approval.id }, 'BR-01');
      const period = run.next.monitoringPeriod;
      if (action.afterRejection === 'Monitoring' && period !== undefined && isBefore(run.today, period.plannedEndDate)) {
        run.next = { ...run.next, monitoringPeriod: { ...period, endedOn: undefined, endedEarlyReason: undefined, assessment: undefined } };
        run.setStatus('Monitoring');
      } else {
        run.setStatus('Closed', 'Rejected');
      }
      return undefined;
    }
    const checklist = checklistProblem(run, 'approving a sanction');
    if (checklist) {
      return checklist;
    }
    // BR-05: monitoring letter sent and period ended, unless a valid bypass was recorded.
    const decision = run.next.invocationDecision;
    const bypassed = decision !== undefined && decision.bypass !== undefined;
    const period = run.next.monitoringPeriod;
    const fastTrack = run.next.sanctions.some((s) => s.status === 'Lifted' || s.status === 'Expired');
    if (!bypassed && !fastTrack && (period === undefined || period.endedOn === undefined)) {
      return fail('guardFailed', 'A monitoring letter must have been sent and the monitoring period ended before a sanction.', 'BR-05');
    }
    const problem = proposalProblem(run, sanction);
    if (problem) {
      return problem;
    }
    // BR-29: approver confirms the continuity plan for someone with a statutory role.
    if (run.context.person.statutoryRoles.length > 0 && approval.continuityPlanConfirmed !== true) {
      return fail('guardFailed', 'Confirm how information and participation continue for this person’s statutory role.', 'BR-29');
    }
    // BR-31 widened: approver confirms the channel works for someone with communication needs or an R11 route.
    if (channelConfirmationFor(sanction, run.context.person) !== undefined && approval.channelConfirmed !== true) {
      return fail(
        'guardFailed',
        'Confirm the contact channel works for this person: they have communication needs or a third party is their contact route.',
        'BR-31'
      );
    }
    const plan = sanction.continuityPlan;
    const confirmedPlan =
      plan && approval.continuityPlanConfirmed === true
        ? { ...plan, confirmedBy: approval.approverId, confirmedAt: approval.decidedAt }
        : plan;
    run.replaceSanction({ ...withApproval, status: 'Approved', continuityPlan: confirmedPlan });
    run.record('sanction.approved', { type: 'ApprovalDecision', id: approval.id }, 'BR-01');
    run.setStatus('SanctionLetterDraft');
    return undefined;
  },

  sendSanctionLetter: (run, action) => {
    const problem = letterProblem(run, action.letter, 'RestrictionDecision', 'BR-07');
    if (problem) {
      return problem;
    }
    const sanction = currentSanction(run.next) as Sanction;
    const subject = subjectProblem(run, sanction.subjectPersonId);
    if (subject) {
      return subject;
    }
    addLetter(run, action.letter);
    // The restriction applies only once the customer has been told (spec 5.4): a letter sent
    // after the planned start moves the start to the day it was sent.
    const sentOn = action.letter.sentOn as IsoDate;
    const startDate = isAfter(sentOn, sanction.startDate) ? sentOn : sanction.startDate;
    run.replaceSanction({ ...sanction, status: 'Active', customerNotifiedOn: sentOn, startDate });
    run.setStatus('SanctionActive');
    return undefined;
  }
};
