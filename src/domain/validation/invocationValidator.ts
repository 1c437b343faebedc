import { dateOfInstant, IsoDate } from '../model/dates';
import {
  BYPASS_REASONS,
  BypassDecision,
  INVOCATION_OUTCOMES,
  InvocationDecision,
  MonitoringPeriodPlan,
  PanelAttendee
} from '../model/invocation';
import { ROLES } from '../model/roles';
import { DEFAULT_TIME_FRAMES } from '../time/timeFrames';
import {
  dateNotBefore,
  dateNotInFuture,
  FieldErrors,
  isRecord,
  itemList,
  lineList,
  nestedFields,
  optionalFields,
  optionalLine,
  requiredChoice,
  requiredDate,
  requiredInstant,
  requiredLine,
  requiredNote,
  wholeNumberInRange
} from './fieldValidators';
import { err, ok, Result } from './result';
import type { ValidationError } from './validationError';

/** What the panel form submits; the store adds the id and who recorded it when. */
export type InvocationDecisionInput = Omit<InvocationDecision, 'id' | 'recordedBy' | 'recordedAt'>;

/**
 * Validates a panel (invocation) decision (spec §5.2 #5). The monitoring period is a whole
 * number of months up to `maxMonitoringMonths` (configuration; "three months, or less", N6).
 * Whether the required roles attended (BR-02) and who may approve a bypass (BR-05) are
 * checked by the workflow, which knows the route and the role holders.
 */
export function validateInvocationDecisionInput(
  input: unknown,
  today: IsoDate,
  maxMonitoringMonths: number = DEFAULT_TIME_FRAMES.monitoringPeriodMonths
): Result<InvocationDecisionInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const meetingDate = requiredDate(errors, 'meetingDate', 'the date of the panel meeting', source.meetingDate);
  dateNotInFuture(errors, 'meetingDate', 'the date of the panel meeting', meetingDate, today);
  const attendees = itemList(errors, 'attendees', 'panel member', source.attendees, 1, (item, path) => parseAttendee(errors, path, item));
  const documentsReviewed = lineList(errors, 'documentsReviewed', 'document reviewed', source.documentsReviewed, 0);
  const outcome = requiredChoice(errors, 'outcome', 'the decision', source.outcome, INVOCATION_OUTCOMES);
  const reasons = requiredNote(errors, 'reasons', 'the reasons for the decision', source.reasons);
  const invoking = outcome === undefined || outcome === 'Invoke';

  let monitoringPeriod: MonitoringPeriodPlan | undefined;
  const period = optionalFields(errors, 'monitoringPeriod', 'the monitoring period', source.monitoringPeriod);
  if (period !== undefined) {
    if (!invoking) {
      errors.add('monitoringPeriod', 'notAllowed', 'Only set a monitoring period when the decision is to invoke the policy.');
    }
    const label = 'the length of the monitoring period in months';
    const lengthMonths = wholeNumberInRange(errors, 'monitoringPeriod.lengthMonths', label, period.lengthMonths, 1, maxMonitoringMonths);
    monitoringPeriod = lengthMonths === undefined ? undefined : { lengthMonths };
  }
  const spocUserId = optionalLine(errors, 'spocUserId', 'the single point of contact', source.spocUserId);
  const bypass = parseBypass(errors, source.bypass, meetingDate, today);
  if (bypass !== undefined && !invoking) {
    errors.add('bypass', 'notAllowed', 'The warning stage can only be bypassed when the decision is to invoke the policy.');
  }

  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    meetingDate: meetingDate as IsoDate,
    attendees: attendees as PanelAttendee[],
    documentsReviewed: documentsReviewed as string[],
    outcome: outcome as InvocationDecision['outcome'],
    reasons: reasons as string,
    monitoringPeriod,
    spocUserId,
    bypass
  });
}

function parseAttendee(errors: FieldErrors, path: string, value: unknown): PanelAttendee | undefined {
  const source = nestedFields(errors, path, 'the panel member', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const userId = requiredLine(errors, `${path}.userId`, 'the panel member', source.userId);
  const name = requiredLine(errors, `${path}.name`, "the panel member's name", source.name);
  const role = requiredChoice(errors, `${path}.role`, "the panel member's role", source.role, ROLES);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return { userId: userId as string, name: name as string, role: role as PanelAttendee['role'] };
}

/** BR-05: going straight to a sanction needs one of the two reasons, approval and a note. */
function parseBypass(errors: FieldErrors, value: unknown, meetingDate: IsoDate | undefined, today: IsoDate): BypassDecision | undefined {
  const source = optionalFields(errors, 'bypass', 'the decision to bypass the warning stage', value);
  if (source === undefined) {
    return undefined;
  }
  const mark = errors.mark();
  const reason = requiredChoice(errors, 'bypass.reason', 'the reason for bypassing the warning stage', source.reason, BYPASS_REASONS);
  const approvedBy = requiredLine(errors, 'bypass.approvedBy', 'the Executive Director who approved the bypass', source.approvedBy);
  const approvedAt = requiredInstant(errors, 'bypass.approvedAt', 'when the bypass was approved', source.approvedAt);
  const approvedOn = approvedAt === undefined ? undefined : dateOfInstant(approvedAt);
  dateNotBefore(errors, 'bypass.approvedAt', 'when the bypass was approved', approvedOn, 'the date of the panel meeting', meetingDate);
  dateNotInFuture(errors, 'bypass.approvedAt', 'when the bypass was approved', approvedOn, today);
  const note = requiredNote(errors, 'bypass.note', 'a note explaining the bypass', source.note);
  if (errors.addedSince(mark)) {
    return undefined;
  }
  return {
    reason: reason as BypassDecision['reason'],
    approvedBy: approvedBy as string,
    approvedAt: approvedAt as BypassDecision['approvedAt'],
    note: note as string
  };
}
