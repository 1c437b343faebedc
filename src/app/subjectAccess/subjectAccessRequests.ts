// Logging a subject access request and reading the requests logged for a person (BR-23).
//
// Decision: the request register is the audit log itself. A request is a dated legal event that
// is never edited, and the audit log is append-only and hash-chained, so the date the council
// received it cannot be changed afterwards, which is exactly what the deadline needs. Each
// request is one entry on the person (entity Person, action SubjectAccessRequestLogged); an
// extension decided later (Art. 12(3), domain extension.ts) another (SubjectAccessRequestExtended,
// naming the request, with its reason), and the request is read back with the due date it now
// has; each export another (SubjectAccessExported, exportSubjectAccess.ts). No new list, so no
// new permissions to get wrong: the DPO's group appends to the audit log and reads it.

import {
  answeredSubjectAccessRequests,
  can,
  checkSubjectAccessExtension,
  checkSubjectAccessRequest,
  isIsoDate,
  SUBJECT_ACCESS_ACTIONS,
  subjectAccessExtensions,
  type SubjectAccessRequestRecord
} from '../../domain';
import type { AuditEvent, IsoDate, IsoInstant, RoleAssignments } from '../../domain/model';
import type { AuditLogRepository } from '../../data/ports/repositories';

export const SUBJECT_ACCESS_REQUEST_LOGGED = SUBJECT_ACCESS_ACTIONS.logged;
export const SUBJECT_ACCESS_EXPORTED = SUBJECT_ACCESS_ACTIONS.exported;
export const SUBJECT_ACCESS_REQUEST_EXTENDED = SUBJECT_ACCESS_ACTIONS.extended;

/** Who is acting, when, and with what roles (the engine's gate is checked here, not only on screen). */
export interface SubjectAccessActor {
  actorId: string;
  roles: RoleAssignments;
  now: IsoInstant;
  /** Today in Europe/London: a request cannot be received after it. */
  today: IsoDate;
  newId(): string;
}

export interface LoggedSubjectAccessRequest extends SubjectAccessRequestRecord {
  /** The audit entry's id: how the export names the request it answers. */
  id: string;
  /** Who extended it after it was logged, and when (the reason is `extensionReason`). */
  extendedBy?: string;
  extendedAt?: IsoInstant;
  /** True once an export has answered it. */
  answered?: boolean;
}

export type LogRequestOutcome =
  | { status: 'logged'; request: LoggedSubjectAccessRequest }
  | { status: 'invalid'; field: 'receivedOn'; message: string }
  | { status: 'refused'; message: string };

/** Checks the engine's gate and the date, then appends the request to the audit log (the register). */
export async function logSubjectAccessRequest(
  store: { auditLog: Pick<AuditLogRepository, 'append'> },
  input: { personId: string; receivedOn: string; complex: boolean },
  actor: SubjectAccessActor
): Promise<LogRequestOutcome> {
  const decision = can({ userId: actor.actorId }, 'subjectAccess.export', { roles: actor.roles });
  if (!decision.allowed) return { status: 'refused', message: decision.reason };
  const checked = checkSubjectAccessRequest({ receivedOn: input.receivedOn, complex: input.complex }, actor.today);
  if (!checked.ok) return { status: 'invalid', field: checked.field, message: checked.message };
  const { deadline } = checked;
  const request: LoggedSubjectAccessRequest = {
    id: actor.newId(),
    receivedOn: deadline.receivedOn,
    dueOn: deadline.dueOn,
    ...(deadline.extendedDueOn ? { extendedDueOn: deadline.extendedDueOn } : {}),
    complex: input.complex,
    loggedBy: actor.actorId,
    loggedAt: actor.now
  };
  const event: AuditEvent = {
    id: request.id,
    actorId: actor.actorId,
    action: SUBJECT_ACCESS_REQUEST_LOGGED,
    at: actor.now,
    entity: { type: 'Person', id: input.personId },
    after: { receivedOn: request.receivedOn, dueOn: request.dueOn, extendedDueOn: request.extendedDueOn ?? null, complex: request.complex },
    rule: 'BR-23',
    note: `Subject access request received on ${request.receivedOn}; answer by ${request.extendedDueOn ?? request.dueOn}.`
  };
  await store.auditLog.append(event);
  return { status: 'logged', request };
}

/** A logged request read back from its audit entry; undefined for an entry that is not one. */
export function requestFromAuditEvent(event: AuditEvent): LoggedSubjectAccessRequest | undefined {
  if (event.action !== SUBJECT_ACCESS_REQUEST_LOGGED || !event.after) return undefined;
  const { receivedOn, dueOn, extendedDueOn, complex } = event.after;
  if (!isIsoDate(receivedOn) || !isIsoDate(dueOn)) return undefined;
  return {
    id: event.id,
    receivedOn,
    dueOn,
    ...(isIsoDate(extendedDueOn) ? { extendedDueOn } : {}),
    complex: complex === true,
    loggedBy: event.actorId,
    loggedAt: event.at
  };
}

/** The requests as they stand now: each with its later extension and whether it was answered, newest first. */
export function requestsFromAuditEvents(events: readonly AuditEvent[]): LoggedSubjectAccessRequest[] {
  const extensions = subjectAccessExtensions(events);
  const answered = answeredSubjectAccessRequests(events);
  return events
    .map(requestFromAuditEvent)
    .filter((request): request is LoggedSubjectAccessRequest => request !== undefined)
    .map((request) => {
      const extension = request.extendedDueOn === undefined ? extensions.get(request.id) : undefined;
      return {
        ...request,
        ...(extension
          ? {
              extendedDueOn: extension.extendedDueOn,
              complex: true,
              extensionReason: extension.reason,
              extendedBy: extension.extendedBy,
              extendedAt: extension.extendedAt
            }
          : {}),
        ...(answered.has(request.id) ? { answered: true } : {})
      };
    })
    .sort((a, b) => (a.loggedAt < b.loggedAt ? 1 : a.loggedAt > b.loggedAt ? -1 : 0));
}

/** The requests and exports logged for a person, newest request first. One read (may join a $batch). */
export async function subjectAccessHistory(
  store: { auditLog: Pick<AuditLogRepository, 'listForEntity'> },
  personId: string
): Promise<{ requests: LoggedSubjectAccessRequest[]; exports: AuditEvent[] }> {
  const events = (await store.auditLog.listForEntity('Person', personId)).map((row) => row.value.event);
  const exports = events.filter((event) => event.action === SUBJECT_ACCESS_EXPORTED);
  return { requests: requestsFromAuditEvents(events), exports };
}

export type ExtendRequestOutcome =
  | { status: 'extended'; request: LoggedSubjectAccessRequest }
  | { status: 'invalid'; field: 'reason' | 'request'; message: string }
  | { status: 'notFound'; message: string }
  | { status: 'refused'; message: string };

/**
 * Extends a logged request to three calendar months from receipt (Art. 12(3)), with the reason
 * the person is told. Reads the register as it stands (so a request answered or extended in
 * another tab is not extended again), checks in the domain, then appends the extension.
 */
export async function extendSubjectAccessRequest(
  store: { auditLog: Pick<AuditLogRepository, 'append' | 'listForEntity'> },
  input: { personId: string; requestId: string; reason: string },
  actor: SubjectAccessActor
): Promise<ExtendRequestOutcome> {
  const decision = can({ userId: actor.actorId }, 'subjectAccess.export', { roles: actor.roles });
  if (!decision.allowed) return { status: 'refused', message: decision.reason };
  const events = (await store.auditLog.listForEntity('Person', input.personId)).map((row) => row.value.event);
  const request = requestsFromAuditEvents(events).find((candidate) => candidate.id === input.requestId);
  if (!request) return { status: 'notFound', message: 'That request is not logged for this person.' };
  const checked = checkSubjectAccessExtension({ ...request, answered: request.answered === true }, input.reason, actor.today);
  if (!checked.ok) return { status: 'invalid', field: checked.field, message: checked.message };
  const event: AuditEvent = {
    id: actor.newId(),
    actorId: actor.actorId,
    action: SUBJECT_ACCESS_REQUEST_EXTENDED,
    at: actor.now,
    entity: { type: 'Person', id: input.personId },
    before: { dueOn: request.dueOn },
    after: { requestId: request.id, extendedDueOn: checked.extendedDueOn, reason: checked.reason },
    rule: 'BR-23',
    note: `Subject access request received on ${request.receivedOn} extended (Art. 12(3)); answer by ${checked.extendedDueOn}.`
  };
  await store.auditLog.append(event);
  return {
    status: 'extended',
    request: {
      ...request,
      extendedDueOn: checked.extendedDueOn,
      complex: true,
      extensionReason: checked.reason,
      extendedBy: actor.actorId,
      extendedAt: actor.now
    }
  };
}
