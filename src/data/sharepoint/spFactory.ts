import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';

export interface RetryOptions {
  /** Total attempts per request on 429/503/504 (PnPjs counts the first try). */
  retries?: number;
  /** First back-off in ms when SharePoint sends no Retry-After; doubles each time. */
  interval?: number;
}

/**
 * PnPjs for Node (the case service, provisioning, seeding, tests). Node 22 has a global
 * fetch, so the browser fetch behaviour serves; @pnp/nodejs is not used because it pins an
 * older @pnp/sp. `auth` is a behaviour that adds credentials: the MSAL certificate one
 * from ./node, or the emulator's user header.
 *
 * More retries than PnPjs's default 3: writes are idempotent (client request keys), so
 * retrying a throttled POST is safe, and it keeps a throttled sweep from failing halfway.
 */
export function createNodeSp(siteUrl: string, auth: TimelinePipe, retry: RetryOptions = {}): SPFI {
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: retry.retries ?? 6, interval: retry.interval ?? 200 }),
    DefaultParse(),
    auth
  );
}

/**
 * The SPFx web part composes `spfi().using(SPFx(context))` itself (src/data never imports
 * SPFx packages) and hands the result here. Extra behaviours (e.g. logging) may be added.
 */
export function fromConfiguredSp(sp: SPFI, ...behaviours: TimelinePipe[]): SPFI {
  return behaviours.length > 0 ? sp.using(...behaviours) : sp;
}
