// When a subject access request must be answered (UK GDPR Art. 12(3), spec 4.2, BR-23): one
// calendar month from the day it is received, extendable by two further months where the
// request is complex or one of several from the person. Calendar months as the ICO counts
// them: the corresponding date, or the month's last day where there is none (calendarMonths.ts).

import { isAfter, isIsoDate, type IsoDate } from '../model/dates';
import { addCalendarMonths } from '../time/calendarMonths';

/** What the DPO types when logging a request. */
export interface SubjectAccessRequestInput {
  /** The day the council received the request (Europe/London calendar day). */
  receivedOn: string;
  /** Complex (or one of several from the person): the deadline is extended by two months. */
  complex: boolean;
}

export interface SubjectAccessDeadline {
  receivedOn: IsoDate;
  /** One calendar month from receipt: the answer, or the letter saying it is extended, by then. */
  dueOn: IsoDate;
  /** Three calendar months from receipt where the request is complex; undefined otherwise. */
  extendedDueOn?: IsoDate;
  /** The day that governs: the extended date where there is one, otherwise `dueOn`. */
  answerBy: IsoDate;
}

export type SubjectAccessRequestCheck = { ok: true; deadline: SubjectAccessDeadline } | { ok: false; field: 'receivedOn'; message: string };

/** The deadline of a request received on `receivedOn` (Art. 12(3): one month, plus two if complex). */
export function subjectAccessDeadline(receivedOn: IsoDate, complex: boolean): SubjectAccessDeadline {
  const dueOn = addCalendarMonths(receivedOn, 1, 'receivedOn');
  if (!complex) return { receivedOn, dueOn, answerBy: dueOn };
  const extendedDueOn = addCalendarMonths(receivedOn, 3, 'receivedOn');
  return { receivedOn, dueOn, extendedDueOn, answerBy: extendedDueOn };
}

/** Checks what the DPO typed: a real date, not after today. Errors are for the form, in plain English. */
export function checkSubjectAccessRequest(input: SubjectAccessRequestInput, today: IsoDate): SubjectAccessRequestCheck {
  const received = input.receivedOn.trim();
  if (received === '') return { ok: false, field: 'receivedOn', message: 'Enter the date the request was received.' };
  if (!isIsoDate(received)) {
    return {
      ok: false,
      field: 'receivedOn',
      message: 'Enter the date the request was received as a real date, for example 28 November 2026.'
    };
  }
  if (isAfter(received, today)) {
    return { ok: false, field: 'receivedOn', message: 'The date the request was received cannot be in the future.' };
  }
  return { ok: true, deadline: subjectAccessDeadline(received, input.complex) };
}
