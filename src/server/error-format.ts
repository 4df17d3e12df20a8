import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { CursorError } from '../graph/cursor.js';

/** Codes a client may see as they are; every other error is masked. */
const EXPOSED = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(err: unknown): boolean {
  return err instanceof Neo4jError && (UNAVAILABLE.has(err.code) || err.code.startsWith('Neo.TransientError.Transaction.Terminated'));
}

/** The transaction ran past NEO4J_TX_TIMEOUT_MS and Neo4j terminated it. */
export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

/** A limit rule's QUERY_TOO_COMPLEX, which Apollo relabels GRAPHQL_VALIDATION_FAILED. */
function limitCode(error: unknown): string | null {
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  return inner instanceof GraphQLError && inner.extensions.code === 'QUERY_TOO_COMPLEX' ? 'QUERY_TOO_COMPLEX' : null;
}

/** Production answers name no schema details: graphql-js's "Did you mean ...?" hints are cut. */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+?\?(?=$|\s)/g, '').trim();
}

/**
 * Two tiers: expected errors keep their code; driver and programming errors become opaque
 * (app.ts logs them with the request id). In production no stack traces and no suggestions.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const limited = limitCode(error);
  if (limited) formatted = { ...formatted, extensions: { ...formatted.extensions, code: limited } };
  const original = unwrapResolverError(error);
  if (original instanceof CursorError) {
    return { message: original.message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (isTimeout(original)) {
    return { message: 'The query took too long and was stopped; ask for less.', path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
  }
  if (isUnavailable(original)) {
    return { message: 'The graph database is unavailable; try again shortly.', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && EXPOSED.has(code)) {
    if (!production) return formatted;
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
