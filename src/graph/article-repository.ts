import { decodeCursor, encodeCursor, toPage, type Page } from './cursor.js';
import { oncePerFilter, resolveRefs } from './entity-refs.js';
import type { Graph, QueryStats } from './graph.js';
import { ARTICLE, CLAIM_AS_REPORTED, ENTITY, EVENT } from './projections.js';
import { nodeReturn, type TypeSelections } from './selection-projection.js';
import { articleRecord, claimRecord, entityRecord, eventRecord, type ArticleRecord, type IngestResultRecord } from './records.js';

export interface ArticleFilter {
  source?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
  mentions?: string | null;
}

const LIST = `
MATCH (a:Article)
WHERE ($source IS NULL OR EXISTS { (a)-[:PUBLISHED_BY]->(s) WHERE s.name = $source OR s.domain = $source })
  AND ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
  AND ($publishedTo IS NULL OR a.publishedAt <= $publishedTo)
  AND ($mentionIds IS NULL OR EXISTS { (a)-[:MENTIONS]->(e) WHERE e.id IN $mentionIds })
WITH a, coalesce(a.publishedAt, '') AS k`;

export class ArticleRepository {
  constructor(
    private readonly graph: Graph,
    private readonly stats?: QueryStats,
  ) {}

  /** The article with what `sel` selects below it (see selection-projection.ts), in one statement. */
  async byId(id: string, sel?: TypeSelections | null): Promise<ArticleRecord | null> {
    const ret = nodeReturn(sel, 'a', ARTICLE('a'));
    const rows = await this.graph.readRows(`MATCH (a:Article {id: $id}) RETURN ${ret.cypher} AS a`, { ...ret.params, id }, this.stats);
    return rows[0] ? ret.record(rows[0].a, articleRecord) : null;
  }

  private readonly params = oncePerFilter(async (f: ArticleFilter) => {
    const refs = await resolveRefs(this.graph, { mentions: f.mentions }, {}, this.stats);
    return {
      source: f.source ?? null,
      publishedFrom: f.publishedFrom ?? null,
      publishedTo: f.publishedTo ?? null,
      mentionIds: refs.mentions ?? null,
    };
  });

  /** A page of articles, each with what `sel` selects below it (see selection-projection.ts). */
  async list(f: ArticleFilter, first: number, after: string | null, sel?: TypeSelections | null): Promise<Page<{ cursor: string; node: ArticleRecord }>> {
    const cursor = decodeCursor(after);
    const ret = nodeReturn(sel, 'a', ARTICLE('a'));
    const rows = await this.graph.readRows<{ a: unknown; k: string }>(
      `${LIST}
WHERE $afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND a.id < $afterId)
WITH a, k ORDER BY k DESC, a.id DESC LIMIT $limit
RETURN ${ret.cypher} AS a, k`,
      { ...ret.params, ...(await this.params(f)), afterKey: cursor?.[0] ?? null, afterId: cursor?.[1] ?? null, limit: first + 1 },
      this.stats,
    );
    const page = toPage(rows, first);
    return {
      hasNextPage: page.hasNextPage,
      rows: page.rows.map((r) => {
        const node = ret.record(r.a, articleRecord);
        return { cursor: encodeCursor(r.k, node.id), node };
      }),
    };
  }

  async count(f: ArticleFilter): Promise<number> {
    const rows = await this.graph.readRows<{ n: number }>(`${LIST}\nRETURN count(a) AS n`, await this.params(f), this.stats);
    return rows[0]?.n ?? 0;
  }

  /** The article with what was written for it: the payload of the ingest mutations. */
  async ingestResult(id: string, created: boolean, warnings: string[]): Promise<IngestResultRecord> {
    const rows = await this.graph.readRows(
      `MATCH (a:Article {id: $id})
RETURN ${ARTICLE('a')} AS a,
  [(c:Claim)-[r:REPORTED_IN]->(a) | ${CLAIM_AS_REPORTED('c', 'r')}] AS claims,
  [(a)-[:MENTIONS]->(e:Entity) | ${ENTITY('e')}] AS entities,
  [(a)-[:COVERS]->(ev:Event) | ${EVENT('ev')}] AS events`,
      { id },
      this.stats,
    );
    const row = rows[0];
    if (!row) throw new Error(`article ${id} vanished after its write`);
    return {
      article: articleRecord.parse(row.a),
      created,
      claims: (row.claims as unknown[]).map((c) => claimRecord.parse(c)).sort((x, y) => x.spanStart - y.spanStart),
      entities: (row.entities as unknown[]).map((e) => entityRecord.parse(e)),
      events: (row.events as unknown[]).map((e) => eventRecord.parse(e)),
      warnings,
    };
  }

  /** Deletes the article and the claims reported only in it; entities and events stay. */
  async delete(id: string): Promise<{ deleted: boolean; deletedClaims: number }> {
    return this.graph.write(async (tx) => {
      const res = await tx.run<{ found: number; claims: number }>(
        `OPTIONAL MATCH (a:Article {id: $id})
OPTIONAL MATCH (c:Claim)-[:REPORTED_IN]->(a)
WHERE NOT EXISTS { (c)-[:REPORTED_IN]->(other:Article) WHERE other <> a }
WITH a, collect(c) AS orphans
FOREACH (c IN orphans | DETACH DELETE c)
WITH a, size(orphans) AS claims, CASE WHEN a IS NULL THEN 0 ELSE 1 END AS found
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | DETACH DELETE x)
RETURN found, claims`,
        { id },
      );
      const r = res.records[0];
      return { deleted: (r?.get('found') ?? 0) > 0, deletedClaims: r?.get('claims') ?? 0 };
    }, this.stats);
  }
}
