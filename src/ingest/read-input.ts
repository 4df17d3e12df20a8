/**
 * Reads an input file into a RawArticle: `.txt` (scraped text, kept exactly), `.html`/`.htm`
 * (extracted text plus metadata) and `.json` ({url, source|outlet, publishedAt, title, text}).
 */
import type { RawArticle } from './types.js';
import { htmlToArticle } from './html.js';

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim().length > 0 ? v : null;
}

export function readArticleFile(fileName: string, content: string): RawArticle {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm') return htmlToArticle(content);
  if (ext === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (e) {
      throw new Error(`${fileName}: invalid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new Error(`${fileName}: expected a JSON object with a "text" field`);
    }
    const o = data as Record<string, unknown>;
    if (typeof o['text'] !== 'string' || o['text'].trim().length === 0) {
      throw new Error(`${fileName}: missing or empty "text" field`);
    }
    return {
      text: o['text'],
      url: str(o['url']),
      source: str(o['source']) ?? str(o['outlet']),
      publishedAt: str(o['publishedAt']),
      title: str(o['title']),
    };
  }
  return { text: content };
}
