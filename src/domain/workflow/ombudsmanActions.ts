// Issue 16 item 8, "when an Ombudsman looks at a case": the engine's four transitions. The
// enquiry and the decision are recorded on the case; each remedy the decision orders becomes a
// task for the case officer, done only when the officer records what was done; a copy of one of
// the case's letters sent to the Ombudsman is recorded with the date it went. The guards live
// here, so no caller (the case screen, the service) can record a decision with no enquiry, a
// remedy with nothing to do, or a copy of a letter the case never sent.

import type { AuditEvent, EntityRef } from '../model/audit';
import type { Case, CaseTask } from '../model/case';
import { dateOfInstant, formatLongDate, isAfter, isBefore, isIsoDate, type IsoDate } from '../model/dates';
import type { OmbudsmanEnquiry, OmbudsmanRemedy } from '../model/ombudsmanEnquiry';
import { OMBUDSMAN_OUTCOMES, OMBUDSMAN_REMEDY_KINDS, OMBUDSMAN_REMEDY_LABELS } from '../model/ombudsmanEnquiry';
import { OMBUDSMAN_SCHEMES, OMBUDSMEN } from '../letters/ombudsman';
import type { CaseAction, TransitionError, WorkflowContext } from './types';

/** What these transitions need of the engine's run (transitionRun.ts's TransitionRun). */
export interface OmbudsmanRun {
  next: Case;
  readonly context: WorkflowContext;
  readonly today: IsoDate;
  record(action: string, entity: EntityRef, rule?: string, note?: string, after?: Record<string, unknown>): void;
  addTask(task: Omit<CaseTask, 'id' | 'createdAt' | 'done' | 'caseId' | 'personName'>): void;
  closeTasks(matches: (task: CaseTask) => boolean): void;
  readonly events: AuditEvent[];
}

type Refusal = TransitionError | undefined;

// No business rule of the spec names these: the audit entries say 'Ombudsman' instead.
const RULE = 'Ombudsman';

function refuse(message: string, details?: readonly string[]): TransitionError {
  return { code: 'guardFailed', message, details };
}

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function enquiriesOf(caseRecord: Case): readonly OmbudsmanEnquiry[] {
  return caseRecord.ombudsmanEnquiries ?? [];
}

function replaceEnquiry(run: OmbudsmanRun, updated: OmbudsmanEnquiry): void {
  run.next = { ...run.next, ombudsmanEnquiries: enquiriesOf(run.next).map((e) => (e.id === updated.id ? updated : e)) };
}

function findEnquiry(run: OmbudsmanRun, enquiryId: string): OmbudsmanEnquiry | undefined {
  return enquiriesOf(run.next).find((e) => e.id === enquiryId);
}

/** A real date, not still to come. */
function datedProblem(date: IsoDate, what: string, today: IsoDate): string | undefined {
  if (!isIsoDate(date)) return `Enter the date ${what} as a real date.`;
  if (isAfter(date, today)) return `The date ${what} cannot be ${formatLongDate(date)}, a date still to come.`;
  return undefined;
}

/** The case officer does the remedies; with none, the Customer Relations Officer (BR-03: not someone conflicted). */
function remedyOwner(run: OmbudsmanRun): string {
  if (run.next.caseOfficerId !== undefined) return run.next.caseOfficerId;
  const conflicted = run.next.conflictDeclarations.map((d) => d.userId);
  const cro = (run.context.roles.customerRelationsOfficer ?? []).filter((id) => conflicted.indexOf(id) < 0);
  return cro[0] ?? run.context.actorId;
}

export function recordOmbudsmanEnquiry(run: OmbudsmanRun, action: Extract<CaseAction, { type: 'recordOmbudsmanEnquiry' }>): Refusal {
  if (OMBUDSMAN_SCHEMES.indexOf(action.scheme) < 0) return refuse('Choose which Ombudsman is looking at the case.');
  if (blank(action.reference)) return refuse('Enter the Ombudsman’s reference for the enquiry.');
  if (blank(action.summary)) return refuse('Say what the Ombudsman is looking at or asking for.');
  const dateProblem = datedProblem(action.receivedOn, 'the enquiry was received', run.today);
  if (dateProblem) return refuse(dateProblem);
  const reference = action.reference.trim();
  if (enquiriesOf(run.next).some((e) => e.scheme === action.scheme && e.reference === reference)) {
    return refuse(`An enquiry with the reference ${reference} is already recorded on this case.`);
  }
  const enquiry: OmbudsmanEnquiry = {
    id: run.context.newId('ombudsman'),
    scheme: action.scheme,
    reference,
    receivedOn: action.receivedOn,
    summary: action.summary.trim(),
    recordedBy: run.context.actorId,
    recordedAt: run.context.now,
    lettersCopied: []
  };
  run.next = { ...run.next, ombudsmanEnquiries: enquiriesOf(run.next).concat([enquiry]) };
  run.record('ombudsman.enquiryRecorded', { type: 'Case', id: run.next.id }, RULE, OMBUDSMEN[action.scheme].name, {
    enquiryId: enquiry.id,
    reference,
    receivedOn: action.receivedOn
  });
  return undefined;
}

export function recordOmbudsmanDecision(run: OmbudsmanRun, action: Extract<CaseAction, { type: 'recordOmbudsmanDecision' }>): Refusal {
  const enquiry = findEnquiry(run, action.enquiryId);
  if (enquiry === undefined) return refuse('There is no Ombudsman enquiry with that reference on this case.');
  if (enquiry.decision !== undefined) return refuse('The Ombudsman’s decision on this enquiry is already recorded.');
  if (OMBUDSMAN_OUTCOMES.indexOf(action.outcome) < 0) return refuse('Choose the Ombudsman’s decision.');
  if (blank(action.summary)) return refuse('Summarise what the Ombudsman decided and why.');
  const dateProblem = datedProblem(action.decidedOn, 'of the decision', run.today);
  if (dateProblem) return refuse(dateProblem);
  if (isBefore(action.decidedOn, enquiry.receivedOn)) {
    return refuse(`The decision cannot be dated before the enquiry was received (${formatLongDate(enquiry.receivedOn)}).`);
  }
  const ordersRemedy = action.outcome === 'FaultWithInjustice';
  if (ordersRemedy && action.remedies.length === 0) {
    return refuse('Record the remedy the Ombudsman ordered (for example a fresh review or a letter of apology).');
  }
  if (!ordersRemedy && action.remedies.length > 0) {
    return refuse('Only a finding of fault causing injustice orders a remedy: choose that decision, or remove the remedies.');
  }
  const problems: string[] = [];
  action.remedies.forEach((remedy, index) => {
    const label = `Remedy ${index + 1}`;
    if (OMBUDSMAN_REMEDY_KINDS.indexOf(remedy.kind) < 0) problems.push(`${label}: choose what kind of remedy it is.`);
    if (blank(remedy.detail)) problems.push(`${label}: say what the council must do.`);
    if (!isIsoDate(remedy.dueBy)) problems.push(`${label}: enter the date it must be done by.`);
    else if (isBefore(remedy.dueBy, action.decidedOn)) problems.push(`${label}: it cannot be due before the decision was made.`);
  });
  if (problems.length > 0) return refuse('The remedies need more detail.', problems);

  const remedies: OmbudsmanRemedy[] = [];
  for (const ordered of action.remedies) {
    const remedy: OmbudsmanRemedy = {
      id: run.context.newId('remedy'),
      kind: ordered.kind,
      detail: ordered.detail.trim(),
      dueBy: ordered.dueBy
    };
    run.addTask({
      kind: 'ombudsmanRemedy',
      assignees: [remedyOwner(run)],
      recordId: remedy.id,
      dueDate: remedy.dueBy,
      detail: `${OMBUDSMAN_REMEDY_LABELS[remedy.kind]}, as the ${OMBUDSMEN[enquiry.scheme].name} ordered (${enquiry.reference}): ${remedy.detail}`
    });
    const task = run.next.tasks[run.next.tasks.length - 1];
    remedies.push({ ...remedy, taskId: task.id });
  }
  replaceEnquiry(run, {
    ...enquiry,
    decision: {
      decidedOn: action.decidedOn,
      outcome: action.outcome,
      summary: action.summary.trim(),
      remedies,
      recordedBy: run.context.actorId,
      recordedAt: run.context.now
    }
  });
  run.record('ombudsman.decisionRecorded', { type: 'Case', id: run.next.id }, RULE, action.outcome, {
    enquiryId: enquiry.id,
    decidedOn: action.decidedOn,
    remedies: remedies.map((r) => r.kind)
  });
  return undefined;
}

export function completeOmbudsmanRemedy(
  run: OmbudsmanRun,
  action: Extract<CaseAction, { type: 'completeOmbudsmanRemedy' }>,
  manages: boolean
): Refusal {
  const enquiry = findEnquiry(run, action.enquiryId);
  const remedy = enquiry?.decision?.remedies.find((r) => r.id === action.remedyId);
  if (enquiry === undefined || enquiry.decision === undefined || remedy === undefined) {
    return refuse('There is no remedy with that reference on this case.');
  }
  if (remedy.doneOn !== undefined) return refuse(`This remedy was recorded as done on ${formatLongDate(remedy.doneOn)}.`);
  const isFor = (t: CaseTask): boolean => t.kind === 'ombudsmanRemedy' && t.recordId === remedy.id;
  const passedTo = run.next.tasks.some((t) => !t.done && isFor(t) && t.assignees.indexOf(run.context.actorId) >= 0);
  if (!passedTo && !manages) {
    return {
      code: 'notPermitted',
      message: 'Only the officer the remedy was given to, or the case officer, can record it as done.'
    };
  }
  if (blank(action.note)) return refuse('Say what was done, as the council will tell the Ombudsman.');
  const done: OmbudsmanRemedy = { ...remedy, doneOn: run.today, doneBy: run.context.actorId, doneNote: action.note.trim() };
  replaceEnquiry(run, {
    ...enquiry,
    decision: { ...enquiry.decision, remedies: enquiry.decision.remedies.map((r) => (r.id === remedy.id ? done : r)) }
  });
  run.closeTasks(isFor);
  run.record('ombudsman.remedyDone', { type: 'Case', id: run.next.id }, RULE, remedy.kind, { enquiryId: enquiry.id, remedyId: remedy.id });
  return undefined;
}

export function copyLetterToOmbudsman(run: OmbudsmanRun, action: Extract<CaseAction, { type: 'copyLetterToOmbudsman' }>): Refusal {
  const enquiry = findEnquiry(run, action.enquiryId);
  if (enquiry === undefined) return refuse('There is no Ombudsman enquiry with that reference on this case.');
  const letter = run.next.letters.find((l) => l.id === action.letterId);
  if (letter === undefined || letter.sentOn === undefined) {
    return refuse('Only a letter this case has sent can be copied to the Ombudsman.');
  }
  const dateProblem = datedProblem(action.sentOn, 'the copy was sent', dateOfInstant(run.context.now));
  if (dateProblem) return refuse(dateProblem);
  if (isBefore(action.sentOn, letter.sentOn)) {
    return refuse(`The copy cannot have gone before the letter itself was sent (${formatLongDate(letter.sentOn)}).`);
  }
  if (enquiry.lettersCopied.some((c) => c.letterId === letter.id)) {
    return refuse('A copy of this letter has already been sent to the Ombudsman for this enquiry.');
  }
  replaceEnquiry(run, {
    ...enquiry,
    lettersCopied: enquiry.lettersCopied.concat([{ letterId: letter.id, sentOn: action.sentOn, sentBy: run.context.actorId }])
  });
  run.record('ombudsman.letterCopied', { type: 'Letter', id: letter.id }, RULE, letter.type, {
    enquiryId: enquiry.id,
    sentOn: action.sentOn
  });
  return undefined;
}
