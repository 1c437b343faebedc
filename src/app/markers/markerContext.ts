// What every marker use case is given by its caller (the tab, the service or a sweep): who is
// acting, what roles the council has set, the day and instant in Europe/London terms, and how to
// mint ids. The use cases read and write storage only through the ports.

import type { MarkerIssue } from '../../domain/markers/markerRules';
import type { AuditEventId, IsoDate, IsoInstant, RoleAssignments, UserId } from '../../domain/model';
import type { TimeFrames } from '../../domain/time/timeFrames';
import type { SavedMarkerChange } from './saveMarkerChange';

export interface MarkerContext {
  actorId: UserId;
  roles: RoleAssignments;
  today: IsoDate;
  now: IsoInstant;
  newEventId(): AuditEventId;
  timeFrames?: TimeFrames;
}

/** A use case's answer: saved (with what followed), or refused by the engine with its reasons. */
export type MarkerOutcome = ({ ok: true } & SavedMarkerChange) | { ok: false; issues: readonly MarkerIssue[] };
