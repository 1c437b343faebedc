// Who runs the case, at any point of its life: the case officer assigned, and the conflicts
// officers declare (BR-03).

import { holdsRole } from '../../model/roles';
import { fail, type PhaseHandlers } from '../transitionRun';
import { blank, conflictedOfficerProblem } from './shared/caseChecks';

export const CASE_OFFICER_HANDLERS: PhaseHandlers<'assignCaseOfficer' | 'declareConflict'> = {
  assignCaseOfficer: (run, action) => {
    const { roles } = run.context;
    if (
      !holdsRole(roles, action.userId, 'customerRelationsOfficer') &&
      !holdsRole(roles, action.userId, 'alternateOfficer') &&
      !holdsRole(roles, action.userId, 'customerIctBusinessManager')
    ) {
      return fail(
        'guardFailed',
        'The case officer must be the Customer Relations Officer, the alternate officer or (Members’ route) the Customer and ICT Services Business Manager.',
        'BR-03'
      );
    }
    const problem = conflictedOfficerProblem(run, action.userId);
    if (problem) {
      return problem;
    }
    run.next = { ...run.next, caseOfficerId: action.userId };
    return undefined;
  },

  declareConflict: (run, action) => {
    if (action.declaration.userId !== run.context.actorId || blank(action.declaration.detail)) {
      return fail('guardFailed', 'Officers declare their own conflicts, with details.', 'BR-03');
    }
    run.next = {
      ...run.next,
      conflictDeclarations: run.next.conflictDeclarations.concat([{ ...action.declaration, declaredAt: run.context.now }])
    };
    if (run.next.caseOfficerId === action.declaration.userId) {
      // BR-03: a conflicted case officer steps aside until the alternate is assigned.
      run.next = { ...run.next, caseOfficerId: undefined };
    }
    run.record('conflict.declared', { type: 'Case', id: run.next.id }, 'BR-03');
    return undefined;
  }
};
