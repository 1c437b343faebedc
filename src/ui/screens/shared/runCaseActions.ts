import { applyCaseAction, type AuditEvent, type Case, type CaseAction, type CaseTask, type TransitionError } from '../../../domain';

/** What the engine needs beside the case (time, actor, roles, time frames, the person, ids). */
export type EngineContext = Parameters<typeof applyCaseAction>[2];

export type ActionsRun =
  { ok: true; next: Case; auditEvents: AuditEvent[]; routedTasks: CaseTask[] } | { ok: false; refusal: TransitionError };

/**
 * Runs the actions in order through the domain engine (the same rules the service enforces),
 * all or nothing: the first refusal stops the run and nothing is to be saved.
 */
export function runCaseActions(kase: Case, actions: readonly CaseAction[], context: EngineContext): ActionsRun {
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
