import { facts, heading, openLink, runs, trustedText, type Fact } from './elements';
import type { AdaptiveCard, CardElement } from './types';

export interface Notice {
  /** Fixed wording from the service. */
  title: string;
  /** Fixed wording from the service (may name a business rule). */
  message: string;
  /** Values that may come from people: escaped. */
  facts?: readonly Fact[];
  /** Free text from a person (a reason, a comment): escaped. */
  quote?: string;
  link?: { title: string; url: string };
  tone?: 'default' | 'attention' | 'good';
}

/**
 * One card for everything that is not the approval itself: refusals ("you proposed this
 * sanction"), validation messages, reminders, escalations and notifications.
 */
export function noticeCard(notice: Notice): AdaptiveCard {
  const body: CardElement[] = [
    heading(notice.title),
    trustedText(notice.message, notice.tone === 'attention' ? { color: 'Attention' } : notice.tone === 'good' ? { color: 'Good' } : {})
  ];
  if (notice.facts !== undefined && notice.facts.length > 0) {
    body.push(facts(notice.facts));
  }
  if (notice.quote !== undefined && notice.quote.trim() !== '') {
    body.push(runs([{ text: notice.quote, isSubtle: true }], { spacing: 'Medium' }));
  }
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: `${notice.title}. ${notice.message}`,
    body,
    actions: notice.link ? [openLink(notice.link.title, notice.link.url)] : undefined
  };
}
