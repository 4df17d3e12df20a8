import { readFileSync } from 'node:fs';
import { writeArticle } from '../graph/article-writer.js';
import { extractArticle } from '../ingest/extract.js';
import { EXTRACTOR } from '../ingest/ingest-article.js';
import { readArticleFile } from '../ingest/read-input.js';
import { articleFiles } from './files.js';
import { withGraph } from './graph-commands.js';
import { Progress } from './progress.js';

/** `claimgraph ingest PATH...`: every file in its own transaction; a bad file does not stop the batch. */
export async function ingestCommand(paths: string[]): Promise<number> {
  const { files, missing } = articleFiles(paths);
  for (const m of missing) process.stderr.write(`error: ${m}: no such file or folder\n`);
  if (files.length === 0) {
    process.stderr.write('nothing to ingest: give .txt, .html or .json files or folders\n');
    return 2;
  }
  return withGraph(async (graph) => {
    const progress = new Progress(files.length);
    const t0 = Date.now();
    let created = 0;
    let unchanged = 0;
    let claims = 0;
    const failed: string[] = [];
    for (const file of files) {
      try {
        const x = extractArticle(readArticleFile(file, readFileSync(file, 'utf8')));
        const out = await writeArticle(graph, x, EXTRACTOR);
        if (out.created) {
          created += 1;
          claims += x.claims.length;
        } else unchanged += 1;
      } catch (err) {
        failed.push(file);
        progress.note(`error: ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      progress.tick(file);
    }
    const secs = (Date.now() - t0) / 1000;
    process.stdout.write(
      `ingested ${files.length} file(s) in ${secs.toFixed(1)} s: ${created} new, ${unchanged} already in the graph, ${failed.length + missing.length} failed; ${claims} claims written\n`,
    );
    return failed.length + missing.length > 0 ? 1 : 0;
  });
}
