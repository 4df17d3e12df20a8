import { writeArticle, type WriteOutcome } from '../graph/article-writer.js';
import type { Graph, QueryStats } from '../graph/graph.js';
import { annotationToExtraction, type AnnotatedArticle } from './annotation.js';
import { extractArticle } from './extract.js';
import type { RawArticle } from './types.js';

export const EXTRACTOR = 'claimgraph-rules/0.1';
export const CURATED = 'curated';

export interface IngestOutcome extends WriteOutcome {
  warnings: string[];
}

/** Raw text or HTML -> extraction pipeline -> one write transaction. */
export async function ingestRaw(graph: Graph, raw: RawArticle, stats?: QueryStats): Promise<IngestOutcome> {
  const x = extractArticle(raw);
  const out = await writeArticle(graph, x, EXTRACTOR, stats);
  return { ...out, warnings: x.warnings };
}

/** Curated entities, claims and events, written as given. */
export async function ingestAnnotated(graph: Graph, a: AnnotatedArticle, stats?: QueryStats): Promise<IngestOutcome> {
  const out = await writeArticle(graph, annotationToExtraction(a), CURATED, stats);
  return { ...out, warnings: [] };
}
