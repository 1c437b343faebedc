// Phase 3 (spec §5.4, BR-05/06): the monitoring letter starts the monitoring period; a period
// that ends with the behaviour improved closes the case.

import type { Case } from '../../model/case';
import { addMonths, formatLongDate, isBefore, IsoDate } from '../../model/dates';
import { fail, type PhaseHandlers } from '../transitionRun';
import { blank } from './shared/caseChecks';
import { addLetter, letterProblem } from './shared/letters';

export const MONITORING_HANDLERS: PhaseHandlers<'sendMonitoringLetter' | 'closeMonitoringImproved'> = {
  sendMonitoringLetter: (run, action) => {
    const problem = letterProblem(run, action.letter, 'MonitoringWarning', 'BR-06');
    if (problem) {
      return problem;
    }
    const decision = run.next.invocationDecision;
    const months = decision && decision.monitoringPeriod ? decision.monitoringPeriod.lengthMonths : 3;
    const spoc = (decision && decision.spocUserId) ?? run.next.caseOfficerId;
    if (spoc === undefined) {
      return fail('guardFailed', 'Name the single point of contact before sending the letter.', 'BR-03');
    }
    const start = action.letter.sentOn as IsoDate;
    addLetter(run, action.letter);
    run.next = {
      ...run.next,
      monitoringPeriod: { startDate: start, plannedEndDate: addMonths(start, months), spocUserId: spoc, letterId: action.letter.id }
    };
    run.setStatus('Monitoring');
    return undefined;
  },

  closeMonitoringImproved: (run, action) => {
    const period = run.next.monitoringPeriod as NonNullable<Case['monitoringPeriod']>;
    if (isBefore(run.today, period.plannedEndDate)) {
      return fail('guardFailed', `Monitoring ends on ${formatLongDate(period.plannedEndDate)}.`, 'BR-05');
    }
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Record how the behaviour has improved.');
    }
    run.next = { ...run.next, monitoringPeriod: { ...period, endedOn: run.today, assessment: 'Improved' } };
    run.setStatus('Closed', 'Improved');
    return undefined;
  }
};
