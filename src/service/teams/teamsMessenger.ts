import type { App } from '@microsoft/teams.apps';
import type { AdaptiveCard } from '../../cards';
import { cardMessage } from './teamsActivities';
import type { Messenger, SentCardRef } from './messenger';

/**
 * Proactive messages through the Bot Connector. A 1:1 conversation with a user is
 * created (Teams returns the existing one if the bot already has it), so the service
 * keeps no conversation references of its own between requests.
 */
export class TeamsMessenger implements Messenger {
  public constructor(
    private readonly app: App,
    private readonly settings: { botAppId: string; tenantId: string; serviceUrl: string }
  ) {}

  public async sendCardToUser(userId: string, card: AdaptiveCard): Promise<SentCardRef> {
    const api = this.app.api.clone({ serviceUrl: this.settings.serviceUrl });
    const conversation = await api.conversations.create({
      isGroup: false,
      bot: { id: this.settings.botAppId },
      members: [{ id: userId, aadObjectId: userId, role: 'user', name: '' }],
      tenantId: this.settings.tenantId,
      channelData: { tenant: { id: this.settings.tenantId } }
    });
    const sent = await api.conversations.createActivity(conversation.id, cardMessage(card));
    return { conversationId: conversation.id, activityId: sent.id, serviceUrl: this.settings.serviceUrl };
  }

  public async updateCard(ref: SentCardRef, card: AdaptiveCard): Promise<void> {
    const api = this.app.api.clone({ serviceUrl: ref.serviceUrl });
    await api.conversations.updateActivity(ref.conversationId, ref.activityId, cardMessage(card));
  }
}
