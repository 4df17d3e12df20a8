import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { formatError } from '../../../src/server/error-format.js';

const fmt = (e: GraphQLError, production: boolean) => formatError({ ...e.toJSON(), extensions: { ...e.extensions, stacktrace: ['at x (file.ts:1:1)'] } }, e, production);

describe('formatError', () => {
  test('unexpected errors are masked', () => {
    const e = new GraphQLError('boom at /srv/app.ts', { originalError: new TypeError('secret detail'), path: ['claims'] });
    for (const production of [true, false]) {
      expect(fmt(e, production)).toEqual({ message: 'Internal server error', path: ['claims'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
  });

  test('an unreachable database becomes SERVICE_UNAVAILABLE without driver details', () => {
    const e = new GraphQLError('x', { originalError: new Neo4jError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', 'N/A', 'N/A'), path: ['claims'] });
    expect(fmt(e, true)).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(JSON.stringify(fmt(e, true))).not.toMatch(/7687/);
  });

  test('a transaction that ran past its timeout becomes QUERY_TIMEOUT', () => {
    const e = new GraphQLError('x', { originalError: new Neo4jError('terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'N/A', 'N/A'), path: ['connection'] });
    expect(fmt(e, true)).toMatchObject({ path: ['connection'], extensions: { code: 'QUERY_TIMEOUT' } });
  });

  test('expected codes pass; production drops stack traces and "Did you mean" hints', () => {
    const e = new GraphQLError('Cannot query field "healt" on type "Query". Did you mean "health"?', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(fmt(e, false).extensions?.stacktrace).toBeDefined();
    expect(fmt(e, true)).toEqual({ message: 'Cannot query field "healt" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  test("a limit rule's error keeps QUERY_TOO_COMPLEX under Apollo's validation wrapper", () => {
    const inner = new GraphQLError('Query depth 12 exceeds the limit of 10', { extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const wrapped = new GraphQLError(inner.message, { originalError: inner, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(fmt(wrapped, true).extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
