import type { IsoDate, IsoInstant } from './dates';
import type { ContactLogEntryId, LetterId, UserId } from './ids';
import type { FoiRegime } from './foi';
import type { ContactChannelKind } from './person';

export const MONITORING_ASSESSMENTS = ['Improved', 'NotImproved', 'PartiallyImproved'] as const;
export type MonitoringAssessment = (typeof MONITORING_ASSESSMENTS)[number];

export interface MonitoringPeriod {
  /** Date of the monitoring letter. */
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  /** Set when the period ends (normally, or early after a serious breach). */
  endedOn?: IsoDate;
  endedEarlyReason?: string;
  spocUserId: UserId;
  letterId: LetterId;
  assessment?: MonitoringAssessment;
}

export interface ContactLogEntry {
  id: ContactLogEntryId;
  receivedAt: IsoInstant;
  channel: ContactChannelKind;
  viaSpoc: boolean;
  summary: string;
  newIssue: boolean;
  safeguardingConcern: boolean;
  breachOfRestriction: boolean;
  loggedBy: UserId;
  /** BR-14: under R05 every item is reviewed for new issues and safeguarding. */
  reviewedBy?: UserId;
  /** BR-16: the contact is a request for information, passed to the FOI officer under this regime. */
  informationRequest?: FoiRegime;
}
