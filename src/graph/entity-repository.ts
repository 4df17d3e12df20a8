import { decodeCursor, encodeCursor, toPage, type Page } from './cursor.js';
import type { Graph, QueryStats } from './graph.js';
import { nameKey } from './keys.js';
import { ENTITY } from './projections.js';
import { entityRecord, type EntityRecord } from './records.js';
import { nodeReturn, type TypeSelections } from './selection-projection.js';

export type EntityLabel = 'Person' | 'Organisation' | 'Location';
const TYPE_OF: Record<EntityLabel, string> = { Person: 'PERSON', Organisation: 'ORGANISATION', Location: 'LOCATION' };

const LIST = `
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($search IS NULL OR e.nameKey STARTS WITH $search OR any(a IN e.aliases WHERE toLower(a) STARTS WITH $searchLower))
WITH e, e.nameKey AS k`;

export class EntityRepository {
  constructor(
    private readonly graph: Graph,
    private readonly stats?: QueryStats,
  ) {}

  /** By id, canonical name or any alias, of the given label. */
  async find(label: EntityLabel, id: string | null | undefined, name: string | null | undefined, sel?: TypeSelections | null): Promise<EntityRecord | null> {
    if (!id && !name) return null;
    const ret = nodeReturn(sel, 'e', ENTITY('e'));
    const rows = await this.graph.readRows(
      `CALL {
  MATCH (e:Entity {id: $id}) RETURN e, 0 AS rank
  UNION
  MATCH (e:Entity) WHERE e.nameKey = $key RETURN e, 1 AS rank
  UNION
  MATCH (:Alias {key: $aliasKey})-[:NAMES]->(e:Entity) RETURN e, 2 AS rank
}
WITH e, rank WHERE e.type = $type
WITH e ORDER BY rank LIMIT 1
RETURN ${ret.cypher} AS e`,
      { ...ret.params, id: id ?? null, key: name ? nameKey(name) : null, aliasKey: name ? `${TYPE_OF[label]}|${nameKey(name)}` : null, type: TYPE_OF[label] },
      this.stats,
    );
    return rows[0] ? ret.record(rows[0].e, entityRecord) : null;
  }

  async byId(id: string): Promise<EntityRecord | null> {
    const rows = await this.graph.readRows(`MATCH (e:Entity {id: $id}) RETURN ${ENTITY('e')} AS e`, { id }, this.stats);
    return rows[0] ? entityRecord.parse(rows[0].e) : null;
  }

  private params(search: string | null, type: string | null) {
    return { type, search: search ? nameKey(search) : null, searchLower: search ? search.toLowerCase() : null };
  }

  /** A page of entities, each with what `sel` selects below it (see selection-projection.ts). */
  async list(
    search: string | null,
    type: string | null,
    first: number,
    after: string | null,
    sel?: TypeSelections | null,
  ): Promise<Page<{ cursor: string; node: EntityRecord }>> {
    const cursor = decodeCursor(after);
    const ret = nodeReturn(sel, 'e', ENTITY('e'));
    const rows = await this.graph.readRows<{ e: unknown; k: string }>(
      `${LIST}
WHERE $afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND e.id > $afterId)
WITH e, k ORDER BY k, e.id LIMIT $limit
RETURN ${ret.cypher} AS e, k`,
      { ...ret.params, ...this.params(search, type), afterKey: cursor?.[0] ?? null, afterId: cursor?.[1] ?? null, limit: first + 1 },
      this.stats,
    );
    const page = toPage(rows, first);
    return {
      hasNextPage: page.hasNextPage,
      rows: page.rows.map((r) => {
        const node = ret.record(r.e, entityRecord);
        return { cursor: encodeCursor(r.k, node.id), node };
      }),
    };
  }

  async count(search: string | null, type: string | null): Promise<number> {
    const rows = await this.graph.readRows<{ n: number }>(`${LIST}\nRETURN count(e) AS n`, this.params(search, type), this.stats);
    return rows[0]?.n ?? 0;
  }

  /**
   * Moves every relationship and alias of `remove` onto `keep` and deletes `remove`, in one
   * transaction. Returns null when either is missing or they differ in type.
   */
  async merge(keepId: string, removeId: string): Promise<EntityRecord | null> {
    const rows = await this.graph.writeRows(
      `MATCH (keep:Entity {id: $keep}), (gone:Entity {id: $remove})
WHERE keep <> gone AND keep.type = gone.type
SET keep.aliases = reduce(acc = keep.aliases, x IN coalesce(gone.aliases, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET keep.aliasText = reduce(s = '', x IN keep.aliases | s + ' | ' + x)
WITH keep, gone
CALL { WITH keep, gone MATCH (al:Alias)-[r:NAMES]->(gone) DELETE r MERGE (al)-[:NAMES]->(keep) }
CALL { WITH keep, gone MATCH (c:Claim)-[r:SAID_BY]->(gone) DELETE r MERGE (c)-[:SAID_BY]->(keep) }
CALL { WITH keep, gone MATCH (c:Claim)-[r:VIA]->(gone) DELETE r MERGE (c)-[:VIA]->(keep) }
CALL { WITH keep, gone MATCH (c:Claim)-[r:MENTIONS]->(gone) DELETE r MERGE (c)-[:MENTIONS]->(keep) }
CALL { WITH keep, gone MATCH (a:Article)-[r:MENTIONS]->(gone)
       MERGE (a)-[k:MENTIONS]->(keep) SET k.spans = coalesce(k.spans, []) + coalesce(r.spans, []) DELETE r }
CALL { WITH keep, gone MATCH (e:Event)-[r:INVOLVES]->(gone) DELETE r MERGE (e)-[:INVOLVES]->(keep) }
CALL { WITH keep, gone MATCH (e:Event)-[r:OCCURRED_IN]->(gone) DELETE r MERGE (e)-[:OCCURRED_IN]->(keep) }
CALL { WITH keep, gone MATCH (gone)-[r:PART_OF]->(p) WHERE p <> keep DELETE r MERGE (keep)-[:PART_OF]->(p) }
CALL { WITH keep, gone MATCH (c)-[r:PART_OF]->(gone) WHERE c <> keep DELETE r MERGE (c)-[:PART_OF]->(keep) }
DETACH DELETE gone
RETURN ${ENTITY('keep')} AS e`,
      { keep: keepId, remove: removeId },
      this.stats,
    );
    return rows[0] ? entityRecord.parse(rows[0].e) : null;
  }
}
