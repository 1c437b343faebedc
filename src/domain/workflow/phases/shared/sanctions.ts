// Sanction steps several phases share: who a sanction may bind, the proposal rules, and the
// record of a new sanction (a first proposal, a revision, a varied or renewed version).

import type { Sanction } from '../../../model/sanction';
import { checkSanctionProposal, SanctionProposal } from '../../../sanctions/checkSanctionProposal';
import { fail, type Outcome, type TransitionRun } from '../../transitionRun';

/**
 * BR-28: a sanction binds only the case's own subject. Checked against the case itself, not
 * only against the person the caller passed in, so a caller that hands over the wrong person
 * (or none of its own) cannot bind someone else.
 */
export function subjectProblem(run: TransitionRun, subjectPersonId: string): Outcome | undefined {
  if (subjectPersonId === run.next.personId && run.context.person.id === run.next.personId) {
    return undefined;
  }
  return fail(
    'guardFailed',
    'A restriction can only bind the person this case is about. Anyone else needs their own incidents, decision and letter.',
    'BR-28'
  );
}

/** BR-08 and the other proposal rules; blocking errors stop the transition. */
export function proposalProblem(run: TransitionRun, proposal: SanctionProposal): Outcome | undefined {
  const subject = subjectProblem(run, proposal.subjectPersonId);
  if (subject) {
    return subject;
  }
  const result = checkSanctionProposal(proposal, run.context.person, run.limits);
  if (result.errors.length > 0) {
    return fail(
      'guardFailed',
      'The sanction proposal has problems to fix.',
      result.errors[0].rule,
      result.errors.map((e) => `${e.rule} ${e.field}: ${e.message}`)
    );
  }
  return undefined;
}

export function newSanction(run: TransitionRun, proposal: SanctionProposal, status: Sanction['status'], supersedes?: Sanction): Sanction {
  return {
    ...proposal,
    id: run.context.newId('sanction'),
    version: supersedes ? supersedes.version + 1 : 1,
    caseId: run.next.id,
    proposedBy: run.context.actorId,
    proposedAt: run.context.now,
    approvals: [],
    status,
    supersedesSanctionId: supersedes ? supersedes.id : undefined
  };
}

export function addSanction(run: TransitionRun, sanction: Sanction, rule: string): void {
  run.next = { ...run.next, sanctions: run.next.sanctions.concat([sanction]) };
  run.record(`sanction.${sanction.status.toLowerCase()}`, { type: 'Sanction', id: sanction.id }, rule, undefined, {
    startDate: sanction.startDate,
    endDate: sanction.endDate,
    reviewDate: sanction.reviewDate,
    version: sanction.version
  });
}
