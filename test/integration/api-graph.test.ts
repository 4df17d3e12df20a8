import type { Running } from '../../src/main.js';
import type { Graph } from '../../src/graph/graph.js';
import { harbourStory } from '../fixtures/harbour-story.js';
import { gql, graphCounts, startServer, testGraph, uniqueTag } from './harness.js';

const INGEST = `mutation($input: AnnotatedArticleInput!) {
  ingestAnnotatedArticle(input: $input) { created warnings article { id url } claims { id } entities { id name } events { id name } }
}`;

describe('the graph API over a multi-article story', () => {
  let server: Running;
  let graph: Graph;
  const tag = uniqueTag();
  const story = harbourStory(tag);
  const { mayor, brigade, bank, city, country, wire } = story.names;
  const articleIds: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    graph = testGraph();
    for (const input of story.articles) {
      const r = await gql(server.url, INGEST, { input });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.ingestAnnotatedArticle.created).toBe(true);
      articleIds.push(r.body.data?.ingestAnnotatedArticle.article.id);
    }
  });

  afterAll(async () => {
    await graph.close();
    await server.stop();
  });

  it('responses are marked uncacheable', async () => {
    const ok = await gql(server.url, '{ health { version } }');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const bad = await gql(server.url, '{ article(id: "") { id } }');
    expect(bad.body.errors).toBeDefined();
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });

  it('ingesting the same article again changes nothing', async () => {
    const before = await graphCounts(graph);
    const again = await gql(server.url, INGEST, { input: story.articles[0] });
    expect(again.body.data?.ingestAnnotatedArticle.created).toBe(false);
    expect(again.body.data?.ingestAnnotatedArticle.article.id).toBe(articleIds[0]);
    // Same url with reformatted whitespace: still the same article.
    const reformatted = { ...story.articles[0], text: `${story.articles[0]?.text}` };
    await gql(server.url, INGEST, { input: reformatted });
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('an article exposes its claims, events, entities with spans, and source', async () => {
    const r = await gql(server.url, `query($id: ID!) { article(id: $id) {
      id url title publishedAt contentHash text source { name domain }
      claims { content span { start end } sentence }
      events { name }
      entities { entity { name type } spans { start end } }
      people: entities(type: PERSON) { entity { name } }
    } }`, { id: articleIds[0] });
    const a = r.body.data?.article;
    expect(a.source).toEqual({ name: `Daily Example${tag}`, domain: 'daily.example' });
    expect(a.claims).toHaveLength(4);
    for (const c of a.claims) expect(a.text.slice(c.span.start, c.span.end)).toBe(c.sentence);
    expect(a.events.map((e: { name: string }) => e.name)).toEqual([story.names.fire]);
    const mayorMention = a.entities.find((m: { entity: { name: string } }) => m.entity.name === mayor.name);
    expect(mayorMention.spans.length).toBeGreaterThanOrEqual(2);
    for (const s of mayorMention.spans) expect(a.text.slice(s.start, s.end)).toBe(mayor.name);
    expect(a.people.map((m: { entity: { name: string } }) => m.entity.name)).toEqual([mayor.name]);
  });

  it('one statement carried by two articles is one claim reported in both', async () => {
    const r = await gql(server.url, `query($s: String!) { claims(filter: {speaker: $s}, orderBy: {field: SAID_ON, direction: ASC}) {
      totalCount edges { node { quote cue saidOn speaker { name } articles { url contentHash language source { name } } reports { sentence span { start end } } } }
    } }`, { s: mayor.name });
    const nodes = r.body.data?.claims.edges.map((e: { node: unknown }) => e.node);
    expect(r.body.data?.claims.totalCount).toBe(2);
    const quoted = nodes.find((n: { quote: string | null }) => n.quote);
    expect(quoted.articles.map((a: { url: string }) => a.url).sort()).toEqual(story.articles.map((a) => a.url).sort());
    expect(quoted.reports).toHaveLength(2);
    expect(quoted.articles[1].source.name).toBe(`Evening Example${tag}`);
    // Reports carry slim articles; other article fields load when asked.
    expect(quoted.articles[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(quoted.articles[0].language).toBe('en');
  });

  it('claims carry speaker, via, events and mentions', async () => {
    const r = await gql(server.url, `query($s: String!) { claims(filter: {speaker: $s}) { edges { node {
      cue content saidOn speakerMention via { name } events { name } mentions { name ... on Location { kind } }
      speaker { name aliases }
    } } } }`, { s: brigade.name });
    const byCue = Object.fromEntries(r.body.data?.claims.edges.map((e: { node: { cue: string } }) => [e.node.cue, e.node]));
    expect(byCue.estimated.via).toEqual({ name: wire.name });
    // The speaker joined into the claim row is slim; asking for more loads it.
    expect(byCue.estimated.speaker).toEqual({ name: brigade.name, aliases: [brigade.name] });
    expect(byCue.estimated.mentions).toEqual([{ name: city.name, kind: 'CITY' }]);
    expect(byCue.denied.mentions).toEqual([{ name: mayor.name }]);
    // The second outlet's differently named blaze is the same event as the first outlet's fire.
    expect(byCue.estimated.events).toEqual(byCue.denied.events);
  });

  it('the same real-world event is shared across articles; an unrelated one stays apart', async () => {
    const r = await gql(server.url, `query($t: String!) { events(filter: {text: $t}) { totalCount edges { node {
      name start end kind articles { url } locations { name } involves { name }
      speakers { speaker { name } claims } claims(first: 10) { cue }
    } } } }`, { t: tag.toLowerCase() });
    const events = r.body.data?.events.edges.map((e: { node: unknown }) => e.node);
    expect(r.body.data?.events.totalCount).toBe(2);
    const fire = events.find((e: { name: string }) => e.name === story.names.fire);
    const rates = events.find((e: { name: string }) => e.name === story.names.rates);
    expect(fire.articles).toHaveLength(2);
    expect(fire.start).toBe('2024-05-06');
    expect(fire.locations).toEqual([{ name: city.name }]);
    expect(fire.involves.map((x: { name: string }) => x.name).sort()).toEqual([mayor.name, brigade.name].sort());
    expect(fire.speakers[0]).toEqual({ speaker: { name: mayor.name }, claims: 2 });
    expect(fire.claims.length).toBe(5);
    expect(rates.articles).toHaveLength(1);
    expect(rates.claims.map((c: { cue: string }) => c.cue)).toEqual(['saying']);
  });

  it('people and organisations expose claimsMade, claimsAbout and coMentioned', async () => {
    const r = await gql(server.url, `query($n: String!, $o: String!) {
      person(name: $n) { id name type aliases claimsMade(first: 10) { cue } claimsAbout { cue } coMentioned(first: 3) { entity { name } count } mentionedIn { url } }
      organisation(name: $o) { name claimsMade { cue } claimsAbout { cue } }
    }`, { n: mayor.name, o: brigade.name });
    const p = r.body.data?.person;
    expect(p.type).toBe('PERSON');
    expect(p.claimsMade.map((c: { cue: string }) => c.cue).sort()).toEqual(['accused', 'said']);
    expect(p.claimsAbout.map((c: { cue: string }) => c.cue)).toEqual(['denied']);
    expect(p.coMentioned[0].count).toBe(2);
    expect(p.mentionedIn).toHaveLength(2);
    expect(r.body.data?.organisation.claimsAbout.map((c: { cue: string }) => c.cue)).toEqual(['accused']);
  });

  it('locations link to their parts, parents and events', async () => {
    const r = await gql(server.url, `query($c: String!, $n: String!) {
      city: location(name: $c) { kind latitude longitude partOf { name iso } events { name } }
      country: location(name: $n) { kind iso parts { name } events { name } }
    }`, { c: city.name, n: country.name });
    expect(r.body.data?.city.partOf).toEqual({ name: country.name, iso: 'NV' });
    expect(r.body.data?.city.events.map((e: { name: string }) => e.name)).toEqual([story.names.fire]);
    expect(r.body.data?.country.parts).toEqual([{ name: city.name }]);
    expect(r.body.data?.country.events.map((e: { name: string }) => e.name).sort()).toEqual([story.names.fire, story.names.rates].sort());
  });

  it('whoSaidWhat groups an event’s claims by speaker, with dates and sources', async () => {
    const r = await gql(server.url, `query($e: ID!) { whoSaidWhat(event: $e) { speaker { name } firstSaidOn lastSaidOn sources claims { cue } } }`, { e: story.names.fire });
    const groups = r.body.data?.whoSaidWhat;
    const byName = Object.fromEntries(groups.map((g: { speaker: { name: string } | null }) => [g.speaker?.name ?? 'unnamed', g]));
    expect(byName[mayor.name].firstSaidOn).toBe('2024-05-07');
    expect(byName[mayor.name].sources).toEqual([`Daily Example${tag}`, `Evening Example${tag}`]);
    expect(byName[brigade.name].firstSaidOn).toBe('2024-05-06');
    expect(byName[brigade.name].lastSaidOn).toBe('2024-05-08');
    expect(byName.unnamed.claims).toEqual([{ cue: 'said' }]);
  });

  it('timeline orders an entity’s claims and events by date, within bounds', async () => {
    const r = await gql(server.url, `query($x: ID!) { timeline(entity: $x) { kind date claim { cue } event { name } } }`, { x: brigade.name });
    const dates = r.body.data?.timeline.map((t: { date: string }) => t.date);
    expect(dates).toEqual([...dates].sort());
    expect(r.body.data?.timeline[0]).toEqual({ kind: 'EVENT', date: '2024-05-06', claim: null, event: { name: story.names.fire } });
    const bounded = await gql(server.url, `query($x: ID!) { timeline(entity: $x, from: "2024-05-08") { date claim { cue } } }`, { x: brigade.name });
    expect(bounded.body.data?.timeline).toEqual([{ date: '2024-05-08', claim: { cue: 'denied' } }]);
  });

  it('connection finds the shortest paths between two actors, within maxHops', async () => {
    const q = `query($a: ID!, $b: ID!, $h: Int) { connection(from: $a, to: $b, maxHops: $h) { length steps { relationship }
      nodes { __typename ... on Person { name } ... on Organisation { name } } } }`;
    // Both are mentioned in the evening article: two hops through it.
    const r = await gql(server.url, q, { a: mayor.name, b: bank.name, h: 4 });
    const paths = r.body.data?.connection;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.length).toBe(2);
      expect(p.steps.map((s: { relationship: string }) => s.relationship)).toEqual(['MENTIONS', 'MENTIONS']);
      expect(p.nodes[0]).toEqual({ __typename: 'Person', name: mayor.name });
      expect(p.nodes[p.nodes.length - 1]).toEqual({ __typename: 'Organisation', name: bank.name });
    }
    const tooShort = await gql(server.url, q, { a: mayor.name, b: bank.name, h: 1 });
    expect(tooShort.body.data?.connection).toEqual([]);
  });

  it('search ranks articles, claims, entities and events by full-text score', async () => {
    const r = await gql(server.url, `query($q: String!) { search(query: $q, first: 10) { score node { __typename ... on Claim { cue } ... on Person { name } } } }`, { q: `Varga${tag}` });
    const hits = r.body.data?.search;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h: { node: { __typename: string } }) => h.node.__typename === 'Person')).toBe(true);
    const scores = hits.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const odd = await gql(server.url, `{ search(query: "\\"unbalanced (AND OR* ~", first: 3) { score } }`);
    expect(odd.body.errors).toBeUndefined();
  });

  it('pages claims with keyset cursors and counts only on request', async () => {
    const q = `query($t: String!, $after: String) { claims(filter: {source: $t}, first: 2, after: $after, orderBy: {field: SAID_ON, direction: DESC}) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id saidOn } } } }`;
    const p1 = await gql(server.url, q, { t: `Daily Example${tag}` });
    const c1 = p1.body.data?.claims;
    expect(c1.totalCount).toBe(4);
    expect(c1.pageInfo.hasNextPage).toBe(true);
    const p2 = await gql(server.url, q, { t: `Daily Example${tag}`, after: c1.pageInfo.endCursor });
    const c2 = p2.body.data?.claims;
    expect(c2.pageInfo.hasNextPage).toBe(false);
    const ids = [...c1.edges, ...c2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    const saidOn = [...c1.edges, ...c2.edges].map((e: { node: { saidOn: string | null } }) => e.node.saidOn ?? '');
    expect(saidOn).toEqual([...saidOn].sort().reverse());
    const bad = await gql(server.url, q, { t: 'x', after: 'not-a-cursor' });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('entities are listed by name prefix or alias and type', async () => {
    const r = await gql(server.url, `query($s: String!) { entities(search: $s, first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name type } } } }`, { s: `Portmere` });
    expect(r.body.data?.entities.totalCount).toBeGreaterThanOrEqual(2);
    const next = await gql(server.url, `query($s: String!, $a: String) { entities(search: $s, first: 1, after: $a) { edges { node { name } } } }`, { s: 'Portmere', a: r.body.data?.entities.pageInfo.endCursor });
    expect(next.body.data?.entities.edges[0].node.name).not.toBe(r.body.data?.entities.edges[0].node.name);
    const typed = await gql(server.url, `query($s: String!) { entities(search: $s, type: LOCATION) { edges { node { name } } } }`, { s: `Portmere${tag}` });
    expect(typed.body.data?.entities.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([city.name]);
  });

  it('sources list their articles; claims carry precision, confidence and provenance', async () => {
    const r = await gql(server.url, `query($id: ID!) { health { graph version } article(id: $id) { language dateline
      source { articles(first: 5) { url } }
      claims { saidOnPrecision confidence extractor datesMentioned } } }`, { id: articleIds[0] });
    expect(r.body.data?.health.graph).toBe(true);
    const a = r.body.data?.article;
    expect(a.language).toBe('en');
    expect(a.source.articles).toEqual([{ url: story.articles[0]?.url }]);
    expect(a.claims[0]).toEqual({ saidOnPrecision: 'DAY', confidence: 1, extractor: 'curated', datesMentioned: [] });
    // The residents' undated remark, last in the text.
    expect(a.claims[a.claims.length - 1]).toEqual({ saidOnPrecision: null, confidence: 1, extractor: 'curated', datesMentioned: [] });
  });
});
