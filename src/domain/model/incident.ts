import type { BehaviourCategoryCode } from './behaviour';
import type { IsoInstant } from './dates';
import type { IncidentId, PersonId, ServiceName, UserId } from './ids';

export const INCIDENT_CHANNELS = [
  'phone',
  'faceToFace',
  'email',
  'letter',
  'socialMedia',
  'councillorSurgery',
  'webForm',
  'other'
] as const;
export type IncidentChannel = (typeof INCIDENT_CHANNELS)[number];

/** Immediate protective actions (spec §2.4). They are not sanctions. */
export const IMMEDIATE_ACTIONS = [
  'none',
  'endedCall',
  'askedToLeave',
  'removedSelf',
  'didNotReplyToAbusiveEmail',
  'calledPolice',
  'other'
] as const;
export type ImmediateAction = (typeof IMMEDIATE_ACTIONS)[number];

export const INCIDENT_STATUSES = ['Draft', 'Submitted', 'Acknowledged'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface Witness {
  name: string;
  /** Staff witness user id, when known. Third-party witnesses are redacted on SAR (BR-23). */
  userId?: UserId;
  isThirdParty: boolean;
}

export interface AttachmentRef {
  name: string;
  url: string;
}

export interface IncidentReport {
  id: IncidentId;
  personId: PersonId;
  reporterId: UserId;
  occurredAt: IsoInstant;
  channel: IncidentChannel;
  service: ServiceName;
  /** Factual account, quoting words used (BR-23 "write factually"). */
  narrative: string;
  categories: readonly BehaviourCategoryCode[];
  immediateAction: ImmediateAction;
  immediateActionDetail?: string;
  witnesses: readonly Witness[];
  policeReference?: string;
  attachments: readonly AttachmentRef[];
  /** Health and safety / RIDDOR reportable. */
  healthAndSafetyFlag: boolean;
  status: IncidentStatus;
  submittedAt?: IsoInstant;
  acknowledgedAt?: IsoInstant;
  acknowledgedBy?: UserId;
}
