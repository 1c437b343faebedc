import { caseLabel } from '../../domain/model/caseReference';
import { noticeCard } from '../../cards';
import {
  applyCaseAction,
  currentSanction,
  dateOfInstant,
  dueSweepActions,
  formatLongDate,
  isBefore,
  isOnOrAfter,
  SANCTION_RUNNING_STATUSES,
  SYSTEM_ACTOR
} from '../../domain';
import type { AuditEvent, Case, CaseAction, IsoInstant, UserId } from '../../domain';
import { addWorkingDays, createStatutoryCalendar, reviewerReminderDate, type DeadlineContext } from '../../domain/time';
import { caseDeepLink } from '../config';
import type { Stored } from '../../data/ports/stored';
import { roleAssignments } from '../approvals/loadSanction';
import { repairDecisions } from './repairDecisions';
import { reconcileAlerts } from './reconcileAlerts';
import { escalateMarkerReviews } from './escalateMarkerReviews';
import { saveCaseChange, type SavedCaseChange } from '../../app/cases/saveCaseChange';
import { caseChangeStoreOf } from '../caseChangeStore';
import { sweepRetention, type RetentionSweepReport } from './sweepRetention';
import type { SweepDeps } from './sweepDeps';

export interface SweepReport {
  today: string;
  expired: string[];
  escalated: string[];
  reviewReminders: string[];
  foiReminders: string[];
  /** Sanctions whose half-written decision this run finished (repairDecisions.ts). */
  repairedDecisions: string[];
  /** Sanctions whose recorded decision could not be applied any more (see the log). */
  stuckDecisions: string[];
  /**
   * Staff banners that did not match the sanctions in force and were put right (a banner
   * missing for a restriction in force, or one left open after it ended), by case.
   */
  repairedAlerts: string[];
  skipped: string[];
  /** Warning markers whose review date passed without a review, escalated once (issue 17). */
  markerReviewsEscalated: string[];
  /** BR-24: what was disposed of (each item with its audit stub), what waits for the DPO, what is held. */
  retention?: RetentionSweepReport;
}

/**
 * BR-09 and the reminders, as one idempotent pass. Every effect has a deterministic key:
 * the domain's actions change the case under its etag (expiry closes it; an escalation
 * records a reviewOverdue task that dueSweepActions then sees), and each reminder is
 * claimed in the AuditLog under a key made of the record and its date before it is sent.
 * Running it twice, or on two instances at once, sends nothing twice. It first finishes
 * any sanction decision a request left half written (the service died between writes).
 */
export async function runSweeps(deps: SweepDeps): Promise<SweepReport> {
  const now = deps.now();
  const today = dateOfInstant(now);
  const roles = await roleAssignments(deps.store, deps.config.roleAssignmentsOverride);
  // The time frames and closure days saved on the administration screen (BR-25), not the defaults.
  const deadlines = await deps.store.settings.deadlines(dateOfInstant(now));
  const repair = await repairDecisions(roles, deps);
  const report: SweepReport = {
    today,
    expired: [],
    escalated: [],
    reviewReminders: [],
    foiReminders: [],
    repairedDecisions: repair.repaired,
    stuckDecisions: repair.stuck,
    repairedAlerts: [],
    skipped: [],
    markerReviewsEscalated: []
  };
  // Every status in which a restriction is in force: a review or an appeal under way never
  // stops it being escalated when its review is overdue or expiring at its end date (BR-09).
  const cases = await deps.store.cases.listByStatus(SANCTION_RUNNING_STATUSES);
  for (const kase of cases) {
    try {
      await sweepCase(kase, { roles, deadlines }, report, deps, now);
    } catch (error) {
      report.skipped.push(kase.value.id);
      deps.log(`Sweep skipped case ${kase.value.id}; the next run will retry it.`, error);
    }
  }
  const alerts = await reconcileAlerts(deps, today);
  report.repairedAlerts.push(...alerts.repaired);
  report.skipped.push(...alerts.failed.filter((id) => !report.skipped.includes(id)));
  await remindFoi(report, deps, now);
  report.markerReviewsEscalated.push(...(await escalateMarkerReviews(deps, roles, now)));
  return { ...report, retention: await sweepRetention(deps) };
}

async function sweepCase(
  kase: Stored<Case>,
  { roles, deadlines }: { roles: Awaited<ReturnType<typeof roleAssignments>>; deadlines: DeadlineContext },
  report: SweepReport,
  deps: SweepDeps,
  now: IsoInstant
): Promise<void> {
  const today = dateOfInstant(now);
  const sanction = currentSanction(kase.value);
  if (sanction === undefined) {
    return;
  }
  const actions: CaseAction[] = dueSweepActions(kase.value, today);
  for (const action of actions) {
    let counter = 0;
    const newId = (prefix: string): string => `${prefix}-${sanction.id}-${action.type}-${sanction.reviewDate}-${counter++}`;
    const person = await deps.store.persons.get(kase.value.personId);
    if (person === undefined) {
      throw new Error(`Person ${kase.value.personId} cannot be read.`);
    }
    const outcome = applyCaseAction(kase.value, action, { now, actorId: SYSTEM_ACTOR, roles, person, newId, deadlines });
    if (!outcome.ok) {
      deps.log(`Sweep: ${action.type} not applied to ${kase.value.id}: ${outcome.error.message}`);
      continue;
    }
    // The one write order (saveCaseChange): the case under its etag, its audit events, the banners
    // that follow from it (an expired restriction's is closed). A Conflict on the case throws
    // before anything else is written: someone changed the case meanwhile and the next run re-reads it.
    const change = await saveCaseChange(
      caseChangeStoreOf(deps.store),
      kase,
      outcome.value.case,
      outcome.value.auditEvents,
      { id: person.id, names: person.names },
      today,
      outcome.value.routedTasks
    );
    settleOrThrow(change, kase.value.id, deps);
    const approvers = sanction.approvals.filter((a) => a.outcome === 'Approve').map((a) => a.approverId);
    if (action.type === 'expireSanction') {
      report.expired.push(kase.value.id);
      await notify(
        kase.value.caseOfficerId ? [kase.value.caseOfficerId] : [],
        'Restriction ended',
        `The restriction ended on ${formatLongDate(sanction.endDate)} with no decision to extend it, so it has expired (BR-09). A task to send the "restriction ended" letter has been created.`,
        kase.value,
        deps
      );
    } else {
      report.escalated.push(kase.value.id);
      await notify(
        [...approvers, ...(roles.customerRelationsOfficer ?? [])],
        'Review overdue',
        `The review due on ${formatLongDate(sanction.reviewDate)} has no outcome recorded. It has been escalated to the approver and the Customer Relations Officer (BR-09).`,
        kase.value,
        deps
      );
    }
    return;
  }

  const reminderDate = reviewerReminderDate(sanction.reviewDate, deadlines);
  if (sanction.status === 'Active' && isOnOrAfter(today, reminderDate) && isBefore(today, sanction.reviewDate)) {
    const claimed = await claimOnce(
      `sweep-review-reminder-${sanction.id}-${sanction.reviewDate}`,
      'reminder.reviewDue',
      { type: 'Sanction', id: sanction.id },
      deps,
      now
    );
    if (claimed) {
      report.reviewReminders.push(kase.value.id);
      const reviewers = [
        ...(kase.value.caseOfficerId ? [kase.value.caseOfficerId] : []),
        ...sanction.approvals.filter((a) => a.outcome === 'Approve').map((a) => a.approverId)
      ];
      await notify(
        reviewers,
        'Review due soon',
        `The restriction on this case must be reviewed by ${formatLongDate(sanction.reviewDate)}. Record the review outcome and reasons before then (BR-10).`,
        kase.value,
        deps
      );
    }
  }
}

/**
 * What a saved sweep change still owes. The case is saved by now, so nothing is undone:
 * - banners that could not be written are logged and left to this run's reconciliation
 *   (reconcileAlerts runs after every case), which lists them under repairedAlerts;
 * - audit events the log did not take stop this case here, as a failed append always has: the
 *   case is reported as skipped and logged, with no notice sent for an unaudited change;
 * - work routed outside the case (the sweep's actions route none today) is logged for a person.
 */
function settleOrThrow(change: SavedCaseChange, caseId: string, deps: SweepDeps): void {
  if (change.alerts.status === 'leftForSweep') {
    deps.log(`Sweep: the banners of case ${caseId} were not brought in line; reconciliation will.`, change.alerts.error);
  }
  if (change.routed.status === 'notWritten') {
    deps.log(
      `Sweep: work for outside case ${caseId} was not passed on (${change.routed.tasks.map((t) => t.id).join(', ')}).`,
      change.routed.error
    );
  }
  if (change.audit.status === 'notWritten') {
    throw change.audit.error;
  }
}

async function remindFoi(report: SweepReport, deps: SweepDeps, now: IsoInstant): Promise<void> {
  const today = dateOfInstant(now);
  const statutory = createStatutoryCalendar();
  for (const request of await deps.store.foi.listOpen()) {
    const remindOn = addWorkingDays(statutory, request.statutoryDueDate, -deps.config.foiReminderWorkingDays);
    if (!isOnOrAfter(today, remindOn)) {
      continue;
    }
    const overdue = isBefore(request.statutoryDueDate, today);
    const key = `sweep-foi-${overdue ? 'overdue' : 'reminder'}-${request.id}-${request.statutoryDueDate}`;
    if (
      await claimOnce(key, overdue ? 'reminder.foiOverdue' : 'reminder.foiDue', { type: 'FoiRequestAssessment', id: request.id }, deps, now)
    ) {
      report.foiReminders.push(request.id);
      const message = overdue
        ? `The statutory deadline of ${formatLongDate(request.statutoryDueDate)} for request ${request.reference} has passed. Send the response or refusal notice now (BR-17).`
        : `The response or refusal notice for request ${request.reference} is due by ${formatLongDate(request.statutoryDueDate)} (20 working days, statutory calendar).`;
      await sendNotice(
        [request.handlerId],
        noticeCard({
          title: overdue ? 'FOI/EIR deadline passed' : 'FOI/EIR deadline approaching',
          message,
          tone: overdue ? 'attention' : 'default'
        }),
        deps
      );
    }
  }
}

/** Records the reminder in the AuditLog first; false when an earlier run already did. */
async function claimOnce(
  eventId: string,
  action: string,
  entity: AuditEvent['entity'],
  deps: SweepDeps,
  now: IsoInstant
): Promise<boolean> {
  if (await deps.store.audit.has(eventId, entity)) {
    return false;
  }
  await deps.store.audit.append([{ id: eventId, actorId: SYSTEM_ACTOR, action, at: now, entity, rule: 'BR-09' }]);
  return true;
}

async function notify(userIds: readonly UserId[], title: string, message: string, kase: Case, deps: SweepDeps): Promise<void> {
  const card = noticeCard({
    title,
    message,
    facts: [{ title: 'Case', value: caseLabel(kase) }],
    link: { title: 'Open the case', url: caseDeepLink(deps.config, kase.id) },
    tone: 'attention'
  });
  await sendNotice(userIds, card, deps);
}

async function sendNotice(userIds: readonly UserId[], card: ReturnType<typeof noticeCard>, deps: SweepDeps): Promise<void> {
  for (const userId of new Set(userIds)) {
    try {
      await deps.messenger.sendCardToUser(userId, card);
    } catch (error) {
      deps.log(`Could not send a reminder to ${userId}`, error);
    }
  }
}
