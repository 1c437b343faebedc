// Phase 1 of a case's life (spec §5.4, 1.4 and 1.6): from the draft to the line manager's
// triage (informal action, or escalation to the panel), or a case opened from a Member referral.

import { validateMemberReferral } from '../../members/memberReferralValidator';
import { fail, type PhaseHandlers, type TransitionRun } from '../transitionRun';
import { blank } from './shared/caseChecks';

/** The first Customer Relations Officer, else alternate officer, with no declared conflict on the case. */
function defaultCaseOfficer(run: TransitionRun): string | undefined {
  const { roles } = run.context;
  const candidates = [...(roles.customerRelationsOfficer ?? []), ...(roles.alternateOfficer ?? [])];
  return candidates.find((userId) => !run.next.conflictDeclarations.some((c) => c.userId === userId));
}

/**
 * Councillors' route: the Customer and ICT Services Business Manager is the single point of
 * contact, assisted by the CRO (spec 5.1, M1), so the first Business Manager with no declared
 * conflict is the case officer; failing one, the CRO or alternate as on the customer route.
 */
function defaultCouncillorRouteOfficer(run: TransitionRun): string | undefined {
  const managers = run.context.roles.customerIctBusinessManager ?? [];
  const free = managers.find((userId) => !run.next.conflictDeclarations.some((c) => c.userId === userId));
  return free ?? defaultCaseOfficer(run);
}

/** The actions of this phase. */
type PhaseAction = 'submit' | 'openFromMemberReferral' | 'takeInformalAction' | 'resolveInformal' | 'escalate';

export const REFERRAL_HANDLERS: PhaseHandlers<PhaseAction> = {
  submit: (run) => {
    if (run.next.incidentIds.length === 0) {
      return fail('guardFailed', 'Link at least one incident report before referring the case.');
    }
    run.setStatus('Referred');
    return undefined;
  },

  openFromMemberReferral: (run, action) => {
    const { referral } = action;
    if (run.next.route !== 'Councillor') {
      return fail('guardFailed', 'A case opened from a Member referral is on the councillors’ route.', 'BR-26');
    }
    // The case names its referral (BR-22: the councillor's need-to-know view trusts only this link).
    if (run.next.memberReferralId !== referral.id) {
      return fail('guardFailed', 'The case must name the Member referral it is opened from.', 'BR-22');
    }
    if (referral.caseId !== undefined && referral.caseId !== run.next.id) {
      return fail('guardFailed', 'A case has already been opened from this referral.', 'BR-26');
    }
    // BR-26: the escalation ladder was followed (letter, then group leader), or skipped for a reason.
    const check = validateMemberReferral(referral, run.today);
    if (!check.ok) {
      return fail(
        'guardFailed',
        'The referral does not show the steps the councillors’ policy asks for. Ask the councillor to complete it.',
        'BR-26',
        check.error.map((problem) => problem.message)
      );
    }
    if (run.next.caseOfficerId === undefined) {
      const officer = defaultCouncillorRouteOfficer(run);
      if (officer !== undefined) run.next = { ...run.next, caseOfficerId: officer };
    }
    run.setStatus('AwaitingInvocationDecision');
    run.record('memberReferral.caseOpened', { type: 'MemberReferral', id: referral.id }, 'BR-26', undefined, {
      caseId: run.next.id,
      councillorId: referral.councillorId,
      referredOn: referral.referredToMonitoringOfficerOn
    });
    return undefined;
  },

  takeInformalAction: (run, action) => {
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Record the informal action taken.');
    }
    run.setStatus('InformalAction');
    return undefined;
  },

  resolveInformal: (run, action) => {
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Record how the matter was resolved.');
    }
    run.setStatus('Closed', 'Resolved');
    return undefined;
  },

  escalate: (run, action) => {
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Record why the case is going to the head of service.');
    }
    // Spec 5.2: the case officer is the Customer Relations Officer, or the alternate where
    // the CRO has declared earlier involvement (BR-03). An escalated case goes to them at
    // once, so it never waits without an officer; the panel can still assign another.
    if (run.next.caseOfficerId === undefined) {
      const officer = defaultCaseOfficer(run);
      if (officer !== undefined) run.next = { ...run.next, caseOfficerId: officer };
    }
    run.setStatus('AwaitingInvocationDecision');
    return undefined;
  }
};
