import type { IsoDate, IsoInstant } from './dates';
import type { LetterId, ReviewId, SanctionId, UserId } from './ids';

export const REVIEW_OUTCOMES = ['Continue', 'Amend', 'Lift'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Scheduled reviews (spec §2.7) and person-requested reviews (BR-34) are kept apart. */
export type ReviewKind = 'Scheduled' | 'PersonRequested';

export interface Review {
  id: ReviewId;
  kind: ReviewKind;
  sanctionId: SanctionId;
  dueDate: IsoDate;
  /** BR-34: when the person's request arrived. */
  requestedOn?: IsoDate;
  requestText?: string;
  /** BR-34: the decision-maker the request is routed to. */
  assignedTo?: UserId;
  heldOn?: IsoDate;
  reviewers: readonly UserId[];
  evidence?: string;
  outcome?: ReviewOutcome;
  reasons?: string;
  nextReviewDate?: IsoDate;
  newEndDate?: IsoDate;
  /** BR-10 / BR-30: outcome communicated in writing. */
  letterId?: LetterId;
  answeredAt?: IsoInstant;
}
