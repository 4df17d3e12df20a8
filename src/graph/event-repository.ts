import { decodeCursor, encodeCursor, toPage, type Page } from './cursor.js';
import { oncePerFilter, resolveRefs } from './entity-refs.js';
import type { Graph, QueryStats } from './graph.js';
import { EVENT } from './projections.js';
import { nodeReturn, type TypeSelections } from './selection-projection.js';
import { eventRecord, type EventRecord } from './records.js';

export interface EventFilter {
  text?: string | null;
  from?: string | null;
  to?: string | null;
  location?: string | null;
  involves?: string | null;
}

const LIST = `
MATCH (e:Event)
WHERE ($text IS NULL OR toLower(e.name) CONTAINS $text)
  AND ($from IS NULL OR coalesce(e.end, e.start) >= $from)
  AND ($to IS NULL OR e.start <= $to)
  AND ($locationIds IS NULL OR EXISTS { (e)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..4]->(l) WHERE l.id IN $locationIds })
  AND ($involvesIds IS NULL OR EXISTS { (e)-[:INVOLVES]->(x) WHERE x.id IN $involvesIds })
WITH e, coalesce(e.start, '') AS k`;

export class EventRepository {
  constructor(
    private readonly graph: Graph,
    private readonly stats?: QueryStats,
  ) {}

  /** The event with what `sel` selects below it (see selection-projection.ts), in one statement. */
  async byId(id: string, sel?: TypeSelections | null): Promise<EventRecord | null> {
    const ret = nodeReturn(sel, 'e', EVENT('e'));
    const rows = await this.graph.readRows(`MATCH (e:Event {id: $id}) RETURN ${ret.cypher} AS e`, { ...ret.params, id }, this.stats);
    return rows[0] ? ret.record(rows[0].e, eventRecord) : null;
  }

  private readonly params = oncePerFilter(async (f: EventFilter) => {
    const refs = await resolveRefs(this.graph, { location: f.location, involves: f.involves }, {}, this.stats);
    return {
      text: f.text ? f.text.toLowerCase() : null,
      from: f.from ?? null,
      to: f.to ?? null,
      locationIds: refs.location ?? null,
      involvesIds: refs.involves ?? null,
    };
  });

  /** A page of events, each with what `sel` selects below it (see selection-projection.ts). */
  async list(f: EventFilter, first: number, after: string | null, sel?: TypeSelections | null): Promise<Page<{ cursor: string; node: EventRecord }>> {
    const cursor = decodeCursor(after);
    const ret = nodeReturn(sel, 'e', EVENT('e'));
    const rows = await this.graph.readRows<{ e: unknown; k: string }>(
      `${LIST}
WHERE $afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND e.id < $afterId)
WITH e, k ORDER BY k DESC, e.id DESC LIMIT $limit
RETURN ${ret.cypher} AS e, k`,
      { ...ret.params, ...(await this.params(f)), afterKey: cursor?.[0] ?? null, afterId: cursor?.[1] ?? null, limit: first + 1 },
      this.stats,
    );
    const page = toPage(rows, first);
    return {
      hasNextPage: page.hasNextPage,
      rows: page.rows.map((r) => {
        const node = ret.record(r.e, eventRecord);
        return { cursor: encodeCursor(r.k, node.id), node };
      }),
    };
  }

  async count(f: EventFilter): Promise<number> {
    const rows = await this.graph.readRows<{ n: number }>(`${LIST}\nRETURN count(e) AS n`, await this.params(f), this.stats);
    return rows[0]?.n ?? 0;
  }
}
