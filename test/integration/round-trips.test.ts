import type { ApolloServer } from '@apollo/server';
import { createApp } from '../../src/server/app.js';
import { createContext, type Context } from '../../src/server/context.js';
import type { Graph } from '../../src/graph/graph.js';
import { ingestAnnotated } from '../../src/ingest/ingest-article.js';
import { buildArticle, type SentenceSpec } from '../fixtures/annotated.js';
import { silent, testConfig, testGraph, uniqueTag } from './harness.js';

/** An article with `n` claims by ten speakers, all about one event. */
function bigArticle(tag: string, n: number) {
  const speakers = Array.from({ length: 10 }, (_, i) => ({ name: `Speaker ${String.fromCharCode(65 + i)}${tag}`, type: 'PERSON' as const }));
  const event = `Round trip summit${tag}${n}`;
  const sentences: SentenceSpec[] = Array.from({ length: n }, (_, i) => {
    const speaker = speakers[i % 10] ?? null;
    return {
      text: `${speaker?.name} said that point ${i} of ${n} matters.`,
      claim: { speaker, cue: 'said', content: `Point ${i} of ${n} matters.`, saidOn: '2024-06-01', events: [event], mentions: [speakers[(i + 1) % 10]?.name ?? ''] },
    };
  });
  return buildArticle({
    url: `https://rt.example/${tag}/${n}`,
    source: `Round Trip Times${tag}`,
    publishedAt: '2024-06-02T10:00:00Z',
    sentences,
    entities: speakers,
    events: [{ name: event, kind: 'summit', start: '2024-06-01', locations: [], actors: [], keyTerms: ['summit'] }],
  });
}

const NESTED = `query($id: ID!) { article(id: $id) {
  title source { name }
  claims {
    content saidOn
    speaker { name ... on Person { claimsMade(first: 5) { content articles { url source { name } } } } }
    events { name speakers { speaker { name } claims } }
    mentions { name }
    via { name }
  }
} }`;

describe('nested queries', () => {
  let graph: Graph;
  let apollo: ApolloServer<Context>;
  const tag = uniqueTag();

  beforeAll(async () => {
    graph = testGraph();
    apollo = (await createApp(testConfig(), graph, silent)).apollo;
  });

  afterAll(async () => {
    await apollo.stop();
    await graph.close();
  });

  async function roundTrips(n: number, prefetch = true): Promise<{ queries: number; claims: number }> {
    const out = await ingestAnnotated(graph, bigArticle(tag, n));
    const ctx = createContext(graph, silent, 'reader', undefined, { prefetch });
    const res = await apollo.executeOperation({ query: NESTED, variables: { id: out.articleId } }, { contextValue: ctx });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    const article = res.body.singleResult.data?.article as { claims: { speaker: { claimsMade: unknown[] } }[] };
    expect(article.claims[0]?.speaker.claimsMade.length).toBeGreaterThan(0);
    return { queries: ctx.stats.queries, claims: article.claims.length };
  }

  it('take a number of Cypher round trips bounded by depth, not by the number of claims', async () => {
    const small = await roundTrips(10);
    const large = await roundTrips(150);
    expect(small.claims).toBe(10);
    expect(large.claims).toBe(150);
    // The root statement fetches the whole selection, whether the article has 10 claims or 150.
    expect(small.queries).toBe(1);
    expect(large.queries).toBe(1);
    // Through the loaders alone: at most one statement per field that reads the graph (article
    // and 10 relation fields); the loaders' cache may save one for the small one.
    const smallLoaded = await roundTrips(10, false);
    const largeLoaded = await roundTrips(150, false);
    expect(smallLoaded.claims).toBe(10);
    expect(largeLoaded.claims).toBe(150);
    expect(smallLoaded.queries).toBeLessThanOrEqual(11);
    expect(largeLoaded.queries).toBeLessThanOrEqual(11);
    expect(largeLoaded.queries - smallLoaded.queries).toBeLessThanOrEqual(1);
  });

  it('fetch a root object and its first claims in one statement', async () => {
    const out = await ingestAnnotated(graph, bigArticle(`${tag}one`, 30));
    const run = async (query: string, variables: Record<string, unknown>) => {
      const ctx = createContext(graph, silent, 'reader');
      const res = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      expect(res.body.singleResult.errors).toBeUndefined();
      return { data: res.body.singleResult.data as Record<string, { claims: unknown[] } | null>, queries: ctx.stats.queries };
    };
    const a = await run('query($id: ID!) { article(id: $id) { title claims { content speaker { name } } } }', { id: out.articleId });
    expect(a.data.article?.claims).toHaveLength(30);
    expect(a.queries).toBe(1);
    const [ev] = await graph.readRows<{ id: string }>('MATCH (:Article {id: $a})-[:COVERS]->(e:Event) RETURN e.id AS id', { a: out.articleId });
    const e = await run('query($id: ID!, $n: Int) { event(id: $id) { name claims(first: $n) { content } } }', { id: ev?.id, n: 7 });
    expect(e.data.event?.claims).toHaveLength(7);
    expect(e.queries).toBe(1);
  });

  it('fetch a page with its nodes\' selection, resolving a filter\'s references once for page and count', async () => {
    await ingestAnnotated(graph, bigArticle(`${tag}page`, 20));
    const ctx = createContext(graph, silent, 'reader');
    const query = `query($s: String!) { claims(filter: { speaker: $s }, first: 5) {
      totalCount edges { node { content speaker { name } articles { url source { name } } events { name speakers { claims } } } } } }`;
    const res = await apollo.executeOperation({ query, variables: { s: `Speaker A${tag}page` } }, { contextValue: ctx });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    const claims = res.body.singleResult.data?.claims as { totalCount: number; edges: unknown[] };
    expect(claims.totalCount).toBe(2);
    expect(claims.edges).toHaveLength(2);
    // The references, the page with everything below it, and the count.
    expect(ctx.stats.queries).toBe(3);
  });
});
