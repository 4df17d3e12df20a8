import { isUtf8 } from 'node:buffer';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Graph } from '../graph/graph.js';
import { requireEditorForMutations } from '../graphql/auth.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { packageRoot } from '../package-root.js';
import { createContext, type Context } from './context.js';
import { identify, InvalidCredentials, rateKey } from './credentials.js';
import { noStore } from './no-store.js';
import { formatError, isTimeout, isUnavailable } from './error-format.js';
import { playgroundAssets, playgroundHtml } from './playground.js';
import { aliasLimit, costLimit, defaultLimits, depthLimit } from './query-limits.js';
import { rateLimit } from './rate-limit.js';
import { Readiness } from './readiness.js';
import { requestLogging } from './request-logging.js';

export const MAX_BODY = '1mb';

/** Refuses request bodies that are not valid UTF-8 (body-parser would turn them into U+FFFD). */
function requireUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) throw Object.assign(new Error('Request body is not valid UTF-8'), { status: 400, type: 'encoding.invalid' });
}

/** Every schema/*.graphql, the same files codegen reads, so a new domain file is served and typed alike. */
export function loadTypeDefs(): string {
  const dir = join(packageRoot(), 'schema');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

function errorLogging(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const code = e.extensions?.code;
            const original = e.originalError ?? e;
            if (isUnavailable(original)) contextValue.log.warn({ err: String(original) }, 'graph unavailable');
            else if (isTimeout(original)) contextValue.log.warn({ err: String(original) }, 'query timed out');
            else if (!code || code === 'INTERNAL_SERVER_ERROR') contextValue.log.error({ err: original }, 'unexpected error');
          }
        },
      };
    },
  };
}

export interface App {
  http: Server;
  apollo: ApolloServer<Context>;
  readiness: Readiness;
}

/** HTTP + Apollo: limits, auth in context, offline playground, health and readiness. */
export async function createApp(config: Config, graph: Graph, log: Logger): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const http = createServer(app);
  const readiness = new Readiness(graph, log);

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers() as never,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    // The serve command owns SIGTERM/SIGINT (drain, close the driver, exit 0); Apollo's own handler
    // would re-raise the signal and end the process before the driver is closed.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: defaultLimits.maxTokens },
    validationRules: [depthLimit(defaultLimits.maxDepth), aliasLimit(defaultLimits.maxAliases)],
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore(),
      errorLogging(),
      requireEditorForMutations(),
      costLimit<Context>(defaultLimits.maxCost),
      requestLogging(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const r = await readiness.check();
    res.status(r.ready ? 200 : 503).json(r);
  });
  app.use(playgroundAssets());

  const corsMiddleware = cors({
    origin: (origin, cb) => cb(null, origin === undefined || config.corsOrigins.includes(origin) ? origin ?? false : false),
    credentials: false,
    allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight'],
  });

  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' && !req.query.query) {
      res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'");
      res.type('html').send(playgroundHtml('/graphql'));
      return;
    }
    next();
  });

  app.use(
    '/graphql',
    corsMiddleware,
    rateLimit(config.rateLimitPerMinute, (req) => rateKey(config, req.headers, req.ip)),
    express.json({ limit: MAX_BODY, type: ['application/json', 'application/graphql-response+json'], verify: requireUtf8 }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        let who: Awaited<ReturnType<typeof identify>>;
        try {
          who = await identify(config, req.headers);
        } catch (err) {
          if (!(err instanceof InvalidCredentials)) throw err;
          who = null;
        }
        if (who === null) {
          res.setHeader('WWW-Authenticate', 'Bearer');
          throw new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        // Anonymous readers carry role null: any resolver that needs a role answers UNAUTHENTICATED.
        return createContext(graph, log, who.role, requestId);
      },
    }),
  );

  // Body parser errors: too large -> 413, malformed JSON -> 400, as JSON GraphQL errors.
  app.use((err: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err || typeof err.status !== 'number') {
      next(err);
      return;
    }
    const code = err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    const message =
      err.status === 413
        ? `Request body exceeds ${MAX_BODY}`
        : err.type === 'encoding.invalid'
          ? 'Request body is not valid UTF-8'
          : err.type === 'entity.parse.failed'
            ? 'Malformed JSON in request body'
            : 'Malformed request body';
    res.status(err.status).json({ errors: [{ message, extensions: { code } }] });
  });

  return { http, apollo, readiness };
}
