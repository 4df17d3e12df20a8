import { z } from 'zod';

/** The only module that reads process.env. Fails fast, naming the bad variable. */

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('claimgraph-local'),
  NEO4J_DATABASE: z.string().regex(/^[a-z0-9.-]{1,63}$/i, 'must be a Neo4j database name').default('neo4j'),
  NEO4J_HOME: z.string().min(1).optional(),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEED_ON_START: boolean.default(true),
  API_KEYS: z.string().optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ISSUER: z.string().optional(),
  ALLOW_ANONYMOUS_READS: boolean.default(true),
  CORS_ORIGINS: z.string().optional(),
  INTROSPECTION: boolean.optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
});

export type Env = z.infer<typeof envSchema>;

export interface ApiKey {
  /** sha256 hex of the key; the key itself is never kept. */
  hash: string;
  role: Role;
  name: string;
}
export type Role = 'reader' | 'editor' | 'admin';

export interface Config {
  neo4j: {
    /** Unset: use (and start if needed) the local Neo4j under `home`. */
    uri: string | null;
    user: string;
    password: string;
    database: string;
    home: string;
    boltPort: number;
    txTimeoutMs: number;
  };
  http: { host: string; port: number };
  logLevel: (typeof logLevels)[number];
  production: boolean;
  seedOnStart: boolean;
  auth: {
    apiKeys: ApiKey[];
    jwtSecret: string | null;
    jwtIssuer: string | null;
    allowAnonymousReads: boolean;
  };
  corsOrigins: string[];
  introspection: boolean;
  rateLimitPerMinute: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const apiKeyEntry = /^(reader|editor|admin):([0-9a-f]{64})(?::([\w.-]+))?$/;

function parseApiKeys(raw: string | undefined): ApiKey[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const m = apiKeyEntry.exec(entry);
      if (!m) {
        throw new ConfigError(
          `API_KEYS: entry ${i + 1} must be role:sha256hex[:name] with role reader, editor or admin`,
        );
      }
      return { role: m[1] as Role, hash: m[2] as string, name: m[3] ?? `key${i + 1}` };
    });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? null,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      home: e.NEO4J_HOME ?? `${cwd}/.neo4j`,
      boltPort: e.NEO4J_BOLT_PORT,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    },
    http: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    production,
    seedOnStart: e.SEED_ON_START,
    auth: {
      apiKeys: parseApiKeys(e.API_KEYS),
      jwtSecret: e.JWT_SECRET ?? null,
      jwtIssuer: e.JWT_ISSUER ?? null,
      allowAnonymousReads: e.ALLOW_ANONYMOUS_READS,
    },
    corsOrigins: (e.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    introspection: e.INTROSPECTION ?? !production,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
  };
}

/** The Bolt URI the app connects to: the configured one, or the local server's. */
export function boltUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.boltPort}`;
}

/** The environment child processes (the local Neo4j) inherit, with additions; read here, like every setting. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
