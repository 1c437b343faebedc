// Phase 4 (spec §5.4, BR-05/08, C2): a sanction proposed after monitoring (or early, for a
// serious breach), revised after the approver asked for changes, or fast-tracked on a case
// closed after a sanction was lifted or expired.

import type { Case } from '../../model/case';
import { formatLongDate, isBefore } from '../../model/dates';
import { currentSanction } from '../currentSanction';
import { fail, type PhaseHandlers } from '../transitionRun';
import { blank } from './shared/caseChecks';
import { addSanction, newSanction, proposalProblem } from './shared/sanctions';

export const SANCTION_PROPOSAL_HANDLERS: PhaseHandlers<'proposeSanction'> = {
  proposeSanction: (run, action) => {
    const before = run.next;
    if (before.status === 'Closed' && before.closureReason !== 'Lifted' && before.closureReason !== 'Expired') {
      return fail('illegalTransition', 'A closed case can only be fast-tracked to a new sanction after a sanction was lifted or expired.');
    }
    if (before.status === 'SanctionProposed') {
      const current = currentSanction(before);
      if (current === undefined || current.status !== 'ChangesRequested') {
        return fail('illegalTransition', 'A proposal can only be revised after the approver asked for changes.');
      }
      const problem = proposalProblem(run, action.sanction);
      if (problem) {
        return problem;
      }
      run.replaceSanction({ ...current, status: 'Superseded' });
      addSanction(run, newSanction(run, action.sanction, 'Proposed', current), 'BR-08');
      return undefined;
    }
    if (before.status === 'Monitoring') {
      const period = before.monitoringPeriod as NonNullable<Case['monitoringPeriod']>;
      const ended = !isBefore(run.today, period.plannedEndDate);
      if (!ended && blank(action.earlyBreachReason)) {
        return fail(
          'guardFailed',
          `Monitoring runs until ${formatLongDate(period.plannedEndDate)}. Only a serious breach, with reasons, ends it early.`,
          'BR-05'
        );
      }
      run.next = {
        ...run.next,
        monitoringPeriod: {
          ...period,
          endedOn: run.today,
          endedEarlyReason: ended ? undefined : action.earlyBreachReason,
          assessment: 'NotImproved'
        }
      };
    }
    const problem = proposalProblem(run, action.sanction);
    if (problem) {
      return problem;
    }
    addSanction(run, newSanction(run, action.sanction, 'Proposed'), before.status === 'Closed' ? 'C2 fast-track' : 'BR-08');
    run.setStatus('SanctionProposed');
    return undefined;
  }
};
