// The common envelope of one transition: the run that collects the case's changes and audit
// events (handlers change `run.next` and record what they did), and the shapes every phase's
// handler shares. applyCaseAction.ts opens a run, hands it to one handler and finishes it.

import type { AuditEvent, EntityRef } from '../model/audit';
import type { Case, CaseStatus, CaseTask, ClosureReason } from '../model/case';
import { dateOfInstant, IsoDate } from '../model/dates';
import type { Sanction } from '../model/sanction';
import { DEFAULT_SANCTION_LIMITS, sanctionLimitsFrom } from '../sanctions/limits';
import { defaultDeadlineContext, type DeadlineContext } from '../time/deadlines';
import { err, Result } from '../validation/result';
import type { CaseAction, TransitionError, TransitionOutcome, WorkflowContext } from './types';

export type Outcome = Result<TransitionOutcome, TransitionError>;

export function fail(code: TransitionError['code'], message: string, rule?: string, details?: readonly string[]): Outcome {
  return err({ code, message, rule, details });
}

/** A refusal from a module that answers with a bare TransitionError (ombudsmanActions.ts), as an outcome. */
export function refusalOf(error: TransitionError | undefined): Outcome | undefined {
  return error === undefined ? undefined : err(error);
}

/** The subject's name for a task, if the caller knew it (a screen may pass only the person's id). */
export function nameOf(person: WorkflowContext['person'] | undefined): string | undefined {
  const names = person?.names;
  const name = names ? `${names.given} ${names.family}`.trim() : '';
  return name === '' ? undefined : name;
}

/** Collects the changes and audit events of one transition. */
export class TransitionRun {
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

/** Each action by its type: indexing this by a type parameter keeps the action and its handler paired. */
export type ActionByType = { [A in CaseAction as A['type']]: A };

/** One action's handler: changes the run, or returns the refusal that stops the transition. */
export type Handler<T extends CaseAction['type']> = (run: TransitionRun, action: ActionByType[T]) => Outcome | undefined;

/** A phase's part of the handler table: one handler for each of its actions. */
export type PhaseHandlers<T extends CaseAction['type']> = { [K in T]: Handler<K> };

/** The whole table: every action has its handler. */
export type HandlerMap = PhaseHandlers<CaseAction['type']>;
