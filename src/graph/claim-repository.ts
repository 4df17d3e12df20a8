import { decodeCursor, encodeCursor, toPage, type Page } from './cursor.js';
import { oncePerFilter, resolveRefs } from './entity-refs.js';
import type { Graph, QueryStats } from './graph.js';
import { CLAIM } from './projections.js';
import { claimRecord, type ClaimRecord } from './records.js';
import { nodeReturn, type TypeSelections } from './selection-projection.js';

export interface ClaimFilter {
  speaker?: string | null;
  about?: string | null;
  mentions?: string | null;
  source?: string | null;
  saidFrom?: string | null;
  saidTo?: string | null;
  text?: string | null;
}
export interface ClaimOrder {
  field: 'SAID_ON' | 'CREATED_AT';
  direction: 'ASC' | 'DESC';
}

/** Anchors chosen from a fixed set so the planner starts from an index, never from user text. */
const ANCHOR = {
  speaker: 'MATCH (s:Entity) WHERE s.id IN $speakerIds MATCH (c:Claim)-[:SAID_BY]->(s)',
  about: 'MATCH (ev:Event) WHERE ev.id IN $eventIds MATCH (c:Claim)-[:ABOUT]->(ev)',
  text: 'CALL db.index.fulltext.queryNodes("claim_text", $text) YIELD node AS c',
  all: 'MATCH (c:Claim)',
};

const FILTERS = `
WHERE ($saidFrom IS NULL OR c.saidOn >= $saidFrom) AND ($saidTo IS NULL OR c.saidOn <= $saidTo)
  AND ($speakerIds IS NULL OR EXISTS { (c)-[:SAID_BY]->(s2) WHERE s2.id IN $speakerIds })
  AND ($eventIds IS NULL OR EXISTS { (c)-[:ABOUT]->(e2) WHERE e2.id IN $eventIds })
  AND ($mentionIds IS NULL OR EXISTS { (c)-[:MENTIONS]->(m2) WHERE m2.id IN $mentionIds })
  AND ($source IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(src) WHERE src.name = $source OR src.domain = $source })`;

function sortKey(order: ClaimOrder): string {
  const prop = order.field === 'SAID_ON' ? 'c.saidOn' : 'c.createdAt';
  // Undated claims sort last either way.
  return order.direction === 'DESC' ? `coalesce(${prop}, '')` : `coalesce(${prop}, '9999')`;
}

export class ClaimRepository {
  constructor(
    private readonly graph: Graph,
    private readonly stats?: QueryStats,
  ) {}

  /** The claim with what `sel` selects below it (see selection-projection.ts), in one statement. */
  async byId(id: string, sel?: TypeSelections | null): Promise<ClaimRecord | null> {
    const ret = nodeReturn(sel, 'c', CLAIM('c'));
    const rows = await this.graph.readRows(`MATCH (c:Claim {id: $id}) RETURN ${ret.cypher} AS c`, { ...ret.params, id }, this.stats);
    return rows[0] ? ret.record(rows[0].c, claimRecord) : null;
  }

  private readonly params = oncePerFilter(async (filter: ClaimFilter) => {
    const refs = await resolveRefs(this.graph, { speaker: filter.speaker, mentions: filter.mentions }, { about: filter.about }, this.stats);
    return {
      speakerIds: refs.speaker ?? null,
      eventIds: refs.about ?? null,
      mentionIds: refs.mentions ?? null,
      source: filter.source ?? null,
      saidFrom: filter.saidFrom ?? null,
      saidTo: filter.saidTo ?? null,
      text: filter.text ?? null,
    };
  });

  /** The text filter can only be applied through its index, so it anchors the query whenever it is set. */
  private anchor(filter: ClaimFilter): string {
    if (filter.text) return ANCHOR.text;
    if (filter.speaker) return ANCHOR.speaker;
    if (filter.about) return ANCHOR.about;
    return ANCHOR.all;
  }

  /** A page of claims, each with what `sel` selects below it (see selection-projection.ts). */
  async list(
    filter: ClaimFilter,
    order: ClaimOrder,
    first: number,
    after: string | null,
    sel?: TypeSelections | null,
  ): Promise<Page<{ cursor: string; node: ClaimRecord }>> {
    const params = await this.params(filter);
    const ret = nodeReturn(sel, 'c', CLAIM('c'));
    const cursor = decodeCursor(after);
    const cmp = order.direction === 'DESC' ? '<' : '>';
    const dir = order.direction;
    const cypher = `${this.anchor(filter)}
${FILTERS}
WITH DISTINCT c, ${sortKey(order)} AS k
WHERE $afterKey IS NULL OR k ${cmp} $afterKey OR (k = $afterKey AND c.id ${cmp} $afterId)
WITH c, k ORDER BY k ${dir}, c.id ${dir} LIMIT $limit
RETURN ${ret.cypher} AS c, k`;
    const rows = await this.graph.readRows<{ c: unknown; k: string }>(
      cypher,
      { ...ret.params, ...params, afterKey: cursor?.[0] ?? null, afterId: cursor?.[1] ?? null, limit: first + 1 },
      this.stats,
    );
    const page = toPage(rows, first);
    return {
      hasNextPage: page.hasNextPage,
      rows: page.rows.map((r) => {
        const node = ret.record(r.c, claimRecord);
        return { cursor: encodeCursor(r.k, node.id), node };
      }),
    };
  }

  async count(filter: ClaimFilter): Promise<number> {
    const params = await this.params(filter);
    const rows = await this.graph.readRows<{ n: number }>(
      `${this.anchor(filter)}\n${FILTERS}\nRETURN count(DISTINCT c) AS n`,
      params,
      this.stats,
    );
    return rows[0]?.n ?? 0;
  }

  async update(id: string, patch: Partial<Pick<ClaimRecord, 'content' | 'quote' | 'cue' | 'saidOn' | 'saidOnPrecision'>>, speaker?: string | null): Promise<ClaimRecord | null> {
    const rows = await this.graph.writeRows(
      `MATCH (c:Claim {id: $id})
SET c += $patch, c.extractor = 'curated'
WITH c
CALL { WITH c WITH c WHERE $setSpeaker
  OPTIONAL MATCH (c)-[old:SAID_BY]->() DELETE old
  WITH DISTINCT c
  OPTIONAL MATCH (s:Entity {id: $speaker})
  FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | MERGE (c)-[:SAID_BY]->(x)) }
RETURN ${CLAIM('c')} AS c`,
      { id, patch, setSpeaker: speaker !== undefined, speaker: speaker ?? null },
      this.stats,
    );
    return rows[0] ? claimRecord.parse(rows[0].c) : null;
  }

  async delete(id: string): Promise<boolean> {
    const rows = await this.graph.writeRows<{ n: number }>(
      'MATCH (c:Claim {id: $id}) DETACH DELETE c RETURN count(*) AS n',
      { id },
      this.stats,
    );
    return (rows[0]?.n ?? 0) > 0;
  }

  async assignToEvent(claimId: string, eventId: string): Promise<ClaimRecord | null> {
    const rows = await this.graph.writeRows(
      `MATCH (c:Claim {id: $claimId}), (e:Event {id: $eventId})
MERGE (c)-[:ABOUT]->(e)
WITH c, e
MATCH (c)-[:REPORTED_IN]->(a:Article)
MERGE (a)-[:COVERS]->(e)
RETURN DISTINCT ${CLAIM('c')} AS c`,
      { claimId, eventId },
      this.stats,
    );
    return rows[0] ? claimRecord.parse(rows[0].c) : null;
  }
}
