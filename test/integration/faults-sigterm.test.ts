import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { packageRoot } from '../../src/package-root.js';
import { freePort } from './fault-tools.js';

/**
 * Issue 5, fault 3: SIGTERM under load. `claimgraph serve` runs as a child process; requests
 * whose bodies are still arriving when SIGTERM comes finish normally, new connections are
 * refused, the process exits 0 and logs 'claimgraph stopped' after closing the driver.
 */

jest.setTimeout(120_000);


/** A POST whose body is sent in two halves: the request is in flight between them. */
function slowPost(port: number, body: string) {
  const half = Math.floor(body.length / 2);
  let finish: () => void = () => undefined;
  const released = new Promise<void>((r) => (finish = r));
  const res = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (r) => {
        let text = '';
        r.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: r.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, half));
    void released.then(() => req.end(body.slice(half)));
  });
  return { res, finish: () => finish() };
}

function connectRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 3000 }, (r) => {
      r.resume();
      resolve(false);
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED' || e.code === 'ECONNRESET'));
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end();
  });
}

describe('SIGTERM under load', () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  test('in-flight requests finish, new ones are refused, exit code 0, driver closed', async () => {
    const port = await freePort();
    const root = packageRoot();
    child = spawn(process.execPath, [join(root, 'dist', 'src', 'cli', 'main.js'), 'serve'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'info', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | string | null>((r) => child?.on('exit', (code, signal) => r(code ?? signal)));

    const deadline = Date.now() + 60_000;
    while (!stdout.includes('claimgraph: GraphQL and playground at')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`serve did not start:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    const inflight = Array.from({ length: 5 }, (_, i) =>
      slowPost(port, JSON.stringify({ query: `query Q${i}($n: Int) { claims(first: $n) { totalCount } health { version graph } }`, variables: { n: 1 + i } })),
    );
    await new Promise((r) => setTimeout(r, 300)); // the server has every request's headers and half its body

    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    expect(await connectRefused(port)).toBe(true);

    for (const f of inflight) f.finish();
    const answers = await Promise.all(inflight.map((f) => f.res));
    for (const a of answers) {
      expect(a.status).toBe(200);
      const body = JSON.parse(a.body) as { data?: { health: { graph: boolean } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.health.graph).toBe(true);
    }

    const exit = await exited;
    if (exit !== 0) process.stderr.write(`serve stderr:\n${stderr}\n`);
    expect(exit).toBe(0);
    const log = stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg?: string; signal?: string });
    expect(log.some((l) => l.msg === 'shutting down' && l.signal === 'SIGTERM')).toBe(true);
    // The driver is closed last: 'claimgraph stopped' ends the lifecycle lines (per-request lines
    // of the drained requests may be flushed around it).
    const lifecycle = log.filter((l) => l.msg !== 'graphql request');
    expect(lifecycle.at(-1)?.msg).toBe('claimgraph stopped');
  });
});
