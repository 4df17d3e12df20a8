import { findEntities } from '../../../src/ingest/entities.js';
import { extractArticle } from '../../../src/ingest/extract.js';

/** `TYPE:Name` for every entity the whole pipeline finds in `text`. */
export const names = (text: string): string[] => extractArticle({ text, publishedAt: '2025-01-10' }).entities.map((e) => `${e.type}:${e.name}`);

/** Name → type for what the entity stage alone finds in `text`, read as one sentence. */
export function ents(text: string, source: string | null = null): Record<string, string> {
  const store = findEntities(text, [{ start: 0, end: text.length, sentenceStart: true }], source);
  return Object.fromEntries(store.toExtracted().map((e) => [e.name, e.type]));
}
