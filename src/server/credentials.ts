import { createHash, timingSafeEqual } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { Config, Role } from '../config.js';

const roles: Role[] = ['reader', 'editor', 'admin'];

export type Identity = { role: Role; subject: string } | null;

export class InvalidCredentials extends Error {
  override name = 'InvalidCredentials';
}

function keyRole(config: Config, key: string): Identity {
  const hash = createHash('sha256').update(key, 'utf8').digest();
  for (const k of config.auth.apiKeys) {
    const stored = Buffer.from(k.hash, 'hex');
    if (stored.length === hash.length && timingSafeEqual(stored, hash)) return { role: k.role, subject: `key:${k.name}` };
  }
  return null;
}

export function authConfigured(config: Config): boolean {
  return config.auth.apiKeys.length > 0 || config.auth.jwtSecret !== null;
}

/**
 * Who is calling: an API key (x-api-key, or Bearer with a key) or a JWT bearer token with a
 * `role` claim. Without configured credentials every caller is admin (the server then binds to
 * loopback only). Presented but wrong credentials throw.
 */
export async function identify(config: Config, headers: { authorization?: string; 'x-api-key'?: string | string[] }): Promise<Identity> {
  if (!authConfigured(config)) return { role: 'admin', subject: 'local' };
  const apiKey = Array.isArray(headers['x-api-key']) ? headers['x-api-key'][0] : headers['x-api-key'];
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
  const presented = apiKey ?? bearer;
  if (!presented) return config.auth.allowAnonymousReads ? { role: 'reader', subject: 'anonymous' } : null;
  const byKey = keyRole(config, presented);
  if (byKey) return byKey;
  if (bearer && config.auth.jwtSecret) {
    try {
      const { payload } = await jwtVerify(bearer, new TextEncoder().encode(config.auth.jwtSecret), {
        issuer: config.auth.jwtIssuer ?? undefined,
        algorithms: ['HS256', 'HS384', 'HS512'],
      });
      const role = roles.find((r) => r === payload.role);
      if (role) return { role, subject: `jwt:${payload.sub ?? 'unknown'}` };
    } catch {
      /* falls through to InvalidCredentials */
    }
  }
  throw new InvalidCredentials('invalid credentials');
}
