import { loadConfig } from '../config.js';
import { localNeo4j } from '../graph/connect.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `claimgraph neo4j fetch|start|stop|status` for the local server. */
export async function neo4jCommand(action: string): Promise<number> {
  const config = loadConfig();
  const local = localNeo4j(config, say);
  switch (action) {
    case 'fetch':
      local.fetch();
      say(`Neo4j jars are in ${config.neo4j.home}/lib`);
      return 0;
    case 'start': {
      const r = await local.start();
      say(r.alreadyRunning ? `Neo4j is already running (pid ${r.pid}) on ${local.uri}` : `Neo4j started (pid ${r.pid}) on ${local.uri}`);
      say(`user ${config.neo4j.user}, database ${config.neo4j.database}; home ${config.neo4j.home}`);
      return 0;
    }
    case 'stop':
      say((await local.stop()) ? 'Neo4j stopped' : 'Neo4j was not running');
      return 0;
    case 'status': {
      const st = local.status();
      if (st.running) say(`running (pid ${st.pid}) on ${local.uri}`);
      else say(st.stalePid ? `not running (stale pid ${st.stalePid})` : 'not running');
      return st.running ? 0 : 3;
    }
    default:
      process.stderr.write(`unknown action ${action}: use fetch, start, stop or status\n`);
      return 2;
  }
}
