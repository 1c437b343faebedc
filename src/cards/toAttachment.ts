import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './types';

export interface CardAttachment {
  contentType: string;
  content: AdaptiveCard;
}

export function cardAttachment(card: AdaptiveCard): CardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
