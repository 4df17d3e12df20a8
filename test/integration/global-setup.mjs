// Runs before the integration tier, outside jest's module mapping, so it uses the build
// (`npm run test:integration` builds first). Uses NEO4J_URI when set; otherwise starts the
// local Neo4j, fetching its jars the first time.
import { boltUri, loadConfig } from '../../dist/src/config.js';
import { localNeo4j } from '../../dist/src/graph/connect.js';
import { Graph } from '../../dist/src/graph/graph.js';
import { migrate } from '../../dist/src/graph/migrations.js';

export default async function globalSetup() {
  const config = loadConfig();
  if (config.neo4j.uri === null) {
    const r = await localNeo4j(config, (l) => process.stderr.write(`${l}\n`)).start(300_000);
    globalThis.__startedNeo4j = !r.alreadyRunning;
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
