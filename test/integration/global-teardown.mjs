// Stops the local Neo4j if the global setup started it.
import { loadConfig } from '../../dist/src/config.js';
import { localNeo4j } from '../../dist/src/graph/connect.js';

export default async function globalTeardown() {
  if (!globalThis.__startedNeo4j) return;
  await localNeo4j(loadConfig()).stop();
}
