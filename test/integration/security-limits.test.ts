import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import pino from 'pino';
import { Graph } from '../../src/graph/graph.js';
import { MAX_ARTICLE_BYTES } from '../../src/graphql/inputs.js';
import { serve, type Running } from '../../src/main.js';
import { formatError } from '../../src/server/error-format.js';
import { defaultLimits } from '../../src/server/query-limits.js';
import { boltUri } from '../../src/config.js';
import { gql, startServer, testConfig, testGraph, noWrites } from './harness.js';

/** Issue 5, limits: each refused with a 4xx and a stable code, never a 500. */


const NO_SEED = { SEED_ON_START: 'false' };
const code = (r: { body: { errors?: { extensions?: { code?: string } }[] } }) => r.body.errors?.[0]?.extensions?.code;

async function post(url: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : Uint8Array.from(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

describe('query limits and input caps', () => {
  let server: Running;
  let graph: Graph;
  beforeAll(async () => {
    server = await startServer(NO_SEED);
    graph = testGraph();
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  test(`depth over ${defaultLimits.maxDepth}: 400 QUERY_TOO_COMPLEX`, async () => {
    let sel = 'id';
    for (let i = 0; i < 6; i++) sel = `articles { claims { ${sel} } }`;
    const r = await gql(server.url, `{ claims(first: 1) { edges { node { ${sel} } } } }`);
    expect([r.status, code(r)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(r.body.errors?.[0]?.message).toMatch(/depth/i);
  });

  test('depth through fragments is counted too', async () => {
    const q = `query { claims(first: 1) { edges { node { ...A } } } }
      fragment A on Claim { articles { claims { articles { claims { articles { claims { articles { claims { articles { id } } } } } } } } } }`;
    const r = await gql(server.url, q);
    expect([r.status, code(r)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  test(`more than ${defaultLimits.maxAliases} aliases: 400 QUERY_TOO_COMPLEX`, async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `a${i}: health { version }`).join(' ');
    const r = await gql(server.url, `{ ${fields} }`);
    expect([r.status, code(r)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  test(`more than ${defaultLimits.maxTokens} tokens: 400 GRAPHQL_PARSE_FAILED`, async () => {
    const r = await gql(server.url, `{ health { ${'version '.repeat(defaultLimits.maxTokens + 10)} } }`);
    expect([r.status, code(r)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    expect(r.body.errors?.[0]?.message).toMatch(/token/i);
  });

  test('estimated fan-out over the cost limit: 400 QUERY_TOO_COMPLEX, with variables taken into account', async () => {
    const q = `query($n: Int) { entities(first: $n) { edges { node { coMentioned(first: $n) { entity { coMentioned(first: $n) { entity { id } } } } } } } }`;
    const big = await gql(server.url, q, { n: 100 });
    expect([big.status, code(big)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(big.body.errors?.[0]?.message).toMatch(/cost/i);
    const small = await gql(server.url, q, { n: 2 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  test('first above 100 or below 1: BAD_USER_INPUT', async () => {
    for (const n of [101, 0, -1, 1_000_000]) {
      const r = await gql(server.url, 'query($n: Int) { claims(first: $n) { totalCount } }', { n });
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.status).toBeLessThan(500);
    }
    const nested = await gql(server.url, '{ events(first: 1) { edges { node { claims(first: 500) { id } } } } }');
    expect(nested.status).toBeLessThan(500);
    if ((nested.body.data as { events?: { edges: unknown[] } } | undefined)?.events?.edges.length) expect(code(nested)).toBe('BAD_USER_INPUT');
  });

  test('a request body over 1 MB: 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ health { version } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const r = await post(server.url, body);
    expect(r.status).toBe(413);
    expect(r.json?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('article text over 500 KB: BAD_USER_INPUT naming the limit, nothing written', async () => {
    const text = `Big article. ${'word '.repeat(Math.ceil(MAX_ARTICLE_BYTES / 5) + 10)}`;
    await noWrites(graph, 'huge article', async () => {
      const r = await gql(server.url, 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }', { i: { text } });
      expect(r.status).toBeLessThan(500);
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.body.errors?.[0]?.message).toMatch(/input\.text: must be at most 500 KB/);
    });
  });
});

describe('Neo4j transaction timeout', () => {
  test('NEO4J_TX_TIMEOUT_MS is read by config (15 s by default) and bounds every transaction', async () => {
    expect(testConfig().neo4j.txTimeoutMs).toBe(15_000);
    const config = testConfig({ NEO4J_TX_TIMEOUT_MS: '300' });
    expect(config.neo4j.txTimeoutMs).toBe(300);
    const g = new Graph({ uri: boltUri(config), user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database, txTimeoutMs: 300 });
    try {
      const t0 = Date.now();
      const err = await g.readRows('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Neo4jError);
      expect((err as Neo4jError).code).toMatch(/Transaction\.(TransactionTimedOut|Terminated)/);
      expect(Date.now() - t0).toBeLessThan(10_000);
      // A resolver hitting it answers QUERY_TIMEOUT, without driver details.
      const resolverError = new GraphQLError('x', { originalError: err as Error, path: ['claims'] });
      expect(formatError(resolverError.toJSON(), resolverError, true)).toEqual({
        message: 'The query took too long and was stopped; ask for less.',
        path: ['claims'],
        extensions: { code: 'QUERY_TIMEOUT' },
      });
    } finally {
      await g.close();
    }
  });
});

describe('rate limit', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer({ ...NO_SEED, RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => server.stop());

  test('past RATE_LIMIT_PER_MINUTE: 429 RATE_LIMITED with Retry-After, even when rotating made-up keys', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await gql(server.url, '{ health { version } }', {}, { 'x-api-key': `made-up-${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const r = await gql(server.url, '{ health { version } }', {}, { 'x-api-key': 'made-up-again' });
    expect(r.status).toBe(429);
    expect(code(r)).toBe('RATE_LIMITED');
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    // Health probes are not rate limited.
    expect((await fetch(server.url.replace('/graphql', '/healthz'))).status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  test('CORS_ORIGINS allow-list: listed origins get Access-Control-Allow-Origin, others do not', async () => {
    const server = await startServer({ ...NO_SEED, CORS_ORIGINS: 'https://app.example, https://admin.example' });
    try {
      const ok = await gql(server.url, '{ health { version } }', {}, { origin: 'https://app.example' });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
      const evil = await gql(server.url, '{ health { version } }', {}, { origin: 'https://evil.example' });
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      const pOk = await preflight(server.url, 'https://admin.example');
      expect(pOk.status).toBeLessThan(300);
      expect(pOk.headers.get('access-control-allow-origin')).toBe('https://admin.example');
      expect(pOk.headers.get('access-control-allow-headers')).toMatch(/content-type/);
      const pEvil = await preflight(server.url, 'https://evil.example');
      expect(pEvil.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.stop();
    }
  });

  test('without CORS_ORIGINS only same-origin: no cross-origin gets the header', async () => {
    const server = await startServer(NO_SEED);
    try {
      for (const origin of ['https://app.example', 'null', 'http://localhost:3000']) {
        const r = await gql(server.url, '{ health { version } }', {}, { origin });
        expect(r.headers.get('access-control-allow-origin')).toBeNull();
        expect((await preflight(server.url, origin)).headers.get('access-control-allow-origin')).toBeNull();
      }
    } finally {
      await server.stop();
    }
  });
});

describe('production mode', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';
  let prod: Running;
  let dev: Running;
  beforeAll(async () => {
    prod = await startServer({ ...NO_SEED, NODE_ENV: 'production' });
    dev = await startServer(NO_SEED);
  });
  afterAll(async () => {
    await prod.stop();
    await dev.stop();
  });

  test('introspection is off by default in production, on in development, and INTROSPECTION decides', async () => {
    const p = await gql(prod.url, INTROSPECT);
    expect(p.status).toBe(400);
    expect(p.body.data).toBeUndefined();
    expect((await gql(dev.url, INTROSPECT)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const on = await startServer({ ...NO_SEED, NODE_ENV: 'production', INTROSPECTION: 'true' });
    const off = await startServer({ ...NO_SEED, INTROSPECTION: 'false' });
    try {
      expect((await gql(on.url, INTROSPECT)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await gql(off.url, INTROSPECT)).status).toBe(400);
    } finally {
      await on.stop();
      await off.stop();
    }
  });

  test('no field suggestions ("Did you mean") and no stack traces in production', async () => {
    const queries: [string, Record<string, unknown>][] = [
      ['{ healt { version } }', {}],
      ['{ health { versio } }', {}],
      ['query($t: EntityType) { entities(type: $t, first: 1) { totalCount } }', { t: 'PERSO' }],
      ['{ claims(first: 1, filter: { speakr: "x" }) { totalCount } }', {}],
    ];
    for (const [q, v] of queries) {
      const d = await gql(dev.url, q, v);
      expect(JSON.stringify(d.body)).toMatch(/Did you mean/);
      expect(JSON.stringify(d.body)).toMatch(/stacktrace/);
      const p = await gql(prod.url, q, v);
      expect(p.status).toBe(400);
      const text = JSON.stringify(p.body);
      expect(text).not.toMatch(/Did you mean/);
      expect(text).not.toMatch(/stacktrace/);
      expect(text).not.toMatch(/\.ts:\d+|\.js:\d+/);
    }
  });

  test('CSRF prevention: GET or simple POST without a preflight header is refused; with one it runs', async () => {
    const q = encodeURIComponent('{ health { version } }');
    const get = await fetch(`${prod.url}?query=${q}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await post(prod.url, JSON.stringify({ query: '{ health { version } }' }), { 'content-type': type });
      expect(r.status).toBe(400);
    }
    const ok = await fetch(`${prod.url}?query=${q}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });

  test('unexpected errors are masked, and the real error is logged with the request id', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const s = await serve(testConfig({ ...NO_SEED, NODE_ENV: 'production', NEO4J_DATABASE: 'nosuchdatabase' }), pino({ level: 'info' }, stream));
    try {
      const r = await gql(s.url, '{ claims(first: 1) { totalCount } }');
      const e = r.body.errors?.[0];
      expect(e?.message).toBe('Internal server error');
      expect(e?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(r.body)).not.toMatch(/nosuchdatabase|Neo4j|stacktrace/i);
      const requestId = r.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const logged = lines.map((l) => JSON.parse(l) as { requestId?: string; msg?: string; err?: unknown }).filter((l) => l.requestId === requestId);
      expect(logged.some((l) => l.msg === 'unexpected error' && /nosuchdatabase/i.test(JSON.stringify(l.err)))).toBe(true);
    } finally {
      await s.stop();
    }
  });
});
