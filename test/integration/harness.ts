import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { boltUri, loadConfig, type Config } from '../../src/config.js';
import { Graph } from '../../src/graph/graph.js';
import { serve, type Running } from '../../src/main.js';

export const silent = pino({ level: process.env.TEST_LOG ?? 'silent' }, pino.destination(2));

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...overrides });
}

export function testGraph(config: Config = testConfig()): Graph {
  return new Graph({
    uri: boltUri(config),
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
  });
}

export async function startServer(overrides: Record<string, string> = {}): Promise<Running> {
  const config = testConfig(overrides);
  return serve(config, silent);
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; path?: string[] } }[] };
  headers: Headers;
}

export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GqlResponse<T>['body'];
  try {
    body = JSON.parse(text) as GqlResponse<T>['body'];
  } catch {
    body = { errors: [{ message: text }] };
  }
  if (process.env.GQL_DEBUG && body.errors) process.stderr.write(`${JSON.stringify(body.errors, null, 1)}\n`);
  return { status: res.status, body, headers: res.headers };
}

/** A tag that makes a test's data its own: unique words in its texts, urls and names. */
export function uniqueTag(): string {
  return `t${randomUUID().replace(/-/g, '').slice(0, 10)}`;
}

export async function graphCounts(graph: Graph): Promise<{ nodes: number; rels: number }> {
  const [r] = await graph.readRows<{ nodes: number; rels: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return r ?? { nodes: 0, rels: 0 };
}

/**
 * Runs `action` between two readings of the graph's node and relationship counts and expects them
 * equal. Other test runs may write to the same Neo4j meanwhile, so a difference is re-checked
 * (the actions are repeatable); a request that really writes differs on every attempt.
 */
export async function noWrites(graph: Graph, label: string, action: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const before = await graphCounts(graph);
    await action();
    const after = await graphCounts(graph);
    if (after.nodes === before.nodes && after.rels === before.rels) return;
    if (attempt === 3) expect({ label, counts: after }).toEqual({ label, counts: before });
  }
}
