import type { ApolloServer } from '@apollo/server';
import { createApp } from '../../src/server/app.js';
import { createContext, type Context } from '../../src/server/context.js';
import type { Graph } from '../../src/graph/graph.js';
import { ingestAnnotated } from '../../src/ingest/ingest-article.js';
import { harbourStory } from '../fixtures/harbour-story.js';
import { silent, testConfig, testGraph, uniqueTag } from './harness.js';

/**
 * Root fields fetch the whole selection in one statement (selection-projection.ts); with that
 * off, every relation goes through its loader. Both must give the same answer, field for field.
 */

const CLAIM = `id content quote cue saidOn saidOnPrecision datesMentioned sentence span { start end } confidence extractor speakerMention via { name }`;
const ENTITY = '...entity';
const ENTITY_FRAGMENT = `fragment entity on Entity { __typename id name type aliases
  ... on Location { kind latitude longitude iso partOf { name iso } parts { name } events(first: 3) { name } }
  ... on Person { claimsMade(first: 2) { content } claimsAbout { cue } }
  ... on Organisation { claimsMade { cue speaker { name } } } }`;
const ARTICLE = `id url title publishedAt text contentHash language dateline source { name domain articles(first: 2) { url } }`;

const QUERIES: Record<string, string> = {
  article: `query($article: ID!) { article(id: $article) {
    ${ARTICLE}
    claims { ${CLAIM} speaker { ${ENTITY} } via { name } articles { url source { name } } reports { sentence span { start end } article { url } }
      events { name start end kind speakers { speaker { name } claims } } mentions { __typename name } }
    events { name involves { name } locations { name kind } articles { title } claims(first: 3) { cue } }
    entities { entity { name type } spans { start end } }
    people: entities(type: PERSON) { entity { name } spans { start } }
  } } ${ENTITY_FRAGMENT}`,
  aliases: `query($article: ID!) { article(id: $article) {
    a: claims { speaker { name ... on Person { top: claimsMade(first: 1) { content } more: claimsMade(first: 3) { content } } } }
    b: claims { cue speaker { __typename } }
    claims { ...claimFields }
  } }
  fragment claimFields on Claim { content speaker { ...named ... on Organisation { aliases } } }
  fragment named on Entity { name }`,
  directives: `query($article: ID!, $yes: Boolean!, $no: Boolean!) { article(id: $article) {
    title @include(if: $yes) url @skip(if: $yes)
    claims { content @include(if: $no) speaker @skip(if: $no) { name } events @include(if: $yes) { name } }
  } }`,
  claim: `query($claim: ID!) { claim(id: $claim) { ${CLAIM} speaker { ${ENTITY} coMentioned(first: 2) { entity { name } count } mentionedIn(first: 2) { url } } } } ${ENTITY_FRAGMENT}`,
  event: `query($event: ID!) { event(id: $event) { id name kind start end
    claims(first: 3) { cue speaker { name } articles { url } }
    later: claims(first: 10) { id }
    speakers { claims speaker { __typename name } }
    articles { ${ARTICLE} } locations { name partOf { name } } involves { name type } } }`,
  entities: `query($mayor: String!, $brigade: String!, $city: String!, $country: String!) {
    person(name: $mayor) { ${ENTITY} coMentioned { entity { name } count } mentionedIn { url claims { cue } } }
    organisation(name: $brigade) { ${ENTITY} }
    location(name: $city) { ${ENTITY} }
    country: location(name: $country) { ${ENTITY} }
  } ${ENTITY_FRAGMENT}`,
  connections: `query($source: String!, $mayor: String!, $tag: String!) {
    claims(filter: { source: $source }, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CLAIM} speaker { name } articles { url } } } }
    byMayor: claims(filter: { speaker: $mayor }) { totalCount edges { node { cue events { name } } } }
    articles(filter: { mentions: $mayor }) { totalCount edges { cursor node { title claims { cue } entities { entity { name } } } } }
    events(filter: { text: $tag }) { totalCount edges { node { name claims(first: 2) { cue } } } }
    entities(search: $tag) { totalCount edges { node { __typename name ... on Location { kind } ... on Person { claimsMade { cue } } } } }
  }`,
};

describe('selection projections', () => {
  let graph: Graph;
  let apollo: ApolloServer<Context>;
  const tag = uniqueTag();
  const story = harbourStory(tag);
  let variables: Record<string, unknown>;

  beforeAll(async () => {
    graph = testGraph();
    apollo = (await createApp(testConfig(), graph, silent)).apollo;
    const ids: string[] = [];
    for (const a of story.articles) ids.push((await ingestAnnotated(graph, a)).articleId);
    const [row] = await graph.readRows<{ claim: string; event: string }>(
      `MATCH (c:Claim)-[:REPORTED_IN]->(:Article {id: $a}) WHERE c.quote IS NOT NULL MATCH (c)-[:ABOUT]->(e:Event) RETURN c.id AS claim, e.id AS event LIMIT 1`,
      { a: ids[0] },
    );
    variables = {
      article: ids[1],
      claim: row?.claim,
      event: row?.event,
      yes: true,
      no: false,
      mayor: story.names.mayor.name,
      brigade: story.names.brigade.name,
      city: story.names.city.name,
      country: story.names.country.name,
      source: `Daily Example${tag}`,
      tag: tag.toLowerCase(),
    };
    // ingesting the story is several write transactions: allow for a machine under load
  }, 60_000);

  afterAll(async () => {
    await apollo.stop();
    await graph.close();
  });

  async function run(query: string, prefetch: boolean) {
    const ctx = createContext(graph, silent, 'reader', undefined, { prefetch });
    const res = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { result: res.body.singleResult, queries: ctx.stats.queries };
  }

  it.each(Object.keys(QUERIES))('%s: the same answer as the loaders give, in fewer statements', async (name) => {
    const query = QUERIES[name] as string;
    const loaded = await run(query, false);
    const projected = await run(query, true);
    expect(loaded.result.errors).toBeUndefined();
    expect(projected.result.errors).toBeUndefined();
    expect(JSON.stringify(loaded.result.data)).toMatch(/[a-z]/);
    expect(projected.result.data).toEqual(loaded.result.data);
    expect(projected.queries).toBeLessThan(loaded.queries);
  });

  it('a root field and everything below it is one statement', async () => {
    for (const name of ['article', 'aliases', 'directives', 'claim', 'event']) {
      expect([name, (await run(QUERIES[name] as string, true)).queries]).toEqual([name, 1]);
    }
  });

  it('refuses a bad nested `first` as the loaders do', async () => {
    const query = `query($article: ID!) { article(id: $article) { title events { ok: claims(first: 2) { cue } bad: claims(first: 0) { cue } } } }`;
    const loaded = await run(query, false);
    const projected = await run(query, true);
    expect(projected.result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(projected.result.errors?.map((e) => [e.message, e.path])).toEqual(loaded.result.errors?.map((e) => [e.message, e.path]));
    expect(projected.result.data).toEqual(loaded.result.data);
  });
});
