/**
 * A case walked through the engine to the point a test needs (not used by production code):
 * the same steps applyCaseAction.test.ts takes, shared by the tests of the engine's own gates.
 */
import type { Case } from '../../model/case';
import { isoDate } from '../../model/dates';
import { applyCaseAction } from '../applyCaseAction';
import type { CaseAction, TransitionError, WorkflowContext } from '../types';
import { completeChecklist, context, draftCase, letter, panel, proposal } from './fixtures';

/** Applies an action that must succeed. */
export function step(c: Case, action: CaseAction, ctx: WorkflowContext): Case {
  const result = applyCaseAction(c, action, ctx);
  if (!result.ok) {
    throw new Error(`${action.type} failed: ${result.error.rule} ${result.error.message} ${(result.error.details ?? []).join(' | ')}`);
  }
  return result.value.case;
}

/** Applies an action that must be refused, and returns the refusal. */
export function refusal(c: Case, action: CaseAction, ctx: WorkflowContext): TransitionError {
  const result = applyCaseAction(c, action, ctx);
  if (result.ok) throw new Error(`${action.type} was not refused.`);
  return result.error;
}

/** The panel invoked the policy on 10 January 2026: the monitoring letter is to be sent. */
export function monitoringLetterDraftCase(): Case {
  let c = step(draftCase(), { type: 'submit' }, context('u-staff', '2026-01-06'));
  c = step(c, { type: 'escalate', reasons: 'Abuse continues.' }, context('u-lm', '2026-01-07'));
  c = step(c, { type: 'assignCaseOfficer', userId: 'u-cro' }, context('u-hos', '2026-01-07'));
  c = step(c, { type: 'recordChecklist', checklist: completeChecklist() }, context('u-cro', '2026-01-08'));
  return step(c, { type: 'recordInvocationDecision', decision: panel('Customer') }, context('u-hos', '2026-01-10'));
}

/** Monitoring since 12 January 2026. */
export function monitoringCase(): Case {
  return step(
    monitoringLetterDraftCase(),
    { type: 'sendMonitoringLetter', letter: letter('MonitoringWarning', '2026-01-12') },
    context('u-cro', '2026-01-12')
  );
}

/** Approved on 14 April 2026, waiting for its restriction letter. */
export function approvedCase(): Case {
  const c = step(monitoringCase(), { type: 'proposeSanction', sanction: proposal('2026-04-20') }, context('u-cro', '2026-04-13'));
  return step(
    c,
    { type: 'decideSanction', approval: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Proportionate.' } },
    context('u-ed', '2026-04-14')
  );
}

/** Active from 20 April 2026: review due 20 July 2026, ends 20 October 2026. */
export function activeCase(): Case {
  return step(
    approvedCase(),
    { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', '2026-04-15') },
    context('u-cro', '2026-04-15')
  );
}

/** The active case under review since 1 July 2026. */
export function underReviewCase(): Case {
  return step(activeCase(), { type: 'startReview' }, context('u-ed', '2026-07-01'));
}

/** The active case under appeal since 1 May 2026, heard by u-appeal. */
export function underAppealCase(): Case {
  return step(
    activeCase(),
    {
      type: 'receiveAppeal',
      receivedOn: isoDate('2026-05-01'),
      grounds: ['disproportionate'],
      statement: 'It is too much.',
      reviewerId: 'u-appeal',
      withinDeadline: true
    },
    context('u-cro', '2026-05-01')
  );
}
