import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { loadConfig } from '../../../src/config.js';
import { authConfigured, identify, InvalidCredentials, rateKey } from '../../../src/server/credentials.js';
import { isLoopback } from '../../../src/server/bind.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const SECRET = 'x'.repeat(40);
const config = loadConfig({ API_KEYS: `reader:${sha('rk')},editor:${sha('ek')}:cms`, JWT_SECRET: SECRET, ALLOW_ANONYMOUS_READS: 'false' });
const sign = (claims: Record<string, unknown>, alg = 'HS256', exp: string | null = '5m') => {
  let b = new SignJWT(claims).setProtectedHeader({ alg });
  if (exp) b = b.setExpirationTime(exp);
  return b.sign(new TextEncoder().encode(SECRET));
};

describe('identify', () => {
  test('API keys by header or bearer, compared by hash', async () => {
    expect(await identify(config, { 'x-api-key': 'rk' })).toEqual({ role: 'reader', subject: 'key:key1' });
    expect(await identify(config, { authorization: 'Bearer ek' })).toEqual({ role: 'editor', subject: 'key:cms' });
    await expect(identify(config, { 'x-api-key': sha('rk') })).rejects.toBeInstanceOf(InvalidCredentials);
  });

  test('JWT: HS256 with exp and a known role only', async () => {
    expect(await identify(config, { authorization: `Bearer ${await sign({ role: 'admin', sub: 'ann' })}` })).toEqual({ role: 'admin', subject: 'jwt:ann' });
    for (const t of [await sign({ role: 'admin' }, 'HS512'), await sign({ role: 'admin' }, 'HS256', null), await sign({ role: 'owner' })]) {
      await expect(identify(config, { authorization: `Bearer ${t}` })).rejects.toBeInstanceOf(InvalidCredentials);
    }
  });

  test('no credentials: null unless anonymous reads are allowed (then role null)', async () => {
    expect(await identify(config, {})).toBeNull();
    const open = loadConfig({ API_KEYS: `reader:${sha('rk')}` });
    expect(await identify(open, {})).toEqual({ role: null, subject: 'anonymous' });
  });

  test('without any credentials configured every caller is the local admin', async () => {
    const none = loadConfig({});
    expect(authConfigured(none)).toBe(false);
    expect(await identify(none, { 'x-api-key': 'whatever' })).toEqual({ role: 'admin', subject: 'local' });
  });
});

describe('rateKey', () => {
  test('a configured key names its bucket; anything else falls back to the address', () => {
    expect(rateKey(config, { 'x-api-key': 'ek' }, '10.0.0.1')).toBe('key:cms');
    expect(rateKey(config, { 'x-api-key': 'made-up' }, '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(rateKey(config, { authorization: 'Bearer a.b.c' }, '10.0.0.2')).toBe('ip:10.0.0.2');
  });
});

describe('isLoopback', () => {
  test.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.5', false],
    ['example.com', false],
  ])('%s -> %s', (host, expected) => expect(isLoopback(host)).toBe(expected));
});
