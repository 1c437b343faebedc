// Several actions applied to one case as one change (e.g. assign the alternate officer, then
// record the panel decision, BR-03; triage's open-and-escalate): the engine's own entry point
// run in order, all or nothing, so every caller that saves a list gets the same answer.
import type { AuditEvent } from '../model/audit';
import type { Case, CaseTask } from '../model/case';
import { applyCaseAction } from './applyCaseAction';
import type { CaseAction, TransitionError, WorkflowContext } from './types';

export type ActionsRun =
  { ok: true; next: Case; auditEvents: AuditEvent[]; routedTasks: CaseTask[] } | { ok: false; refusal: TransitionError };

/**
 * Runs the actions in order through the engine, all or nothing: the first refusal stops the
 * run and nothing is to be saved. The audit events and the work passed outside the case are
 * those of every action, in order.
 */
export function applyCaseActions(kase: Case, actions: readonly CaseAction[], context: WorkflowContext): ActionsRun {
  let next = kase;
  const auditEvents: AuditEvent[] = [];
  const routedTasks: CaseTask[] = [];
  for (const action of actions) {
    // The engine checks each letter's mandatory content itself (BR-06/07/10/30/32), with the
    // context the action gives it: nothing to pass in, nothing a screen can leave out.
    const outcome = applyCaseAction(next, action, context);
    if (!outcome.ok) return { ok: false, refusal: outcome.error };
    next = outcome.value.case;
    auditEvents.push(...outcome.value.auditEvents);
    routedTasks.push(...(outcome.value.routedTasks ?? []));
  }
  return { ok: true, next, auditEvents, routedTasks };
}
