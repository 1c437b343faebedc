import type { IsoDate, IsoInstant } from './dates';
import type { CaseId, PersonId, ReferralId, UserId } from './ids';

/** Councillors' route referral (spec §1.6, §5.2 #13, BR-26). */
export interface MemberReferral {
  id: ReferralId;
  councillorId: UserId;
  personId?: PersonId;
  personName: string;
  personContactDetails: string;
  /** Escalation step 1: the councillor wrote to the person (date and/or upload). */
  councillorLetterDate?: IsoDate;
  councillorLetterUploadUrl?: string;
  /** Escalation step 2: group leader advice. */
  groupLeaderId?: UserId;
  groupLeaderConsultedOn?: IsoDate;
  groupLeaderAdvice?: string;
  /** BR-26 override, e.g. a threat made it unsafe to write first. */
  overrideReason?: string;
  accountOfContacts: string;
  referredToMonitoringOfficerOn: IsoDate;
  caseId?: CaseId;
  createdAt: IsoInstant;
}
