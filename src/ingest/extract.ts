// PROVISIONAL placeholder so the server builds while the extraction pipeline is written; it is replaced by the real pipeline.
import type { Extraction, RawArticle } from './types.js';

export function extractArticle(raw: RawArticle): Extraction {
  return {
    article: { text: raw.text, title: raw.title ?? null, publishedAt: raw.publishedAt ?? null, source: raw.source ?? null, url: raw.url ?? null, dateline: null, language: 'en' },
    entities: [],
    claims: [],
    events: [],
    warnings: [],
  };
}
