import type { IsoDate } from './dates';
import type { CaseId, LetterId, UserId } from './ids';

/** Letter types of spec §5.2 #12. */
export const LETTER_TYPES = [
  'MonitoringWarning',
  'RestrictionDecision',
  'ReviewOutcome',
  'AppealOutcome',
  'RestrictionEnded',
  'MemberInformal',
  'FoiRefusal',
  'FoiWarning',
  'MarkerNotification',
  /** BR-33: the person is told in writing that a warning marker was removed, and why. */
  'MarkerRemoval'
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const LETTER_CHANNELS = ['letter', 'email', 'alternativeFormat'] as const;
export type LetterChannel = (typeof LETTER_CHANNELS)[number];

export interface Letter {
  id: LetterId;
  caseId?: CaseId;
  type: LetterType;
  templateVersion: string;
  channel: LetterChannel;
  /** Mandatory content fields keyed by §2.6 item (validated in src/domain/letters). */
  fields: Readonly<Record<string, string>>;
  sentOn?: IsoDate;
  sentBy?: UserId;
  deliveryEvidence?: string;
}
