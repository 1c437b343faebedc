import type { AdaptiveCard } from '../../cards';

/** Where a sent card lives, so it can be updated for everyone later. */
export interface SentCardRef {
  conversationId: string;
  activityId: string;
  serviceUrl: string;
}

/**
 * Proactive messaging, as the approval code needs it. The Teams implementation is in
 * teamsMessenger.ts; keeping the port small lets the use cases be read without the SDK.
 */
export interface Messenger {
  /** Opens (or reuses) the 1:1 chat with the user and posts the card. */
  sendCardToUser(userId: string, card: AdaptiveCard): Promise<SentCardRef>;
  /** Replaces a card already sent (every viewer sees the new one). */
  updateCard(ref: SentCardRef, card: AdaptiveCard): Promise<void>;
}
