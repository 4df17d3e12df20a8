/**
 * The documented `claimgraph extract` JSON shape, built from an Extraction.
 */
import type { Extraction } from './types.js';

export interface ExtractJson {
  article: { title: string | null; publishedAt: string | null; source: string | null; url: string | null };
  entities: Array<{ name: string; type: string; aliases: string[]; mentions: Array<{ start: number; end: number }> }>;
  claims: Array<{
    speaker: { name: string; type: string } | null;
    cue: string;
    content: string;
    quote: string | null;
    saidOn: string | null;
    sentence: string;
    span: { start: number; end: number };
    events: string[];
    via: { name: string; type: string } | null;
    speakerMention: string | null;
    confidence: number;
    saidOnPrecision: string | null;
    datesMentioned: string[];
  }>;
  events: Array<{ name: string }>;
}

export function toExtractJson(x: Extraction): ExtractJson {
  return {
    article: { title: x.article.title, publishedAt: x.article.publishedAt, source: x.article.source, url: x.article.url },
    entities: x.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    claims: x.claims.map((c) => ({
      speaker: c.speaker ? { name: c.speaker.name, type: c.speaker.type } : null,
      cue: c.cue,
      content: c.content,
      quote: c.quote,
      saidOn: c.saidOn ? c.saidOn.slice(0, 10) : null,
      sentence: c.sentence,
      span: { start: c.span.start, end: c.span.end },
      events: [...c.events],
      via: c.via ? { name: c.via.name, type: c.via.type } : null,
      speakerMention: c.speakerMention,
      confidence: c.confidence,
      saidOnPrecision: c.saidOnPrecision,
      datesMentioned: [...c.datesMentioned],
    })),
    events: x.events.map((e) => ({ name: e.name })),
  };
}
