// Logging a subject access request and reading the requests logged for a person (BR-23).
//
// Decision: the request register is the audit log itself. A request is a dated legal event that
// is never edited (an extension for complexity is decided when it is logged, Art. 12(3)), and
// the audit log is append-only and hash-chained, so the date the council received it cannot be
// changed afterwards, which is exactly what the deadline needs. Each request is one entry on the
// person (entity Person, action SubjectAccessRequestLogged); each export another
// (SubjectAccessExported, exportSubjectAccess.ts). No new list, so no new permissions to get
// wrong: the DPO's group appends to the audit log and reads it.

import { can, checkSubjectAccessRequest, isIsoDate, SUBJECT_ACCESS_ACTIONS, type SubjectAccessRequestRecord } from '../../domain';
import type { AuditEvent, IsoDate, IsoInstant, RoleAssignments } from '../../domain/model';
import type { AuditLogRepository } from '../../data/ports/repositories';

export const SUBJECT_ACCESS_REQUEST_LOGGED = SUBJECT_ACCESS_ACTIONS.logged;
export const SUBJECT_ACCESS_EXPORTED = SUBJECT_ACCESS_ACTIONS.exported;

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

/** The requests and exports logged for a person, newest request first. One read (may join a $batch). */
export async function subjectAccessHistory(
  store: { auditLog: Pick<AuditLogRepository, 'listForEntity'> },
  personId: string
): Promise<{ requests: LoggedSubjectAccessRequest[]; exports: AuditEvent[] }> {
  const events = (await store.auditLog.listForEntity('Person', personId)).map((row) => row.value.event);
  const requests = events
    .map(requestFromAuditEvent)
    .filter((request): request is LoggedSubjectAccessRequest => request !== undefined)
    .sort((a, b) => (a.loggedAt < b.loggedAt ? 1 : a.loggedAt > b.loggedAt ? -1 : 0));
  const exports = events.filter((event) => event.action === SUBJECT_ACCESS_EXPORTED);
  return { requests, exports };
}
