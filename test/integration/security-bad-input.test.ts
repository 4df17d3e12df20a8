import { jest } from '@jest/globals';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import type { Graph } from '../../src/graph/graph.js';
import type { Running } from '../../src/main.js';
import { loadTypeDefs } from '../../src/server/app.js';
import { gql, startServer, testGraph, uniqueTag, type GqlResponse, noWrites } from './harness.js';

/**
 * Issue 5, bad input: every hostile request gets a clear 4xx or a typed error, the server stays
 * up (a health query follows), and the graph's node and relationship counts do not move.
 */

const TYPED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE']);

const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '`) DETACH DELETE n WITH 1 AS x MATCH (m) DETACH DELETE m //',
  `x'}) RETURN 1 UNION MATCH (n) RETURN n //`,
  `\\'; CALL dbms.components() YIELD name RETURN name //`,
  `$id} CREATE (:Pwned) //`,
  `<script>alert(1)</script>`,
  `<img src=x onerror="alert(document.cookie)">`,
  `a OR (b AND "c` + '\\',
  `title:* AND NOT ~"x"^2 [a TO z] {{7*7}} ../../etc/passwd %00`,
];

/** A clear outcome: a 4xx, or a 200 whose errors all carry an expected code; JSON, never HTML. */
function expectClear(r: GqlResponse, label: string): void {
  const codes = (r.body.errors ?? []).map((e) => e.extensions?.code);
  const ok = r.status < 500 && codes.every((c) => typeof c === 'string' && TYPED.has(c)) && (r.status < 400 || codes.length > 0);
  if (!ok) throw new Error(`${label}: status ${r.status}, codes ${JSON.stringify(codes)}: ${JSON.stringify(r.body).slice(0, 400)}`);
  expect(r.headers.get('content-type') ?? '').toMatch(/application\/(graphql-response\+)?json/);
}

async function raw(url: string, body: string | Buffer, contentType = 'application/json') {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : Uint8Array.from(body) });
  const text = await res.text();
  let json: { errors?: { message: string; extensions?: { code?: string } }[] } | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, headers: res.headers };
}


jest.setTimeout(30_000);

describe('bad input', () => {
  let server: Running;
  let graph: Graph;

  beforeAll(async () => {
    server = await startServer({ SEED_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '100000' });
    graph = testGraph();
  });
  afterEach(async () => {
    // The server stays up: a health query right after every group of hostile requests.
    const h = await gql(server.url, '{ health { version graph } }');
    expect(h.status).toBe(200);
    expect(h.body.data).toMatchObject({ health: { graph: true } });
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  const INGEST = 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }';

  test('malformed JSON and non-object bodies: 400', async () => {
    for (const body of ['{"query": "{ health { version } }"', '{query: 1}', '', '[]', '"{ health { version } }"', 'null', '42', '{}', '{"query": 42}', '{"query": "{ health { version } }", "variables": "x"}']) {
      await noWrites(graph, body, async () => {
        const r = await raw(server.url, body);
        expect([body, r.status]).toEqual([body, 400]);
      });
    }
    const r = await raw(server.url, '{"query": ');
    expect(r.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(r.json?.errors?.[0]?.message).toMatch(/Malformed JSON/);
  });

  test('wrong variable types: 400 BAD_USER_INPUT', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query($n: Int) { claims(first: $n) { totalCount } }', { n: 'ten' }],
      ['query($n: Int) { claims(first: $n) { totalCount } }', { n: 1.5 }],
      ['query($n: Int) { claims(first: $n) { totalCount } }', { n: 2 ** 40 }],
      ['query($t: EntityType) { entities(type: $t) { totalCount } }', { t: 'ROBOT' }],
      ['query($id: ID!) { article(id: $id) { id } }', { id: { $ne: null } }],
      ['query($id: ID!) { article(id: $id) { id } }', { id: null }],
      [INGEST, { i: { text: 12345 } }],
      [INGEST, { i: { text: ['a'] } }],
      [INGEST, { i: 'text' }],
      [INGEST, { i: { text: 'ok text here', extra: 1 } }],
    ];
    for (const [q, v] of cases) {
      await noWrites(graph, q, async () => {
        const r = await gql(server.url, q, v);
        expect(r.status).toBe(400);
        expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      });
    }
  });

  test('article text: empty, blank, huge, binary and broken Unicode are BAD_USER_INPUT', async () => {
    const texts = ['', '   \n\t ', 'x'.repeat(600 * 1024), '\u0000\u0001\u0002binary\u0007', 'ok then \u0000 hidden', 'broken \ud800 surrogate', '\udc00 lone low', 'noncharacter \uffff'];
    for (const text of texts) {
      await noWrites(graph, text.slice(0, 20), async () => {
        const r = await gql(server.url, INGEST, { i: { text } });
        expect(r.status).toBeLessThan(500);
        expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.body.errors?.[0]?.message).toMatch(/^input\.text: /);
      });
    }
  });

  test('invalid UTF-8 bytes in the HTTP body: 400 naming the encoding', async () => {
    const head = Buffer.from(JSON.stringify({ query: INGEST, variables: { i: { text: 'Caf' } } }).replace('"Caf"', '"Caf__BYTES__"'));
    const at = head.indexOf('__BYTES__');
    for (const bytes of [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf]]) {
      const body = Buffer.concat([head.subarray(0, at), Buffer.from(bytes), head.subarray(at + '__BYTES__'.length)]);
      await noWrites(graph, `bytes ${bytes.join(',')}`, async () => {
        const r = await raw(server.url, body);
        expect(r.status).toBe(400);
        expect(r.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
        expect(r.json?.errors?.[0]?.message).toMatch(/UTF-8/);
      });
    }
  });

  test('absurd and impossible dates: BAD_USER_INPUT', async () => {
    const dates = ['0000-01-01', '0001-01-01T00:00:00Z', '9999-12-31', '+275760-09-13T00:00:00Z', '2024-02-30', '2023-02-29', '2024-13-01', 'yesterday', '1e9', '2024-01-01T25:00:00Z', '2024-01-01T12:60:00Z', '2024-01-01T12:00:61Z', '2024-01-01T12:00:00+99:00', ''];
    for (const d of dates) await noWrites(graph, d, async () => {
      const ingest = await gql(server.url, INGEST, { i: { text: `An article ${uniqueTag()}.`, publishedAt: d } });
      expect([d, ingest.status, ingest.body.errors?.[0]?.extensions?.code]).toEqual([d, 400, 'BAD_USER_INPUT']);
      const filter = await gql(server.url, 'query($d: Date) { claims(filter: { saidFrom: $d }) { totalCount } }', { d });
      expect([d, filter.body.errors?.[0]?.extensions?.code]).toEqual([d, 'BAD_USER_INPUT']);
      const literal = await gql(server.url, `{ timeline(entity: "x", from: ${JSON.stringify(d)}) { kind } }`);
      expectClear(literal, `literal date ${d}`);
      expect(literal.body.errors?.length).toBeGreaterThan(0);
    });
  });

  test('invalid URLs: BAD_USER_INPUT', async () => {
    const urls = ['not a url', 'javascript:alert(1)', 'ftp://files.example/a', 'file:///etc/passwd', 'http://', '//no-scheme.example', `https://x.example/${'a'.repeat(3000)}`, 'data:text/html,<script>alert(1)</script>'];
    for (const url of urls) await noWrites(graph, url.slice(0, 40), async () => {
      const r = await gql(server.url, INGEST, { i: { text: `Text ${uniqueTag()}.`, url } });
      expect([url.slice(0, 40), r.body.errors?.[0]?.extensions?.code]).toEqual([url.slice(0, 40), 'BAD_USER_INPUT']);
      expect(r.body.errors?.[0]?.message).toMatch(/^input\.url: /);
    });
  });

  test('unknown ids: null, empty, or NOT_FOUND', () => noWrites(graph, 'unknown ids', async () => {
    const nope = `nope-${uniqueTag()}`;
    const nulls = ['article', 'claim', 'event', 'person', 'organisation', 'location'];
    for (const f of nulls) {
      const r = await gql(server.url, `query($id: ID!) { ${f}(id: $id) { id } }`, { id: nope });
      expect([f, r.status, r.body.data?.[f], r.body.errors]).toEqual([f, 200, null, undefined]);
    }
    for (const f of ['person', 'organisation', 'location']) {
      const r = await gql(server.url, `query($n: String) { ${f}(name: $n) { id } }`, { n: nope });
      expect(r.body.data?.[f]).toBeNull();
    }
    const lists = await gql(server.url, `query($id: ID!) { whoSaidWhat(event: $id) { firstSaidOn } timeline(entity: $id) { kind } connection(from: $id, to: $id) { length } }`, { id: nope });
    expectClear(lists, 'lists of unknown ids');
    const mutations = [
      ['mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: nope }],
      ['mutation($id: ID!) { deleteClaim(id: $id) { deleted } }', { id: nope }],
      ['mutation($id: ID!) { updateClaim(id: $id, input: { content: "x" }) { id } }', { id: nope }],
      ['mutation($id: ID!) { assignClaimToEvent(claim: $id, event: $id) { id } }', { id: nope }],
      ['mutation($id: ID!) { mergeEntities(keep: $id, remove: $id) { id } }', { id: nope }],
    ] as const;
    for (const [q, v] of mutations) {
      const r = await gql(server.url, q, v);
      expectClear(r, q);
      expect(r.body.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
    }
  }));

  test('Cypher and HTML injection in every string argument of every query and mutation: typed errors at most', async () => {
    const schema = buildSchema(loadTypeDefs());
    const skip = new Set(['ingestArticle', 'ingestAnnotatedArticle']); // they store text; see the next test
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => !!t);
    let calls = 0;
    for (const root of roots) {
      const kind = root === schema.getMutationType() ? 'mutation' : 'query';
      for (const field of Object.values(root.getFields())) {
        if (skip.has(field.name)) continue;
        for (const path of stringPositions(field)) {
          const label = `${field.name} ${path.join('.')}`;
          await noWrites(graph, label, async () => {
            for (const inj of INJECTIONS) {
              const { query, variables } = operation(kind, field, path, inj);
              expectClear(await gql(server.url, query, variables), `${label} ${inj}`);
              calls += 1;
            }
          });
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(300);
  }, 120_000);

  test('injection strings in ingested articles are stored literally and create nothing else', async () => {
    for (const inj of INJECTIONS) await noWrites(graph, inj, async () => {
      const tag = uniqueTag();
      const person = `${inj} ${tag}`.slice(0, 300);
      const sentence = `${person} said it.`;
      const input = {
        text: `${sentence} ${inj}`,
        title: `${inj} ${tag}`,
        source: `${inj} ${tag}`,
        entities: [{ name: person, type: 'PERSON', aliases: [inj], mentions: [{ start: 0, end: person.length }] }],
        claims: [{ speaker: { name: person, type: 'PERSON' }, cue: 'said', content: inj, quote: inj, sentence, span: { start: 0, end: sentence.length }, events: [`${inj} ${tag}`] }],
        events: [{ name: `${inj} ${tag}`, kind: inj, keyTerms: [inj] }],
      };
      const t0 = new Date().toISOString();
      const r = await gql(
        server.url,
        'mutation($i: AnnotatedArticleInput!) { ingestAnnotatedArticle(input: $i) { article { id text title source { name } } claims { id content quote } entities { id name } events { id name } } }',
        { i: input },
      );
      expect(r.body.errors).toBeUndefined();
      const p = r.body.data?.ingestAnnotatedArticle;
      expect(p.article).toMatchObject({ text: input.text, title: input.title, source: { name: input.source } });
      expect(p.claims[0]).toMatchObject({ content: inj.trim(), quote: inj });
      expect(p.entities.map((e: { name: string }) => e.name)).toEqual([person.trim()]);
      // Remove exactly what the payload says was created: the counts must come back to the baseline.
      const ids = [p.article.id, ...p.claims.map((c: { id: string }) => c.id), ...p.entities.map((e: { id: string }) => e.id), ...p.events.map((e: { id: string }) => e.id)];
      await graph.writeRows('MATCH (n) WHERE n.id IN $ids AND (n:Article OR n.createdAt >= $t0) DETACH DELETE n', { ids, t0 });
      await graph.writeRows('MATCH (s:Source {name: $name}) WHERE NOT (s)<-[:PUBLISHED_BY]-() DELETE s', { name: input.source.trim() });
      await graph.writeRows('MATCH (a:Alias) WHERE a.key CONTAINS $tag AND NOT (a)-[:NAMES]->() DELETE a', { tag });
    });
  }, 60_000);

  test('deeply nested and alias-bomb queries: 400 QUERY_TOO_COMPLEX', async () => {
    let deep = 'id';
    for (let i = 0; i < 50; i++) deep = `articles { claims { ${deep} } }`;
    const bombs = [
      `{ claims(first: 1) { edges { node { ${deep} } } } }`,
      `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: search(query: "x", first: 100) { score }`).join(' ')} }`,
      `{ events(first: 100) { edges { node { claims(first: 100) { articles { claims { articles { id } } } } } } } }`,
      `query { ...F } fragment F on Query { ${Array.from({ length: 30 }, (_, i) => `x${i}: health { version }`).join(' ')} }`,
    ];
    for (const q of bombs) await noWrites(graph, q.slice(0, 40), async () => {
      const r = await gql(server.url, q);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toMatch(/QUERY_TOO_COMPLEX|GRAPHQL_PARSE_FAILED/);
    });
  });
});

type Path = (string | number)[];

/** Every position of a String, ID, Date or DateTime value in a field's arguments. */
function stringPositions(field: GraphQLField<unknown, unknown>): Path[] {
  const out: Path[] = [];
  const walk = (type: GraphQLInputType, path: Path, depth: number) => {
    const t = getNullableType(type);
    if (isListType(t)) walk(t.ofType, [...path, 0], depth);
    else if (isInputObjectType(t) && depth < 4) for (const f of Object.values(t.getFields())) walk(f.type, [...path, f.name], depth + 1);
    else if (isScalarType(t) && ['String', 'ID', 'Date', 'DateTime'].includes(t.name)) out.push(path);
  };
  for (const a of field.args) walk(a.type, [a.name], 0);
  return out;
}

/** A valid value for `type`, with `inj` at `target` (relative path) and optional parts left out. */
function valueFor(type: GraphQLInputType, target: Path | null, inj: string): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [valueFor(t.ofType, target ? target.slice(1) : null, inj)];
  if (isInputObjectType(t)) {
    const o: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      const onPath = target !== null && target[0] === f.name;
      if (onPath || isNonNullType(f.type)) o[f.name] = valueFor(f.type, onPath ? target.slice(1) : null, inj);
    }
    return o;
  }
  if (target && target.length === 0) return inj;
  if (isEnumType(t)) return t.getValues()[0]?.value;
  if (isScalarType(t)) {
    const defaults: Record<string, unknown> = { String: 'x', ID: 'x', Int: 1, Float: 0.5, Boolean: false, Date: '2024-01-01', DateTime: '2024-01-01T00:00:00Z' };
    return defaults[t.name];
  }
  return null;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, path: Path, inj: string) {
  const args = field.args.filter((a) => a.name === path[0] || isNonNullType(a.type));
  const variables = Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, a.name === path[0] ? path.slice(1) : null, inj)]));
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNullableType(field.type)) ? '' : '{ __typename }';
  return { query: `${kind}${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`, variables };
}
