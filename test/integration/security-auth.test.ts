import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import pino from 'pino';
import type { Graph } from '../../src/graph/graph.js';
import { serve, type Running } from '../../src/main.js';
import { gql, startServer, testConfig, testGraph, uniqueTag, noWrites } from './harness.js';

/** Issue 5, access: API keys (stored hashed) and JWT roles, 401/403 before any Cypher, loopback-only without keys. */

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const keys = { reader: `r-${uniqueTag()}`, editor: `e-${uniqueTag()}`, admin: `a-${uniqueTag()}` };
const API_KEYS = `reader:${sha(keys.reader)}:ro,editor:${sha(keys.editor)}:ed,admin:${sha(keys.admin)}`;
const JWT_SECRET = 'a-test-secret-that-is-long-enough-1234567890';

async function jwt(claims: Record<string, unknown>, opts: { secret?: string; exp?: string | null } = {}): Promise<string> {
  let b = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('tester').setIssuedAt();
  if (opts.exp !== null) b = b.setExpirationTime(opts.exp ?? '5m');
  return b.sign(new TextEncoder().encode(opts.secret ?? JWT_SECRET));
}

function annotated(tag: string) {
  const person = `Anna ${tag}`;
  const sentence = `${person} said the ${tag} bridge would reopen.`;
  return {
    text: `${sentence} Officials agreed.`,
    url: `https://news.example/${tag}`,
    title: `Bridge ${tag}`,
    entities: [{ name: person, type: 'PERSON', mentions: [{ start: 0, end: person.length }] }],
    claims: [
      {
        speaker: { name: person, type: 'PERSON' },
        cue: 'said',
        content: `the ${tag} bridge would reopen`,
        sentence,
        span: { start: 0, end: sentence.length },
        events: [`Bridge ${tag} reopening`],
      },
    ],
    events: [{ name: `Bridge ${tag} reopening`, start: '2024-08-01' }],
  };
}

const INGEST = `mutation($input: AnnotatedArticleInput!) {
  ingestAnnotatedArticle(input: $input) { created article { id } claims { id } entities { id } events { id } }
}`;
const DELETE = 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }';
const HEALTH = '{ health { version } }';


const auth = {
  key: (k: string) => ({ 'x-api-key': k }),
  bearer: (t: string) => ({ authorization: `Bearer ${t}` }),
};

describe('access control with API keys and JWT (anonymous reads off)', () => {
  let server: Running;
  let graph: Graph;
  let articleId: string;

  beforeAll(async () => {
    server = await startServer({ API_KEYS, JWT_SECRET, ALLOW_ANONYMOUS_READS: 'false', SEED_ON_START: 'false' });
    graph = testGraph();
    const r = await gql(server.url, INGEST, { input: annotated(uniqueTag()) }, auth.key(keys.editor));
    expect(r.body.errors).toBeUndefined();
    articleId = r.body.data?.ingestAnnotatedArticle.article.id;
  });
  afterAll(async () => {
    await gql(server.url, DELETE, { id: articleId }, auth.key(keys.admin));
    await server.stop();
    await graph.close();
  });

  test.each([
    ['no credentials', {}],
    ['an unknown API key', auth.key('not-a-key')],
    ['an unknown bearer token', auth.bearer('not-a-token')],
  ])('%s: 401 UNAUTHENTICATED', async (_, headers) => {
    const r = await gql(server.url, HEALTH, {}, headers);
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.body.data).toBeUndefined();
  });

  test('a JWT signed with another secret, without exp, with alg none or with an unknown role: 401', async () => {
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ role: 'admin', exp: Math.floor(Date.now() / 1000) + 300 }),
    ).toString('base64url')}.`;
    const tokens = [
      await jwt({ role: 'admin' }, { secret: 'another-secret-that-is-long-enough-0987654321' }),
      await jwt({ role: 'admin' }, { exp: null }),
      await jwt({ role: 'admin' }, { exp: '-1m' }),
      await jwt({ role: 'root' }),
      none,
    ];
    for (const t of tokens) {
      const r = await gql(server.url, HEALTH, {}, auth.bearer(t));
      expect([r.status, r.body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  test('readers read (API key or JWT) but get FORBIDDEN for mutations, and no Cypher runs', async () => {
    for (const headers of [auth.key(keys.reader), auth.bearer(await jwt({ role: 'reader' }))]) {
      const read = await gql(server.url, `query($id: ID!) { article(id: $id) { id } }`, { id: articleId }, headers);
      expect(read.status).toBe(200);
      expect(read.body.data?.article?.id).toBe(articleId);

      await noWrites(graph, 'reader mutations', async () => {
        const del = await gql(server.url, DELETE, { id: articleId }, headers);
        expect(del.status).toBe(403);
        expect(del.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const ingest = await gql(server.url, INGEST, { input: annotated(uniqueTag()) }, headers);
        expect(ingest.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      });
      // The delete would have removed the article had its Cypher run.
      const still = await graph.readRows<{ n: number }>('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: articleId });
      expect(still[0]?.n).toBe(1);
    }
  });

  test('unauthenticated mutations run no Cypher either', async () => {
    await noWrites(graph, 'unauthenticated delete', async () => {
      const r = await gql(server.url, DELETE, { id: articleId });
      expect([r.status, r.body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    });
    const still = await graph.readRows<{ n: number }>('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: articleId });
    expect(still[0]?.n).toBe(1);
  });

  test('editors write with an API key or a JWT role claim; the payload matches the graph', async () => {
    const token = await jwt({ role: 'editor' });
    for (const headers of [auth.key(keys.editor), auth.bearer(token), auth.bearer(keys.editor)]) {
      const tag = uniqueTag();
      const r = await gql(server.url, INGEST, { input: annotated(tag) }, headers);
      expect(r.body.errors).toBeUndefined();
      const p = r.body.data?.ingestAnnotatedArticle;
      expect(p.created).toBe(true);
      expect([p.claims.length, p.entities.length, p.events.length]).toEqual([1, 1, 1]);
      const del = await gql(server.url, DELETE, { id: p.article.id }, headers);
      expect(del.body.data?.deleteArticle.deleted).toBe(true);
    }
  });

  test('admins pass every role check', async () => {
    const r = await gql(server.url, DELETE, { id: `missing-${uniqueTag()}` }, auth.bearer(await jwt({ role: 'admin' })));
    expect(r.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('anonymous reads', () => {
  let server: Running;
  let graph: Graph;
  beforeAll(async () => {
    server = await startServer({ API_KEYS, ALLOW_ANONYMOUS_READS: 'true', SEED_ON_START: 'false' });
    graph = testGraph();
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  test('allowed: queries work without credentials', async () => {
    const r = await gql(server.url, '{ articles(first: 1) { totalCount } }');
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });

  test('an anonymous mutation is UNAUTHENTICATED (401) and runs no Cypher', async () => {
    await noWrites(graph, 'anonymous ingest', async () => {
      const r = await gql(server.url, INGEST, { input: annotated(uniqueTag()) });
      expect([r.status, r.body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    });
  });

  test('wrong credentials are still refused (no silent downgrade to anonymous)', async () => {
    const r = await gql(server.url, HEALTH, {}, auth.key('wrong'));
    expect(r.status).toBe(401);
  });
});

describe('binding without credentials', () => {
  function capture(): { log: pino.Logger; lines: string[] } {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    return { log: pino({ level: 'info' }, stream), lines };
  }

  test('serve() refuses a public address when no API_KEYS or JWT_SECRET are set', async () => {
    for (const HOST of ['0.0.0.0', '::', '192.0.2.10']) {
      await expect(serve(testConfig({ HOST, SEED_ON_START: 'false' }), capture().log)).rejects.toThrow(/Refusing to listen on/);
    }
  });

  test('on loopback it starts and says it listens on loopback only', async () => {
    const { log, lines } = capture();
    const s = await serve(testConfig({ HOST: '127.0.0.1', SEED_ON_START: 'false' }), log);
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect(lines.join('')).toMatch(/loopback only/);
    } finally {
      await s.stop();
    }
  });

  test('with credentials it may bind a public address', async () => {
    const s = await serve(testConfig({ HOST: '0.0.0.0', API_KEYS, SEED_ON_START: 'false' }), capture().log);
    try {
      const r = await gql(s.url.replace('0.0.0.0', '127.0.0.1'), HEALTH, {}, auth.key(keys.reader));
      expect(r.status).toBe(200);
    } finally {
      await s.stop();
    }
  });
});
