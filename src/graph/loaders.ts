import DataLoader from 'dataloader';
import type { Graph, QueryStats } from './graph.js';
import { ARTICLE, CLAIM, CLAIM_AS_REPORTED, ENTITY, EVENT, SOURCE } from './projections.js';
import {
  articleRecord,
  claimRecord,
  entityRecord,
  eventRecord,
  sourceRecord,
  spansFromFlat,
  type ArticleRecord,
  type ClaimRecord,
  type ClaimReportRecord,
  type CoMentionRecord,
  type EntityMentionRecord,
  type EntityRecord,
  type EventRecord,
  type SourceRecord,
  type SpeakerCountRecord,
} from './records.js';

/**
 * One DataLoader per relation field, created per request: every parent asked for in one tick
 * goes into one UNWIND statement, so round trips grow with query depth, not with result size.
 * Each statement pages inside a subquery (LIMIT $first per parent), never collecting unbounded sets.
 */

type Row = Record<string, unknown>;
export interface Paged {
  id: string;
  first: number;
}

function grouped<V>(ids: readonly string[], rows: Row[], parse: (r: Row) => V): V[][] {
  const by = new Map<string, V[]>();
  for (const r of rows) {
    const k = r.key as string;
    const list = by.get(k) ?? [];
    list.push(parse(r));
    by.set(k, list);
  }
  return ids.map((id) => by.get(id) ?? []);
}

function listLoader<V>(graph: Graph, stats: QueryStats, body: string, parse: (r: Row) => V) {
  return new DataLoader<string, V[]>(async (ids) => {
    const rows = await graph.readRows(`UNWIND $ids AS key CALL { WITH key ${body} } RETURN key, v`, { ids }, stats);
    return grouped(ids, rows, (r) => parse(r.v as Row));
  });
}

/** `body` orders and pages with `LIMIT $first` before it projects, so only the page is projected. */
function pagedLoader<V>(graph: Graph, stats: QueryStats, body: string, parse: (r: Row) => V) {
  return new DataLoader<Paged, V[], string>(
    async (keys) => {
      const byFirst = new Map<number, string[]>();
      for (const k of keys) byFirst.set(k.first, [...(byFirst.get(k.first) ?? []), k.id]);
      const results = new Map<string, V[]>();
      for (const [first, ids] of byFirst) {
        const rows = await graph.readRows(`UNWIND $ids AS key CALL { WITH key ${body} } RETURN key, v`, { ids, first }, stats);
        grouped(ids, rows, (r) => parse(r.v as Row)).forEach((vs, i) => results.set(`${ids[i]}|${first}`, vs));
      }
      return keys.map((k) => results.get(`${k.id}|${k.first}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.id}|${k.first}` },
  );
}

function oneLoader<V>(graph: Graph, stats: QueryStats, body: string, parse: (r: Row) => V) {
  const list = listLoader(graph, stats, body, parse);
  return new DataLoader<string, V | null>(async (ids) => (await list.loadMany(ids)).map((r) => (Array.isArray(r) ? (r[0] ?? null) : null)));
}

const ARTICLE_CLAIMS = `MATCH (c:Claim)-[r:REPORTED_IN]->(:Article {id: key}) WITH c, r ORDER BY r.start RETURN ${CLAIM_AS_REPORTED('c', 'r')} AS v`;
const EVENT_CLAIMS = `MATCH (c:Claim)-[:ABOUT]->(:Event {id: key}) WITH c ORDER BY coalesce(c.saidOn, '') DESC, c.id LIMIT $first RETURN ${CLAIM('c')} AS v`;

const claim = (r: Row): ClaimRecord => claimRecord.parse(r);
const entity = (r: Row): EntityRecord => entityRecord.parse(r);
const article = (r: Row): ArticleRecord => articleRecord.parse(r);
const event = (r: Row): EventRecord => eventRecord.parse(r);
const source = (r: Row): SourceRecord => sourceRecord.parse(r);

export function createLoaders(graph: Graph, stats: QueryStats) {
  return {
    article: oneLoader(graph, stats, `MATCH (a:Article {id: key}) RETURN ${ARTICLE('a')} AS v`, article),
    claim: oneLoader(graph, stats, `MATCH (c:Claim {id: key}) RETURN ${CLAIM('c')} AS v`, claim),
    entity: oneLoader(graph, stats, `MATCH (e:Entity {id: key}) RETURN ${ENTITY('e')} AS v`, entity),
    event: oneLoader(graph, stats, `MATCH (e:Event {id: key}) RETURN ${EVENT('e')} AS v`, event),

    articleText: oneLoader(graph, stats, `MATCH (a:Article {id: key}) RETURN {text: a.text} AS v`, (r) => r.text as string),
    articleSource: oneLoader(graph, stats, `MATCH (:Article {id: key})-[:PUBLISHED_BY]->(s:Source) RETURN ${SOURCE('s')} AS v`, source),
    articleClaims: listLoader(graph, stats, ARTICLE_CLAIMS, claim),
    articleEvents: listLoader(graph, stats, `MATCH (:Article {id: key})-[:COVERS]->(e:Event) RETURN ${EVENT('e')} AS v ORDER BY e.name`, event),
    articleEntities: listLoader(
      graph,
      stats,
      `MATCH (:Article {id: key})-[m:MENTIONS]->(e:Entity) RETURN {entity: ${ENTITY('e')}, spans: m.spans} AS v ORDER BY m.spans[0]`,
      (r): EntityMentionRecord => ({ entity: entity(r.entity as Row), spans: spansFromFlat(r.spans as number[]) }),
    ),
    sourceArticles: pagedLoader(
      graph,
      stats,
      `MATCH (a:Article)-[:PUBLISHED_BY]->(:Source {name: key}) WITH a ORDER BY a.publishedAt DESC, a.id LIMIT $first RETURN ${ARTICLE('a')} AS v`,
      article,
    ),

    claimSpeaker: oneLoader(graph, stats, `MATCH (:Claim {id: key})-[:SAID_BY]->(e:Entity) RETURN ${ENTITY('e')} AS v`, entity),
    claimVia: oneLoader(graph, stats, `MATCH (:Claim {id: key})-[:VIA]->(e:Entity) RETURN ${ENTITY('e')} AS v`, entity),
    claimReports: listLoader(
      graph,
      stats,
      `MATCH (:Claim {id: key})-[r:REPORTED_IN]->(a:Article) RETURN {article: ${ARTICLE('a')}, sentence: r.sentence, start: r.start, end: r.end} AS v ORDER BY a.publishedAt, a.id`,
      (r): ClaimReportRecord => ({ article: article(r.article as Row), sentence: r.sentence as string, span: { start: r.start as number, end: r.end as number } }),
    ),
    claimEvents: listLoader(graph, stats, `MATCH (:Claim {id: key})-[:ABOUT]->(e:Event) RETURN ${EVENT('e')} AS v ORDER BY e.name`, event),
    claimMentions: listLoader(graph, stats, `MATCH (:Claim {id: key})-[:MENTIONS]->(e:Entity) RETURN ${ENTITY('e')} AS v ORDER BY e.name`, entity),

    claimsMade: pagedLoader(
      graph,
      stats,
      `MATCH (c:Claim)-[:SAID_BY]->(:Entity {id: key}) WITH c ORDER BY coalesce(c.saidOn, '') DESC, c.id LIMIT $first RETURN ${CLAIM('c')} AS v`,
      claim,
    ),
    claimsAbout: pagedLoader(
      graph,
      stats,
      `MATCH (c:Claim)-[:MENTIONS]->(x:Entity {id: key}) WHERE NOT (c)-[:SAID_BY]->(x) WITH c ORDER BY coalesce(c.saidOn, '') DESC, c.id LIMIT $first RETURN ${CLAIM('c')} AS v`,
      claim,
    ),
    mentionedIn: pagedLoader(
      graph,
      stats,
      `MATCH (a:Article)-[:MENTIONS]->(:Entity {id: key}) WITH a ORDER BY a.publishedAt DESC, a.id LIMIT $first RETURN ${ARTICLE('a')} AS v`,
      article,
    ),
    coMentioned: pagedLoader(
      graph,
      stats,
      `MATCH (x:Entity {id: key})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o:Entity) WHERE o <> x
       WITH o, count(*) AS n ORDER BY n DESC, o.name LIMIT $first RETURN {entity: ${ENTITY('o')}, count: n} AS v`,
      (r): CoMentionRecord => ({ entity: entity(r.entity as Row), count: r.count as number }),
    ),
    partOf: oneLoader(graph, stats, `MATCH (:Location {id: key})-[:PART_OF]->(p:Location) RETURN ${ENTITY('p')} AS v LIMIT 1`, entity),
    parts: listLoader(graph, stats, `MATCH (p:Location)-[:PART_OF]->(:Location {id: key}) RETURN ${ENTITY('p')} AS v ORDER BY p.name`, entity),
    locationEvents: pagedLoader(
      graph,
      stats,
      `MATCH (l:Location {id: key}) MATCH (e:Event)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..4]->(l)
       WITH DISTINCT e ORDER BY coalesce(e.start, '') DESC, e.id LIMIT $first RETURN ${EVENT('e')} AS v`,
      event,
    ),

    eventClaims: pagedLoader(graph, stats, EVENT_CLAIMS, claim),
    eventSpeakers: listLoader(
      graph,
      stats,
      `MATCH (:Event {id: key})<-[:ABOUT]-(c:Claim)-[:SAID_BY]->(s:Entity)
       WITH s, count(DISTINCT c) AS n RETURN {speaker: ${ENTITY('s')}, claims: n} AS v ORDER BY n DESC, s.name`,
      (r): SpeakerCountRecord => ({ speaker: entity(r.speaker as Row), claims: r.claims as number }),
    ),
    eventArticles: listLoader(
      graph,
      stats,
      `MATCH (a:Article)-[:COVERS]->(:Event {id: key}) RETURN ${ARTICLE('a')} AS v ORDER BY a.publishedAt, a.id`,
      article,
    ),
    eventLocations: listLoader(graph, stats, `MATCH (:Event {id: key})-[:OCCURRED_IN]->(l:Location) RETURN ${ENTITY('l')} AS v ORDER BY l.name`, entity),
    eventInvolves: listLoader(graph, stats, `MATCH (:Event {id: key})-[:INVOLVES]->(x:Entity) RETURN ${ENTITY('x')} AS v ORDER BY x.name`, entity),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
