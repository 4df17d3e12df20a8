import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

/**
 * One structured line per GraphQL request, from the request's own child logger (it carries the
 * request id): operation, duration, Cypher round trips and error count.
 */
export function requestLogging(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, response }) {
          contextValue.log.info(
            {
              operation: operationName ?? null,
              ms: Math.round(performance.now() - started),
              cypher: contextValue.stats.queries,
              errors: errors?.length ?? 0,
              status: response.http.status ?? 200,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
