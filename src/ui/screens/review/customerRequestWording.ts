// BR-34: the customer's own request for a review, kept apart from scheduled reviews. This file
// holds the screen's wording and the small lookups the request forms share; the rules (what
// must be recorded, the answer-by date, the letter's content) stay in the domain.
import {
  currentSanction,
  formatLongDate,
  isOverdue,
  personRequestedReviewDeadline,
  type Case,
  type DeadlineContext,
  type IsoDate,
  type Review,
  type UserId
} from '../../../domain';

/** How the request reached the council; recorded with what the customer said. */
export const REQUEST_CHANNELS = ['letter', 'email', 'phone', 'inPerson', 'onlineForm', 'representative'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUEST_CHANNEL_LABELS: Readonly<Record<RequestChannel, string>> = {
  letter: 'Letter',
  email: 'Email',
  phone: 'Phone call',
  inPerson: 'In person',
  onlineForm: 'Online form',
  representative: 'Through a representative'
};

/**
 * The domain keeps one factual text per request, so how it arrived opens that text; the
 * record then reads the same in the case, the audit trail and any disclosure.
 */
export function requestTextWith(channel: RequestChannel, whatTheyAsked: string): string {
  const text = whatTheyAsked.trim();
  return text === '' ? '' : `Received by ${REQUEST_CHANNEL_LABELS[channel].toLowerCase()}. ${text}`;
}

/** What the reply decides; answering does not itself change the restriction. */
export const REPLY_OUTCOMES = ['Unchanged', 'ReviewEarly'] as const;
/**
 * When no restriction is in force any more (it expired or was lifted before the answer-by date),
 * the reply says so: there is nothing left to keep or to review early (BR-34).
 */
export const REPLY_OUTCOMES_AFTER_END = ['Ended'] as const;
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number] | (typeof REPLY_OUTCOMES_AFTER_END)[number];

export const REPLY_OUTCOME_LABELS: Readonly<Record<ReplyOutcome, string>> = {
  Unchanged: 'The restriction stays as it is until its next review',
  ReviewEarly: 'We will review the restriction early',
  Ended: 'The restriction has ended'
};

/** The result as the reply letter states it (letter item reviewResult). */
export const REPLY_RESULT_SENTENCES: Readonly<Record<ReplyOutcome, string>> = {
  Unchanged: 'We have considered your request for a review of the restriction on your contact with the council. It stays as it is.',
  ReviewEarly:
    'We have considered your request for a review of the restriction on your contact with the council. We will review it early and write to you with the outcome.',
  Ended:
    'We have considered your request for a review of the restriction on your contact with the council. The restriction has ended and no longer applies.'
};

/** Requests the customer made that have not yet been answered in writing, oldest answer-by first. */
export function openPersonRequests(kase: Case): readonly Review[] {
  return kase.reviews
    .filter((r) => r.kind === 'PersonRequested' && r.answeredAt === undefined)
    .slice()
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

/** The answer-by date from the council's time frame (BR-34, working days on the corporate calendar). */
export function answerByDate(receivedOn: IsoDate, deadlines?: DeadlineContext): IsoDate {
  return personRequestedReviewDeadline(receivedOn, deadlines);
}

/** "Answer by 4 January 2027", or that it is overdue, in words rather than colour alone. */
export function answerByText(review: Review, today: IsoDate): string {
  const date = formatLongDate(review.dueDate);
  return isOverdue(review.dueDate, today) ? `Overdue: the answer was due by ${date}` : `Answer by ${date}`;
}

/**
 * BR-34 routes the request to the decision-maker: whoever approved the restriction, otherwise
 * the case officer, otherwise the person logging it.
 */
export function decisionMakerFor(kase: Case, fallback: UserId): UserId {
  const approver = currentSanction(kase)?.approvals.filter((a) => a.outcome === 'Approve')[0]?.approverId;
  return approver ?? kase.caseOfficerId ?? fallback;
}
