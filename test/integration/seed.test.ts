import { join } from 'node:path';
import type { Running } from '../../src/main.js';
import type { Graph } from '../../src/graph/graph.js';
import { loadSeeds } from '../../src/ingest/seeds.js';
import { packageRoot } from '../../src/package-root.js';
import { exampleQueries } from '../../src/server/playground.js';
import { gql, graphCounts, startServer, testGraph } from './harness.js';

describe('the seed article', () => {
  let server: Running;
  let graph: Graph;

  beforeAll(async () => {
    server = await startServer({ SEED_ON_START: 'true' });
    graph = testGraph();
  });

  afterAll(async () => {
    await graph.close();
    await server.stop();
  });

  it('answers a new user’s first question: who said what about the Kursk incursion', async () => {
    const r = await gql(server.url, `{ events(filter: {text: "kursk"}) { edges { node { id name start } } } }`);
    const kursk = r.body.data?.events.edges[0].node;
    expect(kursk.name).toMatch(/Kursk/);
    const who = await gql(server.url, `query($e: ID!) { whoSaidWhat(event: $e) { speaker { name } claims { cue saidOn sentence } sources } }`, { e: kursk.id });
    const speakers = who.body.data?.whoSaidWhat.map((g: { speaker: { name: string } | null }) => g.speaker?.name ?? null);
    expect(speakers).toEqual(expect.arrayContaining(['Vladimir Putin', 'Russian Defense Ministry']));
    const putin = who.body.data?.whoSaidWhat.find((g: { speaker: { name: string } | null }) => g.speaker?.name === 'Vladimir Putin');
    expect(putin.claims.map((c: { cue: string }) => c.cue)).toEqual(expect.arrayContaining(['ruled out', 'accused']));
    expect(putin.claims.every((c: { saidOn: string }) => c.saidOn === '2024-08-12')).toBe(true);
    expect(putin.sources).toEqual(['RT']);
  });

  it('holds at least 12 dated, attributed claims and the Belarusian exercises', async () => {
    const r = await gql(server.url, `{ articles(filter: {source: "RT"}) { totalCount edges { node { title publishedAt claims { cue saidOn speaker { name } } events { name } } } } }`);
    const seed = r.body.data?.articles.edges.find((e: { node: { title: string } }) => e.node.title === 'Key ally sends troops to Russia')?.node;
    expect(seed.publishedAt).toBe('2024-08-13T09:46:00Z');
    expect(seed.claims.length).toBeGreaterThanOrEqual(12);
    expect(seed.events.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Belarusian military exercises/)]));
    const estimate = seed.claims.find((c: { cue: string }) => c.cue === 'estimated');
    expect(estimate).toEqual({ cue: 'estimated', saidOn: '2024-08-12', speaker: { name: 'Russian Defense Ministry' } });
    const aliases = await gql(server.url, `{ person(name: "Putin") { name aliases } organisation(name: "Minsk") { name } }`);
    expect(aliases.body.data?.person.name).toBe('Vladimir Putin');
    expect(aliases.body.data?.organisation.name).toBe('Government of Belarus');
  });

  it.each(exampleQueries.map((q) => [q.title, q.query]))('the playground example "%s" runs without errors', async (_title, query) => {
    const r = await gql(server.url, query);
    expect(r.body.errors).toBeUndefined();
    expect(JSON.stringify(r.body.data)).toMatch(/Putin|Belarus|Kursk/);
  });

  it('seeding again changes nothing', async () => {
    const before = await graphCounts(graph);
    const again = await loadSeeds(graph, join(packageRoot(), 'seeds'));
    expect(again.every((s) => !s.created)).toBe(true);
    expect(await graphCounts(graph)).toEqual(before);
  });
});
