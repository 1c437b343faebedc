import { isIsoDate, refusalDeadlineFor, TimeInputError, type FoiRequestAssessment, type IsoDate } from '../../../domain';
import type { FoiDraft } from './foiDraft';

export type DeadlineStatus =
  | { kind: 'noDate' }
  /** A date the statutory calendar does not cover (a year typed digit by digit passes through 0002). */
  | { kind: 'outsideCalendar' }
  | { kind: 'awaitingClarification' }
  | { kind: 'due'; date: IsoDate };

/** Said beside the received date when no deadline can be counted from it. */
export const OUTSIDE_CALENDAR_MESSAGE =
  'Working days can only be counted for dates the statutory calendar covers: check the year of the date the request was received and of any clarification pause.';

/** The 20 working day deadline from the dates typed so far (statutory calendar, BR-25). */
export function deadlineFromDraft(draft: FoiDraft): DeadlineStatus {
  if (!isIsoDate(draft.receivedOn)) return { kind: 'noDate' };
  const pauses: { from: IsoDate; to?: IsoDate }[] = [];
  for (const pause of draft.clarificationPauses) {
    if (!isIsoDate(pause.from)) continue;
    if (pause.to.trim() === '') pauses.push({ from: pause.from });
    else if (isIsoDate(pause.to)) pauses.push({ from: pause.from, to: pause.to });
  }
  const probe: FoiRequestAssessment = {
    id: '',
    regime: 'FOIA',
    receivedOn: draft.receivedOn,
    clarificationPauses: pauses,
    indicatorsConsidered: [],
    conciliatorySteps: [],
    handlerId: '',
    handlerHeavilyInvolved: false
  };
  try {
    const date = refusalDeadlineFor(probe);
    return date === undefined ? { kind: 'awaitingClarification' } : { kind: 'due', date };
  } catch (error) {
    // While a date is typed, its year passes through values no calendar covers: say so, never crash.
    if (error instanceof TimeInputError) return { kind: 'outsideCalendar' };
    throw error;
  }
}
