import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { EntraTokenSettings } from '../config';

export interface VerifiedUser {
  /** Entra object id (`oid`). */
  userId: string;
  name?: string;
}

export class UnauthenticatedError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

export type BearerVerifier = (authorization: string | undefined) => Promise<VerifiedUser>;

/**
 * Validates the tab user's Entra access token (signature against the JWKS, issuer,
 * audience, expiry) and returns their object id. Keys are fetched and cached by jose.
 */
export function entraBearerVerifier(settings: EntraTokenSettings, keys?: JWTVerifyGetKey): BearerVerifier {
  const jwks = keys ?? createRemoteJWKSet(new URL(settings.jwksUrl));
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) {
      throw new UnauthenticatedError('Sign in again: the request had no bearer token.');
    }
    try {
      const { payload } = await jwtVerify(match[1], jwks, { issuer: settings.issuer, audience: settings.audience, clockTolerance: 60 });
      const oid = typeof payload.oid === 'string' ? payload.oid : undefined;
      if (oid === undefined || oid === '') {
        throw new UnauthenticatedError('The token does not identify a user.');
      }
      return { userId: oid, name: typeof payload.name === 'string' ? payload.name : undefined };
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        throw error;
      }
      throw new UnauthenticatedError('Sign in again: the token could not be verified.');
    }
  };
}
