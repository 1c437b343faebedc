import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { EntraTokenSettings } from '../config';

/**
 * A loopback stand-in for Entra ID, for local mode and tests only: it signs RS256 access
 * tokens and publishes the public key as a JWKS, so the service's real bearer validation
 * (jose against a JWKS URL) runs unchanged. Never used in production (main.ts).
 */
export interface LocalTokenIssuer {
  settings: EntraTokenSettings;
  jwks: { keys: JWK[] };
  issue(userId: string, options?: { name?: string; audience?: string; expiresInSeconds?: number }): Promise<string>;
}

export async function createLocalTokenIssuer(jwksUrl: string, audience: string = 'api://ccm-case-service'): Promise<LocalTokenIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'ccm-local-1', alg: 'RS256', use: 'sig' };
  const issuer = 'https://login.ccm.local/local-tenant/v2.0';
  return {
    settings: { issuer, audience, jwksUrl },
    jwks: { keys: [publicJwk] },
    issue: (userId, options = {}) =>
      new SignJWT({ oid: userId, name: options.name ?? userId, tid: 'local-tenant' })
        .setProtectedHeader({ alg: 'RS256', kid: 'ccm-local-1' })
        .setIssuer(issuer)
        .setAudience(options.audience ?? audience)
        .setSubject(userId)
        .setIssuedAt()
        .setExpirationTime(`${options.expiresInSeconds ?? 3600}s`)
        .sign(privateKey)
  };
}
