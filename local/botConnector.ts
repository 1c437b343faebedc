// Local only: the Bot Connector the case service sends proactive approval cards to.
// It forwards to the Microsoft 365 Agents Playground when that is running, so the cards
// appear there; when it is not, it answers as a loopback connector and logs the card, so
// "Request approval" on the local host page still works without the Playground.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalBotConnector {
  url: string;
  /** Cards held locally because the Playground was not running. */
  held: { path: string; body: string }[];
  close(): Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startLocalBotConnector(options: {
  port?: number;
  playgroundUrl: string;
  log?: (line: string) => void;
}): Promise<LocalBotConnector> {
  const playground = new URL(options.playgroundUrl);
  const log = options.log ?? ((line: string) => console.log(line));
  const held: LocalBotConnector['held'] = [];
  let nextId = 1;

  const answerLocally = (request: http.IncomingMessage, response: http.ServerResponse, body: Buffer): void => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    held.push({ path, body: body.toString('utf8') });
    const json = (status: number, value: unknown): void => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
    };
    if (request.method === 'POST' && path === '/v3/conversations') {
      const parsed = JSON.parse(body.toString('utf8') || '{}') as { members?: { id?: string }[] };
      json(201, { id: `a:local-${parsed.members?.[0]?.id ?? 'unknown'}` });
      return;
    }
    const activity = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (activity && (request.method === 'POST' || request.method === 'PUT')) {
      log(`[bot-connector] The Agents Playground is not running: card for ${decodeURIComponent(activity[1])} held locally.`);
      json(request.method === 'POST' ? 201 : 200, { id: activity[2] ?? `local-activity-${nextId++}` });
      return;
    }
    json(404, { error: { code: 'NotFound', message: 'Not supported by the local connector.' } });
  };

  const server = http.createServer((request, response) => {
    readBody(request)
      .then((body) => {
        const upstream = http.request(
          {
            hostname: playground.hostname,
            port: playground.port,
            method: request.method,
            // The Playground's mocked Bot Connector lives under a path (`/_connector`): keep it.
            path: `${playground.pathname.replace(/\/$/, '')}${request.url ?? '/'}`,
            headers: { ...request.headers, host: playground.host }
          },
          (answer) => {
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(response);
          }
        );
        upstream.on('error', () => {
          if (!response.headersSent) answerLocally(request, response, body);
        });
        upstream.end(body);
      })
      .catch(() => response.writeHead(400).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    held,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}
