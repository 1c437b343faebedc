import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

export interface ConnectorCall {
  kind: 'createConversation' | 'send' | 'update';
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
}

/**
 * Plays the Bot Connector on loopback: creates 1:1 conversations, accepts sends and
 * updates, and records them so tests can see what Teams would have shown.
 */
export async function startLoopbackConnector(): Promise<{ url: string; calls: ConnectorCall[]; close(): Promise<void> }> {
  const calls: ConnectorCall[] = [];
  let nextActivity = 1;
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/v3/conversations', (req, res) => {
    const member = (req.body?.members?.[0]?.id as string | undefined) ?? 'unknown';
    const conversationId = `a:1on1-${member}`;
    calls.push({ kind: 'createConversation', conversationId, body: req.body });
    res.status(201).json({ id: conversationId });
  });
  app.post('/v3/conversations/:conversationId/activities', (req, res) => {
    const activityId = `activity-${nextActivity++}`;
    calls.push({ kind: 'send', conversationId: req.params.conversationId, activityId, body: req.body });
    res.status(201).json({ id: activityId });
  });
  app.put('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    calls.push({ kind: 'update', conversationId: req.params.conversationId, activityId: req.params.activityId, body: req.body });
    res.status(200).json({ id: req.params.activityId });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
