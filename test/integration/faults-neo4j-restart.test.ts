import { jest } from '@jest/globals';
import { localNeo4j } from '../../src/graph/connect.js';
import type { Graph } from '../../src/graph/graph.js';
import type { Running } from '../../src/main.js';
import { freePort, relay, warmUp } from './fault-tools.js';
import { gql, startServer, testConfig, testGraph, uniqueTag } from './harness.js';

/**
 * Issue 5, fault 2: Neo4j restarts while a stream of ingestAnnotatedArticle mutations runs.
 * Afterwards every article whose mutation succeeded is completely in the graph (article, claims,
 * entities, events as its input said), none is half-written, and failed ones can be retried
 * without creating duplicates. With an external NEO4J_URI the restart is simulated by a TCP
 * relay that drops every connection and refuses new ones for a while.
 */

jest.setTimeout(400_000);

const config = testConfig();
const external = config.neo4j.uri !== null;
const local = localNeo4j(config, () => undefined);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function article(tag: string) {
  const person = `Anna ${tag}`;
  const org = `Ministry ${tag}`;
  const s1 = `${person} said the ${tag} bridge would reopen.`;
  const s2 = `The ${org} said repairs were finished.`;
  const text = `${s1} ${s2}`;
  const at2 = text.indexOf(s2);
  const event = `Bridge ${tag} reopening`;
  return {
    text,
    url: `https://restart.example/${tag}`,
    title: `Bridge ${tag}`,
    source: 'Restart Test Wire',
    entities: [
      { name: person, type: 'PERSON', mentions: [{ start: 0, end: person.length }] },
      { name: org, type: 'ORGANISATION', mentions: [{ start: text.indexOf(org), end: text.indexOf(org) + org.length }] },
    ],
    claims: [
      { speaker: { name: person, type: 'PERSON' }, cue: 'said', content: `the ${tag} bridge would reopen`, sentence: s1, span: { start: 0, end: s1.length }, events: [event] },
      { speaker: { name: org, type: 'ORGANISATION' }, cue: 'said', content: `repairs were finished ${tag}`, sentence: s2, span: { start: at2, end: at2 + s2.length }, events: [event] },
    ],
    events: [{ name: event, start: '2024-08-01', actors: [person] }],
  };
}
type Input = ReturnType<typeof article>;

const INGEST = `mutation($i: AnnotatedArticleInput!) {
  ingestAnnotatedArticle(input: $i) { created article { id } claims { id content } entities { id name } events { id name } }
}`;

interface Payload {
  created: boolean;
  article: { id: string };
  claims: { id: string; content: string }[];
  entities: { id: string; name: string }[];
  events: { id: string; name: string }[];
}

interface Stored {
  id: string;
  claims: string[];
  attributed: number;
  entities: string[];
  events: string[];
}

async function stored(graph: Graph, url: string): Promise<Stored[]> {
  return graph.readRows<Stored & Record<string, unknown>>(
    `MATCH (a:Article {url: $url})
     RETURN a.id AS id,
       [(c:Claim)-[:REPORTED_IN]->(a) | c.content] AS claims,
       COUNT { MATCH (c:Claim)-[:REPORTED_IN]->(a) WHERE EXISTS { (c)-[:SAID_BY]->(:Entity) } AND EXISTS { (c)-[:ABOUT]->(:Event) } } AS attributed,
       [(a)-[:MENTIONS]->(e:Entity) | e.name] AS entities,
       [(a)-[:COVERS]->(ev:Event) | ev.name] AS events`,
    { url },
  );
}

/** Complete: exactly one article, with every claim (attributed and linked), entity and event of its input. */
function expectComplete(rows: Stored[], input: Input): void {
  expect(rows).toHaveLength(1);
  const [row] = rows;
  expect([...(row?.claims ?? [])].sort()).toEqual(input.claims.map((c) => c.content).sort());
  expect(row?.attributed).toBe(input.claims.length);
  expect([...(row?.entities ?? [])].sort()).toEqual(input.entities.map((e) => e.name).sort());
  expect(row?.events).toEqual(input.events.map((e) => e.name));
}

describe('Neo4j restarted under write load', () => {
  let server: Running;
  let graph: Graph;
  let restart: { down: () => Promise<void>; up: () => Promise<void>; cleanup: () => Promise<void> };

  beforeAll(async () => {
    let overrides: Record<string, string> = {};
    if (external) {
      const port = await freePort();
      const r = relay(port, new URL((config.neo4j.uri as string).replace(/^[a-z+]+:/, 'http:')));
      await r.open();
      overrides = { NEO4J_URI: `bolt://127.0.0.1:${port}` };
      restart = { down: () => r.close(), up: async () => (await sleep(10_000), r.open()), cleanup: () => r.close() };
    } else {
      restart = {
        down: async () => void (await local.stop()),
        up: async () => void (await local.start(300_000)),
        cleanup: async () => {
          await local.start(300_000);
          await warmUp(graph);
        },
      };
    }
    server = await startServer({ ...overrides, SEED_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '100000' });
    graph = testGraph();
  });

  afterAll(async () => {
    await server.stop();
    await restart.cleanup(); // Neo4j running, healthy and warm whatever happened
    await graph.close();
  });

  test('succeeded writes are complete, none half-written, failed ones retry without duplicates', async () => {
    const results: { input: Input; payload?: Payload; code?: string; afterRestart: boolean }[] = [];
    let running = true;
    let restarted = false;
    const worker = async () => {
      while (running) {
        const input = article(uniqueTag());
        const afterRestart = restarted;
        const r = await gql<{ ingestAnnotatedArticle: Payload }>(server.url, INGEST, { i: input });
        const payload = r.body.data?.ingestAnnotatedArticle;
        results.push(payload ? { input, payload, afterRestart } : { input, afterRestart, code: r.body.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}` });
        if (!payload) await sleep(200);
      }
    };
    /** Waits until `count` mutations matching `which` have succeeded; a busy machine gets time, not a lower bar. */
    const succeeded = async (which: (r: (typeof results)[number]) => boolean, count: number) => {
      const deadline = Date.now() + 120_000;
      while (results.filter((r) => r.payload && which(r)).length < count && Date.now() < deadline) await sleep(100);
    };
    const workers = Array.from({ length: 4 }, worker);
    await succeeded(() => true, 8);
    await restart.down();
    await restart.up();
    restarted = true;
    await succeeded((r) => r.afterRestart, 4);
    running = false;
    await Promise.all(workers);

    const ok = results.filter((r) => r.payload);
    const failed = results.filter((r) => !r.payload);
    process.stderr.write(`restart under load: ${ok.length} succeeded, ${failed.length} failed (${[...new Set(failed.map((f) => f.code))].join(', ')})\n`);
    // Writes went through before the restart and, through the same server, after it.
    expect(ok.filter((r) => !r.afterRestart).length).toBeGreaterThanOrEqual(8);
    expect(ok.filter((r) => r.afterRestart).length).toBeGreaterThanOrEqual(4);
    expect(failed.length).toBeGreaterThan(0);
    // Failures are typed: the database was unavailable.
    expect([...new Set(failed.map((f) => f.code))]).toEqual(['SERVICE_UNAVAILABLE']);

    // Every success is completely in the graph, as its input and its payload said.
    for (const { input, payload } of ok) {
      expect(payload?.created).toBe(true);
      expect(payload?.claims).toHaveLength(input.claims.length);
      expect(payload?.entities).toHaveLength(input.entities.length);
      expect(payload?.events).toHaveLength(input.events.length);
      const rows = await stored(graph, input.url);
      expectComplete(rows, input);
      expect(rows[0]?.id).toBe(payload?.article.id);
    }
    // Failed ones were written entirely or not at all: never half.
    let committedAnyway = 0;
    for (const { input } of failed) {
      const rows = await stored(graph, input.url);
      if (rows.length > 0) {
        committedAnyway += 1;
        expectComplete(rows, input);
      }
    }
    // Retrying a failure succeeds (created false when its commit had landed); a second retry and a
    // retry of a success change nothing.
    for (const { input } of failed) {
      const before = (await stored(graph, input.url)).length;
      const r = await gql<{ ingestAnnotatedArticle: Payload }>(server.url, INGEST, { i: input });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.ingestAnnotatedArticle.created).toBe(before === 0);
      const again = await gql<{ ingestAnnotatedArticle: Payload }>(server.url, INGEST, { i: input });
      expect(again.body.data?.ingestAnnotatedArticle.created).toBe(false);
      expectComplete(await stored(graph, input.url), input);
    }
    for (const { input, payload } of ok.slice(0, 10)) {
      const r = await gql<{ ingestAnnotatedArticle: Payload }>(server.url, INGEST, { i: input });
      expect(r.body.data?.ingestAnnotatedArticle).toMatchObject({ created: false, article: { id: payload?.article.id } });
      expectComplete(await stored(graph, input.url), input);
    }
    const claimIds = await graph.readRows<{ n: number; distinct: number }>(
      `MATCH (c:Claim)-[:REPORTED_IN]->(a:Article) WHERE a.url STARTS WITH 'https://restart.example/' AND a.url IN $urls
       RETURN count(c) AS n, count(DISTINCT c.content) AS distinct`,
      { urls: results.map((r) => r.input.url) },
    );
    expect(claimIds[0]?.n).toBe(claimIds[0]?.distinct);
    expect(claimIds[0]?.n).toBe(results.length * 2);
    process.stderr.write(`restart under load: ${committedAnyway} failed mutation(s) had committed before the connection dropped\n`);
  });
});
