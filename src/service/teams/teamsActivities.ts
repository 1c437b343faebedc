import type { AdaptiveCardActionCardResponse, IMessageActivityInput } from '@microsoft/teams.api';
import { cardAttachment, type AdaptiveCard } from '../../cards';

/** The card JSON the SDK puts in an invoke response (its IAdaptiveCard). */
export type SdkAdaptiveCard = AdaptiveCardActionCardResponse['value'];

/**
 * Our card builders (src/cards) give plain Adaptive Card 1.5 JSON with no SDK types, so that
 * they run unchanged in the browser bundle; the tests check every card against the official
 * 1.5 schema (test/service/support/adaptiveCardSchema.ts). The SDK types the same JSON as
 * IAdaptiveCard, a union of element interfaces that our `Record<string, unknown>` elements
 * cannot be proven to match when compiled. So the one unavoidable narrowing is this guard,
 * which checks at run time the envelope Teams reads (type, version and a body), instead of a
 * blind cast.
 */
function isSdkAdaptiveCard(card: unknown): card is SdkAdaptiveCard {
  return (
    typeof card === 'object' &&
    card !== null &&
    'type' in card &&
    card.type === 'AdaptiveCard' &&
    'version' in card &&
    typeof card.version === 'string' &&
    'body' in card &&
    Array.isArray(card.body)
  );
}

/** Our card as the SDK's type; throws (a programming error) for anything that is not a card. */
export function sdkCard(card: AdaptiveCard): SdkAdaptiveCard {
  if (!isSdkAdaptiveCard(card)) throw new TypeError('Not an Adaptive Card: it needs type "AdaptiveCard", a version and a body.');
  return card;
}

/** A message that carries one Adaptive Card, as the SDK sends it (proactive, reply or update). */
export function cardMessage(card: AdaptiveCard): IMessageActivityInput {
  return { type: 'message', attachments: [cardAttachment(card)] };
}

/** What an Action.Execute invoke answers: the card shown in place of the one clicked. */
export function cardActionResponse(card: AdaptiveCard): AdaptiveCardActionCardResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: sdkCard(card) };
}
