import type { CaseTask, IsoDate } from '../../../domain/model';
import { dateOfInstant, formatLongDate, isBefore } from '../../../domain/model/dates';
import { READ_AND_FILE_FOR_REVIEWER } from '../../../domain/workflow/contactReview';

/*
 * The user's open tasks (the Tasks list: escalated overdue reviews (BR-09), customers' requests
 * for a review (BR-34), flagged incoming contact (BR-14), letters to send, requests for information
 * passed to the FOI officer (BR-16)) as "What is due"
 * lines: plain words, whom each is about, and the screen where it is done. No React, so the
 * home screen's reads and their tests share it.
 */

/** A "What is due" line for a task, and how soon it matters. */
export interface TaskLine {
  text: string;
  screen: string;
  params?: Record<string, string>;
  /** Safeguarding comes first; then the earliest date (an overdue item before one still to come). */
  rank: number;
  when: IsoDate;
}

function about(task: CaseTask): string {
  return task.personName ? `: ${task.personName}` : '';
}

function isSafeguarding(task: CaseTask): boolean {
  return task.kind === 'reviewFlaggedItem' && /^safeguarding/i.test(task.detail);
}

/** Issue 16 item 5: an item filed without reply under R05, passed to the reviewer the restriction names. */
function isReadAndFile(task: CaseTask): boolean {
  return task.kind === 'reviewFlaggedItem' && task.detail === READ_AND_FILE_FOR_REVIEWER;
}

/** BR-16: a request for information in the FOI officer's queue: no case to open, the FOI screen instead. */
function informationRequestLine(task: CaseTask, today: IsoDate): TaskLine {
  const due = task.dueDate ?? dateOfInstant(task.createdAt);
  return {
    text: isBefore(due, today)
      ? `Request for information overdue, due ${formatLongDate(due)}${about(task)}`
      : `Request for information to answer by ${formatLongDate(due)}${about(task)}`,
    screen: 'foi',
    rank: 1,
    when: due
  };
}

/** The line for one open task, or nothing for a task with no case to open (not this screen's). */
export function taskLine(task: CaseTask, today: IsoDate): TaskLine | undefined {
  if (task.kind === 'informationRequest') return informationRequestLine(task, today);
  if (task.caseId === undefined) return undefined;
  const caseId = task.caseId;
  const raised = dateOfInstant(task.createdAt);
  const due = task.dueDate ?? raised;
  const overdue = isBefore(due, today);
  switch (task.kind) {
    case 'reviewOverdue':
      return {
        text: `Review overdue since ${formatLongDate(due)}${about(task)}`,
        screen: 'review',
        params: { caseId },
        rank: 1,
        when: due
      };
    case 'answerPersonRequestedReview':
      return {
        text: overdue
          ? `Request for a review not answered, due ${formatLongDate(due)}${about(task)}`
          : `Answer the request for a review by ${formatLongDate(due)}${about(task)}`,
        screen: 'review',
        params: task.recordId ? { caseId, request: task.recordId } : { caseId, section: 'person-requests' },
        rank: 1,
        when: due
      };
    case 'reviewFlaggedItem':
      return isSafeguarding(task)
        ? {
            text: `Safeguarding concern to review, raised ${formatLongDate(raised)}${about(task)}`,
            screen: 'case',
            params: { caseId },
            rank: 0,
            when: raised
          }
        : isReadAndFile(task)
          ? {
              text: `Item filed without reply to read and check, raised ${formatLongDate(raised)}${about(task)}`,
              screen: 'case',
              params: { caseId },
              rank: 1,
              when: raised
            }
          : {
              text: `New issue to handle on its merits, raised ${formatLongDate(raised)}${about(task)}`,
              screen: 'case',
              params: { caseId },
              rank: 1,
              when: raised
            };
    case 'sendRestrictionEndedLetter':
      return {
        text: `Send the letter saying the restriction has ended, due ${formatLongDate(due)}${about(task)}`,
        screen: 'case',
        params: { caseId },
        rank: 1,
        when: due
      };
    case 'ombudsmanRemedy':
      return {
        text: overdue
          ? `Remedy the Ombudsman ordered is overdue, due ${formatLongDate(due)}${about(task)}`
          : `Remedy the Ombudsman ordered, due ${formatLongDate(due)}${about(task)}`,
        screen: 'case',
        params: { caseId, section: 'ombudsman' },
        rank: 1,
        when: due
      };
    default:
      return undefined;
  }
}

/** The lines for the user's open tasks, most urgent first. */
export function taskLines(tasks: readonly CaseTask[], today: IsoDate): TaskLine[] {
  return tasks
    .filter((task) => !task.done)
    .map((task) => taskLine(task, today))
    .filter((line): line is TaskLine => line !== undefined)
    .sort((a, b) => a.rank - b.rank || (a.when < b.when ? -1 : a.when > b.when ? 1 : 0));
}
