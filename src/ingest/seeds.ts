import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeArticle } from '../graph/article-writer.js';
import type { Graph } from '../graph/graph.js';
import { CURATED, ingestRaw, type IngestOutcome } from './ingest-article.js';
import { readArticleFile } from './read-input.js';
import type { Extraction } from './types.js';

export interface SeedResult extends IngestOutcome {
  file: string;
  curated: boolean;
}

/**
 * Loads every article in `dir` (.txt, .html, .json). One with a `<name>.annotation.json` beside it
 * is written with its hand-checked annotation; the others go through the extraction pipeline.
 * Idempotent: seeding twice changes nothing.
 */
export async function loadSeeds(graph: Graph, dir: string): Promise<SeedResult[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|html?|json)$/i.test(f) && !f.endsWith('.annotation.json'))
    .sort();
  const out: SeedResult[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const content = readFileSync(path, 'utf8');
    const annotationPath = join(dir, `${basename(file).replace(/\.[^.]+$/, '')}.annotation.json`);
    if (existsSync(annotationPath)) {
      const ann = JSON.parse(readFileSync(annotationPath, 'utf8')) as Omit<Extraction, 'article'> & { article: Omit<Extraction['article'], 'text'> };
      const x: Extraction = { ...ann, article: { ...ann.article, text: content } };
      out.push({ file, curated: true, warnings: [], ...(await writeArticle(graph, x, CURATED)) });
    } else {
      out.push({ file, curated: false, ...(await ingestRaw(graph, readArticleFile(file, content))) });
    }
  }
  return out;
}
