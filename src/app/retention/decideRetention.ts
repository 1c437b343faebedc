// BR-24: the Data Protection Officer confirms a disposal, places a hold (an open subject access
// request, an Ombudsman enquiry, litigation) or releases one. The decision is an audit entry on
// the record itself (retentionLedger.ts), appended by the case service after it has checked here
// that the caller holds the DPO role and that the record is due: the tab never writes it.

import type { IsoInstant } from '../../domain/model/dates';
import { dateOfInstant } from '../../domain/model/dates';
import type { UserId } from '../../domain/model/ids';
import type { RoleAssignments } from '../../domain/model/roles';
import {
  mayDecideRetention,
  RETENTION_HOLD_REASONS,
  retentionDecisionEvent,
  type RetentionHoldReason,
  type RetentionRecordKind,
  type RetentionSchedule
} from '../../domain/time';
import { dueRecords } from './dueRecords';
import type { RetentionStore } from './retentionStore';

export interface RetentionDecisionRequest {
  readonly kind: RetentionRecordKind;
  readonly id: string;
  readonly decision: 'confirm' | 'hold' | 'release';
  readonly reason?: RetentionHoldReason;
  readonly actorId: UserId;
}

export type RetentionDecisionResult =
  | { readonly kind: 'recorded'; readonly decision: RetentionDecisionRequest['decision'] }
  | { readonly kind: 'refused' | 'notFound' | 'invalid'; readonly message: string };

export async function decideRetention(
  store: RetentionStore,
  roles: RoleAssignments,
  schedule: RetentionSchedule,
  request: RetentionDecisionRequest,
  now: IsoInstant
): Promise<RetentionDecisionResult> {
  if (!mayDecideRetention(roles, request.actorId)) {
    return { kind: 'refused', message: 'Only the Data Protection Officer can confirm or hold a disposal (BR-24).' };
  }
  if (request.decision === 'hold' && (RETENTION_HOLD_REASONS as readonly unknown[]).indexOf(request.reason) < 0) {
    return {
      kind: 'invalid',
      message: 'Choose why the record is held: an open subject access request, an Ombudsman enquiry or litigation.'
    };
  }
  const due = (await dueRecords(store, schedule, dateOfInstant(now))).find(
    (record) => record.candidate.kind === request.kind && record.candidate.id === request.id
  );
  if (due === undefined) {
    return { kind: 'notFound', message: 'That record is not due for disposal. It may have been disposed of already.' };
  }
  if (request.decision === 'confirm' && due.standing.hold !== undefined) {
    return { kind: 'invalid', message: 'This record is on hold. Release the hold before confirming its disposal.' };
  }
  if (request.decision === 'release' && due.standing.hold === undefined) {
    return { kind: 'invalid', message: 'This record is not on hold.' };
  }
  if (request.decision === 'release' && due.standing.hold?.request !== undefined) {
    return {
      kind: 'invalid',
      message: 'This record is held by the customer’s open subject access request. The hold lifts when the request is answered.'
    };
  }
  await store.audit.append([
    retentionDecisionEvent({
      id: `retention-${request.decision}-${due.candidate.entityType}-${due.candidate.id}-${now}`,
      actorId: request.actorId,
      at: now,
      entity: { type: due.candidate.entityType, id: due.candidate.id },
      kind: due.candidate.kind,
      decision: request.decision,
      disposeOn: due.disposeOn,
      ...(request.decision === 'hold' ? { reason: request.reason } : {})
    })
  ]);
  return { kind: 'recorded', decision: request.decision };
}
