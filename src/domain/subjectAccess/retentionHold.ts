// BR-23 meets BR-24: an open subject access request holds every record about the person from
// disposal. Holds placed by the DPO are per record (retentionLedger.ts); this one needs no one to
// place it: while the person has a request not yet answered (openRequests.ts), each of their
// records past retention stands on hold with the request as its reason, and the hold lifts by
// itself when the request is exported.

import type { AuditEvent } from '../model/audit';
import type { RetentionSource, RetentionStanding } from '../time';
import { latestSubjectAccessRequestAt, openSubjectAccessRequests } from './openRequests';

/** The person a retention record is about, if it names one (an FOI file or referral may not); a person's own record is them. */
export function personOfRetentionSource(source: RetentionSource): string | undefined {
  return source.kind === 'person' ? source.record.id : source.record.personId;
}

/**
 * The record's standing once the person's subject access requests are taken into account:
 * on hold while one is open (a hold the DPO placed is kept as it is); and a confirmation given
 * before the person's latest request was logged no longer counts, as a hold clears one
 * (retentionStanding), so the DPO confirms again after the answer.
 */
export function withSubjectAccessRequests(standing: RetentionStanding, personEvents: readonly AuditEvent[]): RetentionStanding {
  const latest = latestSubjectAccessRequestAt(personEvents);
  if (latest === undefined) return standing;
  const confirmed = standing.confirmed && standing.confirmed.at > latest ? standing.confirmed : undefined;
  const [open] = openSubjectAccessRequests(personEvents);
  const hold: RetentionStanding['hold'] =
    standing.hold ??
    (open
      ? {
          reason: 'subjectAccessRequest',
          by: open.loggedBy,
          at: open.loggedAt,
          request: { requestId: open.requestId, receivedOn: open.receivedOn, answerBy: open.answerBy }
        }
      : undefined);
  return { ...(hold ? { hold } : {}), ...(confirmed && !hold ? { confirmed } : {}) };
}
