// Phase 2 (spec §5.4, BR-02 to BR-05): the consider-before-restricting checklist and the
// panel's invocation decision, which closes the case, keeps it informal, starts monitoring or
// (bypass) goes straight to a proposed sanction.

import { dateOfInstant, formatLongDate, isAfter } from '../../model/dates';
import { BYPASS_REASONS } from '../../model/invocation';
import { holdsRole } from '../../model/roles';
import { PANEL_ROLES_BY_ROUTE } from '../../permissions/caseParticipation';
import { fail, type PhaseHandlers } from '../transitionRun';
import { blank, checklistProblem, conflictedOfficerProblem } from './shared/caseChecks';
import { addSanction, newSanction, proposalProblem } from './shared/sanctions';

export const PANEL_DECISION_HANDLERS: PhaseHandlers<'recordChecklist' | 'recordInvocationDecision'> = {
  recordChecklist: (run, action) => {
    run.next = { ...run.next, checklist: { ...action.checklist, completedBy: run.context.actorId, updatedAt: run.context.now } };
    run.record('checklist.updated', { type: 'Checklist', id: run.next.id }, 'BR-04');
    return undefined;
  },

  recordInvocationDecision: (run, action) => {
    const decision = action.decision;
    if (blank(decision.reasons)) {
      return fail('guardFailed', 'Record the reasons for the decision.', 'BR-02');
    }
    if (isAfter(decision.meetingDate, dateOfInstant(run.context.now))) {
      return fail(
        'guardFailed',
        `The panel cannot have met on ${formatLongDate(decision.meetingDate)}, a date still to come. Record the decision once the panel has met.`,
        'BR-02'
      );
    }
    // BR-02: every seat for the route filled by someone who really holds that role.
    const seats = PANEL_ROLES_BY_ROUTE[run.next.route];
    const missingSeats = seats.filter(
      (seat) => !decision.attendees.some((a) => seat.indexOf(a.role) >= 0 && holdsRole(run.context.roles, a.userId, a.role))
    );
    if (missingSeats.length > 0) {
      return fail(
        'guardFailed',
        'The decision panel is not complete for this route.',
        'BR-02',
        missingSeats.map((seat) => `Missing: ${seat.join(' or ')}`)
      );
    }
    // BR-03: a conflicted officer cannot sit in the CRO seat; the alternate does.
    const conflicted = decision.attendees.filter((a) => run.next.conflictDeclarations.some((c) => c.userId === a.userId));
    if (conflicted.length > 0) {
      return fail(
        'guardFailed',
        'A panel member has declared earlier involvement. The alternate officer must take their place.',
        'BR-03',
        conflicted.map((a) => a.name)
      );
    }
    const spocProblem = conflictedOfficerProblem(run, decision.spocUserId);
    if (spocProblem) {
      return spocProblem;
    }
    run.next = { ...run.next, invocationDecision: decision };
    run.record('invocation.decided', { type: 'InvocationDecision', id: decision.id }, 'BR-02', decision.outcome);

    if (decision.outcome === 'DoNotInvoke') {
      run.setStatus('Closed', 'NotInvoked');
      return undefined;
    }
    if (decision.outcome === 'InformalOnly') {
      run.setStatus('InformalAction');
      return undefined;
    }
    const checklist = checklistProblem(run, 'invoking the policy');
    if (checklist) {
      return checklist;
    }
    if (decision.bypass === undefined) {
      const max = run.maxMonitoringMonths;
      const months = decision.monitoringPeriod ? decision.monitoringPeriod.lengthMonths : max;
      if (!(months > 0 && months <= max)) {
        return fail('guardFailed', `The monitoring period must be more than 0 and no more than ${max} months.`, 'BR-05');
      }
      run.setStatus('MonitoringLetterDraft');
      return undefined;
    }
    // BR-05 bypass: allowed reason, Executive Director approval and a note.
    const bypass = decision.bypass;
    if (
      BYPASS_REASONS.indexOf(bypass.reason) < 0 ||
      blank(bypass.note) ||
      !holdsRole(run.context.roles, bypass.approvedBy, 'executiveDirector')
    ) {
      return fail(
        'guardFailed',
        'Going straight to a sanction needs a serious threat of violence or particularly vexatious behaviour, the Executive Director’s approval and a note.',
        'BR-05'
      );
    }
    if (action.bypassSanction === undefined) {
      return fail('guardFailed', 'Set out the proposed sanction when the warning stage is bypassed.', 'BR-05');
    }
    const problem = proposalProblem(run, action.bypassSanction);
    if (problem) {
      return problem;
    }
    addSanction(run, newSanction(run, action.bypassSanction, 'Proposed'), 'BR-05');
    run.setStatus('SanctionProposed');
    return undefined;
  }
};
