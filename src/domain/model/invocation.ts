import type { IsoDate, IsoInstant } from './dates';
import type { DecisionId, UserId } from './ids';
import type { Role } from './roles';

export const INVOCATION_OUTCOMES = ['Invoke', 'DoNotInvoke', 'InformalOnly'] as const;
export type InvocationOutcome = (typeof INVOCATION_OUTCOMES)[number];

/** BR-05: the only reasons to skip the monitoring letter and go straight to a sanction. */
export const BYPASS_REASONS = ['seriousThreatOfViolence', 'particularlyVexatious'] as const;
export type BypassReason = (typeof BYPASS_REASONS)[number];

export const BYPASS_REASON_LABELS: Readonly<Record<BypassReason, string>> = {
  seriousThreatOfViolence: 'Serious threat of violence',
  particularlyVexatious: 'Particularly vexatious behaviour'
};

export interface PanelAttendee {
  userId: UserId;
  name: string;
  role: Role;
}

export interface MonitoringPeriodPlan {
  lengthMonths: number;
}

export interface BypassDecision {
  reason: BypassReason;
  /** Must hold the executiveDirector role. */
  approvedBy: UserId;
  approvedAt: IsoInstant;
  note: string;
}

export interface InvocationDecision {
  id: DecisionId;
  meetingDate: IsoDate;
  attendees: readonly PanelAttendee[];
  documentsReviewed: readonly string[];
  outcome: InvocationOutcome;
  reasons: string;
  /** Customer route: three months or less (spec §5.2 #5, N6). */
  monitoringPeriod?: MonitoringPeriodPlan;
  spocUserId?: UserId;
  bypass?: BypassDecision;
  recordedBy: UserId;
  recordedAt: IsoInstant;
}
