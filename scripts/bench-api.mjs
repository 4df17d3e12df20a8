// npm run bench:api — the same nested queries against claimgraph and against @neo4j/graphql
// (v7, auto-generated resolvers over the same graph), on one Neo4j, in one process.
// Prints latency percentiles and throughput for each. Data: a synthetic corpus written once.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { boltUri, loadConfig } from '../dist/src/config.js';
import { connectGraph } from '../dist/src/graph/connect.js';
import { migrate } from '../dist/src/graph/migrations.js';
import { writeArticle } from '../dist/src/graph/article-writer.js';
import { createApp } from '../dist/src/server/app.js';
import { createContext } from '../dist/src/server/context.js';

const ARTICLES = Number(process.argv[2] ?? 200);
const CLAIMS_PER_ARTICLE = 20;
const REQUESTS = Number(process.argv[3] ?? 300);
const CONCURRENCY = 8;
const ROUNDS = 3;
const TAG = 'benchapi';

function syntheticArticle(i) {
  const speakers = Array.from({ length: 40 }, (_, k) => `Speaker ${k} ${TAG}`);
  const sentences = [];
  const claims = [];
  let offset = 0;
  for (let c = 0; c < CLAIMS_PER_ARTICLE; c++) {
    const speaker = speakers[(i * 7 + c) % speakers.length];
    const s = `${speaker} said that item ${c} of report ${i} was confirmed.`;
    claims.push({
      speaker: { name: speaker, type: 'PERSON' }, speakerMention: speaker, via: null, cue: 'said',
      content: `Item ${c} of report ${i} was confirmed.`, quote: null,
      saidOn: `2024-0${1 + (i % 9)}-1${c % 10}`, saidOnPrecision: 'DAY', datesMentioned: [],
      sentence: s, span: { start: offset, end: offset + s.length }, confidence: 1,
      events: [`Bench event ${i % 10} ${TAG}`], mentions: [],
    });
    sentences.push(s);
    offset += s.length + 1;
  }
  return {
    article: { text: sentences.join(' '), title: `Report ${i}`, publishedAt: `2024-0${1 + (i % 9)}-20T10:00:00Z`, source: `Bench Wire ${i % 5}`, url: `https://bench.example/${TAG}/${i}`, dateline: null, language: 'en' },
    entities: speakers.map((name) => ({ name, type: 'PERSON', aliases: [name], mentions: [] })),
    claims,
    events: [{ name: `Bench event ${i % 10} ${TAG}`, kind: 'bench', start: `2024-0${1 + (i % 9)}-10`, end: null, locations: [], actors: [], keyTerms: [`bench${i % 10}`] }],
    warnings: [],
  };
}

const neoTypeDefs = /* GraphQL */ `
  type Source @node { name: String! }
  type Article @node {
    id: ID! url: String title: String publishedAt: String
    source: [Source!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
    claims: [Claim!]! @relationship(type: "REPORTED_IN", direction: IN)
  }
  type Claim @node {
    id: ID! content: String! cue: String! saidOn: String
    speaker: [Person!]! @relationship(type: "SAID_BY", direction: OUT)
    articles: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
    events: [Event!]! @relationship(type: "ABOUT", direction: OUT)
  }
  type Person @node { id: ID! name: String! claimsMade: [Claim!]! @relationship(type: "SAID_BY", direction: IN) }
  type Event @node { id: ID! name: String! claims: [Claim!]! @relationship(type: "ABOUT", direction: IN) }
`;

const queries = (articleId, eventId) => ({
  'article -> claims -> speaker -> claimsMade(5) -> articles': {
    ours: `{ article(id: "${articleId}") { title source { name } claims { content saidOn speaker { name ... on Person { claimsMade(first: 5) { content articles { url } } } } } } }`,
    theirs: `{ articles(where: { id: { eq: "${articleId}" } }) { title source { name } claims { content saidOn speaker { name claimsMade(limit: 5, sort: [{ saidOn: DESC }]) { content articles { url } } } } } }`,
  },
  'event -> claims(50) -> speaker, articles -> source': {
    ours: `{ event(id: "${eventId}") { name claims(first: 50) { content saidOn speaker { name } articles { url source { name } } } } }`,
    theirs: `{ events(where: { id: { eq: "${eventId}" } }) { name claims(limit: 50, sort: [{ saidOn: DESC }]) { content saidOn speaker { name } articles { url source { name } } } } }`,
  },
});

async function timeIt(run) {
  const lat = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) {
      next += 1;
      const t = performance.now();
      await run();
      lat.push(performance.now() - t);
    }
  }));
  const secs = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  const p = (q) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))].toFixed(1);
  return { rps: Number((REQUESTS / secs).toFixed(0)), p50: p(0.5), p95: p(0.95), p99: p(0.99) };
}

const config = loadConfig();
const log = pino({ level: 'silent' });
const graph = await connectGraph(config);
await migrate(graph);
process.stderr.write(`writing ${ARTICLES} articles x ${CLAIMS_PER_ARTICLE} claims (idempotent) ...\n`);
for (let i = 0; i < ARTICLES; i++) await writeArticle(graph, syntheticArticle(i), 'bench');
const [{ articleId, eventId }] = await graph.readRows(
  `MATCH (a:Article {url: $url}) MATCH (e:Event {nameKey: $ev}) RETURN a.id AS articleId, e.id AS eventId`,
  { url: `https://bench.example/${TAG}/7`, ev: `bench event 7 ${TAG}` },
);

const ours = (await createApp(config, graph, log)).apollo;
const driver = neo4j.driver(boltUri(config), neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
// the same server settings as claimgraph's: no per-field cache-control hook
const theirs = new ApolloServer({
  schema: await new Neo4jGraphQL({ typeDefs: neoTypeDefs, driver }).getSchema(),
  plugins: [ApolloServerPluginCacheControlDisabled()],
});
await theirs.start();

async function exec(server, query, contextValue) {
  const r = await server.executeOperation({ query }, { contextValue });
  if (r.body.kind !== 'single' || r.body.singleResult.errors) throw new Error(JSON.stringify(r.body.singleResult?.errors));
  return r.body.singleResult.data;
}

console.log(`claimgraph vs @neo4j/graphql 7 — ${ARTICLES} articles, ${ARTICLES * CLAIMS_PER_ARTICLE} claims; ${REQUESTS} requests per round, concurrency ${CONCURRENCY}, median of ${ROUNDS} alternating rounds`);
for (const [name, q] of Object.entries(queries(articleId, eventId))) {
  // Warm up both (query plans, JIT) and check both return the same number of claims.
  const a = await exec(ours, q.ours, createContext(graph, log, 'reader'));
  const b = await exec(theirs, q.theirs, { executionContext: driver });
  const count = (d) => JSON.stringify(d).match(/"content"/g)?.length ?? 0;
  for (let i = 0; i < 20; i++) {
    await exec(ours, q.ours, createContext(graph, log, 'reader'));
    await exec(theirs, q.theirs, { executionContext: driver });
  }
  // Alternate rounds so both see the same machine load; report each side's median round.
  const rounds = { mine: [], other: [] };
  for (let r = 0; r < ROUNDS; r++) {
    rounds.mine.push(await timeIt(() => exec(ours, q.ours, createContext(graph, log, 'reader'))));
    rounds.other.push(await timeIt(() => exec(theirs, q.theirs, { executionContext: driver })));
  }
  const median = (xs) => [...xs].sort((a, b) => a.rps - b.rps)[Math.floor(xs.length / 2)];
  const mine = median(rounds.mine);
  const other = median(rounds.other);
  console.log(`\n${name}  (claims returned: claimgraph ${count(a)}, @neo4j/graphql ${count(b)})`);
  console.log(`  claimgraph      ${mine.rps} req/s  p50 ${mine.p50} ms  p95 ${mine.p95} ms  p99 ${mine.p99} ms`);
  console.log(`  @neo4j/graphql  ${other.rps} req/s  p50 ${other.p50} ms  p95 ${other.p95} ms  p99 ${other.p99} ms`);
}
await ours.stop();
await theirs.stop();
await driver.close();
await graph.close();
