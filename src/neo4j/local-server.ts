import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { childEnv } from '../config.js';
import { packageRoot } from '../package-root.js';
import { findJava, requireMaven } from './java.js';
import { neo4jConf } from './neo4j-conf.js';

export interface LocalNeo4jOptions {
  home: string;
  boltPort: number;
  user: string;
  password: string;
  txTimeoutMs: number;
  log?: (line: string) => void;
}

export type LocalStatus = { running: true; pid: number } | { running: false; stalePid: number | null };

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Neo4j Community run from its Maven jars in a git-ignored home folder, on 127.0.0.1 only. */
export class LocalNeo4j {
  private readonly lib: string;
  private readonly conf: string;
  private readonly pidFile: string;
  private readonly log: (line: string) => void;

  constructor(private readonly o: LocalNeo4jOptions) {
    this.lib = join(o.home, 'lib');
    this.conf = join(o.home, 'conf');
    this.pidFile = join(o.home, 'run', 'neo4j.pid');
    this.log = o.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.o.boltPort}`;
  }

  isFetched(): boolean {
    return existsSync(join(this.lib, '.complete')) && readdirSync(this.lib).some((f) => f.startsWith('neo4j-bolt-'));
  }

  /** Copies Neo4j's jars from Maven into <home>/lib (the first time only). */
  fetch(): void {
    if (this.isFetched()) return;
    const mvn = requireMaven();
    const pom = join(packageRoot(), 'neo4j', 'pom.xml');
    this.log(`Fetching Neo4j Community jars with Maven into ${this.lib} (first run only) ...`);
    mkdirSync(this.lib, { recursive: true });
    execFileSync(mvn, ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${this.lib}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    writeFileSync(join(this.lib, '.complete'), new Date().toISOString());
  }

  status(): LocalStatus {
    if (!existsSync(this.pidFile)) return { running: false, stalePid: null };
    const pid = Number(readFileSync(this.pidFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) return { running: true, pid };
    return { running: false, stalePid: Number.isInteger(pid) ? pid : null };
  }

  /** Starts the server unless it runs already; resolves when Bolt answers queries. */
  async start(timeoutMs = 120_000): Promise<{ pid: number; alreadyRunning: boolean }> {
    const st = this.status();
    if (st.running) {
      await this.waitForBolt(timeoutMs);
      return { pid: st.pid, alreadyRunning: true };
    }
    if (st.stalePid !== null) {
      this.log(`Removing stale pid file (process ${st.stalePid} is gone).`);
      rmSync(this.pidFile, { force: true });
    }
    this.fetch();
    const java = findJava(17);
    for (const d of ['conf', 'data', 'logs', 'plugins', 'run', 'import']) mkdirSync(join(this.o.home, d), { recursive: true });
    writeFileSync(
      join(this.conf, 'neo4j.conf'),
      neo4jConf({ home: this.o.home, boltPort: this.o.boltPort, txTimeoutMs: this.o.txTimeoutMs, heap: '1g', pageCache: '512m' }),
    );
    this.setInitialPassword(java.bin);
    const out = openSync(join(this.o.home, 'logs', 'console.log'), 'a');
    const child = spawn(
      java.bin,
      ['-XX:+UseG1GC', '-cp', `${this.lib}/*`, ENTRY_POINT, `--home-dir=${this.o.home}`, `--config-dir=${this.conf}`],
      { detached: true, stdio: ['ignore', out, out], env: childEnv({ NEO4J_HOME: this.o.home, NEO4J_CONF: this.conf }) },
    );
    closeSync(out);
    if (child.pid === undefined) throw new Error('could not start Java for Neo4j');
    child.unref();
    writeFileSync(this.pidFile, String(child.pid));
    this.log(`Starting Neo4j (pid ${child.pid}, Java ${java.major}) on ${this.uri} ...`);
    await this.waitForBolt(timeoutMs, child.pid);
    return { pid: child.pid, alreadyRunning: false };
  }

  /** Stops the server with SIGTERM and waits for it to exit. */
  async stop(timeoutMs = 60_000): Promise<boolean> {
    const st = this.status();
    if (!st.running) {
      rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(st.pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (alive(st.pid)) {
      if (Date.now() > deadline) {
        this.log(`Neo4j (pid ${st.pid}) did not stop in ${timeoutMs} ms; killing it.`);
        process.kill(st.pid, 'SIGKILL');
        break;
      }
      await sleep(200);
    }
    rmSync(this.pidFile, { force: true });
    return true;
  }

  private setInitialPassword(javaBin: string): void {
    if (existsSync(join(this.o.home, 'data', 'dbms', 'auth.ini'))) return;
    execFileSync(javaBin, ['-cp', `${this.lib}/*`, ADMIN_TOOL, 'dbms', 'set-initial-password', this.o.password], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: childEnv({ NEO4J_HOME: this.o.home, NEO4J_CONF: this.conf }),
    });
  }

  private async waitForBolt(timeoutMs: number, pid?: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const driver = neo4j.driver(this.uri, neo4j.auth.basic(this.o.user, this.o.password), {
      connectionTimeout: 2000,
      maxConnectionPoolSize: 1,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      for (;;) {
        if (pid !== undefined && !alive(pid)) {
          throw new Error(`Neo4j exited during start; see ${join(this.o.home, 'logs')}`);
        }
        try {
          await driver.executeQuery('RETURN 1');
          return;
        } catch (err) {
          if (Date.now() > deadline) throw new Error(`Neo4j did not answer on ${this.uri} within ${timeoutMs} ms: ${String(err)}`);
          await sleep(500);
        }
      }
    } finally {
      await driver.close();
    }
  }
}
