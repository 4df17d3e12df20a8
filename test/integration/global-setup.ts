import { loadConfig } from '../../src/config.js';
import { localNeo4j } from '../../src/graph/connect.js';
import { Graph } from '../../src/graph/graph.js';
import { migrate } from '../../src/graph/migrations.js';
import { boltUri } from '../../src/config.js';

/** Uses NEO4J_URI when set; otherwise starts the local Neo4j (fetching its jars the first time). */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.uri === null) {
    const local = localNeo4j(config, (l) => process.stderr.write(`${l}\n`));
    const r = await local.start(300_000);
    (globalThis as { __startedNeo4j?: boolean }).__startedNeo4j = !r.alreadyRunning;
  }
  const graph = new Graph({
    uri: boltUri(config),
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
  });
  try {
    await migrate(graph);
  } finally {
    await graph.close();
  }
}
