import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Running } from '../../src/main.js';
import type { Graph } from '../../src/graph/graph.js';
import { packageRoot } from '../../src/package-root.js';
import { gql, graphCounts, startServer, testGraph, uniqueTag } from './harness.js';

const run = promisify(execFile);

/** Two short reports of one statement, written for this test: plain text and HTML. */
function reports(tag: string) {
  const quote = `We will not negotiate under fire in ${tag}`;
  const text = [
    `MOSCOW, March 5 (Testwire) – Russian President Vladimir Putin said on Tuesday that talks with Kiev were off the table.`,
    `"${quote}," Putin told reporters in Moscow.`,
    `The Kremlin said the offensive near ${tag} would continue.`,
  ].join('\n\n');
  const html = `<!doctype html><html><head><title>Putin rejects talks ${tag}</title>
<meta property="article:published_time" content="2024-03-06T08:00:00Z"><meta property="og:site_name" content="Evening Wire">
<link rel="canonical" href="https://evening.example/${tag}"></head>
<body><nav>Home | World</nav><article><h1>Putin rejects talks ${tag}</h1>
<p>Vladimir Putin ruled out talks with Ukraine on Tuesday, according to a Kremlin transcript.</p>
<p>&ldquo;${quote},&rdquo; Putin said.</p></article><footer>Subscribe</footer></body></html>`;
  return { quote, text, html };
}

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  created warnings article { id title url publishedAt source { name } text }
  claims { id cue quote saidOn speaker { name type } sentence span { start end } }
  entities { name } events { name } } }`;

describe('ingesting raw articles through the extraction pipeline', () => {
  let server: Running;
  let graph: Graph;
  const tag = uniqueTag();
  const r = reports(tag);

  beforeAll(async () => {
    server = await startServer();
    graph = testGraph();
  });

  afterAll(async () => {
    await graph.close();
    await server.stop();
  });

  it('turns raw text into attributed, dated claims tied to their sentences', async () => {
    const res = await gql(server.url, INGEST, { input: { text: r.text, url: `https://testwire.example/${tag}`, source: 'Testwire', publishedAt: '2024-03-05T12:00:00Z' } });
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data?.ingestArticle;
    expect(p.created).toBe(true);
    const byPutin = p.claims.filter((c: { speaker: { name: string } | null }) => c.speaker?.name === 'Vladimir Putin');
    expect(byPutin.length).toBeGreaterThanOrEqual(2);
    expect(byPutin.find((c: { quote: string | null }) => c.quote?.includes(tag))?.quote).toBe(r.quote);
    expect(byPutin.some((c: { saidOn: string | null }) => c.saidOn === '2024-03-05')).toBe(true);
    for (const c of p.claims) expect(p.article.text.slice(c.span.start, c.span.end)).toBe(c.sentence);
    expect(p.entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Moscow']));
  });

  it('ingesting the same text again is a no-op', async () => {
    const before = await graphCounts(graph);
    const again = await gql(server.url, INGEST, { input: { text: r.text, url: `https://testwire.example/${tag}`, source: 'Testwire', publishedAt: '2024-03-05T12:00:00Z' } });
    expect(again.body.data?.ingestArticle.created).toBe(false);
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('reads HTML pages and links the same speaker and statement across articles', async () => {
    const res = await gql(server.url, INGEST, { input: { text: r.html } });
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data?.ingestArticle.article;
    expect(a.title).toBe(`Putin rejects talks ${tag}`);
    expect(a.source).toEqual({ name: 'Evening Wire' });
    expect(a.url).toBe(`https://evening.example/${tag}`);
    expect(a.publishedAt).toBe('2024-03-06T08:00:00Z');
    expect(a.text).not.toContain('<p>');
    const people = await gql(server.url, `{ entities(search: "Vladimir Putin", type: PERSON) { totalCount } }`);
    expect(people.body.data?.entities.totalCount).toBe(1);
    const claims = await gql(server.url, `query($t: String!) { claims(filter: {speaker: "Putin", text: $t}) { edges { node { quote sentence articles { url } } } } }`, { t: tag });
    // the speaker and the text filter both hold, however many other Putin claims the graph has
    const sentences = claims.body.data?.claims.edges.map((e: { node: { sentence: string } }) => e.node.sentence) as string[];
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s).toContain(tag);
    const quoted = claims.body.data?.claims.edges.map((e: { node: unknown }) => e.node).find((n: { quote: string | null }) => n.quote === r.quote);
    expect(quoted.articles.map((x: { url: string }) => x.url).sort()).toEqual([`https://evening.example/${tag}`, `https://testwire.example/${tag}`]);
  });

  it('claimgraph ingest reports each bad file and carries on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-ingest-'));
    writeFileSync(join(dir, 'a.txt'), `Officials said on Monday that the bridge in ${tag}ville had reopened.`);
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ url: `https://json.example/${tag}`, source: 'JSON Daily', publishedAt: '2024-03-07', text: `The mayor of ${tag}ville, Anna Kovacs, said the repairs cost 2 million euros.` }));
    writeFileSync(join(dir, 'broken.json'), '{"text": ');
    writeFileSync(join(dir, 'empty.json'), JSON.stringify({ url: 'https://x.example' }));
    const cli = join(packageRoot(), 'bin', 'claimgraph.js');
    const out = await run(process.execPath, [cli, 'ingest', dir, join(dir, 'missing.txt')]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in out ? out.code : 0).toBe(1);
    expect(out.stdout).toMatch(/ingested 4 file\(s\) in [\d.]+ s: 2 new, 0 already in the graph, 3 failed/);
    expect(out.stderr).toMatch(/broken\.json/);
    expect(out.stderr).toMatch(/empty\.json/);
    expect(out.stderr).toMatch(/missing\.txt: no such file/);
    const again = await run(process.execPath, [cli, 'ingest', join(dir, 'a.txt'), join(dir, 'b.json')]);
    expect(again.stdout).toMatch(/0 new, 2 already in the graph, 0 failed/);
  }, 60_000);

  it('claimgraph extract prints JSON without a database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-extract-'));
    const file = join(dir, 'one.txt');
    writeFileSync(file, r.text);
    const out = await run(process.execPath, [join(packageRoot(), 'bin', 'claimgraph.js'), 'extract', file], { env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } });
    const doc = JSON.parse(out.stdout);
    expect(Object.keys(doc).sort()).toEqual(['article', 'claims', 'entities', 'events']);
    expect(doc.claims.some((c: { speaker: { name: string } | null }) => c.speaker?.name === 'Vladimir Putin')).toBe(true);
    const two = await run(process.execPath, [join(packageRoot(), 'bin', 'claimgraph.js'), 'extract', file, file]);
    expect(JSON.parse(two.stdout)).toHaveLength(2);
  }, 30_000);
});
