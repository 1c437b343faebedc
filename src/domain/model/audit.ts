import type { IsoInstant } from './dates';
import type { AuditEventId, UserId } from './ids';

export const AUDITED_ENTITY_TYPES = [
  'Person',
  'IncidentReport',
  'Case',
  'Checklist',
  'InvocationDecision',
  'MonitoringPeriod',
  'ContactLogEntry',
  'Sanction',
  'ApprovalDecision',
  'Review',
  'Appeal',
  'Letter',
  'MemberReferral',
  'WarningMarker',
  'FoiRequestAssessment',
  'Task',
  // Configuration changed on the administration screen (entity id: the setting's key).
  'Setting',
  // A guidance passage published on the administration screen (entity id: audience and section id).
  'GuidanceSection',
  // BR-24: a case's staff banners and approval cards are disposed of with it, each leaving a stub.
  'RestrictionAlert',
  'ApprovalRequest',
  // BR-24: a removed warning marker's staff flag (MarkerFlags) is disposed of with it, with its own stub.
  'MarkerFlag',
  // BR-24: a person's needs and circumstances (PersonDetails) and name search keys (PersonNameKeys)
  // are disposed of with their Persons item, each with its own stub.
  'PersonDetails',
  'PersonNameKey'
] as const;
export type AuditedEntityType = (typeof AUDITED_ENTITY_TYPES)[number];

export interface EntityRef {
  type: AuditedEntityType;
  id: string;
}

/** Append-only business event (spec §5.2 #17). */
export interface AuditEvent {
  id: AuditEventId;
  /** User id, or 'system' for the scheduled sweep. */
  actorId: UserId;
  /** Machine-readable verb, e.g. 'case.submitted', 'sanction.approved', 'marker.viewed'. */
  action: string;
  at: IsoInstant;
  entity: EntityRef;
  /** Short snapshots of what changed (status, dates), never the whole narrative. */
  before?: Readonly<Record<string, unknown>>;
  after?: Readonly<Record<string, unknown>>;
  /** Business rule that governed the event, if any. */
  rule?: string;
  note?: string;
}

export const SYSTEM_ACTOR: UserId = 'system';
