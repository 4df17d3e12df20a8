import type { Logger } from 'pino';
import { isLoopback } from './server/bind.js';
import { loadConfig, type Config } from './config.js';
import { connectGraph } from './graph/connect.js';
import { Graph } from './graph/graph.js';
import { migrate } from './graph/migrations.js';
import { loadSeeds } from './ingest/seeds.js';
import { packageRoot } from './package-root.js';
import { createApp } from './server/app.js';
import { authConfigured } from './server/credentials.js';
import { createLogger } from './server/logger.js';
import { boltUri } from './config.js';
import { join } from 'node:path';

export interface Running {
  url: string;
  stop: () => Promise<void>;
}

async function prepareGraph(config: Config, log: Logger): Promise<Graph> {
  try {
    return await connectGraph(config, (line) => log.info(line));
  } catch (err) {
    // The server still starts; /readyz says 503 until the database can be reached.
    log.error({ err: String(err) }, 'could not start the local Neo4j');
    return new Graph({ uri: boltUri(config), user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database, txTimeoutMs: config.neo4j.txTimeoutMs });
  }
}

/** Boot: config -> graph (migrations, seed) -> HTTP server. Resolves once listening. */
export async function serve(config: Config = loadConfig(), log: Logger = createLogger(config)): Promise<Running> {
  if (!authConfigured(config) && !isLoopback(config.http.host)) {
    throw new Error(
      `Refusing to listen on ${config.http.host} without credentials: set API_KEYS or JWT_SECRET, or HOST=127.0.0.1.`,
    );
  }
  const graph = await prepareGraph(config, log);
  try {
    await migrate(graph, (m) => log.info(m));
    if (config.seedOnStart) {
      const seeded = await loadSeeds(graph, join(packageRoot(), 'seeds'));
      log.info({ seeds: seeded.map((s) => ({ file: s.file, created: s.created })) }, 'seeds loaded');
    }
  } catch (err) {
    log.warn({ err: String(err) }, 'graph not ready at start; /readyz will report it and migrations run when it returns');
  }
  const app = await createApp(config, graph, log);
  await new Promise<void>((resolve) => app.http.listen(config.http.port, config.http.host, resolve));
  const addr = app.http.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.http.port;
  const url = `http://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${port}/graphql`;
  if (!authConfigured(config)) log.warn('No API_KEYS or JWT_SECRET configured: every caller is admin, so the server listens on loopback only.');
  log.info({ url }, `claimgraph listening; playground at ${url}`);
  let stopping: Promise<void> | null = null;
  return {
    url,
    stop: () => {
      stopping ??= (async () => {
        await app.apollo.stop(); // drains HTTP: in-flight requests finish, new ones are refused
        await graph.close();
        log.info('claimgraph stopped');
      })();
      return stopping;
    },
  };
}
