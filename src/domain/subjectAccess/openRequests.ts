// Which subject access requests for a person are still open (BR-23, BR-24). The request register
// is the audit log on the person (src/app/subjectAccess/subjectAccessRequests.ts): a request is
// one SubjectAccessRequestLogged entry, its answer one SubjectAccessExported entry naming it.
//
// Decision: a request is open until it is answered (exported), NOT until its due date passes. An
// overdue request is still owed to the person, and destroying what they asked for after the
// request came in is what the DPA 2018 (s.173) makes an offence; so a late request holds the
// person's records for as long as it stays unanswered.

import type { AuditEvent } from '../model/audit';
import { isIsoDate, type IsoDate, type IsoInstant } from '../model/dates';

export const SUBJECT_ACCESS_ACTIONS = {
  logged: 'SubjectAccessRequestLogged',
  /** Art. 12(3): extended to three months after it was logged, with the reason (extension.ts). */
  extended: 'SubjectAccessRequestExtended',
  exported: 'SubjectAccessExported'
} as const;

/** A request's extension as recorded: to when, why, by whom and when it was decided. */
export interface SubjectAccessExtension {
  readonly extendedDueOn: IsoDate;
  readonly reason: string;
  readonly extendedBy: string;
  readonly extendedAt: IsoInstant;
}

/** Each request's extension, by request id, from the audit entries on the person (the first one counts). */
export function subjectAccessExtensions(personEvents: readonly AuditEvent[]): Map<string, SubjectAccessExtension> {
  const extensions = new Map<string, SubjectAccessExtension>();
  for (const event of personEvents) {
    if (event.action !== SUBJECT_ACCESS_ACTIONS.extended || !event.after) continue;
    const { requestId, extendedDueOn, reason } = event.after;
    if (typeof requestId !== 'string' || !isIsoDate(extendedDueOn) || extensions.has(requestId)) continue;
    extensions.set(requestId, {
      extendedDueOn,
      reason: typeof reason === 'string' ? reason : '',
      extendedBy: event.actorId,
      extendedAt: event.at
    });
  }
  return extensions;
}

/** The ids of the requests that have been answered (exported). */
export function answeredSubjectAccessRequests(personEvents: readonly AuditEvent[]): Set<string> {
  return new Set(
    personEvents
      .filter((event) => event.action === SUBJECT_ACCESS_ACTIONS.exported)
      .map((event) => event.after?.requestId)
      .filter((id): id is string => typeof id === 'string')
  );
}

export interface OpenSubjectAccessRequest {
  readonly requestId: string;
  readonly receivedOn: IsoDate;
  /** The date the answer is due (the extended date for a complex request, or one extended later). */
  readonly answerBy: IsoDate;
  readonly loggedBy: string;
  readonly loggedAt: IsoInstant;
}

/** The person's requests not yet answered, from the audit entries on the person, oldest logged first. */
export function openSubjectAccessRequests(personEvents: readonly AuditEvent[]): OpenSubjectAccessRequest[] {
  const answered = answeredSubjectAccessRequests(personEvents);
  const extensions = subjectAccessExtensions(personEvents);
  const open: OpenSubjectAccessRequest[] = [];
  for (const event of personEvents) {
    if (event.action !== SUBJECT_ACCESS_ACTIONS.logged || answered.has(event.id) || !event.after) continue;
    const { receivedOn, dueOn, extendedDueOn } = event.after;
    if (!isIsoDate(receivedOn) || !isIsoDate(dueOn)) continue;
    open.push({
      requestId: event.id,
      receivedOn,
      answerBy: extensions.get(event.id)?.extendedDueOn ?? (isIsoDate(extendedDueOn) ? extendedDueOn : dueOn),
      loggedBy: event.actorId,
      loggedAt: event.at
    });
  }
  return open.sort((a, b) => (a.loggedAt < b.loggedAt ? -1 : a.loggedAt > b.loggedAt ? 1 : 0));
}

/** When the person's latest request was logged (answered or not), if they ever made one. */
export function latestSubjectAccessRequestAt(personEvents: readonly AuditEvent[]): IsoInstant | undefined {
  let latest: IsoInstant | undefined;
  for (const event of personEvents)
    if (event.action === SUBJECT_ACCESS_ACTIONS.logged && (latest === undefined || event.at > latest)) latest = event.at;
  return latest;
}
