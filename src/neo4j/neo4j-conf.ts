export interface Neo4jConfOptions {
  home: string;
  boltPort: number;
  txTimeoutMs: number;
  heap: string;
  pageCache: string;
}

/** neo4j.conf for the local server: loopback Bolt only, no HTTP, no usage reports. */
export function neo4jConf(o: Neo4jConfOptions): string {
  return [
    '# Written by claimgraph; changes are overwritten on the next start.',
    `server.directories.data=${o.home}/data`,
    `server.directories.logs=${o.home}/logs`,
    `server.directories.plugins=${o.home}/plugins`,
    `server.directories.run=${o.home}/run`,
    `server.directories.import=${o.home}/import`,
    `server.default_listen_address=127.0.0.1`,
    `server.bolt.enabled=true`,
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.tls_level=DISABLED`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    `db.transaction.timeout=${Math.ceil(o.txTimeoutMs / 1000)}s`,
    'db.logs.query.enabled=OFF',
    '',
  ].join('\n');
}
