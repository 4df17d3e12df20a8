import { jest } from '@jest/globals';
import { localNeo4j } from '../../src/graph/connect.js';
import type { Running } from '../../src/main.js';
import { freePort, relay, warmUp } from './fault-tools.js';
import { gql, startServer, testConfig, testGraph } from './harness.js';

/**
 * Issue 5, fault 1: Neo4j is down when the server starts. The server still starts, /readyz says
 * 503, queries fail fast with SERVICE_UNAVAILABLE, and when Neo4j returns everything recovers
 * without a restart. With the local Neo4j the test really stops and starts it; with an external
 * NEO4J_URI it cannot, so the app talks to Neo4j through a TCP relay on a free port that is
 * first closed (down) and then opened (up).
 */

jest.setTimeout(300_000);

const config = testConfig();
const external = config.neo4j.uri !== null;
const local = localNeo4j(config, () => undefined);

const readyz = async (url: string) => {
  const res = await fetch(url.replace('/graphql', '/readyz'));
  return { status: res.status, body: (await res.json()) as { ready: boolean; graph: boolean } };
};

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('Neo4j down at start', () => {
  let server: Running | null = null;
  let bring: { down: () => Promise<void>; up: () => Promise<void>; cleanup: () => Promise<void> };
  let uri: string;

  beforeAll(async () => {
    if (external) {
      const port = await freePort();
      const r = relay(port, new URL((config.neo4j.uri as string).replace(/^[a-z+]+:/, 'http:')));
      uri = `bolt://127.0.0.1:${port}`;
      bring = { down: () => r.close(), up: () => r.open(), cleanup: () => r.close() };
    } else {
      // NEO4J_URI pointing at the local server keeps serve() from starting it by itself.
      uri = `bolt://127.0.0.1:${config.neo4j.boltPort}`;
      bring = {
        down: async () => void (await local.stop()),
        up: async () => void (await local.start(300_000)),
        cleanup: async () => {
          await local.start(300_000);
          const graph = testGraph();
          try {
            await warmUp(graph);
          } finally {
            await graph.close();
          }
        },
      };
    }
    await bring.down();
  });

  afterAll(async () => {
    await server?.stop();
    // Leave Neo4j running and healthy (and the relay closed) whatever happened above.
    await bring.cleanup();
  });

  test('the server starts, reports 503, fails fast, and recovers when Neo4j returns', async () => {
    const t0 = Date.now();
    server = await startServer({ NEO4J_URI: uri, SEED_ON_START: 'true' });
    expect(Date.now() - t0).toBeLessThan(20_000);

    const down = await readyz(server.url);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ready: false, graph: false });

    const t1 = Date.now();
    const q = await gql(server.url, '{ claims(first: 1) { totalCount } }');
    expect(Date.now() - t1).toBeLessThan(8_000);
    expect(q.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(q.body.errors?.[0]?.message).not.toMatch(/bolt|127\.0\.0\.1|ECONNREFUSED/i);

    const t2 = Date.now();
    const m = await gql(server.url, 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }', {
      i: { text: `Nobody can store this while the database is down ${Date.now()}.` },
    });
    expect(Date.now() - t2).toBeLessThan(8_000);
    expect(m.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    const h = await gql(server.url, '{ health { version graph } }');
    expect(h.status).toBe(200);
    expect(h.body.data).toMatchObject({ health: { graph: false } });
    expect((await fetch(server.url.replace('/graphql', '/healthz'))).status).toBe(200);

    await bring.up();
    await waitFor(async () => (await readyz(server!.url)).status === 200, 60_000);
    expect((await readyz(server.url)).body).toMatchObject({ ready: true, graph: true });
    const ok = await gql(server.url, '{ claims(first: 1) { totalCount } health { graph } }');
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data?.health.graph).toBe(true);
  });
});
