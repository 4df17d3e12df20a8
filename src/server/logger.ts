import pino, { type Logger } from 'pino';
import type { Config } from '../config.js';

/** JSON logs on stderr; secrets in headers are never logged. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino(
    { level: config.logLevel, base: { service: 'claimgraph' }, redact: ['req.headers.authorization', 'req.headers["x-api-key"]'] },
    pino.destination(2),
  );
}
