import { boltUri, type Config } from '../config.js';
import { LocalNeo4j } from '../neo4j/local-server.js';
import { Graph } from './graph.js';

export function localNeo4j(config: Config, log?: (line: string) => void): LocalNeo4j {
  return new LocalNeo4j({
    home: config.neo4j.home,
    boltPort: config.neo4j.boltPort,
    user: config.neo4j.user,
    password: config.neo4j.password,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    log,
  });
}

/** The configured Neo4j, or the local one (started when it is not running). */
export async function connectGraph(config: Config, log?: (line: string) => void): Promise<Graph> {
  if (config.neo4j.uri === null) await localNeo4j(config, log).start();
  return new Graph({
    uri: boltUri(config),
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
  });
}
