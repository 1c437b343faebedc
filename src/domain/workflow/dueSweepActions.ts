import { SANCTION_RUNNING_STATUSES, type Case } from '../model/case';
import { isAfter, isOnOrAfter, IsoDate } from '../model/dates';
import { currentSanction } from './currentSanction';
import type { CaseAction } from './types';

/**
 * BR-09: the actions the scheduled sweep should apply today (expiry first, otherwise an
 * overdue-review escalation that has not been raised yet), in every status in which the
 * sanction is in force: a review or an appeal in progress never stalls it.
 */
export function dueSweepActions(caseRecord: Case, today: IsoDate): CaseAction[] {
  const sanction = currentSanction(caseRecord);
  if (SANCTION_RUNNING_STATUSES.indexOf(caseRecord.status) < 0 || sanction === undefined || sanction.status !== 'Active') {
    return [];
  }
  if (isAfter(today, sanction.endDate)) {
    return [{ type: 'expireSanction' }];
  }
  const escalated = caseRecord.tasks.some((t) => t.kind === 'reviewOverdue' && t.dueDate === sanction.reviewDate);
  return isOnOrAfter(today, sanction.reviewDate) && !escalated ? [{ type: 'escalateOverdueReview' }] : [];
}
