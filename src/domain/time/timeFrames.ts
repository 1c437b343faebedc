// Time frames as configuration (spec 5.5). Every value is a default the council can change
// in its Settings list; values marked [INF] or [GAP] in the spec are guesses until NULBC
// confirms them, so nothing here is hard-wired into the rules that use it.

/** Time frames, each named with its unit so no caller has to guess. */
export interface TimeFrames {
  /** Monitoring period before any sanction: "three months, or less if appropriate" [SRC N6, M1]. */
  readonly monitoringPeriodMonths: number;
  /** Manager acknowledges an incident report, corporate calendar [INF, mirrors N7]. */
  readonly managerAcknowledgementWorkingDays: number;
  /** Invocation panel decides after referral [INF]. */
  readonly invocationDecisionWorkingDays: number;
  /** Default sanction length [INF; NULBC figure GAP]. */
  readonly sanctionDefaultDurationMonths: number;
  /** Longest a sanction may run without a fresh decision [SRC C2; NULBC GAP]. */
  readonly sanctionMaximumDurationMonths: number;
  /** First review no later than this many months after the start [SRC C2, C3]. */
  readonly firstReviewMaxMonths: number;
  /** Reviewer reminded this many working days before the review date [INF]. */
  readonly reviewerReminderWorkingDays: number;
  /** Appeal window from receipt of the letter [SRC C3: 10]. */
  readonly appealWindowWorkingDays: number;
  /** Longest appeal window the council may allow, e.g. late appeals with good reason [SRC C4: 20]. */
  readonly appealWindowMaximumWorkingDays: number;
  /** Appeal decided within [SRC C3]. */
  readonly appealDecisionWorkingDays: number;
  /** FOI/EIR response or refusal, statutory calendar [SRC I1, LG1]. */
  readonly foiResponseWorkingDays: number;
  /** EIR complex-request extension on top of the response time [SRC N9, reg.7]. */
  readonly eirComplexExtensionWorkingDays: number;
  /** Time the requester has to ask for an FOI internal review [SRC staffslondon, psaa]. */
  readonly foiInternalReviewRequestWorkingDays: number;
  /** FOI internal review decided within (normal) [SRC inforights.im]. */
  readonly foiInternalReviewDecisionWorkingDays: number;
  /** FOI internal review decided within (complex) [INF, s.45 Code]. */
  readonly foiInternalReviewComplexDecisionWorkingDays: number;
  /** EIR reg.11 representations made within [INF/knowledge]. */
  readonly eirRepresentationsWorkingDays: number;
  /** EIR reg.11 reconsideration decided within [INF/knowledge]. */
  readonly eirReconsiderationWorkingDays: number;
  /** Subject access response, calendar months [SRC N8, I9]. */
  readonly sarResponseMonths: number;
  /** Subject access extension for complex requests, calendar months [SRC N8, I9]. */
  readonly sarComplexExtensionMonths: number;
  /** Warning marker review interval [INF, GAP]. */
  readonly warningMarkerReviewMonths: number;
  /** A review the person asks for is answered in writing within (BR-34) [INF]. */
  readonly personRequestedReviewAnswerWorkingDays: number;
}

export type TimeFrameField = keyof TimeFrames;

export const DEFAULT_TIME_FRAMES: TimeFrames = Object.freeze({
  monitoringPeriodMonths: 3,
  managerAcknowledgementWorkingDays: 3,
  invocationDecisionWorkingDays: 10,
  sanctionDefaultDurationMonths: 6,
  sanctionMaximumDurationMonths: 12,
  firstReviewMaxMonths: 6,
  reviewerReminderWorkingDays: 10,
  appealWindowWorkingDays: 10,
  appealWindowMaximumWorkingDays: 20,
  appealDecisionWorkingDays: 10,
  foiResponseWorkingDays: 20,
  eirComplexExtensionWorkingDays: 20,
  foiInternalReviewRequestWorkingDays: 40,
  foiInternalReviewDecisionWorkingDays: 20,
  foiInternalReviewComplexDecisionWorkingDays: 40,
  eirRepresentationsWorkingDays: 40,
  eirReconsiderationWorkingDays: 40,
  sarResponseMonths: 1,
  sarComplexExtensionMonths: 2,
  warningMarkerReviewMonths: 12,
  personRequestedReviewAnswerWorkingDays: 20
});

/** Plain-English names for settings screens and error messages. */
export const TIME_FRAME_LABELS: Readonly<Record<TimeFrameField, string>> = {
  monitoringPeriodMonths: 'Monitoring period (months)',
  managerAcknowledgementWorkingDays: 'Manager acknowledges an incident report (working days)',
  invocationDecisionWorkingDays: 'Panel decides whether to invoke the policy (working days)',
  sanctionDefaultDurationMonths: 'Usual length of a restriction (months)',
  sanctionMaximumDurationMonths: 'Longest a restriction may last without a new decision (months)',
  firstReviewMaxMonths: 'First review no later than (months after the start)',
  reviewerReminderWorkingDays: 'Reminder to the reviewer (working days before the review date)',
  appealWindowWorkingDays: 'Time to appeal (working days from receiving the letter)',
  appealWindowMaximumWorkingDays: 'Longest time to appeal the council may allow (working days)',
  appealDecisionWorkingDays: 'Appeal decided within (working days)',
  foiResponseWorkingDays: 'FOI/EIR response or refusal (statutory working days)',
  eirComplexExtensionWorkingDays: 'EIR extension for complex requests (statutory working days)',
  foiInternalReviewRequestWorkingDays: 'Time to ask for an FOI internal review (statutory working days)',
  foiInternalReviewDecisionWorkingDays: 'FOI internal review decided within (statutory working days)',
  foiInternalReviewComplexDecisionWorkingDays: 'Complex FOI internal review decided within (statutory working days)',
  eirRepresentationsWorkingDays: 'Time to make EIR representations (statutory working days)',
  eirReconsiderationWorkingDays: 'EIR reconsideration decided within (statutory working days)',
  sarResponseMonths: 'Subject access response (calendar months)',
  sarComplexExtensionMonths: 'Subject access extension for complex requests (calendar months)',
  warningMarkerReviewMonths: 'Warning marker review interval (months)',
  personRequestedReviewAnswerWorkingDays: 'Answer to a review the person asks for (working days)'
};

export const TIME_FRAME_FIELDS: readonly TimeFrameField[] = Object.keys(DEFAULT_TIME_FRAMES) as TimeFrameField[];
