// BR-16 on the product path: an FOI or EIR request that arrives as contact from a person on a
// case (often a restricted person) goes to the FOI officer's queue, one task for each FOI
// officer, due by the statutory deadline (20 working days, statutory calendar: BR-25). The
// tasks sit outside the case: the FOI workflow is kept apart from case management and its
// officers do not read cases, so the task itself says what the request is. The restriction is
// never a ground to refuse it, and the task says so.

import type { Case, CaseTask } from '../model/case';
import { dateOfInstant, formatLongDate, type IsoInstant } from '../model/dates';
import type { UserId } from '../model/ids';
import type { ContactLogEntry } from '../model/monitoring';
import { activeSanctions } from '../sanctions/scope';
import { foiDeadline, type DeadlineContext } from '../time/deadlines';
import { routeInformationRequest } from './routing';

export interface InformationRequestTaskOptions {
  /** Whom the request is from, as the case names them, so the FOI officer's list can say so. */
  readonly personName?: string;
  readonly now: IsoInstant;
  readonly newId: (prefix: string) => string;
  /** The council's time frames (the FOI response period); the policy default when left out. */
  readonly deadlines?: DeadlineContext;
}

/** The FOI officers' tasks for one logged contact; none when it is not a request for information. */
export function informationRequestTasks(
  kase: Pick<Case, 'sanctions'>,
  entry: ContactLogEntry,
  foiOfficers: readonly UserId[],
  options: InformationRequestTaskOptions
): CaseTask[] {
  if (entry.informationRequest === undefined) return [];
  const received = dateOfInstant(entry.receivedAt);
  const restricted = activeSanctions(kase.sanctions, received).length > 0;
  const routing = routeInformationRequest(entry.informationRequest, restricted);
  const detail = `${routing.note} Received ${formatLongDate(received)}: ${entry.summary.trim()}`;
  return foiOfficers.map((officer) => ({
    id: options.newId('task'),
    kind: 'informationRequest' as const,
    assignees: [officer],
    personName: options.personName,
    recordId: entry.id,
    dueDate: foiDeadline(received, options.deadlines),
    createdAt: options.now,
    detail,
    done: false
  }));
}
