import { createHash, timingSafeEqual } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { Config, Role } from '../config.js';

const roles: Role[] = ['reader', 'editor', 'admin'];

/** A verified caller; `anonymous` is the caller without credentials when anonymous reads are allowed. */
export type Identity = { role: Role; subject: string } | { role: null; subject: 'anonymous' } | null;

export class InvalidCredentials extends Error {
  override name = 'InvalidCredentials';
}

type CredentialHeaders = { authorization?: string; 'x-api-key'?: string | string[] };

function sha256(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** The configured API key matching `key` (compared by hash, in constant time), if any. */
export function matchApiKey(config: Config, key: string): Config['auth']['apiKeys'][number] | null {
  const hash = sha256(key);
  let found: Config['auth']['apiKeys'][number] | null = null;
  for (const k of config.auth.apiKeys) {
    const stored = Buffer.from(k.hash, 'hex');
    if (stored.length === hash.length && timingSafeEqual(stored, hash)) found = k;
  }
  return found;
}

export function authConfigured(config: Config): boolean {
  return config.auth.apiKeys.length > 0 || config.auth.jwtSecret !== null;
}

function presented(headers: CredentialHeaders): { apiKey?: string; bearer?: string } {
  const apiKey = Array.isArray(headers['x-api-key']) ? headers['x-api-key'][0] : headers['x-api-key'];
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
  return { apiKey: apiKey?.trim() || undefined, bearer: bearer || undefined };
}

/** The rate-limit bucket of a request: a configured API key's name, else the client address. */
export function rateKey(config: Config, headers: CredentialHeaders, ip: string | undefined): string {
  const { apiKey, bearer } = presented(headers);
  const key = apiKey ?? bearer;
  const match = key ? matchApiKey(config, key) : null;
  return match ? `key:${match.name}` : `ip:${ip ?? 'unknown'}`;
}

/**
 * Who is calling: an API key (x-api-key, or Bearer with a key) or a JWT bearer token (HS256,
 * JWT_SECRET, `exp` required, `role` claim). Without configured credentials every caller is admin
 * (the server then binds to loopback only). No credentials: anonymous (role null) when anonymous
 * reads are allowed, else null. Presented but wrong credentials throw InvalidCredentials.
 */
export async function identify(config: Config, headers: CredentialHeaders): Promise<Identity> {
  if (!authConfigured(config)) return { role: 'admin', subject: 'local' };
  const { apiKey, bearer } = presented(headers);
  const key = apiKey ?? bearer;
  if (!key) return config.auth.allowAnonymousReads ? { role: null, subject: 'anonymous' } : null;
  const byKey = matchApiKey(config, key);
  if (byKey) return { role: byKey.role, subject: `key:${byKey.name}` };
  if (bearer && !apiKey && config.auth.jwtSecret) {
    try {
      const { payload } = await jwtVerify(bearer, new TextEncoder().encode(config.auth.jwtSecret), {
        issuer: config.auth.jwtIssuer ?? undefined,
        algorithms: ['HS256'],
        requiredClaims: ['exp'],
      });
      const role = roles.find((r) => r === payload.role);
      if (role) return { role, subject: `jwt:${payload.sub ?? 'unknown'}` };
    } catch {
      /* falls through to InvalidCredentials */
    }
  }
  throw new InvalidCredentials('invalid credentials');
}
