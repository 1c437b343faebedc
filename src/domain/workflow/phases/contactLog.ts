// While the customer is monitored or restricted (BR-14/16/32): each contact logged (an FOI or
// EIR request passed to the FOI officer, a flagged item to whoever deals with it), the flagged
// contact dealt with, and the "do not reply" instruction a restriction allows.

import type { CaseTask } from '../../model/case';
import { can } from '../../permissions/can';
import { participationOf } from '../../permissions/caseParticipation';
import { informationRequestTasks } from '../../foi/informationRequestTasks';
import { sanctionAllowingNoReply } from '../../sanctions/scope';
import { contactReviewRoutes } from '../contactReview';
import { fail, nameOf, type PhaseHandlers } from '../transitionRun';
import { blank } from './shared/caseChecks';

export const CONTACT_LOG_HANDLERS: PhaseHandlers<'logContact' | 'reviewFlaggedContact' | 'issueNoReplyInstruction'> = {
  logContact: (run, action) => {
    const entry = { ...action.entry, id: run.context.newId('contact'), loggedBy: run.context.actorId };
    if (entry.informationRequest !== undefined) {
      // BR-16: an FOI or EIR request goes to the FOI officer, whatever the restriction says.
      const officers = run.context.roles.foiOfficer ?? [];
      if (officers.length === 0) {
        return fail(
          'guardFailed',
          'No FOI officer is named in the settings, so this request for information cannot be passed on. Ask the site owner to name the FOI officer, or log the contact without marking it as a request for information and pass it to the FOI team yourself.',
          'BR-16'
        );
      }
      const tasks = informationRequestTasks(run.next, entry, officers, {
        personName: nameOf(run.context.person),
        now: run.context.now,
        newId: run.context.newId,
        deadlines: run.deadlines
      });
      run.routed.push(...tasks);
      run.record('contact.passedToFoiOfficer', { type: 'ContactLogEntry', id: entry.id }, 'BR-16', entry.informationRequest, {
        foiOfficers: officers
      });
    }
    run.next = { ...run.next, contactLog: run.next.contactLog.concat([entry]) };
    run.record('contact.logged', { type: 'ContactLogEntry', id: entry.id }, 'BR-14');
    // BR-14: flagged items create a task for the service, even when filed without reply; under
    // "read and file" (R05) every item goes to the named reviewer, and a safeguarding concern to
    // the safeguarding contact too (contactReview.ts).
    const routes = contactReviewRoutes(run.next, entry, run.context.roles, run.context.actorId, run.today);
    for (const route of routes) {
      run.addTask({
        kind: 'reviewFlaggedItem',
        assignees: [route.assignee],
        recordId: entry.id,
        service: run.next.leadService,
        detail: route.detail
      });
    }
    return undefined;
  },

  reviewFlaggedContact: (run, action) => {
    const entry = run.next.contactLog.find((c) => c.id === action.contactId);
    // Flagged, or passed to a "read and file" reviewer (R05): either way someone has it to deal with.
    const passedOn = run.next.tasks.some((t) => t.kind === 'reviewFlaggedItem' && t.recordId === action.contactId);
    if (entry === undefined || !(entry.newIssue || entry.safeguardingConcern || passedOn)) {
      return fail('guardFailed', 'There is no flagged contact with that reference.', 'BR-14');
    }
    if (entry.reviewedBy !== undefined) {
      return fail('guardFailed', 'This contact has already been dealt with.', 'BR-14');
    }
    const isFor = (t: CaseTask): boolean => t.kind === 'reviewFlaggedItem' && t.recordId === entry.id;
    const passedTo = run.next.tasks.some((t) => !t.done && isFor(t) && t.assignees.indexOf(run.context.actorId) >= 0);
    const manages = can({ userId: run.context.actorId }, 'case.manage', {
      roles: run.context.roles,
      case: participationOf(run.next)
    }).allowed;
    if (!passedTo && !manages) {
      return fail(
        'notPermitted',
        'Only the person this contact was passed to, or the case officer, can say it has been dealt with.',
        'BR-14'
      );
    }
    run.next = {
      ...run.next,
      contactLog: run.next.contactLog.map((c) => (c.id === entry.id ? { ...c, reviewedBy: run.context.actorId } : c))
    };
    // The work the flag asked for is done, for everyone it was passed to.
    run.closeTasks(isFor);
    run.record('contact.reviewed', { type: 'ContactLogEntry', id: entry.id }, 'BR-14');
    return undefined;
  },

  issueNoReplyInstruction: (run, action) => {
    const sanction = sanctionAllowingNoReply(run.next, action.scope, run.today);
    if (sanction === undefined) {
      return fail(
        'guardFailed',
        'A "do not reply" instruction needs an approved, active restriction covering that scope. Informal restrictions are not allowed.',
        'BR-32'
      );
    }
    if (blank(action.wording)) {
      return fail('guardFailed', 'Record the wording of the instruction.', 'BR-32');
    }
    run.next = {
      ...run.next,
      noReplyInstructions: run.next.noReplyInstructions.concat([
        { scope: action.scope, sanctionId: sanction.id, issuedBy: run.context.actorId, issuedAt: run.context.now, wording: action.wording }
      ])
    };
    run.record('noReply.issued', { type: 'Sanction', id: sanction.id }, 'BR-32');
    return undefined;
  }
};
