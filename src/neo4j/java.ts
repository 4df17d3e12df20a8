import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

function javaVersion(javaBin: string): number | null {
  // `java -version` prints on stderr.
  const r = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (r.error) return null;
  return parseJavaVersion(`${r.stderr}${r.stdout}`);
}

/** `openjdk version "17.0.15"` -> 17; `java version "1.8.0_292"` -> 8. */
export function parseJavaVersion(output: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

/**
 * A `java` binary of at least `minMajor`: the one on PATH first, then JDKs under /usr/lib/jvm.
 * Throws with what to install when there is none.
 */
export function findJava(minMajor = 17): { bin: string; major: number } {
  const candidates = ['java'];
  const jvmDir = '/usr/lib/jvm';
  if (existsSync(jvmDir)) {
    for (const d of readdirSync(jvmDir).sort()) candidates.push(join(jvmDir, d, 'bin', 'java'));
  }
  for (const bin of candidates) {
    if (bin !== 'java' && !existsSync(bin)) continue;
    const major = javaVersion(bin);
    if (major !== null && major >= minMajor) return { bin, major };
  }
  throw new MissingToolError(
    `Neo4j needs Java ${minMajor} or newer and none was found. Install a JDK (e.g. apt-get install openjdk-17-jre-headless) or set NEO4J_URI to a running Neo4j.`,
  );
}

export function requireMaven(): string {
  try {
    execFileSync('mvn', ['-v'], { stdio: 'ignore' });
    return 'mvn';
  } catch {
    throw new MissingToolError(
      'Fetching Neo4j needs Maven 3.6+ (apt-get install maven). Or set NEO4J_URI to a running Neo4j, or use docker compose up.',
    );
  }
}
