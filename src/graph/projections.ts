/**
 * Cypher map projections that return exactly what the record parsers in records.ts read.
 * They name variables only; every user value reaches Cypher as a $parameter.
 */

/**
 * Without the text, which can be large (Article.text loads it only when asked), and with its
 * source joined in: one hop that saves a round trip on the most common nested field.
 */
export const ARTICLE = (v: string) =>
  `${v} {.id, .url, .title, .publishedAt, .contentHash, .language, .dateline, source: head([(${v})-[:PUBLISHED_BY]->(s) | s {.name, .domain}])}`;

/** With its speaker joined in, which nearly every client asks for. */
export const CLAIM = (v: string) =>
  `${v} {.id, .content, .quote, .cue, .saidOn, .saidOnPrecision, .datesMentioned, .sentence, .spanStart, .spanEnd, .confidence, .extractor, .speakerMention, .createdAt, ${SPEAKER(v)}}`;

export const ENTITY = (v: string) =>
  `${v} {.id, .name, .aliases, .kind, .latitude, .longitude, .iso, label: head([l IN labels(${v}) WHERE l IN ['Person', 'Organisation', 'Location']])}`;

const SPEAKER = (v: string) => `speaker: head([(${v})-[:SAID_BY]->(sp:Entity) | ${ENTITY('sp')}])`;

export const EVENT = (v: string) => `${v} {.id, .name, .kind, .start, .end}`;

export const SOURCE = (v: string) => `${v} {.name, .domain}`;

/** A claim as one article reports it: sentence and span point into that article's text. */
export const CLAIM_AS_REPORTED = (v: string, r: string) =>
  `${v} {.id, .content, .quote, .cue, .saidOn, .saidOnPrecision, .datesMentioned, sentence: ${r}.sentence, spanStart: ${r}.start, spanEnd: ${r}.end, .confidence, .extractor, .speakerMention, .createdAt, ${SPEAKER(v)}}`;
