import type { App } from '@microsoft/teams.apps';
import type { AdaptiveCard } from '../../cards';
import { cardMessage } from './teamsActivities';
import type { Messenger, SentCardRef } from './messenger';

/** How many users' 1:1 chats are remembered (newest kept); a forgotten one is simply opened again. */
const REMEMBERED_CHATS: number = 1000;

/**
 * Proactive messages through the Bot Connector. A 1:1 conversation with a user is created
 * (Teams returns the existing one if the bot already has it) the first time the service
 * messages that user; its id is then remembered in memory, so a later card is one post, not
 * an open and a post. Nothing depends on the memory: a restart, or a post to a remembered
 * chat that fails, opens the chat again (the id Teams gives for a user's 1:1 chat with the bot
 * does not change, so the fallback is rare).
 */
export class TeamsMessenger implements Messenger {
  private readonly chats: Map<string, string> = new Map();

  public constructor(
    private readonly app: App,
    private readonly settings: { botAppId: string; tenantId: string; serviceUrl: string }
  ) {}

  public async sendCardToUser(userId: string, card: AdaptiveCard): Promise<SentCardRef> {
    const api = this.app.api.clone({ serviceUrl: this.settings.serviceUrl });
    const remembered = this.chats.get(userId);
    if (remembered !== undefined) {
      try {
        const sent = await api.conversations.createActivity(remembered, cardMessage(card));
        return { conversationId: remembered, activityId: sent.id, serviceUrl: this.settings.serviceUrl };
      } catch {
        // The remembered chat is gone or refused the post: forget it and open the chat again below.
        this.chats.delete(userId);
      }
    }
    const conversation = await api.conversations.create({
      isGroup: false,
      bot: { id: this.settings.botAppId },
      members: [{ id: userId, aadObjectId: userId, role: 'user', name: '' }],
      tenantId: this.settings.tenantId,
      channelData: { tenant: { id: this.settings.tenantId } }
    });
    const sent = await api.conversations.createActivity(conversation.id, cardMessage(card));
    this.remember(userId, conversation.id);
    return { conversationId: conversation.id, activityId: sent.id, serviceUrl: this.settings.serviceUrl };
  }

  public async updateCard(ref: SentCardRef, card: AdaptiveCard): Promise<void> {
    const api = this.app.api.clone({ serviceUrl: ref.serviceUrl });
    await api.conversations.updateActivity(ref.conversationId, ref.activityId, cardMessage(card));
  }

  private remember(userId: string, conversationId: string): void {
    this.chats.delete(userId);
    this.chats.set(userId, conversationId);
    if (this.chats.size > REMEMBERED_CHATS) this.chats.delete(this.chats.keys().next().value as string);
  }
}
