import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { FaultInjector, FaultOptions } from './faults';
import { renderErrorBody, SpError } from './http/sp-error';
import { Dispatcher } from './http/dispatcher';
import { DebouncedSaver, loadStore } from './store/persistence';
import { SiteStore } from './store/site-store';

export type { FaultOptions } from './faults';

export interface EmulatorUser {
  login: string;
  title: string;
  email: string;
  entraObjectId?: string;
  isSiteAdmin?: boolean;
}

export interface EmulatorOptions {
  /** 0 = random free port; default 4323. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default '/sites/ccm'. */
  sitePath?: string;
  /** Persist here (atomic temp + fsync + rename, debounced); undefined = memory only. */
  dataFile?: string;
  /**
   * A saved site to start from when there is no data file yet (read, never written): tests start
   * from a provisioned empty site saved once instead of provisioning each time.
   */
  startFrom?: string;
  /** Known users; requests name the user with `X-Emulator-User: <login>`. */
  users: EmulatorUser[];
  /** Default 5000. */
  listViewThreshold?: number;
  faults?: FaultOptions;
}

export interface RunningEmulator {
  url: string;
  siteUrl: string;
  close(): Promise<void>;
  setFaults(f?: FaultOptions): void;
  stats(): { requests: number; faultsInjected: number; itemCount: number; memoryBytes: number };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Headers SPO puts on every response (reference §7.1). */
function standardHeaders(): Record<string, string> {
  const id = randomUUID();
  return {
    SPRequestGuid: id,
    'request-id': id,
    'X-SharePointHealthScore': '0',
    MicrosoftSharePointTeamServices: '16.0.0.25919',
    'X-Content-Type-Options': 'nosniff',
    'X-SP-SERVERSTATE': 'ReadOnly=0'
  };
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const sitePath = (options.sitePath ?? '/sites/ccm').replace(/\/+$/, '');
  const siteTitle = sitePath.slice(sitePath.lastIndexOf('/') + 1) || 'Site';
  const saved = options.dataFile ? loadStore(options.dataFile) : undefined;
  const persisted = saved ?? (options.startFrom ? loadStore(options.startFrom) : undefined);
  const store = persisted ? SiteStore.fromPersisted(persisted) : SiteStore.create(siteTitle, options.users);
  if (persisted) store.syncUsers(options.users);
  const saver = options.dataFile ? new DebouncedSaver(options.dataFile, () => store.toPersisted()) : undefined;
  if (saver) {
    store.onChange(() => saver.schedule());
    if (!saved) saver.schedule();
  }
  const dispatcher = new Dispatcher(store, { sitePath, listViewThreshold: options.listViewThreshold ?? 5000 });
  const faults = new FaultInjector(options.faults);
  let requests = 0;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests++;
    readBody(req)
      .then((body) => {
        const headers = lowerCaseHeaders(req);
        const host = headers.host ?? `${options.host ?? '127.0.0.1'}`;
        const url = new URL(req.url ?? '/', `http://${host}`);
        const fault = faults.next();
        if (fault) {
          // Reference §7: status + Retry-After in seconds; the body is not documented (see DIFFERENCES.md).
          const error = new SpError(
            fault.status,
            '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
            'The request has been throttled. Please retry after the time given in the Retry-After header.'
          );
          res.writeHead(fault.status, {
            ...standardHeaders(),
            'Retry-After': String(fault.retryAfterSeconds),
            'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8'
          });
          res.end(renderErrorBody(error, false));
          return;
        }
        const response = dispatcher.handle({ method: req.method ?? 'GET', url, headers, body });
        const payload = response.body === undefined ? '' : response.body;
        res.writeHead(response.status, { ...standardHeaders(), ...response.headers, 'Content-Length': String(Buffer.byteLength(payload)) });
        res.end(payload);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4323, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${address.port}`;

  return {
    url,
    siteUrl: `${url}${sitePath}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      saver?.flush();
    },
    setFaults: (f?: FaultOptions) => faults.configure(f),
    stats: () => ({ requests, faultsInjected: faults.injected, itemCount: store.itemCount(), memoryBytes: process.memoryUsage().heapUsed })
  };
}
