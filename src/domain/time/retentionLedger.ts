// BR-24: what the Data Protection Officer decided about a record due for disposal, kept in the
// append-only audit log against the record itself, and the stub a disposal leaves behind.
//
// Holds [INF]: a subject access request still open, an Ombudsman enquiry or litigation stops a
// disposal (spec 4.2: "keep no longer than necessary", but never destroy what a live request,
// enquiry or claim may need). The DPO places a hold on the record from the retention screen and
// releases it there; both are audit events, so who held what, when and why is on the record and
// cannot be edited away. A record on hold is never disposed of, whatever its rule says, and a
// confirmation given before a hold no longer counts once the hold is placed.

import type { AuditedEntityType, AuditEvent } from '../model/audit';
import type { IsoDate, IsoInstant } from '../model/dates';
import type { UserId } from '../model/ids';
import { holdsRole, type RoleAssignments } from '../model/roles';
import type { RetentionRecordKind } from './retention';

export const RETENTION_HOLD_REASONS = ['subjectAccessRequest', 'ombudsmanEnquiry', 'litigation'] as const;
export type RetentionHoldReason = (typeof RETENTION_HOLD_REASONS)[number];

export const RETENTION_HOLD_LABELS: Readonly<Record<RetentionHoldReason, string>> = {
  subjectAccessRequest: 'Open subject access request',
  ombudsmanEnquiry: 'Ombudsman enquiry',
  litigation: 'Litigation'
};

export const RETENTION_ACTIONS = {
  confirmed: 'retention.confirmed',
  held: 'retention.held',
  released: 'retention.released',
  disposed: 'record.disposed'
} as const;

/** Who may confirm or hold a disposal: the council's Data Protection Officer (role holder). */
export function mayDecideRetention(roles: RoleAssignments, userId: UserId): boolean {
  return holdsRole(roles, userId, 'dataProtectionOfficer');
}

export interface RetentionStanding {
  /** The hold in force, if any. */
  readonly hold?: {
    readonly reason: RetentionHoldReason;
    readonly by: UserId;
    readonly at: IsoInstant;
    /**
     * Present when the hold is the person's open subject access request itself (no DPO placed it:
     * src/domain/subjectAccess/retentionHold.ts); it lifts when the request is answered, and
     * cannot be released by hand.
     */
    readonly request?: { readonly requestId: string; readonly receivedOn: IsoDate; readonly answerBy: IsoDate };
  };
  /** The DPO's confirmation still standing (none placed a hold after it). */
  readonly confirmed?: { readonly by: UserId; readonly at: IsoInstant };
}

function reasonOf(event: AuditEvent): RetentionHoldReason {
  const reason = event.after?.reason;
  return (RETENTION_HOLD_REASONS as readonly unknown[]).indexOf(reason) >= 0 ? (reason as RetentionHoldReason) : 'litigation';
}

/** The record's standing from its audit entries, oldest first (the order the chain keeps). */
export function retentionStanding(events: readonly AuditEvent[]): RetentionStanding {
  let hold: RetentionStanding['hold'];
  let confirmed: RetentionStanding['confirmed'];
  for (const event of events) {
    if (event.action === RETENTION_ACTIONS.held) {
      hold = { reason: reasonOf(event), by: event.actorId, at: event.at };
      confirmed = undefined;
    } else if (event.action === RETENTION_ACTIONS.released) {
      hold = undefined;
    } else if (event.action === RETENTION_ACTIONS.confirmed && hold === undefined) {
      confirmed = { by: event.actorId, at: event.at };
    }
  }
  return { ...(hold ? { hold } : {}), ...(confirmed ? { confirmed } : {}) };
}

export interface RetentionDecision {
  readonly id: string;
  readonly actorId: UserId;
  readonly at: IsoInstant;
  readonly entity: { readonly type: AuditedEntityType; readonly id: string };
  readonly kind: RetentionRecordKind;
  readonly decision: 'confirm' | 'hold' | 'release';
  readonly disposeOn: IsoDate;
  readonly reason?: RetentionHoldReason;
}

/** The audit entry of the DPO's decision: the record's kind and due date, never its content. */
export function retentionDecisionEvent(decision: RetentionDecision): AuditEvent {
  const action =
    decision.decision === 'confirm'
      ? RETENTION_ACTIONS.confirmed
      : decision.decision === 'hold'
        ? RETENTION_ACTIONS.held
        : RETENTION_ACTIONS.released;
  return {
    id: decision.id,
    actorId: decision.actorId,
    action,
    at: decision.at,
    entity: { type: decision.entity.type, id: decision.entity.id },
    after: {
      retentionKind: decision.kind,
      disposeOn: decision.disposeOn,
      ...(decision.decision === 'hold' && decision.reason ? { reason: decision.reason } : {})
    },
    rule: 'BR-24'
  };
}

export interface DisposalStub {
  readonly entity: { readonly type: AuditedEntityType; readonly id: string };
  /** The kind of record the rule is for (a case's child is disposed of under the case's rule). */
  readonly kind: RetentionRecordKind;
  /** The rule as it stood: "72 months from the end of the last restriction (or closure, if later)". */
  readonly rule: string;
  readonly at: IsoInstant;
  /** The DPO who confirmed it, or the system for an automatic rule. */
  readonly confirmedBy: UserId;
  /** The record it was disposed of with (a case's incident, letter, sanction...). */
  readonly partOf?: { readonly type: AuditedEntityType; readonly id: string };
}

/** One stub per deleted item; its id is fixed by the item, so writing it again adds nothing. */
export function disposalStubId(entity: { type: AuditedEntityType; id: string }): string {
  return `disposed-${entity.type}-${entity.id}`;
}

/** The audit stub a deleted item leaves: what kind, which rule, when and who confirmed; never content. */
export function disposalStubEvent(stub: DisposalStub): AuditEvent {
  return {
    id: disposalStubId(stub.entity),
    actorId: stub.confirmedBy,
    action: RETENTION_ACTIONS.disposed,
    at: stub.at,
    entity: { type: stub.entity.type, id: stub.entity.id },
    after: {
      retentionKind: stub.kind,
      retentionRule: stub.rule,
      ...(stub.partOf ? { partOf: `${stub.partOf.type} ${stub.partOf.id}` } : {})
    },
    rule: 'BR-24'
  };
}
