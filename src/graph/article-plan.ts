import type { EntityRef, EntityType, Extraction, ExtractedEntity } from '../ingest/types.js';
import { aliasKey, articleId, contentHash, entityId, isProperAlias, nameKey } from './keys.js';

/**
 * Turns an extraction into the rows one write transaction needs: ids, lookup keys, flattened
 * spans. Pure: the graph-dependent choices (which stored entity or event to reuse) come later.
 */

export interface EntityRow {
  ref: string;
  id: string;
  name: string;
  nameKey: string;
  type: EntityType;
  aliases: string[];
  aliasKeys: string[];
  spans: number[];
  kind: string | null;
  latitude: number | null;
  longitude: number | null;
  iso: string | null;
  partOf: string | null;
}

export interface ClaimRow {
  speakerRef: string | null;
  viaRef: string | null;
  mentionRefs: string[];
  events: string[];
  sentence: string;
  start: number;
  end: number;
  props: {
    content: string;
    quote: string | null;
    cue: string;
    saidOn: string | null;
    saidOnPrecision: string | null;
    datesMentioned: string[];
    sentence: string;
    spanStart: number;
    spanEnd: number;
    confidence: number;
    extractor: string;
    speakerMention: string | null;
  };
}

export interface ArticlePlan {
  article: {
    id: string;
    url: string | null;
    title: string | null;
    publishedAt: string | null;
    text: string;
    contentHash: string;
    language: string;
    dateline: string | null;
  };
  source: { name: string; domain: string | null } | null;
  entities: EntityRow[];
  claims: ClaimRow[];
  events: Extraction['events'];
}

export const refOf = (e: EntityRef): string => `${e.type}|${nameKey(e.name)}`;

export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function lookupKeys(e: ExtractedEntity): string[] {
  const names = [e.name, ...e.aliases].filter(isProperAlias);
  const keys = new Set(names.map((n) => aliasKey(e.type, n)).filter((k) => !k.endsWith('|')));
  if (e.type === 'PERSON') {
    const parts = nameKey(e.name).split(' ');
    const surname = parts[parts.length - 1];
    if (parts.length > 1 && surname && surname.length > 2) keys.add(`PERSON|${surname}`);
  }
  return [...keys];
}

function entityRow(e: ExtractedEntity): EntityRow {
  const aliases = [...new Set([e.name, ...e.aliases].filter(isProperAlias))];
  return {
    ref: refOf(e),
    id: entityId(e.type, e.name),
    name: e.name,
    nameKey: nameKey(e.name),
    type: e.type,
    aliases,
    aliasKeys: lookupKeys(e),
    spans: e.mentions.flatMap((m) => [m.start, m.end]),
    kind: e.geo?.kind ?? null,
    latitude: e.geo?.lat ?? null,
    longitude: e.geo?.lon ?? null,
    iso: e.geo?.iso ?? null,
    partOf: e.geo?.partOf ?? null,
  };
}

function bare(ref: EntityRef): ExtractedEntity {
  return { name: ref.name, type: ref.type, aliases: [ref.name], mentions: [] };
}

/** Every entity a claim or event refers to, present once (referenced-only ones added bare). */
function allEntities(x: Extraction): ExtractedEntity[] {
  const byRef = new Map<string, ExtractedEntity>();
  for (const e of x.entities) {
    const r = refOf(e);
    const seen = byRef.get(r);
    if (seen) {
      seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
      seen.mentions = [...seen.mentions, ...e.mentions];
    } else byRef.set(r, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
  }
  const add = (ref: EntityRef | null) => {
    if (ref && !byRef.has(refOf(ref))) byRef.set(refOf(ref), bare(ref));
  };
  for (const c of x.claims) {
    add(c.speaker);
    add(c.via);
  }
  for (const e of [...byRef.values()]) if (e.geo?.partOf) add({ name: e.geo.partOf, type: 'LOCATION' });
  return [...byRef.values()];
}

export function planArticle(x: Extraction, extractor: string): ArticlePlan {
  const hash = contentHash(x.article.text);
  const entities = allEntities(x).map(entityRow);
  const refByName = new Map<string, string>();
  for (const e of entities) if (!refByName.has(nameKey(e.name))) refByName.set(nameKey(e.name), e.ref);
  const refForName = (name: string) => refByName.get(nameKey(name)) ?? null;
  const sourceName = x.article.source ?? domainOf(x.article.url);
  return {
    article: {
      id: articleId(hash),
      url: x.article.url,
      title: x.article.title,
      publishedAt: x.article.publishedAt,
      text: x.article.text,
      contentHash: hash,
      language: x.article.language,
      dateline: x.article.dateline,
    },
    source: sourceName ? { name: sourceName, domain: domainOf(x.article.url) } : null,
    entities,
    claims: x.claims.map((c) => ({
      speakerRef: c.speaker ? refOf(c.speaker) : null,
      viaRef: c.via ? refOf(c.via) : null,
      mentionRefs: c.mentions.map(refForName).filter((r): r is string => r !== null),
      events: c.events,
      sentence: c.sentence,
      start: c.span.start,
      end: c.span.end,
      props: {
        content: c.content,
        quote: c.quote,
        cue: c.cue,
        saidOn: c.saidOn,
        saidOnPrecision: c.saidOnPrecision,
        datesMentioned: c.datesMentioned,
        sentence: c.sentence,
        spanStart: c.span.start,
        spanEnd: c.span.end,
        confidence: c.confidence,
        extractor,
        speakerMention: c.speakerMention,
      },
    })),
    events: x.events,
  };
}

