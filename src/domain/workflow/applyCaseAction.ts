import { SYSTEM_ACTOR, type AuditEvent, type EntityRef } from '../model/audit';
import { FORMAL_OPEN_CASE_STATUSES, type Case, type CaseStatus, type CaseTask, type ClosureReason } from '../model/case';
import { addMonths, dateOfInstant, formatLongDate, isAfter, isBefore, isOnOrAfter, IsoDate } from '../model/dates';
import { BYPASS_REASONS } from '../model/invocation';
import type { Letter, LetterType } from '../model/letter';
import { holdsRole } from '../model/roles';
import type { Sanction } from '../model/sanction';
import type { PermissionAction } from '../permissions/actions';
import { can } from '../permissions/can';
import { participationOf, PANEL_ROLES_BY_ROUTE } from '../permissions/caseParticipation';
import { checklistGaps } from '../checklist/checklistCompleteness';
import { informationRequestTasks } from '../foi/informationRequestTasks';
import { contactReviewRoutes } from './contactReview';
import { completeOmbudsmanRemedy, copyLetterToOmbudsman, recordOmbudsmanDecision, recordOmbudsmanEnquiry } from './ombudsmanActions';
import type { LetterContext } from '../letters/letterRequirements';
import { describeMissing, validateLetter } from '../letters/validateLetter';
import { validateMemberReferral } from '../members/memberReferralValidator';
import { checkSanctionProposal, SanctionProposal } from '../sanctions/checkSanctionProposal';
import { DEFAULT_SANCTION_LIMITS, sanctionLimitsFrom } from '../sanctions/limits';
import { channelConfirmationFor } from '../sanctions/channelConfirmation';
import { defaultDeadlineContext, personRequestedReviewDeadline, type DeadlineContext } from '../time/deadlines';
import { sanctionAllowingNoReply } from '../sanctions/scope';
import { err, ok, Result } from '../validation/result';
import type { CaseAction, TransitionError, TransitionOutcome, WorkflowContext } from './types';

type Outcome = Result<TransitionOutcome, TransitionError>;

/**
 * The statuses in which the case's current sanction is in force and running: active, under
 * review and under appeal. A review or an appeal does not pause it, so the sweep still
 * escalates its overdue review and still expires it at its end date in each (BR-09).
 */
export const SANCTION_RUNNING_STATUSES: readonly CaseStatus[] = ['SanctionActive', 'UnderReview', 'UnderAppeal'];

/** Every status but Draft: a case an Ombudsman can look at. */
const OMBUDSMAN_STATUSES: readonly CaseStatus[] = ['InformalAction', ...FORMAL_OPEN_CASE_STATUSES, 'Closed'];

/** Which statuses each action may start from (spec §5.4). */
const ALLOWED_FROM: Readonly<Record<CaseAction['type'], readonly CaseStatus[]>> = {
  submit: ['Draft'],
  openFromMemberReferral: ['Draft'],
  takeInformalAction: ['Referred'],
  resolveInformal: ['InformalAction'],
  escalate: ['Referred'],
  assignCaseOfficer: FORMAL_OPEN_CASE_STATUSES,
  declareConflict: [
    'Draft',
    'Referred',
    'InformalAction',
    'AwaitingInvocationDecision',
    'MonitoringLetterDraft',
    'Monitoring',
    'SanctionProposed',
    'SanctionLetterDraft',
    'SanctionActive',
    'UnderReview',
    'UnderAppeal'
  ],
  recordChecklist: ['Referred', 'AwaitingInvocationDecision', 'MonitoringLetterDraft', 'Monitoring', 'SanctionProposed'],
  recordInvocationDecision: ['AwaitingInvocationDecision'],
  sendMonitoringLetter: ['MonitoringLetterDraft'],
  closeMonitoringImproved: ['Monitoring'],
  proposeSanction: ['Monitoring', 'SanctionProposed', 'Closed'],
  decideSanction: ['SanctionProposed'],
  sendSanctionLetter: ['SanctionLetterDraft'],
  logContact: ['Monitoring', 'SanctionProposed', 'SanctionLetterDraft', 'SanctionActive', 'UnderReview', 'UnderAppeal'],
  // A contact flagged before the case closed is still someone's to deal with after it closes.
  reviewFlaggedContact: ['Monitoring', 'SanctionProposed', 'SanctionLetterDraft', 'SanctionActive', 'UnderReview', 'UnderAppeal', 'Closed'],
  receiveAppeal: ['SanctionActive'],
  decideAppeal: ['UnderAppeal'],
  startReview: ['SanctionActive'],
  completeReview: ['UnderReview'],
  logPersonReviewRequest: ['SanctionActive', 'UnderReview', 'UnderAppeal'],
  // BR-34: a request is answered in writing even when the restriction ended before its answer-by date.
  answerPersonReviewRequest: ['SanctionActive', 'UnderReview', 'UnderAppeal', 'Closed'],
  escalateOverdueReview: SANCTION_RUNNING_STATUSES,
  expireSanction: SANCTION_RUNNING_STATUSES,
  sendRestrictionEndedLetter: ['Closed'],
  issueNoReplyInstruction: ['SanctionActive', 'UnderReview', 'UnderAppeal'],
  // An Ombudsman may look at a case at any point once it is in the process, most often after it closed.
  recordOmbudsmanEnquiry: OMBUDSMAN_STATUSES,
  recordOmbudsmanDecision: OMBUDSMAN_STATUSES,
  completeOmbudsmanRemedy: OMBUDSMAN_STATUSES,
  copyLetterToOmbudsman: OMBUDSMAN_STATUSES
};

/** Permission needed per action; undefined means the sweep (system) or no special role. */
const PERMISSION_FOR: Readonly<Record<CaseAction['type'], PermissionAction | 'system' | 'anyParticipant'>> = {
  submit: 'case.submit',
  openFromMemberReferral: 'memberReferral.openCase',
  takeInformalAction: 'case.lineManagerDecide',
  resolveInformal: 'case.lineManagerDecide',
  escalate: 'case.lineManagerDecide',
  assignCaseOfficer: 'invocation.record',
  declareConflict: 'anyParticipant',
  recordChecklist: 'case.manage',
  recordInvocationDecision: 'invocation.record',
  sendMonitoringLetter: 'case.manage',
  closeMonitoringImproved: 'case.manage',
  proposeSanction: 'sanction.propose',
  decideSanction: 'sanction.approve',
  sendSanctionLetter: 'case.manage',
  logContact: 'anyParticipant',
  // Whoever the flagged contact was passed to, or the case officer: checked in the handler.
  reviewFlaggedContact: 'anyParticipant',
  receiveAppeal: 'case.manage',
  decideAppeal: 'appeal.decide',
  startReview: 'review.conduct',
  completeReview: 'review.conduct',
  logPersonReviewRequest: 'case.manage',
  answerPersonReviewRequest: 'review.conduct',
  escalateOverdueReview: 'system',
  expireSanction: 'system',
  sendRestrictionEndedLetter: 'case.manage',
  issueNoReplyInstruction: 'case.manage',
  recordOmbudsmanEnquiry: 'case.manage',
  recordOmbudsmanDecision: 'case.manage',
  // Whoever the remedy was given to, or the case officer: checked in the handler.
  completeOmbudsmanRemedy: 'anyParticipant',
  copyLetterToOmbudsman: 'case.manage'
};

function fail(code: TransitionError['code'], message: string, rule?: string, details?: readonly string[]): Outcome {
  return err({ code, message, rule, details });
}

function appealReviewerRefusal(reason: string): string {
  if (reason.startsWith('You were involved')) {
    return 'The reviewer chosen was involved in the original decision (as a decision-maker, approver, proposer, case officer or line manager), so another senior officer must hear the appeal.';
  }
  if (reason.startsWith('Only a designated appeal reviewer')) return 'The person chosen is not a designated appeal reviewer.';
  return reason;
}

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** The subject's name for a task, if the caller knew it (a screen may pass only the person's id). */
function nameOf(person: WorkflowContext['person'] | undefined): string | undefined {
  const names = person?.names;
  const name = names ? `${names.given} ${names.family}`.trim() : '';
  return name === '' ? undefined : name;
}

/** Each person once, in the order first named; no blanks. */
function everyoneOnce(userIds: readonly (string | undefined)[]): string[] {
  const seen: string[] = [];
  for (const id of userIds) if (id !== undefined && id !== '' && seen.indexOf(id) < 0) seen.push(id);
  return seen;
}

/** The sanction currently being proposed, awaiting its letter, or in force. */
export function currentSanction(caseRecord: Case): Sanction | undefined {
  const live = caseRecord.sanctions.filter(
    (s) => s.status === 'Proposed' || s.status === 'ChangesRequested' || s.status === 'Approved' || s.status === 'Active'
  );
  return live[live.length - 1];
}

function describe(type: string): string {
  return type.replace(/([A-Z])/g, ' $1').toLowerCase();
}

function checkPermission(caseRecord: Case, action: CaseAction, context: WorkflowContext): Outcome | undefined {
  const needed = PERMISSION_FOR[action.type];
  if (needed === 'system') {
    return context.actorId === 'system' || holdsRole(context.roles, context.actorId, 'monitoring')
      ? undefined
      : fail('notPermitted', 'Only the scheduled sweep or the monitoring team can do this.', 'BR-09');
  }
  if (needed === 'anyParticipant') {
    return undefined;
  }
  const decision = can({ userId: context.actorId }, needed, {
    roles: context.roles,
    case: participationOf(caseRecord, context.referringCouncillorId),
    approverRoles: context.approverRoles
  });
  return decision.allowed ? undefined : fail('notPermitted', decision.reason, decision.rule);
}

/** Collects the changes and audit events of one transition. */
class TransitionRun {
  public next: Case;
  public readonly events: AuditEvent[] = [];
  /** Tasks outside the case (BR-16), for the caller to write once the case is saved. */
  public readonly routed: CaseTask[] = [];
  public readonly today: IsoDate;

  public constructor(
    private readonly before: Case,
    public readonly context: WorkflowContext
  ) {
    this.next = { ...before };
    this.today = dateOfInstant(context.now);
  }

  public get limits(): typeof DEFAULT_SANCTION_LIMITS {
    if (this.context.limits) return this.context.limits;
    return this.context.deadlines ? sanctionLimitsFrom(this.context.deadlines.timeFrames) : DEFAULT_SANCTION_LIMITS;
  }

  /** Calendars and time frames as configured, or the policy's. */
  public get deadlines(): DeadlineContext {
    return this.context.deadlines ?? defaultDeadlineContext();
  }

  /** The longest monitoring period before a sanction (N6), as configured. */
  public get maxMonitoringMonths(): number {
    return this.context.maxMonitoringMonths ?? this.deadlines.timeFrames.monitoringPeriodMonths;
  }

  public setStatus(status: CaseStatus, closureReason?: ClosureReason): void {
    this.next = { ...this.next, status, closureReason };
  }

  public record(action: string, entity: EntityRef, rule?: string, note?: string, after?: Record<string, unknown>): void {
    this.events.push({
      id: this.context.newId('audit'),
      actorId: this.context.actorId,
      action,
      at: this.context.now,
      entity,
      rule,
      note,
      after
    });
  }

  public replaceSanction(updated: Sanction): void {
    this.next = { ...this.next, sanctions: this.next.sanctions.map((s) => (s.id === updated.id ? updated : s)) };
  }

  public addTask(task: Omit<CaseTask, 'id' | 'createdAt' | 'done' | 'caseId' | 'personName'>): void {
    const created: CaseTask = {
      ...task,
      id: this.context.newId('task'),
      caseId: this.next.id,
      personName: nameOf(this.context.person),
      createdAt: this.context.now,
      done: false
    };
    this.next = { ...this.next, tasks: this.next.tasks.concat([created]) };
    this.record('task.created', { type: 'Task', id: created.id }, undefined, task.detail);
  }

  /** Marks the open tasks that match as done: the work they asked for has been done, or is no longer needed. */
  public closeTasks(matches: (task: CaseTask) => boolean): void {
    this.next = { ...this.next, tasks: this.next.tasks.map((t) => (!t.done && matches(t) ? { ...t, done: true } : t)) };
  }

  public finish(actionType: string): TransitionOutcome {
    const finalCase: Case = { ...this.next, updatedAt: this.context.now, revision: this.before.revision + 1 };
    const caseEvent: AuditEvent = {
      id: this.context.newId('audit'),
      actorId: this.context.actorId,
      action: `case.${actionType}`,
      at: this.context.now,
      entity: { type: 'Case', id: this.before.id },
      before: { status: this.before.status, closureReason: this.before.closureReason },
      after: { status: finalCase.status, closureReason: finalCase.closureReason }
    };
    const outcome: TransitionOutcome = { case: finalCase, auditEvents: [caseEvent].concat(this.events) };
    return this.routed.length > 0 ? { ...outcome, routedTasks: this.routed } : outcome;
  }
}

type Handler<T extends CaseAction['type']> = (run: TransitionRun, action: Extract<CaseAction, { type: T }>) => Outcome | undefined;
type HandlerMap = { [K in CaseAction['type']]: Handler<K> };

/**
 * BR-06/07/10/30/32: the letter's mandatory content, checked here whatever the caller did, so
 * no caller can skip it. `context` says what this letter must state (e.g. a review outcome that
 * continues the restriction needs what applies now); the case's own sanctions, as they stand
 * before the transition, decide whether it may say the council will not reply.
 */
function letterProblem(
  run: TransitionRun,
  letter: Letter,
  expected: LetterType,
  rule: string,
  context: LetterContext = {}
): Outcome | undefined {
  if (letter.type !== expected) {
    return fail('guardFailed', `This needs a ${expected} letter.`, rule);
  }
  if (letter.sentOn === undefined) {
    return fail('guardFailed', 'Record the date the letter was sent.', rule);
  }
  // A letter still to be sent has not told the customer anything (issue 13): record it once sent.
  if (isAfter(letter.sentOn, dateOfInstant(run.context.now))) {
    return fail(
      'guardFailed',
      `The letter cannot be recorded as sent on ${formatLongDate(letter.sentOn)}, a date still to come. Record it once it has been sent.`,
      rule
    );
  }
  const validation = validateLetter(letter.type, letter.fields, {
    ...context,
    noReplyAuthority: { sanctions: run.next.sanctions, today: run.today }
  });
  // A caller's own check (WorkflowContext.validateLetter) can add to the domain's, never replace it.
  const missing = [
    ...(validation.ok ? [] : [describeMissing(validation)]),
    ...(run.context.validateLetter ? run.context.validateLetter(letter) : [])
  ];
  if (missing.length > 0) {
    return fail('guardFailed', 'The letter is missing required content.', rule, missing);
  }
  return undefined;
}

function addLetter(run: TransitionRun, letter: Letter): void {
  run.next = { ...run.next, letters: run.next.letters.concat([letter]) };
  run.record('letter.sent', { type: 'Letter', id: letter.id }, undefined, letter.type);
}

/**
 * BR-28: a sanction binds only the case's own subject. Checked against the case itself, not
 * only against the person the caller passed in, so a caller that hands over the wrong person
 * (or none of its own) cannot bind someone else.
 */
function subjectProblem(run: TransitionRun, subjectPersonId: string): Outcome | undefined {
  if (subjectPersonId === run.next.personId && run.context.person.id === run.next.personId) {
    return undefined;
  }
  return fail(
    'guardFailed',
    'A restriction can only bind the person this case is about. Anyone else needs their own incidents, decision and letter.',
    'BR-28'
  );
}

/** BR-08 and the other proposal rules; blocking errors stop the transition. */
function proposalProblem(run: TransitionRun, proposal: SanctionProposal): Outcome | undefined {
  const subject = subjectProblem(run, proposal.subjectPersonId);
  if (subject) {
    return subject;
  }
  const result = checkSanctionProposal(proposal, run.context.person, run.limits);
  if (result.errors.length > 0) {
    return fail(
      'guardFailed',
      'The sanction proposal has problems to fix.',
      result.errors[0].rule,
      result.errors.map((e) => `${e.rule} ${e.field}: ${e.message}`)
    );
  }
  return undefined;
}

function newSanction(run: TransitionRun, proposal: SanctionProposal, status: Sanction['status'], supersedes?: Sanction): Sanction {
  return {
    ...proposal,
    id: run.context.newId('sanction'),
    version: supersedes ? supersedes.version + 1 : 1,
    caseId: run.next.id,
    proposedBy: run.context.actorId,
    proposedAt: run.context.now,
    approvals: [],
    status,
    supersedesSanctionId: supersedes ? supersedes.id : undefined
  };
}

function addSanction(run: TransitionRun, sanction: Sanction, rule: string): void {
  run.next = { ...run.next, sanctions: run.next.sanctions.concat([sanction]) };
  run.record(`sanction.${sanction.status.toLowerCase()}`, { type: 'Sanction', id: sanction.id }, rule, undefined, {
    startDate: sanction.startDate,
    endDate: sanction.endDate,
    reviewDate: sanction.reviewDate,
    version: sanction.version
  });
}

/** BR-04 */
function checklistProblem(run: TransitionRun, when: string): Outcome | undefined {
  const gaps = checklistGaps(run.next.checklist);
  return gaps.length > 0
    ? fail(
        'guardFailed',
        `Complete the consider-before-restricting checklist before ${when}.`,
        'BR-04',
        gaps.map((g) => g.message)
      )
    : undefined;
}

/** BR-03: a CRO with prior involvement cannot be the case officer. */
function conflictedOfficerProblem(run: TransitionRun, userId: string | undefined): Outcome | undefined {
  if (userId === undefined) {
    return undefined;
  }
  const conflicted = run.next.conflictDeclarations.some((c) => c.userId === userId);
  return conflicted
    ? fail('guardFailed', 'This officer has declared earlier involvement. Assign the alternate officer instead.', 'BR-03')
    : undefined;
}

/** The first Customer Relations Officer, else alternate officer, with no declared conflict on the case. */
function defaultCaseOfficer(run: TransitionRun): string | undefined {
  const { roles } = run.context;
  const candidates = [...(roles.customerRelationsOfficer ?? []), ...(roles.alternateOfficer ?? [])];
  return candidates.find((userId) => !run.next.conflictDeclarations.some((c) => c.userId === userId));
}

/**
 * Councillors' route: the Customer and ICT Services Business Manager is the single point of
 * contact, assisted by the CRO (spec 5.1, M1), so the first Business Manager with no declared
 * conflict is the case officer; failing one, the CRO or alternate as on the customer route.
 */
function defaultCouncillorRouteOfficer(run: TransitionRun): string | undefined {
  const managers = run.context.roles.customerIctBusinessManager ?? [];
  const free = managers.find((userId) => !run.next.conflictDeclarations.some((c) => c.userId === userId));
  return free ?? defaultCaseOfficer(run);
}

const HANDLERS: HandlerMap = {
  submit: (run) => {
    if (run.next.incidentIds.length === 0) {
      return fail('guardFailed', 'Link at least one incident report before referring the case.');
    }
    run.setStatus('Referred');
    return undefined;
  },

  openFromMemberReferral: (run, action) => {
    const { referral } = action;
    if (run.next.route !== 'Councillor') {
      return fail('guardFailed', 'A case opened from a Member referral is on the councillors’ route.', 'BR-26');
    }
    // The case names its referral (BR-22: the councillor's need-to-know view trusts only this link).
    if (run.next.memberReferralId !== referral.id) {
      return fail('guardFailed', 'The case must name the Member referral it is opened from.', 'BR-22');
    }
    if (referral.caseId !== undefined && referral.caseId !== run.next.id) {
      return fail('guardFailed', 'A case has already been opened from this referral.', 'BR-26');
    }
    // BR-26: the escalation ladder was followed (letter, then group leader), or skipped for a reason.
    const check = validateMemberReferral(referral, run.today);
    if (!check.ok) {
      return fail(
        'guardFailed',
        'The referral does not show the steps the councillors’ policy asks for. Ask the councillor to complete it.',
        'BR-26',
        check.error.map((problem) => problem.message)
      );
    }
    if (run.next.caseOfficerId === undefined) {
      const officer = defaultCouncillorRouteOfficer(run);
      if (officer !== undefined) run.next = { ...run.next, caseOfficerId: officer };
    }
    run.setStatus('AwaitingInvocationDecision');
    run.record('memberReferral.caseOpened', { type: 'MemberReferral', id: referral.id }, 'BR-26', undefined, {
      caseId: run.next.id,
      councillorId: referral.councillorId,
      referredOn: referral.referredToMonitoringOfficerOn
    });
    return undefined;
  },

  takeInformalAction: (run, action) => {
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Record the informal action taken.');
    }
    run.setStatus('InformalAction');
    return undefined;
  },

  resolveInformal: (run, action) => {
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Record how the matter was resolved.');
    }
    run.setStatus('Closed', 'Resolved');
    return undefined;
  },

  escalate: (run, action) => {
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Record why the case is going to the head of service.');
    }
    // Spec 5.2: the case officer is the Customer Relations Officer, or the alternate where
    // the CRO has declared earlier involvement (BR-03). An escalated case goes to them at
    // once, so it never waits without an officer; the panel can still assign another.
    if (run.next.caseOfficerId === undefined) {
      const officer = defaultCaseOfficer(run);
      if (officer !== undefined) run.next = { ...run.next, caseOfficerId: officer };
    }
    run.setStatus('AwaitingInvocationDecision');
    return undefined;
  },

  assignCaseOfficer: (run, action) => {
    const { roles } = run.context;
    if (
      !holdsRole(roles, action.userId, 'customerRelationsOfficer') &&
      !holdsRole(roles, action.userId, 'alternateOfficer') &&
      !holdsRole(roles, action.userId, 'customerIctBusinessManager')
    ) {
      return fail(
        'guardFailed',
        'The case officer must be the Customer Relations Officer, the alternate officer or (Members’ route) the Customer and ICT Services Business Manager.',
        'BR-03'
      );
    }
    const problem = conflictedOfficerProblem(run, action.userId);
    if (problem) {
      return problem;
    }
    run.next = { ...run.next, caseOfficerId: action.userId };
    return undefined;
  },

  declareConflict: (run, action) => {
    if (action.declaration.userId !== run.context.actorId || blank(action.declaration.detail)) {
      return fail('guardFailed', 'Officers declare their own conflicts, with details.', 'BR-03');
    }
    run.next = {
      ...run.next,
      conflictDeclarations: run.next.conflictDeclarations.concat([{ ...action.declaration, declaredAt: run.context.now }])
    };
    if (run.next.caseOfficerId === action.declaration.userId) {
      // BR-03: a conflicted case officer steps aside until the alternate is assigned.
      run.next = { ...run.next, caseOfficerId: undefined };
    }
    run.record('conflict.declared', { type: 'Case', id: run.next.id }, 'BR-03');
    return undefined;
  },

  recordChecklist: (run, action) => {
    run.next = { ...run.next, checklist: { ...action.checklist, completedBy: run.context.actorId, updatedAt: run.context.now } };
    run.record('checklist.updated', { type: 'Checklist', id: run.next.id }, 'BR-04');
    return undefined;
  },

  recordInvocationDecision: (run, action) => {
    const decision = action.decision;
    if (blank(decision.reasons)) {
      return fail('guardFailed', 'Record the reasons for the decision.', 'BR-02');
    }
    if (isAfter(decision.meetingDate, dateOfInstant(run.context.now))) {
      return fail(
        'guardFailed',
        `The panel cannot have met on ${formatLongDate(decision.meetingDate)}, a date still to come. Record the decision once the panel has met.`,
        'BR-02'
      );
    }
    // BR-02: every seat for the route filled by someone who really holds that role.
    const seats = PANEL_ROLES_BY_ROUTE[run.next.route];
    const missingSeats = seats.filter(
      (seat) => !decision.attendees.some((a) => seat.indexOf(a.role) >= 0 && holdsRole(run.context.roles, a.userId, a.role))
    );
    if (missingSeats.length > 0) {
      return fail(
        'guardFailed',
        'The decision panel is not complete for this route.',
        'BR-02',
        missingSeats.map((seat) => `Missing: ${seat.join(' or ')}`)
      );
    }
    // BR-03: a conflicted officer cannot sit in the CRO seat; the alternate does.
    const conflicted = decision.attendees.filter((a) => run.next.conflictDeclarations.some((c) => c.userId === a.userId));
    if (conflicted.length > 0) {
      return fail(
        'guardFailed',
        'A panel member has declared earlier involvement. The alternate officer must take their place.',
        'BR-03',
        conflicted.map((a) => a.name)
      );
    }
    const spocProblem = conflictedOfficerProblem(run, decision.spocUserId);
    if (spocProblem) {
      return spocProblem;
    }
    run.next = { ...run.next, invocationDecision: decision };
    run.record('invocation.decided', { type: 'InvocationDecision', id: decision.id }, 'BR-02', decision.outcome);

    if (decision.outcome === 'DoNotInvoke') {
      run.setStatus('Closed', 'NotInvoked');
      return undefined;
    }
    if (decision.outcome === 'InformalOnly') {
      run.setStatus('InformalAction');
      return undefined;
    }
    const checklist = checklistProblem(run, 'invoking the policy');
    if (checklist) {
      return checklist;
    }
    if (decision.bypass === undefined) {
      const max = run.maxMonitoringMonths;
      const months = decision.monitoringPeriod ? decision.monitoringPeriod.lengthMonths : max;
      if (!(months > 0 && months <= max)) {
        return fail('guardFailed', `The monitoring period must be more than 0 and no more than ${max} months.`, 'BR-05');
      }
      run.setStatus('MonitoringLetterDraft');
      return undefined;
    }
    // BR-05 bypass: allowed reason, Executive Director approval and a note.
    const bypass = decision.bypass;
    if (
      BYPASS_REASONS.indexOf(bypass.reason) < 0 ||
      blank(bypass.note) ||
      !holdsRole(run.context.roles, bypass.approvedBy, 'executiveDirector')
    ) {
      return fail(
        'guardFailed',
        'Going straight to a sanction needs a serious threat of violence or particularly vexatious behaviour, the Executive Director’s approval and a note.',
        'BR-05'
      );
    }
    if (action.bypassSanction === undefined) {
      return fail('guardFailed', 'Set out the proposed sanction when the warning stage is bypassed.', 'BR-05');
    }
    const problem = proposalProblem(run, action.bypassSanction);
    if (problem) {
      return problem;
    }
    addSanction(run, newSanction(run, action.bypassSanction, 'Proposed'), 'BR-05');
    run.setStatus('SanctionProposed');
    return undefined;
  },

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
  },

  proposeSanction: (run, action) => {
    const before = run.next;
    if (before.status === 'Closed' && before.closureReason !== 'Lifted' && before.closureReason !== 'Expired') {
      return fail('illegalTransition', 'A closed case can only be fast-tracked to a new sanction after a sanction was lifted or expired.');
    }
    if (before.status === 'SanctionProposed') {
      const current = currentSanction(before);
      if (current === undefined || current.status !== 'ChangesRequested') {
        return fail('illegalTransition', 'A proposal can only be revised after the approver asked for changes.');
      }
      const problem = proposalProblem(run, action.sanction);
      if (problem) {
        return problem;
      }
      run.replaceSanction({ ...current, status: 'Superseded' });
      addSanction(run, newSanction(run, action.sanction, 'Proposed', current), 'BR-08');
      return undefined;
    }
    if (before.status === 'Monitoring') {
      const period = before.monitoringPeriod as NonNullable<Case['monitoringPeriod']>;
      const ended = !isBefore(run.today, period.plannedEndDate);
      if (!ended && blank(action.earlyBreachReason)) {
        return fail(
          'guardFailed',
          `Monitoring runs until ${formatLongDate(period.plannedEndDate)}. Only a serious breach, with reasons, ends it early.`,
          'BR-05'
        );
      }
      run.next = {
        ...run.next,
        monitoringPeriod: {
          ...period,
          endedOn: run.today,
          endedEarlyReason: ended ? undefined : action.earlyBreachReason,
          assessment: 'NotImproved'
        }
      };
    }
    const problem = proposalProblem(run, action.sanction);
    if (problem) {
      return problem;
    }
    addSanction(run, newSanction(run, action.sanction, 'Proposed'), before.status === 'Closed' ? 'C2 fast-track' : 'BR-08');
    run.setStatus('SanctionProposed');
    return undefined;
  },

  decideSanction: (run, action) => {
    const sanction = currentSanction(run.next);
    if (sanction === undefined || sanction.status !== 'Proposed') {
      return fail('illegalTransition', 'There is no sanction awaiting a decision.');
    }
    if (blank(action.approval.reasons)) {
      return fail('guardFailed', 'Give reasons for the decision.', 'BR-01');
    }
    const approval = { ...action.approval, id: run.context.newId('approval'), approverId: run.context.actorId, decidedAt: run.context.now };
    const withApproval: Sanction = { ...sanction, approvals: sanction.approvals.concat([approval]) };
    if (approval.outcome === 'AskForChanges') {
      run.replaceSanction({ ...withApproval, status: 'ChangesRequested' });
      run.record('sanction.changesRequested', { type: 'ApprovalDecision', id: approval.id }, 'BR-01');
      return undefined;
    }
    if (approval.outcome === 'Reject') {
      run.replaceSanction({ ...withApproval, status: 'Rejected' });
      run.record('sanction.rejected', { type: 'ApprovalDecision', id: approval.id }, 'BR-01');
      const period = run.next.monitoringPeriod;
      if (action.afterRejection === 'Monitoring' && period !== undefined && isBefore(run.today, period.plannedEndDate)) {
        run.next = { ...run.next, monitoringPeriod: { ...period, endedOn: undefined, endedEarlyReason: undefined, assessment: undefined } };
        run.setStatus('Monitoring');
      } else {
        run.setStatus('Closed', 'Rejected');
      }
      return undefined;
    }
    const checklist = checklistProblem(run, 'approving a sanction');
    if (checklist) {
      return checklist;
    }
    // BR-05: monitoring letter sent and period ended, unless a valid bypass was recorded.
    const decision = run.next.invocationDecision;
    const bypassed = decision !== undefined && decision.bypass !== undefined;
    const period = run.next.monitoringPeriod;
    const fastTrack = run.next.sanctions.some((s) => s.status === 'Lifted' || s.status === 'Expired');
    if (!bypassed && !fastTrack && (period === undefined || period.endedOn === undefined)) {
      return fail('guardFailed', 'A monitoring letter must have been sent and the monitoring period ended before a sanction.', 'BR-05');
    }
    const problem = proposalProblem(run, sanction);
    if (problem) {
      return problem;
    }
    // BR-29: approver confirms the continuity plan for someone with a statutory role.
    if (run.context.person.statutoryRoles.length > 0 && approval.continuityPlanConfirmed !== true) {
      return fail('guardFailed', 'Confirm how information and participation continue for this person’s statutory role.', 'BR-29');
    }
    // BR-31 widened: approver confirms the channel works for someone with communication needs or an R11 route.
    if (channelConfirmationFor(sanction, run.context.person) !== undefined && approval.channelConfirmed !== true) {
      return fail(
        'guardFailed',
        'Confirm the contact channel works for this person: they have communication needs or a third party is their contact route.',
        'BR-31'
      );
    }
    const plan = sanction.continuityPlan;
    const confirmedPlan =
      plan && approval.continuityPlanConfirmed === true
        ? { ...plan, confirmedBy: approval.approverId, confirmedAt: approval.decidedAt }
        : plan;
    run.replaceSanction({ ...withApproval, status: 'Approved', continuityPlan: confirmedPlan });
    run.record('sanction.approved', { type: 'ApprovalDecision', id: approval.id }, 'BR-01');
    run.setStatus('SanctionLetterDraft');
    return undefined;
  },

  sendSanctionLetter: (run, action) => {
    const problem = letterProblem(run, action.letter, 'RestrictionDecision', 'BR-07');
    if (problem) {
      return problem;
    }
    const sanction = currentSanction(run.next) as Sanction;
    const subject = subjectProblem(run, sanction.subjectPersonId);
    if (subject) {
      return subject;
    }
    addLetter(run, action.letter);
    // The restriction applies only once the customer has been told (spec 5.4): a letter sent
    // after the planned start moves the start to the day it was sent.
    const sentOn = action.letter.sentOn as IsoDate;
    const startDate = isAfter(sentOn, sanction.startDate) ? sentOn : sanction.startDate;
    run.replaceSanction({ ...sanction, status: 'Active', customerNotifiedOn: sentOn, startDate });
    run.setStatus('SanctionActive');
    return undefined;
  },

  logContact: (run, action) => {
    const entry = { ...action.entry, id: run.context.newId('contact'), loggedBy: run.context.actorId };
    if (entry.informationRequest !== undefined) {
      // BR-16: an FOI or EIR request goes to the FOI officer, whatever the restriction says.
      const officers = run.context.roles.foiOfficer ?? [];
      if (officers.length === 0) {
        return fail(
          'guardFailed',
          'No FOI officer is named in the settings, so this request for information cannot be passed on. Ask the site owner to name the FOI officer, or log the contact without marking it as a request for information and pass it to the FOI team yourself.',
          'BR-16'
        );
      }
      const tasks = informationRequestTasks(run.next, entry, officers, {
        personName: nameOf(run.context.person),
        now: run.context.now,
        newId: run.context.newId,
        deadlines: run.deadlines
      });
      run.routed.push(...tasks);
      run.record('contact.passedToFoiOfficer', { type: 'ContactLogEntry', id: entry.id }, 'BR-16', entry.informationRequest, {
        foiOfficers: officers
      });
    }
    run.next = { ...run.next, contactLog: run.next.contactLog.concat([entry]) };
    run.record('contact.logged', { type: 'ContactLogEntry', id: entry.id }, 'BR-14');
    // BR-14: flagged items create a task for the service, even when filed without reply; under
    // "read and file" (R05) every item goes to the named reviewer, and a safeguarding concern to
    // the safeguarding contact too (contactReview.ts).
    const routes = contactReviewRoutes(run.next, entry, run.context.roles, run.context.actorId, run.today);
    for (const route of routes) {
      run.addTask({
        kind: 'reviewFlaggedItem',
        assignees: [route.assignee],
        recordId: entry.id,
        service: run.next.leadService,
        detail: route.detail
      });
    }
    return undefined;
  },

  reviewFlaggedContact: (run, action) => {
    const entry = run.next.contactLog.find((c) => c.id === action.contactId);
    // Flagged, or passed to a "read and file" reviewer (R05): either way someone has it to deal with.
    const passedOn = run.next.tasks.some((t) => t.kind === 'reviewFlaggedItem' && t.recordId === action.contactId);
    if (entry === undefined || !(entry.newIssue || entry.safeguardingConcern || passedOn)) {
      return fail('guardFailed', 'There is no flagged contact with that reference.', 'BR-14');
    }
    if (entry.reviewedBy !== undefined) {
      return fail('guardFailed', 'This contact has already been dealt with.', 'BR-14');
    }
    const isFor = (t: CaseTask): boolean => t.kind === 'reviewFlaggedItem' && t.recordId === entry.id;
    const passedTo = run.next.tasks.some((t) => !t.done && isFor(t) && t.assignees.indexOf(run.context.actorId) >= 0);
    const manages = can({ userId: run.context.actorId }, 'case.manage', {
      roles: run.context.roles,
      case: participationOf(run.next)
    }).allowed;
    if (!passedTo && !manages) {
      return fail(
        'notPermitted',
        'Only the person this contact was passed to, or the case officer, can say it has been dealt with.',
        'BR-14'
      );
    }
    run.next = {
      ...run.next,
      contactLog: run.next.contactLog.map((c) => (c.id === entry.id ? { ...c, reviewedBy: run.context.actorId } : c))
    };
    // The work the flag asked for is done, for everyone it was passed to.
    run.closeTasks(isFor);
    run.record('contact.reviewed', { type: 'ContactLogEntry', id: entry.id }, 'BR-14');
    return undefined;
  },

  receiveAppeal: (run, action) => {
    const sanction = currentSanction(run.next) as Sanction;
    if (action.grounds.length === 0 || blank(action.statement)) {
      return fail('guardFailed', 'An appeal needs at least one ground and the person’s reasons.', 'BR-12');
    }
    if (action.grounds.indexOf('factualInaccuracy') >= 0) {
      return fail('guardFailed', 'Factual inaccuracy is a ground for challenging a warning letter, not a restriction.', 'BR-12');
    }
    const reviewerCheck = can({ userId: action.reviewerId }, 'appeal.decide', {
      roles: run.context.roles,
      case: participationOf(run.next)
    });
    if (!reviewerCheck.allowed) {
      // Said of the reviewer chosen, not of the person recording the appeal.
      return fail('guardFailed', appealReviewerRefusal(reviewerCheck.reason), reviewerCheck.rule);
    }
    const appeal = {
      id: run.context.newId('appeal'),
      sanctionId: sanction.id,
      receivedOn: action.receivedOn,
      withinDeadline: action.withinDeadline,
      grounds: action.grounds,
      statement: action.statement,
      reviewerId: action.reviewerId
    };
    run.next = { ...run.next, appeals: run.next.appeals.concat([appeal]) };
    run.record('appeal.received', { type: 'Appeal', id: appeal.id }, 'BR-12');
    run.setStatus('UnderAppeal');
    return undefined;
  },

  decideAppeal: (run, action) => {
    const appeal = run.next.appeals[run.next.appeals.length - 1];
    if (appeal.reviewerId !== run.context.actorId) {
      return fail('notPermitted', 'Only the assigned appeal reviewer can decide this appeal.', 'BR-11');
    }
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Give the written reasons for the appeal decision.', 'BR-12');
    }
    const letterIssue = letterProblem(run, action.letter, 'AppealOutcome', 'BR-12');
    if (letterIssue) {
      return letterIssue;
    }
    const sanction = currentSanction(run.next) as Sanction;
    if (action.outcome === 'Vary') {
      if (action.variedSanction === undefined) {
        return fail('guardFailed', 'Set out the varied restriction.', 'BR-12');
      }
      // An appeal is the person's challenge: it can ease the restriction, never make it last
      // longer. Lengthening is a fresh decision for a review, with its own letter (BR-10).
      if (isAfter(action.variedSanction.endDate, sanction.endDate)) {
        return fail(
          'guardFailed',
          `An appeal can vary the restriction but not lengthen it: the varied restriction must end by ${formatLongDate(sanction.endDate)}, when it ends now. To extend it, record a review, which has its own letter.`,
          'BR-12'
        );
      }
      const problem = proposalProblem(run, action.variedSanction);
      if (problem) {
        return problem;
      }
      run.replaceSanction({ ...sanction, status: 'Superseded' });
      const varied = newSanction(run, action.variedSanction, 'Active', sanction);
      addSanction(run, { ...varied, approvals: sanction.approvals }, 'BR-12');
      // The varied restriction is a fresh decision with its own review date: the escalation
      // of the old one's overdue review is no longer anyone's to do.
      run.closeTasks((t) => t.kind === 'reviewOverdue' && t.dueDate !== varied.reviewDate);
    } else if (action.outcome === 'Quash') {
      run.replaceSanction({ ...sanction, status: 'Quashed' });
      // Nothing is left to review: an escalated overdue review is no longer anyone's to do.
      run.closeTasks((t) => t.kind === 'reviewOverdue');
    }
    run.next = {
      ...run.next,
      appeals: run.next.appeals.map((a) =>
        a.id === appeal.id
          ? {
              ...a,
              outcome: action.outcome,
              decisionReasons: action.reasons,
              decidedAt: run.context.now,
              decisionLetterId: action.letter.id
            }
          : a
      )
    };
    addLetter(run, action.letter);
    run.record('appeal.decided', { type: 'Appeal', id: appeal.id }, 'BR-12', action.outcome);
    if (action.outcome === 'Quash') {
      run.setStatus('Closed', 'Quashed');
    } else {
      run.setStatus('SanctionActive');
    }
    return undefined;
  },

  startReview: (run) => {
    const sanction = currentSanction(run.next) as Sanction;
    const review = {
      id: run.context.newId('review'),
      kind: 'Scheduled' as const,
      sanctionId: sanction.id,
      dueDate: sanction.reviewDate,
      reviewers: [run.context.actorId]
    };
    run.next = { ...run.next, reviews: run.next.reviews.concat([review]) };
    run.record('review.started', { type: 'Review', id: review.id }, 'BR-10');
    run.setStatus('UnderReview');
    return undefined;
  },

  completeReview: (run, action) => {
    const sanction = currentSanction(run.next) as Sanction;
    const reviews = run.next.reviews.filter((r) => r.kind === 'Scheduled' && r.outcome === undefined);
    const review = reviews[reviews.length - 1];
    // BR-10 and BR-30: reasons, in writing.
    if (blank(action.reasons)) {
      return fail(
        'guardFailed',
        'Give the reasons for the review outcome.',
        sanction.scope.kind === 'premisesExclusion' || sanction.scope.kind === 'publicMeetingExclusion' ? 'BR-30' : 'BR-10'
      );
    }
    const letterIssue = letterProblem(run, action.letter, 'ReviewOutcome', 'BR-10', { reviewOutcome: action.outcome });
    if (letterIssue) {
      return letterIssue;
    }
    let nextReviewDate: IsoDate | undefined;
    if (action.outcome === 'Lift') {
      run.replaceSanction({ ...sanction, status: 'Lifted' });
      run.setStatus('Closed', 'Lifted');
    } else {
      if (action.nextReviewDate === undefined) {
        return fail('guardFailed', 'Set the next review date.', 'BR-10');
      }
      nextReviewDate = action.nextReviewDate;
      // Continue or amend is a fresh decision: a new version starting today (BR-08 limits apply).
      const base: SanctionProposal = action.outcome === 'Amend' && action.amendedSanction ? action.amendedSanction : sanction;
      const renewed: SanctionProposal = {
        ...base,
        startDate: run.today,
        reviewDate: action.nextReviewDate,
        endDate: action.newEndDate ?? sanction.endDate
      };
      const problem = proposalProblem(run, renewed);
      if (problem) {
        return problem;
      }
      run.replaceSanction({ ...sanction, status: 'Superseded' });
      addSanction(run, { ...newSanction(run, renewed, 'Active', sanction), approvals: sanction.approvals }, 'BR-10');
      run.setStatus('SanctionActive');
    }
    run.next = {
      ...run.next,
      reviews: run.next.reviews.map((r) =>
        r.id === review.id
          ? {
              ...r,
              heldOn: run.today,
              outcome: action.outcome,
              reasons: action.reasons,
              nextReviewDate,
              newEndDate: action.newEndDate,
              letterId: action.letter.id,
              answeredAt: run.context.now
            }
          : r
      )
    };
    // BR-09: the review has an outcome, so its escalation is done for everyone it went to.
    run.closeTasks((t) => t.kind === 'reviewOverdue');
    addLetter(run, action.letter);
    run.record('review.completed', { type: 'Review', id: review.id }, 'BR-10', action.outcome);
    return undefined;
  },

  logPersonReviewRequest: (run, action) => {
    // BR-34: logged, routed to the decision-maker, answered in writing by a set date.
    if (blank(action.requestText)) {
      return fail('guardFailed', 'Record what the person asked for.', 'BR-34');
    }
    if (isBefore(action.respondBy, action.requestedOn)) {
      return fail('guardFailed', 'The reply date must be after the request date.', 'BR-34');
    }
    const latest = personRequestedReviewDeadline(action.requestedOn, run.deadlines);
    if (isAfter(action.respondBy, latest)) {
      return fail(
        'guardFailed',
        `The council's time frame says a request received on ${formatLongDate(action.requestedOn)} is answered by ${formatLongDate(latest)}: the reply date cannot be later.`,
        'BR-34'
      );
    }
    const sanction = currentSanction(run.next) as Sanction;
    const review = {
      id: run.context.newId('review'),
      kind: 'PersonRequested' as const,
      sanctionId: sanction.id,
      dueDate: action.respondBy,
      requestedOn: action.requestedOn,
      requestText: action.requestText,
      assignedTo: action.assignedTo,
      reviewers: [action.assignedTo]
    };
    run.next = { ...run.next, reviews: run.next.reviews.concat([review]) };
    run.record('review.requestedByPerson', { type: 'Review', id: review.id }, 'BR-34');
    // Routed to the decision-maker, and to the case officer (the single point of contact, who
    // sends the written answer), each as their own task, so it reaches both.
    for (const userId of everyoneOnce([action.assignedTo, run.next.caseOfficerId])) {
      run.addTask({
        kind: 'answerPersonRequestedReview',
        assignees: [userId],
        recordId: review.id,
        dueDate: action.respondBy,
        detail: 'Answer the person’s request for a review in writing.'
      });
    }
    return undefined;
  },

  answerPersonReviewRequest: (run, action) => {
    const review = run.next.reviews.filter((r) => r.id === action.reviewId && r.kind === 'PersonRequested')[0];
    if (review === undefined || review.answeredAt !== undefined) {
      return fail('guardFailed', 'There is no open request for a review with that reference.', 'BR-34');
    }
    if (blank(action.reasons)) {
      return fail('guardFailed', 'Give reasons in the reply.', 'BR-34');
    }
    // A reply once no restriction is in force has nothing continuing to state, as after a Lift.
    const letterIssue = letterProblem(
      run,
      action.letter,
      'ReviewOutcome',
      'BR-34',
      currentSanction(run.next) === undefined ? { reviewOutcome: 'Lift' } : {}
    );
    if (letterIssue) {
      return letterIssue;
    }
    run.next = {
      ...run.next,
      reviews: run.next.reviews.map((r) =>
        r.id === review.id
          ? { ...r, reasons: action.reasons, letterId: action.letter.id, answeredAt: run.context.now, heldOn: run.today }
          : r
      )
    };
    // This request's tasks only (another request may share its answer-by date); a task made
    // before tasks named their request is matched by that date.
    run.closeTasks(
      (t) =>
        t.kind === 'answerPersonRequestedReview' && (t.recordId !== undefined ? t.recordId === review.id : t.dueDate === review.dueDate)
    );
    addLetter(run, action.letter);
    run.record('review.personRequestAnswered', { type: 'Review', id: review.id }, 'BR-34');
    return undefined;
  },

  escalateOverdueReview: (run) => {
    const sanction = currentSanction(run.next) as Sanction;
    if (isBefore(run.today, sanction.reviewDate)) {
      return fail('guardFailed', `The review is not due until ${formatLongDate(sanction.reviewDate)}.`, 'BR-09');
    }
    const already = run.next.tasks.some((t) => t.kind === 'reviewOverdue' && t.dueDate === sanction.reviewDate);
    if (already) {
      return fail('guardFailed', 'This overdue review has already been escalated.', 'BR-09');
    }
    // To the approvers and the CRO, and to the case officer (the alternate, when the CRO
    // declared involvement: BR-03), never to someone with a declared conflict on the case.
    // Each gets their own task: one task for several people reaches only the first of them.
    const approvers = sanction.approvals.filter((a) => a.outcome === 'Approve').map((a) => a.approverId);
    const cro = run.context.roles.customerRelationsOfficer ?? [];
    const conflicted = run.next.conflictDeclarations.map((d) => d.userId);
    const people = everyoneOnce([...approvers, run.next.caseOfficerId, ...cro]).filter((id) => conflicted.indexOf(id) < 0);
    if (people.length === 0) {
      return fail(
        'guardFailed',
        'Nobody can be told the review is overdue: the restriction has no recorded approver, the case no officer and no one holds the Customer Relations Officer role.',
        'BR-09'
      );
    }
    for (const userId of people) {
      run.addTask({
        kind: 'reviewOverdue',
        assignees: [userId],
        dueDate: sanction.reviewDate,
        detail: `Review due on ${formatLongDate(sanction.reviewDate)} has no outcome.`
      });
    }
    run.record('review.escalated', { type: 'Sanction', id: sanction.id }, 'BR-09');
    return undefined;
  },

  expireSanction: (run) => {
    const sanction = currentSanction(run.next) as Sanction;
    if (!isAfter(run.today, sanction.endDate)) {
      return fail('guardFailed', `The restriction runs until ${formatLongDate(sanction.endDate)}.`, 'BR-09');
    }
    run.replaceSanction({ ...sanction, status: 'Expired' });
    run.closeTasks((t) => t.kind === 'reviewOverdue');
    // BR-09: only a recorded decision extends a restriction. A review or an appeal still in
    // progress is not one, so the restriction ends on time and the person is told.
    const pending =
      run.next.status === 'UnderReview'
        ? ' The review that was under way had no outcome, so the restriction ended at its end date.'
        : run.next.status === 'UnderAppeal'
          ? ' The appeal that was under way had not been decided; the restriction ended at its end date.'
          : '';
    if (pending !== '') {
      run.record('sanction.expiredWhilePending', { type: 'Sanction', id: sanction.id }, 'BR-09', pending.trim());
    }
    // The case officer's letter; with no case officer, the CRO's (a task for "system" reaches nobody).
    const conflicted = run.next.conflictDeclarations.map((d) => d.userId);
    const croHolders = (run.context.roles.customerRelationsOfficer ?? []).filter((id) => conflicted.indexOf(id) < 0);
    const writers = run.next.caseOfficerId ? [run.next.caseOfficerId] : everyoneOnce(croHolders);
    for (const userId of writers.length > 0 ? writers : [SYSTEM_ACTOR]) {
      run.addTask({
        kind: 'sendRestrictionEndedLetter',
        assignees: [userId],
        dueDate: run.today,
        detail: `Send the letter telling the person the restriction has ended.${pending}`
      });
    }
    run.setStatus('Closed', 'Expired');
    return undefined;
  },

  sendRestrictionEndedLetter: (run, action) => {
    if (!run.next.sanctions.some((s) => s.status === 'Expired')) {
      return fail(
        'guardFailed',
        'The letter saying the restriction has ended is sent once a restriction on this case has expired.',
        'BR-09'
      );
    }
    const problem = letterProblem(run, action.letter, 'RestrictionEnded', 'BR-09');
    if (problem) {
      return problem;
    }
    addLetter(run, action.letter);
    run.closeTasks((t) => t.kind === 'sendRestrictionEndedLetter');
    return undefined;
  },

  issueNoReplyInstruction: (run, action) => {
    const sanction = sanctionAllowingNoReply(run.next, action.scope, run.today);
    if (sanction === undefined) {
      return fail(
        'guardFailed',
        'A "do not reply" instruction needs an approved, active restriction covering that scope. Informal restrictions are not allowed.',
        'BR-32'
      );
    }
    if (blank(action.wording)) {
      return fail('guardFailed', 'Record the wording of the instruction.', 'BR-32');
    }
    run.next = {
      ...run.next,
      noReplyInstructions: run.next.noReplyInstructions.concat([
        { scope: action.scope, sanctionId: sanction.id, issuedBy: run.context.actorId, issuedAt: run.context.now, wording: action.wording }
      ])
    };
    run.record('noReply.issued', { type: 'Sanction', id: sanction.id }, 'BR-32');
    return undefined;
  },

  recordOmbudsmanEnquiry: (run, action) => refusalOf(recordOmbudsmanEnquiry(run, action)),
  recordOmbudsmanDecision: (run, action) => refusalOf(recordOmbudsmanDecision(run, action)),
  completeOmbudsmanRemedy: (run, action) => {
    const manages = can({ userId: run.context.actorId }, 'case.manage', {
      roles: run.context.roles,
      case: participationOf(run.next)
    }).allowed;
    return refusalOf(completeOmbudsmanRemedy(run, action, manages));
  },
  copyLetterToOmbudsman: (run, action) => refusalOf(copyLetterToOmbudsman(run, action))
};

function refusalOf(error: TransitionError | undefined): Outcome | undefined {
  return error === undefined ? undefined : err(error);
}

/**
 * Whether the engine accepts an action of this type from a case in this status: screens ask
 * this (which next steps to offer) instead of keeping their own lists of statuses.
 */
export function actionAllowedFrom(type: CaseAction['type'], status: CaseStatus): boolean {
  return ALLOWED_FROM[type].indexOf(status) >= 0;
}

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

/**
 * Applies one action to a case. Pure: the case passed in is not changed. Returns the new
 * case and the audit events to append, or a typed error naming the rule that stopped it.
 */
export function applyCaseAction(caseRecord: Case, action: CaseAction, context: WorkflowContext): Outcome {
  if (ALLOWED_FROM[action.type].indexOf(caseRecord.status) < 0) {
    return fail('illegalTransition', `You cannot ${describe(action.type)} while the case is ${caseRecord.status}.`);
  }
  const permission = checkPermission(caseRecord, action, context);
  if (permission !== undefined) {
    return permission;
  }
  const run = new TransitionRun(caseRecord, context);
  const guardFailure = HANDLERS[action.type](run, action as never);
  if (guardFailure !== undefined) {
    return guardFailure;
  }
  return ok(run.finish(action.type));
}
