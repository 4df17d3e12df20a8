/**
 * Cypher map projections that return exactly what the record parsers in records.ts read.
 * They name variables only; every user value reaches Cypher as a $parameter.
 */

export const ARTICLE = (v: string) =>
  `${v} {.id, .url, .title, .publishedAt, .text, .contentHash, .language, .dateline, sourceName: head([(${v})-[:PUBLISHED_BY]->(s) | s.name])}`;

export const CLAIM = (v: string) =>
  `${v} {.id, .content, .quote, .cue, .saidOn, .saidOnPrecision, .datesMentioned, .sentence, .spanStart, .spanEnd, .confidence, .extractor, .speakerMention, .createdAt}`;

export const ENTITY = (v: string) =>
  `${v} {.id, .name, .aliases, .kind, .latitude, .longitude, .iso, label: head([l IN labels(${v}) WHERE l IN ['Person', 'Organisation', 'Location']])}`;

export const EVENT = (v: string) => `${v} {.id, .name, .kind, .start, .end}`;

export const SOURCE = (v: string) => `${v} {.name, .domain}`;

/** A claim as one article reports it: sentence and span point into that article's text. */
export const CLAIM_AS_REPORTED = (v: string, r: string) =>
  `${v} {.id, .content, .quote, .cue, .saidOn, .saidOnPrecision, .datesMentioned, sentence: ${r}.sentence, spanStart: ${r}.start, spanEnd: ${r}.end, .confidence, .extractor, .speakerMention, .createdAt}`;
