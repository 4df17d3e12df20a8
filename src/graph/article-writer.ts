import type { ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../ingest/types.js';
import { matchEvent, type StoredEvent } from './event-resolution.js';
import type { Graph, QueryStats } from './graph.js';
import { claimId, eventId, nameKey } from './keys.js';
import { planArticle, type ArticlePlan } from './article-plan.js';

export interface WriteOutcome {
  articleId: string;
  created: boolean;
}

const FIND_EXISTING = `
MATCH (a:Article) WHERE a.contentHash = $hash OR ($url IS NOT NULL AND a.url = $url)
RETURN a.id AS id LIMIT 1`;

const RESOLVE_ALIASES = `
UNWIND $keys AS k
MATCH (:Alias {key: k})-[:NAMES]->(e:Entity)
RETURN k AS key, e.id AS id`;

const CANDIDATE_EVENTS = `
MATCH (e:Event)
WHERE (e.start >= $from AND e.start <= $to) OR e.nameKey IN $nameKeys
RETURN e.id AS id, e.name AS name, e.start AS start, coalesce(e.keyTerms, []) AS keyTerms,
       coalesce(e.locationKeys, []) AS locationKeys, coalesce(e.actorKeys, []) AS actorKeys
LIMIT 500`;

const WRITE_ARTICLE = `
CREATE (a:Article)
SET a = $article, a.createdAt = $now
FOREACH (s IN CASE WHEN $source IS NULL THEN [] ELSE [$source] END |
  MERGE (src:Source {name: s.name}) ON CREATE SET src.domain = s.domain
  MERGE (a)-[:PUBLISHED_BY]->(src))`;

const WRITE_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.nameKey = row.nameKey, e.type = row.type, e.createdAt = $now
SET e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' | ' + x)
WITH e, row, (size(row.name) > size(e.name) AND row.nameKey CONTAINS e.nameKey) AS longer
SET e.name = CASE WHEN longer THEN row.name ELSE e.name END,
    e.nameKey = CASE WHEN longer THEN row.nameKey ELSE e.nameKey END
FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'ORGANISATION' THEN [1] ELSE [] END | SET e:Organisation)
FOREACH (_ IN CASE WHEN row.type = 'LOCATION' THEN [1] ELSE [] END |
  SET e:Location, e.kind = coalesce(e.kind, row.kind), e.latitude = coalesce(e.latitude, row.latitude),
      e.longitude = coalesce(e.longitude, row.longitude), e.iso = coalesce(e.iso, row.iso))
WITH e, row
MATCH (a:Article {id: $articleId})
FOREACH (_ IN CASE WHEN size(row.spans) > 0 THEN [1] ELSE [] END |
  MERGE (a)-[m:MENTIONS]->(e) SET m.spans = row.spans)
FOREACH (k IN row.aliasKeys |
  MERGE (al:Alias {key: k})
  ON CREATE SET al.type = row.type
  MERGE (al)-[:NAMES]->(e))`;

const WRITE_PART_OF = `
UNWIND $links AS l
MATCH (c:Location {id: l.child}), (p:Location {id: l.parent})
WHERE c <> p AND NOT (p)-[:PART_OF*1..5]->(c)
MERGE (c)-[:PART_OF]->(p)`;

const WRITE_EVENTS = `
UNWIND $events AS ev
MERGE (e:Event {id: ev.id})
ON CREATE SET e.name = ev.name, e.nameKey = ev.nameKey, e.kind = ev.kind, e.createdAt = $now
SET e.start = CASE WHEN e.start IS NULL OR (ev.start IS NOT NULL AND ev.start < e.start) THEN ev.start ELSE e.start END,
    e.end = CASE WHEN e.end IS NULL OR (ev.end IS NOT NULL AND ev.end > e.end) THEN ev.end ELSE e.end END,
    e.keyTerms = reduce(acc = coalesce(e.keyTerms, []), x IN ev.keyTerms | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.locationKeys = reduce(acc = coalesce(e.locationKeys, []), x IN ev.locationKeys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.actorKeys = reduce(acc = coalesce(e.actorKeys, []), x IN ev.actorKeys | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH e, ev
MATCH (a:Article {id: $articleId})
MERGE (a)-[:COVERS]->(e)
WITH e, ev
CALL { WITH e, ev UNWIND ev.locationIds AS lid MATCH (l:Location {id: lid}) MERGE (e)-[:OCCURRED_IN]->(l) }
CALL { WITH e, ev UNWIND ev.actorIds AS xid MATCH (x:Entity {id: xid}) MERGE (e)-[:INVOLVES]->(x) }`;

const WRITE_CLAIMS = `
UNWIND $claims AS c
MERGE (cl:Claim {id: c.id})
ON CREATE SET cl += c.props, cl.createdAt = $now
WITH cl, c
MATCH (a:Article {id: $articleId})
MERGE (cl)-[r:REPORTED_IN]->(a)
SET r.sentence = c.sentence, r.start = c.start, r.end = c.end
WITH cl, c
CALL { WITH cl, c WITH cl, c WHERE c.speakerId IS NOT NULL MATCH (s:Entity {id: c.speakerId}) MERGE (cl)-[:SAID_BY]->(s) }
CALL { WITH cl, c WITH cl, c WHERE c.viaId IS NOT NULL MATCH (v:Entity {id: c.viaId}) MERGE (cl)-[:VIA]->(v) }
CALL { WITH cl, c UNWIND c.eventIds AS eid MATCH (e:Event {id: eid}) MERGE (cl)-[:ABOUT]->(e) }
CALL { WITH cl, c UNWIND c.mentionIds AS mid MATCH (m:Entity {id: mid}) MERGE (cl)-[:MENTIONS]->(m) }`;

function dayShift(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

async function resolveEntityIds(tx: ManagedTransaction, plan: ArticlePlan): Promise<Map<string, string>> {
  const keys = [...new Set(plan.entities.flatMap((e) => e.aliasKeys))];
  const found = new Map<string, string>();
  if (keys.length > 0) {
    const res = await tx.run<{ key: string; id: string }>(RESOLVE_ALIASES, { keys });
    for (const r of res.records) found.set(r.get('key'), r.get('id'));
  }
  const ids = new Map<string, string>();
  for (const e of plan.entities) {
    const own = found.get(`${e.type}|${e.nameKey}`);
    const any = e.aliasKeys.map((k) => found.get(k)).find((id) => id !== undefined);
    ids.set(e.ref, own ?? any ?? e.id);
  }
  return ids;
}

async function resolveEventIds(tx: ManagedTransaction, plan: ArticlePlan, entityIds: Map<string, string>) {
  const sigs = plan.events.map((ev) => ({
    ev,
    sig: {
      name: ev.name,
      start: ev.start,
      keyTerms: ev.keyTerms.map((t) => t.toLowerCase()),
      locationKeys: ev.locations.map(nameKey),
      actorKeys: ev.actors.map(nameKey),
    },
  }));
  const starts = sigs.map((s) => s.sig.start).filter((d): d is string => d !== null).sort();
  const fallback = (plan.article.publishedAt ?? new Date().toISOString()).slice(0, 10);
  const from = dayShift(starts[0] ?? fallback, -7);
  const to = dayShift(starts[starts.length - 1] ?? fallback, 7);
  const res = await tx.run(CANDIDATE_EVENTS, { from, to, nameKeys: sigs.map((s) => nameKey(s.sig.name)) });
  const stored: StoredEvent[] = res.records.map((r) => r.toObject() as StoredEvent);
  const idByName = new Map<string, string>();
  const rows = sigs.map(({ ev, sig }) => {
    const match = matchEvent(sig, stored);
    const id = match?.id ?? eventId(ev.name, ev.start);
    idByName.set(nameKey(ev.name), id);
    const idsOf = (names: string[], type?: string) =>
      names
        .map((n) => plan.entities.find((e) => e.nameKey === nameKey(n) && (!type || e.type === type)))
        .map((e) => (e ? entityIds.get(e.ref) : undefined))
        .filter((x): x is string => x !== undefined);
    return {
      id,
      name: ev.name,
      nameKey: nameKey(ev.name),
      kind: ev.kind,
      start: ev.start,
      end: ev.end,
      keyTerms: sig.keyTerms,
      locationKeys: sig.locationKeys,
      actorKeys: sig.actorKeys,
      locationIds: idsOf(ev.locations, 'LOCATION'),
      actorIds: idsOf(ev.actors),
    };
  });
  return { rows, idByName };
}

/**
 * Writes one article and everything extracted from it in a single transaction. Idempotent: an
 * article already stored (same url or same content) is left as it is.
 */
export async function writeArticle(graph: Graph, x: Extraction, extractor: string, stats?: QueryStats): Promise<WriteOutcome> {
  const plan = planArticle(x, extractor);
  const now = new Date().toISOString();
  return graph.write(async (tx) => {
    const existing = await tx.run<{ id: string }>(FIND_EXISTING, { hash: plan.article.contentHash, url: plan.article.url });
    const prior = existing.records[0]?.get('id');
    if (prior) return { articleId: prior, created: false };

    const articleId = plan.article.id;
    await tx.run(WRITE_ARTICLE, { article: plan.article, source: plan.source, now });

    const entityIds = await resolveEntityIds(tx, plan);
    const entities = plan.entities.map((e) => ({ ...e, id: entityIds.get(e.ref) ?? e.id }));
    await tx.run(WRITE_ENTITIES, { entities, articleId, now });

    const idByNameKey = new Map(entities.map((e) => [`${e.type}|${e.nameKey}`, e.id]));
    const links = entities
      .filter((e) => e.type === 'LOCATION' && e.partOf)
      .map((e) => ({ child: e.id, parent: idByNameKey.get(`LOCATION|${nameKey(e.partOf ?? '')}`) }))
      .filter((l) => l.parent !== undefined);
    if (links.length > 0) await tx.run(WRITE_PART_OF, { links });

    const events = await resolveEventIds(tx, plan, entityIds);
    if (events.rows.length > 0) await tx.run(WRITE_EVENTS, { events: events.rows, articleId, now });

    const claims = plan.claims.map((c) => {
      const speakerId = c.speakerRef ? (entityIds.get(c.speakerRef) ?? null) : null;
      return {
        id: claimId(speakerId, c.props.speakerMention, c.props.quote, c.props.saidOn, c.props.content, plan.article.contentHash),
        props: c.props,
        sentence: c.sentence,
        start: c.start,
        end: c.end,
        speakerId,
        viaId: c.viaRef ? (entityIds.get(c.viaRef) ?? null) : null,
        eventIds: c.events.map((n) => events.idByName.get(nameKey(n))).filter((id): id is string => id !== undefined),
        mentionIds: c.mentionRefs.map((r) => entityIds.get(r)).filter((id): id is string => id !== undefined),
      };
    });
    if (claims.length > 0) await tx.run(WRITE_CLAIMS, { claims, articleId, now });
    return { articleId, created: true };
  }, stats);
}
