import type { IsoDate, IsoInstant } from './dates';
import type { CaseId, MarkerId, PersonId, SanctionId, ServiceName, UserId } from './ids';
import type { ContactChannelKind } from './person';
import type { SanctionTypeCode } from './sanctionCatalogue';
import type { ApprovalDecision } from './approval';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Typed parameters per restriction type (spec §2.5 "Parameters" column). */
export type RestrictionItem =
  | { type: 'R01'; contact: { kind: 'officer'; userId: UserId; name: string } | { kind: 'inbox'; address: string } }
  | { type: 'R02'; channels: readonly ContactChannelKind[] }
  | { type: 'R03'; days: readonly Weekday[]; fromTime: string; toTime: string; maxCallMinutes: number }
  | { type: 'R04'; maxMinutes: number }
  | { type: 'R05'; subjectMatter: string; reviewerId: UserId }
  | { type: 'R06'; matterReference: string }
  | { type: 'R07'; maxHours: number }
  | { type: 'R08' }
  | { type: 'R09'; sites: readonly string[] }
  | { type: 'R10'; services: readonly ServiceName[] }
  | {
      type: 'R11';
      representativeName: string;
      representativePersonId?: PersonId;
      /** BR-31 widened: when the third party agreed to be the contact route. */
      agreementRecordedOn?: IsoDate;
    }
  | { type: 'R12'; terms: string }
  | { type: 'R13' }
  | { type: 'R14'; blockedAddresses: readonly string[] }
  | { type: 'R15'; service: ServiceName; legalSignOff?: LegalSignOff; equalityNote: string }
  | { type: 'R16'; kind: 'police' | 'legal'; reference: string }
  | { type: 'R17'; markerId?: MarkerId };

/** BR-20: Legal sign-off for withdrawing a mandatory service. */
export interface LegalSignOff {
  signedOffBy: string;
  signedOffOn: IsoDate;
}

/**
 * Where a restriction applies (spec §2.5 "Scope"; BR-19; BR-30). Premises exclusion and
 * exclusion from public meetings are scopes of their own so that they can never hide
 * inside a vague "council-wide" restriction.
 */
export type SanctionScope =
  | { kind: 'person'; staffUserId: UserId; staffName: string }
  | { kind: 'team'; team: string; service: ServiceName }
  | { kind: 'service'; service: ServiceName }
  | { kind: 'councilWide'; justification: CouncilWideJustification }
  | { kind: 'premisesExclusion'; sites: readonly string[] }
  | { kind: 'publicMeetingExclusion'; meetings: string };

export type SanctionScopeKind = SanctionScope['kind'];

/** BR-19: council-wide needs a recorded basis. */
export interface CouncilWideJustification {
  basis: 'riskToStaff' | 'multiServiceBehaviour';
  detail: string;
}

export const SPOC_CHANNELS = ['phone', 'email', 'post', 'faceToFace', 'inbox'] as const;
export type SpocChannel = (typeof SPOC_CHANNELS)[number];

/** Single point of contact with named cover (BR-31). */
export interface SpocArrangement {
  userId?: UserId;
  name: string;
  channel: SpocChannel;
  cover?: { userId?: UserId; name: string };
}

export const CONTINUITY_ARRANGEMENTS = ['anotherChannel', 'advocate', 'writtenUpdates', 'namedOfficer', 'other'] as const;
export type ContinuityArrangement = (typeof CONTINUITY_ARRANGEMENTS)[number];

/** BR-29: how information and participation continue for someone with a statutory role. */
export interface ContinuityPlan {
  arrangements: readonly ContinuityArrangement[];
  description: string;
  confirmedBy?: UserId;
  confirmedAt?: IsoInstant;
}

export const SANCTION_STATUSES = [
  'Proposed',
  'ChangesRequested',
  'Rejected',
  'Approved',
  'Active',
  'Superseded',
  'Lifted',
  'Expired',
  'Quashed'
] as const;
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

export interface Sanction {
  id: SanctionId;
  /** Increases when a sanction is varied on appeal or amended on review. */
  version: number;
  caseId: CaseId;
  /** BR-28: binds only this named person. */
  subjectPersonId: PersonId;
  restrictions: readonly RestrictionItem[];
  scope: SanctionScope;
  startDate: IsoDate;
  endDate: IsoDate;
  reviewDate: IsoDate;
  spoc: SpocArrangement;
  /** Measures for when contact is necessary (spec §2.9, C5). */
  necessaryContactArrangements: string;
  /** Why this is the minimum needed (proportionality, checklist item 10). */
  proportionalityReasons: string;
  /** BR-13: reason for going ahead despite a reasonable-adjustment conflict. */
  adjustmentOverrideReason?: string;
  /** BR-29 */
  continuityPlan?: ContinuityPlan;
  proposedBy: UserId;
  proposedAt: IsoInstant;
  approvals: readonly ApprovalDecision[];
  status: SanctionStatus;
  customerNotifiedOn?: IsoDate;
  servicesNotifiedOn?: IsoDate;
  supersedesSanctionId?: SanctionId;
}

export function sanctionTypes(sanction: Pick<Sanction, 'restrictions'>): SanctionTypeCode[] {
  return sanction.restrictions.map((item) => item.type);
}
