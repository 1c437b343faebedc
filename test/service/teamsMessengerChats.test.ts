import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { App } from '@microsoft/teams.apps';
import { noticeCard } from '../../src/cards';
import { loopbackBotToken } from '../../src/service/teams/loopbackBotToken';
import { TeamsMessenger } from '../../src/service/teams/teamsMessenger';

/*
 * Each user's 1:1 chat is opened once and remembered in the service's memory, so a later card
 * to the same person is one post to the Bot Connector, not an open and a post. The memory is
 * only a shortcut: a chat that no longer takes posts is opened again and the card still arrives.
 */

interface Call {
  kind: 'open' | 'post';
  conversationId: string;
  refused?: boolean;
}

/** A Bot Connector on loopback that hands out a new chat id on every open and can close a chat. */
async function startConnector(): Promise<{ url: string; calls: Call[]; closed: Set<string>; close(): Promise<void> }> {
  const calls: Call[] = [];
  const closed = new Set<string>();
  let opened = 0;
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/v3/conversations', (req, res) => {
    const conversationId = `chat-${++opened}-${(req.body?.members?.[0]?.id as string | undefined) ?? 'unknown'}`;
    calls.push({ kind: 'open', conversationId });
    res.status(201).json({ id: conversationId });
  });
  app.post('/v3/conversations/:conversationId/activities', (req, res) => {
    const conversationId = req.params.conversationId;
    if (closed.has(conversationId)) {
      calls.push({ kind: 'post', conversationId, refused: true });
      res.status(404).json({ error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
      return;
    }
    calls.push({ kind: 'post', conversationId });
    res.status(201).json({ id: `activity-${calls.length}` });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    closed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

describe('Teams messenger: each user’s chat is opened once and remembered', () => {
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let messenger: TeamsMessenger;
  const card = noticeCard({ title: 'Sanction approved', message: 'Send the restriction letter next.', tone: 'good' });

  beforeEach(async () => {
    connector = await startConnector();
    const app = new App({ token: () => loopbackBotToken('test-bot-app-id'), serviceUrl: connector.url });
    messenger = new TeamsMessenger(app, { botAppId: 'test-bot-app-id', tenantId: 'local-tenant', serviceUrl: connector.url });
  });

  afterEach(async () => {
    await connector.close();
  });

  test('a second card to the same person is one post to the chat opened for the first', async () => {
    const first = await messenger.sendCardToUser('user-cara', card);
    const second = await messenger.sendCardToUser('user-cara', card);
    const toEd = await messenger.sendCardToUser('user-ed', card);

    expect(first.conversationId).toBe('chat-1-user-cara');
    expect(second.conversationId).toBe('chat-1-user-cara');
    expect(second.activityId).not.toBe(first.activityId);
    expect(toEd.conversationId).toBe('chat-2-user-ed');
    expect(connector.calls).toEqual([
      { kind: 'open', conversationId: 'chat-1-user-cara' },
      { kind: 'post', conversationId: 'chat-1-user-cara' },
      { kind: 'post', conversationId: 'chat-1-user-cara' },
      { kind: 'open', conversationId: 'chat-2-user-ed' },
      { kind: 'post', conversationId: 'chat-2-user-ed' }
    ]);
  });

  test('a remembered chat that refuses the post is opened again, and the card arrives there', async () => {
    await messenger.sendCardToUser('user-cara', card);
    connector.closed.add('chat-1-user-cara');

    const sent = await messenger.sendCardToUser('user-cara', card);
    const after = await messenger.sendCardToUser('user-cara', card);

    expect(sent.conversationId).toBe('chat-2-user-cara');
    expect(after.conversationId).toBe('chat-2-user-cara');
    expect(connector.calls.slice(2)).toEqual([
      { kind: 'post', conversationId: 'chat-1-user-cara', refused: true },
      { kind: 'open', conversationId: 'chat-2-user-cara' },
      { kind: 'post', conversationId: 'chat-2-user-cara' },
      { kind: 'post', conversationId: 'chat-2-user-cara' }
    ]);
  });
});
