import { writeArticle, type WriteOutcome } from '../graph/article-writer.js';
import type { Graph, QueryStats } from '../graph/graph.js';
import { annotationToExtraction, type AnnotatedArticle } from './annotation.js';
import { extractArticle } from './extract.js';
import { htmlToArticle } from './html.js';
import type { RawArticle } from './types.js';

export const EXTRACTOR = 'claimgraph-rules/0.1';
export const CURATED = 'curated';

export interface IngestOutcome extends WriteOutcome {
  warnings: string[];
}

/** A document rather than plain text: starts with a tag and closes some. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype html|html|head|body|article|div|p|h1|section|main)\b/i.test(text) && /<\/[a-z][a-z0-9]*>/i.test(text);
}

/** HTML is read as a page (text, title, date, site, canonical url); given metadata wins. */
export function normaliseRaw(raw: RawArticle): RawArticle {
  if (!looksLikeHtml(raw.text)) return raw;
  const page = htmlToArticle(raw.text);
  return {
    text: page.text,
    url: raw.url ?? page.url ?? null,
    source: raw.source ?? page.source ?? null,
    publishedAt: raw.publishedAt ?? page.publishedAt ?? null,
    title: raw.title ?? page.title ?? null,
  };
}

/** Raw text or HTML -> extraction pipeline -> one write transaction. */
export async function ingestRaw(graph: Graph, raw: RawArticle, stats?: QueryStats): Promise<IngestOutcome> {
  const x = extractArticle(normaliseRaw(raw));
  const out = await writeArticle(graph, x, EXTRACTOR, stats);
  return { ...out, warnings: x.warnings };
}

/** Curated entities, claims and events, written as given. */
export async function ingestAnnotated(graph: Graph, a: AnnotatedArticle, stats?: QueryStats): Promise<IngestOutcome> {
  const out = await writeArticle(graph, annotationToExtraction(a), CURATED, stats);
  return { ...out, warnings: [] };
}
