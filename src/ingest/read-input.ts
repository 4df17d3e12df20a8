// PROVISIONAL placeholder; replaced by the real reader.
import type { RawArticle } from './types.js';

export function readArticleFile(fileName: string, content: string): RawArticle {
  if (fileName.endsWith('.json')) return JSON.parse(content) as RawArticle;
  return { text: content };
}
