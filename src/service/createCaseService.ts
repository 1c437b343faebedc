import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describeFailure, jsonErrors, jsonNotFound } from './http/jsonErrors';
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import type { IsoInstant } from '../domain';
import type { ServiceConfig } from './config';
import { Directory } from './directory';
import { apiRouter } from './http/apiRouter';
import type { BearerVerifier } from './identity/entraBearer';
import type { ServiceStore } from './ports';
import { handleCardAction, type CardActionDeps } from './teams/cardActionHandler';
import { cardActionResponse } from './teams/teamsActivities';
import { pendingApprovalCards, replyWithCards, welcomeCard } from './teams/conversationHandlers';
import type { Messenger } from './teams/messenger';
import { TeamsMessenger } from './teams/teamsMessenger';

export interface CaseServiceOptions {
  config: ServiceConfig;
  store: ServiceStore;
  verifyBearer: BearerVerifier;
  /** Bot Framework app secret for outbound calls (production; or a managed identity). */
  clientSecret?: string;
  /**
   * Supplies the outbound Bot Connector token yourself. Local mode and tests use it to
   * talk to a loopback connector (the Agents Playground or a test double) offline.
   */
  botToken?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
  now?: () => IsoInstant;
  log?: (message: string, error?: unknown) => void;
  /** Replaces Teams for proactive messages (only where Teams is out of the picture). */
  messenger?: Messenger;
  /** Extra routes on the same listener (local mode: the loopback token issuer). */
  configureExpress?: (app: express.Application) => void;
}

export interface RunningCaseService {
  url: string;
  messagesUrl: string;
  app: App;
  close(): Promise<void>;
}

/** One line per failure, without the stack or anything the request carried (describeFailure). */
function defaultLog(message: string, error?: unknown): void {
  console.error(`[case-service] ${message}${error === undefined ? '' : `: ${describeFailure(error)}`}`);
}

/** The SDK's logger type, as its App takes it (the SDK does not export the name from this package). */
type SdkLogger = NonNullable<NonNullable<ConstructorParameters<typeof App>[0]>['logger']>;

/** The SDK's own logging, reduced to its errors, which go to the service's log (one line each, describeFailure). */
function errorsOnlyLogger(log: (message: string, error?: unknown) => void): SdkLogger {
  const quiet = (): void => undefined;
  const logger: SdkLogger = {
    error: log,
    warn: quiet,
    info: quiet,
    debug: quiet,
    trace: quiet,
    log: quiet,
    child: () => logger
  };
  return logger;
}

/**
 * Composition root: one HTTP listener serving the Teams messaging endpoint
 * (/api/messages, through the SDK's ExpressAdapter) and the service API (/api/...).
 * Stateless: every request reads SharePoint through `store`; several instances can run
 * behind a load balancer.
 */
export async function startService(options: CaseServiceOptions, port: number, host: string = '127.0.0.1'): Promise<RunningCaseService> {
  const { config } = options;
  const log = options.log ?? defaultLog;
  const now = options.now ?? ((): IsoInstant => new Date().toISOString() as IsoInstant);
  const expressApp = express();
  expressApp.disable('x-powered-by');
  const server = http.createServer(expressApp);
  options.configureExpress?.(expressApp);

  const app = new App({
    httpServerAdapter: new ExpressAdapter(expressApp),
    clientId: config.botAppId === '' ? undefined : config.botAppId,
    clientSecret: options.clientSecret,
    token: options.botToken,
    tenantId: config.tenantId === 'common' ? undefined : config.tenantId,
    serviceUrl: config.serviceUrl,
    // Never a default: only an explicit configuration (tests, local Playground) turns it off.
    dangerouslyAllowUnauthenticatedRequests: !config.verifyBotFrameworkTokens,
    logger: errorsOnlyLogger(log)
  });
  const messenger =
    options.messenger ?? new TeamsMessenger(app, { botAppId: config.botAppId, tenantId: config.tenantId, serviceUrl: config.serviceUrl });
  const deps: CardActionDeps = { store: options.store, config, directory: new Directory(config.directory), messenger, now, log };

  // The SDK's invoke activity is a CardActionInvoke as it stands (the handler reads less of it,
  // and trusts none of it); the answer is the card shown in place of the one clicked.
  app.on('card.action', async ({ activity }) => cardActionResponse((await handleCardAction(activity, deps)).value));
  app.on('message', async ({ activity, send }) => {
    await replyWithCards(send, await pendingApprovalCards(activity.from.aadObjectId, deps), log);
  });
  app.on('install.add', async ({ send }) => {
    await replyWithCards(send, [welcomeCard()], log);
  });

  expressApp.use('/api', apiRouter({ ...deps, verifyBearer: options.verifyBearer }));
  await app.initialize();
  // After every route, including the SDK's /api/messages: unknown addresses and failures answer
  // in JSON, never HTML.
  expressApp.use(jsonNotFound());
  expressApp.use(jsonErrors(log));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    messagesUrl: `${url}/api/messages`,
    app,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
