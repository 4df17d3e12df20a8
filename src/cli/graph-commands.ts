import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { connectGraph } from '../graph/connect.js';
import type { Graph } from '../graph/graph.js';
import { migrate } from '../graph/migrations.js';
import { loadSeeds } from '../ingest/seeds.js';
import { packageRoot } from '../package-root.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function withGraph<T>(work: (g: Graph) => Promise<T>, migrateFirst = true): Promise<T> {
  const graph = await connectGraph(loadConfig(), (l) => process.stderr.write(`${l}\n`));
  try {
    if (migrateFirst) await migrate(graph);
    return await work(graph);
  } finally {
    await graph.close();
  }
}

/** `claimgraph migrate`. */
export async function migrateCommand(): Promise<number> {
  return withGraph(async (g) => {
    const done = await migrate(g, say);
    say(done.length === 0 ? 'schema is up to date' : `applied migrations ${done.join(', ')}`);
    return 0;
  }, false);
}

/** `claimgraph seed [DIR]`. */
export async function seedCommand(dir?: string): Promise<number> {
  return withGraph(async (g) => {
    for (const r of await loadSeeds(g, dir ?? join(packageRoot(), 'seeds'))) {
      say(`${r.file}: ${r.created ? 'loaded' : 'already in the graph'} (article ${r.articleId}${r.curated ? ', curated annotation' : ''})`);
    }
    return 0;
  });
}
