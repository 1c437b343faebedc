import { randomBytes } from 'node:crypto';
import type express from 'express';
import { LocalEmulatorUser } from './emulator/pnp-local-user';
import { createNodeSp } from '../src/data/sharepoint/spFactory';
import { configFromEnv, type DirectoryEntry } from '../src/service/config';
import { describeFailure } from '../src/service/http/jsonErrors';
import { startService, type RunningCaseService } from '../src/service/createCaseService';
import { Directory } from '../src/service/directory';
import { entraBearerVerifier, type BearerVerifier } from '../src/service/identity/entraBearer';
import { createLocalTokenIssuer } from '../src/service/identity/localTokenIssuer';
import { serviceStoreOn } from '../src/service/storage/sharePointServiceStore';
import { runSweeps } from '../src/service/sweeps/runSweeps';
import { TeamsMessenger } from '../src/service/teams/teamsMessenger';
import { loopbackBotToken } from '../src/service/teams/loopbackBotToken';
import type { IsoInstant } from '../src/domain';

export interface LocalCaseServiceOptions {
  /** Default 3978. 0 picks a free port (tests); the loopback JWKS URL follows the real one. */
  port?: number;
  /** Host to listen on (default 127.0.0.1: local mode is loopback only). */
  host?: string;
  /** The emulator's site, e.g. http://127.0.0.1:4322/sites/ccm. */
  siteUrl: string;
  /** Login the service acts as in the emulator (the service account, svc.ccm). */
  spUserLogin: string;
  /** 'local': loopback Entra (JWKS on this listener) and no Bot Framework token check, for the Agents Playground. */
  auth: 'local' | 'entra';
  /** The Agents Playground's Bot Connector (its default is http://127.0.0.1:56150). */
  serviceUrl?: string;
  /** Names for cards (local: the demo personas by Entra object id); CCM_DIRECTORY otherwise. */
  directory?: readonly DirectoryEntry[];
  /** Minutes between timed sweeps; default CCM_SWEEP_INTERVAL_MINUTES or 15; 0 = no timer. */
  sweepIntervalMinutes?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface LocalCaseService extends RunningCaseService {
  /** Issues a loopback Entra token for a user (local host page, scripts). */
  issueToken(userId: string): Promise<string>;
  sweepKey: string;
}

/**
 * The local composition root of the case service (it lives in `local/` because it names the
 * emulator's user header, which nothing in `src` may know). `npm start` runs this: the case service on http://127.0.0.1:3978 against the SharePoint
 * emulator, acting as the service account. In 'local' auth mode it also serves a loopback
 * JWKS at /local-auth/jwks and runs the sweeps on a timer (CCM_SWEEP_INTERVAL_MINUTES,
 * default 15).
 */
export async function startCaseService(options: LocalCaseServiceOptions): Promise<LocalCaseService> {
  const port = options.port ?? 3978;
  const host = options.host ?? '127.0.0.1';
  const local = options.auth === 'local';
  const issuer = await createLocalTokenIssuer(`http://${host}:${port}/local-auth/jwks`);
  const sweepKey = process.env.CCM_SWEEP_KEY ?? randomBytes(18).toString('base64url');
  const config = configFromEnv(process.env, {
    port,
    siteUrl: options.siteUrl,
    serviceUrl: options.serviceUrl ?? process.env.SERVICE_URL ?? 'http://127.0.0.1:56150',
    ...(local
      ? {
          verifyBotFrameworkTokens: false,
          entra: issuer.settings,
          botAppId: process.env.CLIENT_ID ?? 'ccm-local-bot',
          tenantId: 'local-tenant'
        }
      : {}),
    sweepKey,
    sweepIntervalMinutes: options.sweepIntervalMinutes ?? Number(process.env.CCM_SWEEP_INTERVAL_MINUTES ?? 15),
    ...(options.directory !== undefined ? { directory: options.directory } : {})
  });
  const sp = createNodeSp(options.siteUrl, LocalEmulatorUser(options.spUserLogin));
  const store = serviceStoreOn(sp);
  const now = (): IsoInstant => new Date().toISOString() as IsoInstant;
  // One line per failure, without the stack or anything the request carried.
  const log =
    options.log ??
    ((message: string, error?: unknown): void =>
      console.error(`[case-service] ${message}${error === undefined ? '' : `: ${describeFailure(error)}`}`));
  // With port 0 the JWKS URL is only known once listening: the verifier is made then.
  let verifyBearer: BearerVerifier = entraBearerVerifier(config.entra);
  const service = await startService(
    {
      config,
      store,
      verifyBearer: (authorization) => verifyBearer(authorization),
      botToken: local ? (): string => loopbackBotToken(config.botAppId) : undefined,
      now,
      log,
      configureExpress: local
        ? (app: express.Application): void => {
            app.get('/local-auth/jwks', (_req, res) => {
              res.json(issuer.jwks);
            });
          }
        : undefined
    },
    port,
    host
  );
  if (local && port === 0) {
    config.entra = { ...config.entra, jwksUrl: `${service.url}/local-auth/jwks` };
    verifyBearer = entraBearerVerifier(config.entra);
  }
  let timer: NodeJS.Timeout | undefined;
  if (config.sweepIntervalMinutes > 0) {
    const messenger = new TeamsMessenger(service.app, {
      botAppId: config.botAppId,
      tenantId: config.tenantId,
      serviceUrl: config.serviceUrl
    });
    timer = setInterval(() => {
      runSweeps({ store, config, directory: new Directory(config.directory), messenger, now, log }).catch((error: unknown) =>
        log('Scheduled sweep failed', error)
      );
    }, config.sweepIntervalMinutes * 60000);
    timer.unref();
  }
  return {
    ...service,
    sweepKey,
    issueToken: (userId) => issuer.issue(userId),
    close: async () => {
      if (timer) clearInterval(timer);
      await service.close();
    }
  };
}
