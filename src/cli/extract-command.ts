import { readFileSync } from 'node:fs';
import { extractArticle } from '../ingest/extract.js';
import { toExtractJson } from '../ingest/extract-output.js';
import { readArticleFile } from '../ingest/read-input.js';

/** `claimgraph extract FILE...`: JSON on stdout, no database. One file -> one document; several -> an array. */
export function extractCommand(files: string[]): number {
  const docs: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      docs.push(toExtractJson(extractArticle(readArticleFile(file, readFileSync(file, 'utf8')))));
    } catch (err) {
      failed += 1;
      process.stderr.write(`error: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  if (files.length === 1) {
    if (docs[0] !== undefined) process.stdout.write(`${JSON.stringify(docs[0], null, 2)}\n`);
  } else process.stdout.write(`${JSON.stringify(docs, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}
