// The engine's entry point: one action applied to one case. This file is the dispatcher: the
// gates (actionGates.ts), the common envelope (transitionRun.ts: audit events, the finished
// case) and, between them, the handler of the action's phase (phases/). The names callers
// have always imported from here are re-exported, so no caller changes.

import type { Case } from '../model/case';
import { ok } from '../validation/result';
import { actionAllowedFrom, permissionProblem } from './actionGates';
import { HANDLERS } from './phases';
import { fail, TransitionRun, type ActionByType, type Handler, type Outcome } from './transitionRun';
import type { CaseAction, WorkflowContext } from './types';

export { SANCTION_RUNNING_STATUSES } from '../model/case';
export { actionAllowedFrom } from './actionGates';
export { currentSanction } from './currentSanction';
export { dueSweepActions } from './dueSweepActions';

function describe(type: string): string {
  return type.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/**
 * The handler of the action's type, called with that action. Generic in the type so the
 * compiler pairs them (TypeScript's correlated union pattern) instead of being told to.
 */
function runHandler<T extends CaseAction['type']>(run: TransitionRun, type: T, action: ActionByType[T]): Outcome | undefined {
  const handler: Handler<T> = HANDLERS[type];
  return handler(run, action);
}

/**
 * Applies one action to a case. Pure: the case passed in is not changed. Returns the new
 * case and the audit events to append, or a typed error naming the rule that stopped it.
 */
export function applyCaseAction(caseRecord: Case, action: CaseAction, context: WorkflowContext): Outcome {
  if (!actionAllowedFrom(action.type, caseRecord.status)) {
    return fail('illegalTransition', `You cannot ${describe(action.type)} while the case is ${caseRecord.status}.`);
  }
  const permission = permissionProblem(caseRecord, action, context);
  if (permission !== undefined) {
    return permission;
  }
  const run = new TransitionRun(caseRecord, context);
  const guardFailure = runHandler(run, action.type, action);
  if (guardFailure !== undefined) {
    return guardFailure;
  }
  return ok(run.finish(action.type));
}
