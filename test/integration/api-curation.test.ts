import type { Running } from '../../src/main.js';
import type { Graph } from '../../src/graph/graph.js';
import { harbourStory } from '../fixtures/harbour-story.js';
import { gql, graphCounts, startServer, testGraph, uniqueTag } from './harness.js';

const INGEST = `mutation($input: AnnotatedArticleInput!) { ingestAnnotatedArticle(input: $input) { article { id } claims { id cue quote } } }`;

describe('curation mutations', () => {
  let server: Running;
  let graph: Graph;
  const tag = uniqueTag();
  const story = harbourStory(tag);
  const { mayor, brigade } = story.names;
  const ids: { article: string; claims: { id: string; cue: string; quote: string | null }[] }[] = [];

  beforeAll(async () => {
    server = await startServer();
    graph = testGraph();
    for (const input of story.articles) {
      const r = await gql(server.url, INGEST, { input });
      ids.push({ article: r.body.data?.ingestAnnotatedArticle.article.id, claims: r.body.data?.ingestAnnotatedArticle.claims });
    }
  });

  afterAll(async () => {
    await graph.close();
    await server.stop();
  });

  it('updateClaim edits fields and the speaker, and marks the claim curated', async () => {
    const accused = ids[0]?.claims.find((c) => c.cue === 'accused');
    const brigadeId = (await gql(server.url, `query($n: String!) { organisation(name: $n) { id } }`, { n: brigade.name })).body.data?.organisation.id;
    const r = await gql(server.url, `mutation($id: ID!, $s: ID) { updateClaim(id: $id, input: {cue: "charged", saidOn: "2024-05-08", speaker: $s}) {
      cue saidOn extractor speaker { name } content } }`, { id: accused?.id, s: brigadeId });
    expect(r.body.data?.updateClaim).toEqual({ cue: 'charged', saidOn: '2024-05-08', extractor: 'curated', speaker: { name: brigade.name }, content: 'The port operator ignored safety warnings.' });
    const cleared = await gql(server.url, `mutation($id: ID!) { updateClaim(id: $id, input: {speaker: null}) { speaker { name } cue } }`, { id: accused?.id });
    expect(cleared.body.data?.updateClaim).toEqual({ speaker: null, cue: 'charged' });
  });

  it('assignClaimToEvent links a claim to another event', async () => {
    const claim = ids[0]?.claims.find((c) => c.cue === 'estimated');
    const ev = await gql(server.url, `query($t: String!) { events(filter: {text: $t}) { edges { node { id name } } } }`, { t: story.names.rates });
    const eventId = ev.body.data?.events.edges[0].node.id;
    const r = await gql(server.url, `mutation($c: ID!, $e: ID!) { assignClaimToEvent(claim: $c, event: $e) { events { name } } }`, { c: claim?.id, e: eventId });
    expect(r.body.data?.assignClaimToEvent.events.map((e: { name: string }) => e.name)).toContain(story.names.rates);
    const missing = await gql(server.url, `mutation($c: ID!) { assignClaimToEvent(claim: $c, event: "evt_missing") { id } }`, { c: claim?.id });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('mergeEntities moves claims and aliases onto the kept entity', async () => {
    const dup = `Ilse Vargha${tag}`; // a misspelling the resolver cannot know
    const sentence = `${dup} thanked the firefighters on Wednesday.`;
    const extra = {
      text: sentence,
      url: `https://third.example/${tag}`,
      entities: [{ name: dup, type: 'PERSON', mentions: [{ start: 0, end: dup.length }] }],
      claims: [{ speaker: { name: dup, type: 'PERSON' }, cue: 'thanked', content: 'Thanks to the firefighters.', sentence, span: { start: 0, end: sentence.length } }],
      events: [],
    };
    const created = await gql(server.url, INGEST, { input: extra });
    expect(created.body.errors).toBeUndefined();
    const q = `query($a: String!, $b: String!) { a: person(name: $a) { id } b: person(name: $b) { id } }`;
    const found = (await gql(server.url, q, { a: mayor.name, b: dup })).body.data;
    const r = await gql(server.url, `mutation($k: ID!, $r: ID!) { mergeEntities(keep: $k, remove: $r) { name aliases ... on Person { claimsMade { cue } } } }`, { k: found?.a.id, r: found?.b.id });
    const kept = r.body.data?.mergeEntities;
    expect(kept.name).toBe(mayor.name);
    expect(kept.aliases).toContain(dup);
    expect(kept.claimsMade.map((c: { cue: string }) => c.cue)).toContain('thanked');
    expect((await gql(server.url, `query($b: ID!) { person(id: $b) { id } }`, { b: found?.b.id })).body.data?.person).toBeNull();
    // The merged alias now resolves to the kept person.
    expect((await gql(server.url, `query($n: String!) { person(name: $n) { id } }`, { n: dup })).body.data?.person.id).toBe(found?.a.id);
  });

  it('deleteArticle removes the claims reported only there and nothing else', async () => {
    const evening = ids[1];
    const shared = evening?.claims.find((c) => c.quote);
    const before = await graphCounts(graph);
    const r = await gql(server.url, `mutation($id: ID!) { deleteArticle(id: $id) { id deleted deletedClaims } }`, { id: evening?.article });
    expect(r.body.data?.deleteArticle).toEqual({ id: evening?.article, deleted: true, deletedClaims: 2 });
    const sharedAfter = await gql(server.url, `query($id: ID!) { claim(id: $id) { articles { id } } }`, { id: shared?.id });
    expect(sharedAfter.body.data?.claim.articles).toEqual([{ id: ids[0]?.article }]);
    const after = await graphCounts(graph);
    expect(after.nodes).toBe(before.nodes - 3);
    // Entities and events stay.
    expect((await gql(server.url, `query($n: String!) { organisation(name: $n) { name } }`, { n: story.names.bank.name })).body.data?.organisation).not.toBeNull();
    const again = await gql(server.url, `mutation($id: ID!) { deleteArticle(id: $id) { deleted } }`, { id: evening?.article });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('deleteClaim removes one claim', async () => {
    const c = ids[0]?.claims[0];
    const r = await gql(server.url, `mutation($id: ID!) { deleteClaim(id: $id) { id deleted } }`, { id: c?.id });
    expect(r.body.data?.deleteClaim).toEqual({ id: c?.id, deleted: true });
    expect((await gql(server.url, `query($id: ID!) { claim(id: $id) { id } }`, { id: c?.id })).body.data?.claim).toBeNull();
  });

  it('invalid arguments get BAD_USER_INPUT with the path, and nothing is written', async () => {
    const before = await graphCounts(graph);
    const bad = { ...story.articles[0], url: `https://x.example/${tag}/bad`, claims: [{ ...story.articles[0]?.claims[0], span: { start: 0, end: 5 } }] };
    const r = await gql(server.url, INGEST, { input: bad });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'claims', 0, 'sentence'] });
    const tooMany = await gql(server.url, `{ claims(first: 500) { edges { cursor } } }`);
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['first'] });
    const badDate = await gql(server.url, `query($d: Date) { claims(filter: {saidFrom: $d}) { edges { cursor } } }`, { d: '2024-02-30' });
    expect(badDate.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badUrl = await gql(server.url, `mutation { ingestArticle(input: {text: "Someone said something.", url: "javascript:alert(1)"}) { created } }`);
    expect(badUrl.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'url'] });
    expect(await graphCounts(graph)).toEqual(before);
  });
});
