import { loadConfig } from '../../src/config.js';
import { localNeo4j } from '../../src/graph/connect.js';

/** Stops the local Neo4j if the setup started it. */
export default async function globalTeardown(): Promise<void> {
  if (!(globalThis as { __startedNeo4j?: boolean }).__startedNeo4j) return;
  await localNeo4j(loadConfig()).stop();
}
