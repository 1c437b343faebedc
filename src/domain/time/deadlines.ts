// Deadline helpers: each says which calendar it uses, because BR-25 decides that by the
// kind of deadline, not by who is asking:
// - council process deadlines (acknowledgement, panel, appeals, reviews): corporate calendar;
// - FOI/EIR deadlines: statutory calendar (weekends and bank holidays in any UK nation);
// - subject access: calendar months.

import { IsoDate, isBefore } from '../model/dates';
import { addCalendarMonths } from './calendarMonths';
import {
  addWorkingDays,
  CorporateClosures,
  createCorporateCalendar,
  createStatutoryCalendar,
  nextWorkingDayOnOrAfter,
  WorkingDayCalendar
} from './calendar';
import { DEFAULT_CORPORATE_CLOSURES } from './corporateClosures';
import { toDayNumber } from './dayNumbers';
import { DEFAULT_TIME_FRAMES, TimeFrames } from './timeFrames';

/** Everything a deadline needs: both calendars and the council's time frames. */
export interface DeadlineContext {
  readonly corporate: WorkingDayCalendar;
  readonly statutory: WorkingDayCalendar;
  readonly timeFrames: TimeFrames;
}

let defaultContext: DeadlineContext | undefined;

/**
 * Both calendars and the time frames as the council configured them (BR-25): what every caller
 * passes to the deadline functions, so a closure day or a time frame saved on the administration
 * screen moves the deadlines. Left out, each is the policy default.
 */
export function deadlineContextFrom(timeFrames?: TimeFrames, closures?: CorporateClosures): DeadlineContext {
  if (timeFrames === undefined && closures === undefined) return defaultDeadlineContext();
  return {
    corporate: createCorporateCalendar(closures ?? DEFAULT_CORPORATE_CLOSURES),
    statutory: createStatutoryCalendar(),
    timeFrames: timeFrames ?? DEFAULT_TIME_FRAMES
  };
}

/** Defaults: statutory calendar, corporate calendar with the default closures, default time frames. */
export function defaultDeadlineContext(): DeadlineContext {
  if (!defaultContext) {
    defaultContext = {
      corporate: createCorporateCalendar(DEFAULT_CORPORATE_CLOSURES),
      statutory: createStatutoryCalendar(),
      timeFrames: DEFAULT_TIME_FRAMES
    };
  }
  return defaultContext;
}

// ---- FOI / EIR / SAR (statutory) -------------------------------------------------------

/** FOI/EIR response or refusal notice: 20 working days after receipt, statutory calendar (BR-17, BR-25). */
export function foiDeadline(received: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.statutory, received, context.timeFrames.foiResponseWorkingDays);
}

/** EIR complex request: the response time plus the reg.7 extension (40 working days by default). */
export function eirComplexDeadline(received: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  const frames = context.timeFrames;
  return addWorkingDays(context.statutory, received, frames.foiResponseWorkingDays + frames.eirComplexExtensionWorkingDays);
}

/** Last day the requester may ask for an FOI internal review, counted from the response. */
export function foiInternalReviewRequestDeadline(responseSent: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.statutory, responseSent, context.timeFrames.foiInternalReviewRequestWorkingDays);
}

/** FOI internal review decision, from receipt of the review request. */
export function foiInternalReviewDecisionDeadline(
  reviewRequested: IsoDate,
  complex: boolean,
  context: DeadlineContext = defaultDeadlineContext()
): IsoDate {
  const frames = context.timeFrames;
  const days = complex ? frames.foiInternalReviewComplexDecisionWorkingDays : frames.foiInternalReviewDecisionWorkingDays;
  return addWorkingDays(context.statutory, reviewRequested, days);
}

/** Last day for EIR reg.11 representations, from the refusal. */
export function eirRepresentationsDeadline(refusalSent: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.statutory, refusalSent, context.timeFrames.eirRepresentationsWorkingDays);
}

/** EIR reg.11 reconsideration decision, from receipt of the representations. */
export function eirReconsiderationDeadline(representationsReceived: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.statutory, representationsReceived, context.timeFrames.eirReconsiderationWorkingDays);
}

/**
 * Subject access: one calendar month from receipt (three if extended for complexity). The ICO
 * says the corresponding date in the next month, or its last day if that date does not exist,
 * and if that is a weekend or bank holiday the deadline is the next working day (statutory).
 */
export function sarDeadline(received: IsoDate, complex: boolean = false, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  const frames = context.timeFrames;
  const months = frames.sarResponseMonths + (complex ? frames.sarComplexExtensionMonths : 0);
  return nextWorkingDayOnOrAfter(context.statutory, addCalendarMonths(received, months, 'received'));
}

// ---- Council process deadlines (corporate) -------------------------------------------------

/** Manager acknowledges an incident report. */
export function managerAcknowledgementDeadline(submitted: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.corporate, submitted, context.timeFrames.managerAcknowledgementWorkingDays);
}

/** Invocation panel decides after referral. */
export function invocationDecisionDeadline(referred: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.corporate, referred, context.timeFrames.invocationDecisionWorkingDays);
}

/** Last day to appeal, counted from the day the person received the decision letter. */
export function appealDeadline(letterReceived: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.corporate, letterReceived, context.timeFrames.appealWindowWorkingDays);
}

/** Latest an appeal can be accepted when the council allows the longer window. */
export function appealLatestAcceptableDate(letterReceived: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.corporate, letterReceived, context.timeFrames.appealWindowMaximumWorkingDays);
}

/** Appeal decision due, from receipt of the appeal. */
export function appealDecisionDeadline(appealReceived: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.corporate, appealReceived, context.timeFrames.appealDecisionWorkingDays);
}

/** Answer due for a review the person asked for (BR-34). */
export function personRequestedReviewDeadline(requested: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.corporate, requested, context.timeFrames.personRequestedReviewAnswerWorkingDays);
}

/** The day the reviewer is reminded: the configured working days before the review date. */
export function reviewerReminderDate(reviewDate: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addWorkingDays(context.corporate, reviewDate, -context.timeFrames.reviewerReminderWorkingDays);
}

// ---- Month-based periods -------------------------------------------------------------------

/** End of the monitoring period that starts with the monitoring letter. */
export function monitoringPeriodEnd(letterSent: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addCalendarMonths(letterSent, context.timeFrames.monitoringPeriodMonths, 'letterSent');
}

/** Usual end date of a restriction starting on `start`. */
export function defaultSanctionEnd(start: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addCalendarMonths(start, context.timeFrames.sanctionDefaultDurationMonths, 'start');
}

/** Latest end date allowed without a fresh decision (BR-08). */
export function latestSanctionEnd(start: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addCalendarMonths(start, context.timeFrames.sanctionMaximumDurationMonths, 'start');
}

/** Latest first review: within the configured months of the start and never after the end. */
export function latestFirstReview(start: IsoDate, end: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  toDayNumber(end, 'end');
  const byMonths = addCalendarMonths(start, context.timeFrames.firstReviewMaxMonths, 'start');
  return isBefore(end, byMonths) ? end : byMonths;
}

/** Next warning-marker review, from approval or the last review. */
export function markerReviewDue(approvedOrReviewed: IsoDate, context: DeadlineContext = defaultDeadlineContext()): IsoDate {
  return addCalendarMonths(approvedOrReviewed, context.timeFrames.warningMarkerReviewMonths, 'approvedOrReviewed');
}

/** True when `today` is after the deadline (the deadline day itself is still in time). */
export function isOverdue(deadline: IsoDate, today: IsoDate): boolean {
  toDayNumber(deadline, 'deadline');
  toDayNumber(today, 'today');
  return isBefore(deadline, today);
}
