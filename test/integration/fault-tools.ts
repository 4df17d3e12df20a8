import { createServer, connect, type Server, type Socket } from 'node:net';
import type { Graph } from '../../src/graph/graph.js';
import { exampleQueries } from '../../src/server/playground.js';
import { gql, startServer, uniqueTag } from './harness.js';

/** Helpers for the fault tests: free ports, a TCP relay that can be cut, and a Neo4j warm-up. */

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const addr = s.address();
  await new Promise<void>((r) => s.close(() => r()));
  if (typeof addr !== 'object' || !addr) throw new Error('no port');
  return addr.port;
}

/** A TCP relay from 127.0.0.1:port to the real Neo4j; nothing listens on the port until open(). */
export function relay(port: number, target: URL) {
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  return {
    async open() {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 7687), target.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const end = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
      });
      await new Promise<void>((r) => server?.listen(port, '127.0.0.1', r));
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      server = null;
    },
  };
}

/**
 * A freshly started Neo4j plans and compiles every statement anew, slowly enough to time out the
 * next test file's first requests. This runs the write and read paths a few times through a
 * server (one throwaway article each, removed again exactly) so Neo4j is left warm.
 */
export async function warmUp(graph: Graph): Promise<void> {
  const server = await startServer({ SEED_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '100000' });
  try {
    for (let i = 0; i < 6; i++) {
      const tag = uniqueTag();
      const person = `Warm ${tag}`;
      const sentence = `${person} said the ${tag} road would reopen.`;
      const t0 = new Date().toISOString();
      const r = await gql(server.url, 'mutation($i: AnnotatedArticleInput!) { ingestAnnotatedArticle(input: $i) { article { id } claims { id } entities { id } events { id } } }', {
        i: {
          text: sentence,
          url: `https://warm.example/${tag}`,
          source: `Warm ${tag}`,
          entities: [{ name: person, type: 'PERSON', mentions: [{ start: 0, end: person.length }] }],
          claims: [{ speaker: { name: person, type: 'PERSON' }, cue: 'said', content: `the ${tag} road would reopen`, sentence, span: { start: 0, end: sentence.length }, events: [`Road ${tag}`] }],
          events: [{ name: `Road ${tag}`, start: '2024-08-01' }],
        },
      });
      for (const ex of exampleQueries) await gql(server.url, ex.query);
      const p = r.body.data?.ingestAnnotatedArticle as { article: { id: string }; claims: { id: string }[]; entities: { id: string }[]; events: { id: string }[] } | undefined;
      if (!p) continue;
      const ids = [p.article.id, ...p.claims.map((c) => c.id), ...p.entities.map((e) => e.id), ...p.events.map((e) => e.id)];
      await graph.writeRows('MATCH (n) WHERE n.id IN $ids AND (n:Article OR n.createdAt >= $t0) DETACH DELETE n', { ids, t0 });
      await graph.writeRows('MATCH (s:Source {name: $name}) WHERE NOT (s)<-[:PUBLISHED_BY]-() DELETE s', { name: `Warm ${tag}` });
      await graph.writeRows('MATCH (a:Alias) WHERE a.key CONTAINS $tag AND NOT (a)-[:NAMES]->() DELETE a', { tag });
    }
  } finally {
    await server.stop();
  }
}
