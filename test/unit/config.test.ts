import { boltUri, ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and loopback', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.neo4j.uri).toBeNull();
    expect(c.neo4j.home).toBe('/srv/app/.neo4j');
    expect(boltUri(c)).toBe('bolt://127.0.0.1:7687');
    expect(c.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(c.introspection).toBe(true);
  });

  it.each(['bolt://db:7687', 'neo4j://cluster.example:7687', 'neo4j+s://abc.databases.example'])('accepts %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it.each([
    [{ NEO4J_URI: 'http://db:7474' }, 'NEO4J_URI'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NEO4J_PASSWORD: 'short' }, 'NEO4J_PASSWORD'],
    [{ API_KEYS: 'root:abc' }, 'API_KEYS'],
  ])('fails fast naming the bad variable: %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${name}`));
  });

  it('reads hashed API keys with roles and a CORS allow-list', () => {
    const hash = 'a'.repeat(64);
    const c = loadConfig({ API_KEYS: `editor:${hash}:ci, reader:${'b'.repeat(64)}`, CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(c.auth.apiKeys).toEqual([
      { role: 'editor', hash, name: 'ci' },
      { role: 'reader', hash: 'b'.repeat(64), name: 'key2' },
    ]);
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});
