import { parseJavaVersion } from '../../../src/neo4j/java.js';
import { neo4jConf } from '../../../src/neo4j/neo4j-conf.js';

describe('the local Neo4j launcher', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "25" 2025-09-16', 25],
    ['java version "1.8.0_292"', 8],
    ['no java here', null],
  ])('reads the Java major version from %j', (out, major) => {
    expect(parseJavaVersion(out)).toBe(major);
  });

  it('writes a loopback-only configuration without usage reports', () => {
    const conf = neo4jConf({ home: '/h', boltPort: 7999, txTimeoutMs: 15_000, heap: '1g', pageCache: '512m' });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('db.transaction.timeout=15s');
    expect(conf).toContain('server.directories.data=/h/data');
  });
});
