import type { IsoDate, IsoInstant } from './dates';
import type { AppealId, LetterId, SanctionId, UserId } from './ids';

/** Appeal grounds of spec §2.8; factual inaccuracy applies to warning letters only. */
export const APPEAL_GROUNDS = ['wronglyIdentified', 'disproportionate', 'personalCircumstances', 'factualInaccuracy'] as const;
export type AppealGround = (typeof APPEAL_GROUNDS)[number];

export const APPEAL_GROUND_LABELS: Readonly<Record<AppealGround, string>> = {
  wronglyIdentified: 'Actions wrongly identified as unacceptable',
  disproportionate: 'The restriction is disproportionate',
  personalCircumstances: 'Adverse impact because of personal circumstances',
  factualInaccuracy: 'Factual inaccuracy in the warning letter'
};

export const APPEAL_OUTCOMES = ['Uphold', 'Vary', 'Quash'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export interface Appeal {
  id: AppealId;
  sanctionId: SanctionId;
  receivedOn: IsoDate;
  withinDeadline: boolean;
  grounds: readonly AppealGround[];
  statement: string;
  reviewerId: UserId;
  outcome?: AppealOutcome;
  decisionReasons?: string;
  decidedAt?: IsoInstant;
  decisionLetterId?: LetterId;
}
