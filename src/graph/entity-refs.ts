import type { Graph, QueryStats } from './graph.js';
import { nameKey } from './keys.js';

const TYPES = ['PERSON', 'ORGANISATION', 'LOCATION'] as const;

/** Resolves "id, canonical name or alias" references to entity and event ids in one round trip. */
const RESOLVE = `
CALL {
  WITH $entityRefs AS refs
  UNWIND refs AS r
  CALL {
    WITH r MATCH (e:Entity {id: r.ref}) RETURN e
    UNION
    WITH r MATCH (e:Entity) WHERE e.nameKey = r.key RETURN e
    UNION
    WITH r MATCH (al:Alias)-[:NAMES]->(e:Entity) WHERE al.key IN r.aliasKeys RETURN e
  }
  RETURN collect(DISTINCT [r.slot, e.id]) AS entityHits
}
CALL {
  WITH $eventRefs AS refs
  UNWIND refs AS r
  CALL {
    WITH r MATCH (e:Event {id: r.ref}) RETURN e
    UNION
    WITH r MATCH (e:Event) WHERE e.nameKey = r.key RETURN e
  }
  RETURN collect(DISTINCT [r.slot, e.id]) AS eventHits
}
RETURN entityHits, eventHits`;

export type RefIds = Record<string, string[]>;

/**
 * `entities` and `events` map a slot name to the user's reference; the result maps each slot
 * to the matching ids (empty when nothing matches, so a filter on it matches nothing).
 */
export async function resolveRefs(
  graph: Graph,
  entities: Record<string, string | null | undefined>,
  events: Record<string, string | null | undefined> = {},
  stats?: QueryStats,
): Promise<RefIds> {
  const entityRefs = Object.entries(entities)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([slot, ref]) => ({ slot, ref, key: nameKey(ref), aliasKeys: TYPES.map((t) => `${t}|${nameKey(ref)}`) }));
  const eventRefs = Object.entries(events)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([slot, ref]) => ({ slot, ref, key: nameKey(ref) }));
  const out: RefIds = {};
  for (const r of [...entityRefs, ...eventRefs]) out[r.slot] = [];
  if (entityRefs.length === 0 && eventRefs.length === 0) return out;
  const [row] = await graph.readRows<{ entityHits: [string, string][]; eventHits: [string, string][] }>(
    RESOLVE,
    { entityRefs, eventRefs },
    stats,
  );
  for (const [slot, id] of [...(row?.entityHits ?? []), ...(row?.eventHits ?? [])]) out[slot]?.push(id);
  return out;
}

/**
 * Memoises `resolve` per filter object: a connection's page and its totalCount get the same
 * filter object, so its references are resolved once per request, not once per statement.
 */
export function oncePerFilter<F extends object, R>(resolve: (f: F) => Promise<R>): (f: F) => Promise<R> {
  const done = new WeakMap<F, Promise<R>>();
  return (f) => {
    let r = done.get(f);
    if (!r) {
      r = resolve(f);
      done.set(f, r);
    }
    return r;
  };
}
