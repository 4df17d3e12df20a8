import type { EntityType, Extraction } from './types.js';

/** A curated article (the ingestAnnotatedArticle input, or a seed's annotation file). */
export interface AnnotatedArticle {
  text: string;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  title?: string | null;
  dateline?: string | null;
  entities: {
    name: string;
    type: EntityType;
    aliases?: string[] | null;
    mentions?: { start: number; end: number }[] | null;
    geo?: { kind: 'COUNTRY' | 'REGION' | 'CITY' | 'SITE'; latitude?: number | null; longitude?: number | null; iso?: string | null; partOf?: string | null } | null;
  }[];
  claims: {
    speaker?: { name: string; type: EntityType } | null;
    speakerMention?: string | null;
    via?: { name: string; type: EntityType } | null;
    cue: string;
    content: string;
    quote?: string | null;
    saidOn?: string | null;
    saidOnPrecision?: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | null;
    datesMentioned?: string[] | null;
    sentence: string;
    span: { start: number; end: number };
    confidence?: number | null;
    events?: string[] | null;
    mentions?: string[] | null;
  }[];
  events: {
    name: string;
    kind?: string | null;
    start?: string | null;
    end?: string | null;
    locations?: string[] | null;
    actors?: string[] | null;
    keyTerms?: string[] | null;
  }[];
}

/** Curated data in the same shape the extraction pipeline produces, so one writer serves both. */
export function annotationToExtraction(a: AnnotatedArticle): Extraction {
  return {
    article: {
      text: a.text,
      title: a.title ?? null,
      publishedAt: a.publishedAt ?? null,
      source: a.source ?? null,
      url: a.url ?? null,
      dateline: a.dateline ?? null,
      language: 'en',
    },
    entities: a.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases ?? [e.name],
      mentions: e.mentions ?? [],
      geo: e.geo
        ? { kind: e.geo.kind, lat: e.geo.latitude ?? null, lon: e.geo.longitude ?? null, iso: e.geo.iso ?? null, partOf: e.geo.partOf ?? null }
        : null,
    })),
    claims: a.claims.map((c) => ({
      speaker: c.speaker ?? null,
      speakerMention: c.speakerMention ?? null,
      via: c.via ?? null,
      cue: c.cue,
      content: c.content,
      quote: c.quote ?? null,
      saidOn: c.saidOn ?? null,
      saidOnPrecision: c.saidOnPrecision ?? (c.saidOn ? 'DAY' : null),
      datesMentioned: c.datesMentioned ?? [],
      sentence: c.sentence,
      span: c.span,
      confidence: c.confidence ?? 1,
      events: c.events ?? [],
      mentions: c.mentions ?? [],
    })),
    events: a.events.map((e) => ({
      name: e.name,
      kind: e.kind ?? 'event',
      start: e.start ?? null,
      end: e.end ?? null,
      locations: e.locations ?? [],
      actors: e.actors ?? [],
      keyTerms: e.keyTerms ?? [],
    })),
    warnings: [],
  };
}
