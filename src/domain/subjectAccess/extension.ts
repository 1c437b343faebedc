// Extending a subject access request after it was logged (UK GDPR Art. 12(3), BR-23): where a
// request turns out to be complex, or the person has made several, the council may take two
// further months, three calendar months from receipt in all, but it must tell the person so,
// with the reasons, within the first month. So an extension is decided later than the logging
// (often it is only clear once the records are gathered), and it is one more dated legal event:
//
//  - allowed only up to and including the original due date (after that the month is gone and
//    the request is simply late); never twice, and never once the request has been answered;
//  - the reason is required (it is what the person is told) and kept with the extension;
//  - the new due date is computed here, never typed: three calendar months from receipt.

import { formatLongDate, isAfter, type IsoDate } from '../model/dates';
import { addCalendarMonths } from '../time/calendarMonths';
import { plainTextProblem } from '../validation/plainText';

/** What the extension needs to know about the request. */
export interface ExtendableRequest {
  receivedOn: IsoDate;
  dueOn: IsoDate;
  extendedDueOn?: IsoDate;
  /** True once the request has been answered (exported). */
  answered: boolean;
}

export type SubjectAccessExtensionCheck =
  { ok: true; extendedDueOn: IsoDate; reason: string } | { ok: false; field: 'reason' | 'request'; message: string };

/** Checks an extension asked for on `today`, with the reason the person will be given. */
export function checkSubjectAccessExtension(request: ExtendableRequest, reason: string, today: IsoDate): SubjectAccessExtensionCheck {
  if (request.answered) {
    return { ok: false, field: 'request', message: 'This request has been answered, so it cannot be extended.' };
  }
  if (request.extendedDueOn !== undefined) {
    return {
      ok: false,
      field: 'request',
      message: `This request is already extended to ${formatLongDate(request.extendedDueOn)}, the most the law allows.`
    };
  }
  if (isAfter(today, request.dueOn)) {
    return {
      ok: false,
      field: 'request',
      message: `A request can be extended only within its first month, by ${formatLongDate(request.dueOn)}. It is now overdue: answer it as soon as you can.`
    };
  }
  const trimmed = reason.trim();
  if (trimmed === '') {
    return { ok: false, field: 'reason', message: 'Enter why the request needs longer: the person must be told the reasons.' };
  }
  const problem = plainTextProblem(trimmed, 'reasons', 'the reason');
  if (problem !== undefined) return { ok: false, field: 'reason', message: problem };
  return { ok: true, extendedDueOn: addCalendarMonths(request.receivedOn, 3, 'receivedOn'), reason: trimmed };
}
