import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { packageRoot } from '../../../src/package-root.js';
import { matchApiKey } from '../../../src/server/credentials.js';

const script = join(packageRoot(), 'scripts', 'hash-key.mjs');
const run = (args: string[], input?: string) => execFileSync(process.execPath, [script, ...args], { input, encoding: 'utf8' });

describe('scripts/hash-key.mjs', () => {
  test('its hash, put in API_KEYS, makes the server accept the key', () => {
    const key = 'k3y with spaces and ünïcode';
    const hash = run([], key).trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(run([key]).trim()).toBe(hash);
    const config = loadConfig({ API_KEYS: `editor:${hash}:cms` });
    expect(matchApiKey(config, key)).toMatchObject({ role: 'editor', name: 'cms' });
    expect(matchApiKey(config, `${key} `)).toBeNull();
  });

  test('--new prints a fresh key with a ready API_KEYS entry', () => {
    const out = run(['--new', 'admin', 'ops']);
    const key = /key:\s+(\S+)/.exec(out)?.[1] ?? '';
    const entry = /API_KEYS:\s+(\S+)/.exec(out)?.[1] ?? '';
    expect(key.length).toBeGreaterThanOrEqual(40);
    expect(matchApiKey(loadConfig({ API_KEYS: entry }), key)).toMatchObject({ role: 'admin', name: 'ops' });
  });
});
