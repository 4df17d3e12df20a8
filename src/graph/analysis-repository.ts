import { resolveRefs } from './entity-refs.js';
import type { Graph, QueryStats } from './graph.js';
import { findDisagreements } from './disagreement.js';
import { luceneQuery } from './lucene.js';
import { CLAIM, ENTITY, EVENT } from './projections.js';
import {
  claimRecord,
  entityRecord,
  eventRecord,
  nodeRecord,
  type DisagreementRecord,
  type GraphPathRecord,
  type SearchHitRecord,
  type SpeakerClaimsRecord,
  type TimelineEntryRecord,
} from './records.js';

const WHO_SAID_WHAT = `
MATCH (e:Event) WHERE e.id IN $eventIds
MATCH (c:Claim)-[:ABOUT]->(e)
OPTIONAL MATCH (c)-[:SAID_BY]->(s:Entity)
WITH DISTINCT s, c ORDER BY coalesce(c.saidOn, '9999'), c.spanStart, c.id
WITH s, collect(c) AS cs
RETURN CASE WHEN s IS NULL THEN null ELSE ${ENTITY('s')} END AS speaker,
  [c IN cs | ${CLAIM('c')}] AS claims,
  reduce(m = null, c IN cs | CASE WHEN c.saidOn IS NOT NULL AND (m IS NULL OR c.saidOn < m) THEN c.saidOn ELSE m END) AS firstSaidOn,
  reduce(m = null, c IN cs | CASE WHEN c.saidOn IS NOT NULL AND (m IS NULL OR c.saidOn > m) THEN c.saidOn ELSE m END) AS lastSaidOn,
  reduce(acc = [], c IN cs | acc + [(c)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(src) | src.name]) AS sources
ORDER BY size(cs) DESC, speaker.name`;

const TIMELINE = `
CALL {
  MATCH (ev:Event) WHERE ev.id IN $eventIds
  MATCH (c:Claim)-[:ABOUT]->(ev) RETURN c
  UNION
  MATCH (x:Entity) WHERE x.id IN $entityIds
  MATCH (c:Claim)-[:SAID_BY|MENTIONS]->(x) RETURN c
}
WITH DISTINCT c WHERE c.saidOn IS NOT NULL AND ($from IS NULL OR c.saidOn >= $from) AND ($to IS NULL OR c.saidOn <= $to)
RETURN 'CLAIM' AS kind, c.saidOn AS date, c.saidOnPrecision AS precision, ${CLAIM('c')} AS claim, null AS event
UNION
CALL {
  MATCH (ev:Event) WHERE ev.id IN $eventIds RETURN ev
  UNION
  MATCH (x:Entity) WHERE x.id IN $entityIds
  MATCH (ev:Event)-[:INVOLVES|OCCURRED_IN]->(x) RETURN ev
}
WITH DISTINCT ev WHERE ev.start IS NOT NULL AND ($from IS NULL OR ev.start >= $from) AND ($to IS NULL OR ev.start <= $to)
RETURN 'EVENT' AS kind, ev.start AS date, 'DAY' AS precision, null AS claim, ${EVENT('ev')} AS event`;

const SEARCH = `
CALL {
  CALL db.index.fulltext.queryNodes('article_text', $q, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $q, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $limit}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_names', $q, {limit: $limit}) YIELD node, score RETURN node, score
}
RETURN labels(node) AS labels, properties(node) AS props, score ORDER BY score DESC LIMIT $limit`;

export class AnalysisRepository {
  constructor(
    private readonly graph: Graph,
    private readonly stats?: QueryStats,
  ) {}

  async whoSaidWhat(event: string): Promise<SpeakerClaimsRecord[]> {
    const refs = await resolveRefs(this.graph, {}, { event }, this.stats);
    const rows = await this.graph.readRows(WHO_SAID_WHAT, { eventIds: refs.event ?? [] }, this.stats);
    return rows.map((r) => ({
      speaker: r.speaker ? entityRecord.parse(r.speaker) : null,
      claims: (r.claims as unknown[]).map((c) => claimRecord.parse(c)),
      firstSaidOn: (r.firstSaidOn as string | null) ?? null,
      lastSaidOn: (r.lastSaidOn as string | null) ?? null,
      sources: [...new Set(r.sources as string[])].sort(),
    }));
  }

  async timeline(a: { event?: string | null; entity?: string | null; from?: string | null; to?: string | null; first: number }): Promise<TimelineEntryRecord[]> {
    const refs = await resolveRefs(this.graph, { entity: a.entity }, { event: a.event }, this.stats);
    const rows = await this.graph.readRows(
      TIMELINE,
      { eventIds: refs.event ?? [], entityIds: refs.entity ?? [], from: a.from ?? null, to: a.to ?? null },
      this.stats,
    );
    return rows
      .map((r) => ({
        kind: r.kind as 'CLAIM' | 'EVENT',
        date: r.date as string,
        precision: (r.precision as TimelineEntryRecord['precision']) ?? null,
        claim: r.claim ? claimRecord.parse(r.claim) : null,
        event: r.event ? eventRecord.parse(r.event) : null,
      }))
      .sort((x, y) => x.date.localeCompare(y.date) || (x.kind === 'EVENT' ? -1 : 1) - (y.kind === 'EVENT' ? -1 : 1))
      .slice(0, a.first);
  }

  /** Shortest paths between two entities; maxHops is clamped to 1..6 and is the only non-parameter. */
  async connection(from: string, to: string, maxHops: number): Promise<GraphPathRecord[]> {
    const refs = await resolveRefs(this.graph, { from, to }, {}, this.stats);
    const hops = Math.max(1, Math.min(6, Math.trunc(maxHops)));
    const rows = await this.graph.readRows(
      `MATCH (a:Entity) WHERE a.id IN $fromIds
MATCH (b:Entity) WHERE b.id IN $toIds AND a <> b
MATCH p = allShortestPaths((a)-[:SAID_BY|MENTIONS|ABOUT|INVOLVES|OCCURRED_IN|REPORTED_IN|VIA|PART_OF*..${hops}]-(b))
RETURN [n IN nodes(p) | {labels: labels(n), props: properties(n)}] AS nodes,
  [r IN relationships(p) | {from: startNode(r).id, type: type(r), to: endNode(r).id}] AS steps
LIMIT 10`,
      { fromIds: (refs.from ?? []).slice(0, 5), toIds: (refs.to ?? []).slice(0, 5) },
      this.stats,
    );
    return rows.map((r) => {
      const nodes = (r.nodes as { labels: string[]; props: Record<string, unknown> }[]).map((n) => nodeRecord(n.labels, n.props));
      const steps = (r.steps as { from: string; type: string; to: string }[]).map((s) => ({ from: s.from, relationship: s.type, to: s.to }));
      return { length: steps.length, nodes, steps };
    });
  }

  /** Compares the claims about an event pairwise; the 500 latest are enough for any one event. */
  async disagreements(event: string, first: number): Promise<DisagreementRecord[]> {
    const refs = await resolveRefs(this.graph, {}, { event }, this.stats);
    const rows = await this.graph.readRows(
      `MATCH (e:Event) WHERE e.id IN $eventIds
MATCH (c:Claim)-[:ABOUT]->(e)
WITH DISTINCT c ORDER BY coalesce(c.saidOn, '') DESC, c.id LIMIT 500
RETURN ${CLAIM('c')} AS c`,
      { eventIds: refs.event ?? [] },
      this.stats,
    );
    const claims = rows.map((r) => claimRecord.parse(r.c));
    const byId = new Map(claims.map((c) => [c.id, c]));
    const facts = claims.map((c) => ({ id: c.id, content: c.content, cue: c.cue, speakerId: c.speaker?.id ?? null }));
    return findDisagreements(facts)
      .slice(0, first)
      .flatMap((p) => {
        const claim = byId.get(p.claimId);
        const opposing = byId.get(p.opposingId);
        return claim && opposing ? [{ kind: p.kind, claim, opposing, sharedTerms: p.sharedTerms }] : [];
      });
  }

  async search(query: string, first: number): Promise<SearchHitRecord[]> {
    const rows = await this.graph.readRows(SEARCH, { q: luceneQuery(query), limit: first }, this.stats);
    return rows.map((r) => ({ score: r.score as number, node: nodeRecord(r.labels as string[], r.props as Record<string, unknown>) }));
  }
}
