/**
 * Cypher map projections that return exactly what the record parsers in records.ts read.
 * They name variables only; every user value reaches Cypher as a $parameter.
 *
 * The fields nearly every client asks for next are joined in (an article's source, a claim's
 * speaker and reports): one hop each, bounded, saving a round trip per level of nesting.
 */

/** Reporting articles joined into a claim row, at most this many; Claim.articles loads the rest if there are more. */
export const JOINED_REPORTS = 25;

/** Without the text, which can be large: Article.text loads it only when a client asks. */
export const ARTICLE = (v: string) =>
  `${v} {.id, .url, .title, .publishedAt, .contentHash, .language, .dateline, source: head([(${v})-[:PUBLISHED_BY]->(s) | s {.name, .domain}])}`;

export const ENTITY = (v: string) =>
  `${v} {.id, .name, .aliases, .kind, .latitude, .longitude, .iso, label: head([l IN labels(${v}) WHERE l IN ['Person', 'Organisation', 'Location']])}`;

/** Id, name and type only; Entity fields resolve the rest through the entity loader when asked. */
const ENTITY_SLIM = (v: string) => `${v} {.id, .name, label: head([l IN labels(${v}) WHERE l IN ['Person', 'Organisation', 'Location']]), partial: true}`;

/** The article fields a claim's report list needs; the rest load on demand. */
const ARTICLE_SLIM = (v: string) =>
  `${v} {.id, .url, .title, .publishedAt, source: head([(${v})-[:PUBLISHED_BY]->(s) | s {.name, .domain}]), partial: true}`;

const JOINS = (v: string) =>
  `speaker: head([(${v})-[:SAID_BY]->(sp:Entity) | ${ENTITY_SLIM('sp')}]),
   articles: COLLECT { MATCH (${v})-[:REPORTED_IN]->(ra:Article)
     WITH ra ORDER BY ra.publishedAt, ra.id LIMIT ${JOINED_REPORTS}
     RETURN ${ARTICLE_SLIM('ra')} AS art }`;

const CLAIM_FIELDS = '.id, .content, .quote, .cue, .saidOn, .saidOnPrecision, .datesMentioned, .confidence, .extractor, .speakerMention, .createdAt';

export const CLAIM = (v: string) => `${v} {${CLAIM_FIELDS}, .sentence, .spanStart, .spanEnd, ${JOINS(v)}}`;

/** A claim as one article reports it: sentence and span point into that article's text. */
export const CLAIM_AS_REPORTED = (v: string, r: string) =>
  `${v} {${CLAIM_FIELDS}, sentence: ${r}.sentence, spanStart: ${r}.start, spanEnd: ${r}.end, ${JOINS(v)}}`;

export const EVENT = (v: string) => `${v} {.id, .name, .kind, .start, .end}`;

export const SOURCE = (v: string) => `${v} {.name, .domain}`;
