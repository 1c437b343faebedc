import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication, PublicClientApplication } from '@azure/msal-node';
import type { AccountInfo } from '@azure/msal-node';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/*
 * Node-only authentication behaviours for PnPjs. Only Node composition roots (the case
 * service, tools/provision.ts) import this folder; src/data/index.ts does not re-export it,
 * so the browser bundle never pulls in @azure/msal-node or node:fs.
 */

export interface CertificateAuthConfig {
  tenantId: string;
  clientId: string;
  /** PEM file with the private key (SharePoint app-only refuses client secrets). */
  certificatePath: string;
  /** Hex thumbprint: 64 characters = SHA-256 (preferred), 40 = legacy SHA-1. */
  thumbprint: string;
}

/** `https://contoso.sharepoint.com/.default` for any URL on that host. */
export function sharePointScope(url: string): string {
  return `${new URL(url).origin}/.default`;
}

function withBearer(token: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.replace(async function (url: URL, init: RequestInit): Promise<[URL, RequestInit]> {
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

function bearerFrom(acquire: (scope: string) => Promise<string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.replace(async function (url: URL, init: RequestInit): Promise<[URL, RequestInit]> {
      // MSAL caches tokens and renews them before expiry, so asking each time is cheap.
      const token = await acquire(sharePointScope(url.toString()));
      return withBearerHeaders(url, init, token);
    });
    return instance;
  };
}

function withBearerHeaders(url: URL, init: RequestInit, token: string): [URL, RequestInit] {
  init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
  return [url, init];
}

/** App-only: the case service identity with a certificate (ConfidentialClientApplication). */
export function CertificateAuth(config: CertificateAuthConfig): TimelinePipe<Queryable> {
  const thumbprint = config.thumbprint.replace(/[^0-9a-fA-F]/g, '');
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      clientCertificate:
        thumbprint.length === 64
          ? { thumbprintSha256: thumbprint, privateKey: readFileSync(config.certificatePath, 'utf8') }
          : { thumbprint, privateKey: readFileSync(config.certificatePath, 'utf8') }
    }
  });
  return bearerFrom(async (scope) => {
    const result = await app.acquireTokenByClientCredential({ scopes: [scope] });
    if (!result) {
      throw new Error('No token from Entra ID for the certificate credential.');
    }
    return result.accessToken;
  });
}

/** Delegated sign-in for an administrator running provisioning by hand. */
export function DeviceCodeAuth(config: { tenantId: string; clientId: string; log: (message: string) => void }): TimelinePipe<Queryable> {
  const app = new PublicClientApplication({
    auth: { clientId: config.clientId, authority: `https://login.microsoftonline.com/${config.tenantId}` }
  });
  const signedIn: { account?: AccountInfo } = {};
  const remember = (account: AccountInfo | undefined): void => {
    signedIn.account = account;
  };
  return bearerFrom(async (scope) => {
    const account = signedIn.account;
    if (account) {
      const silent = await app.acquireTokenSilent({ account, scopes: [scope] }).catch(() => undefined);
      if (silent) {
        return silent.accessToken;
      }
    }
    const result = await app.acquireTokenByDeviceCode({ scopes: [scope], deviceCodeCallback: (response) => config.log(response.message) });
    if (!result) {
      throw new Error('Device code sign-in did not return a token.');
    }
    remember(result.account ?? undefined);
    return result.accessToken;
  });
}

/** A fixed token (e.g. one the service already holds). */
export function StaticBearerAuth(token: string): TimelinePipe<Queryable> {
  return withBearer(token);
}
