import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/** Expected failures, each with a stable extensions.code. Anything else is masked by the server. */

export function badInput(message: string, path: (string | number)[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', path } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} not found`, { extensions: { code: 'NOT_FOUND', id } });
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}

/** Validates resolver arguments; the first zod issue becomes BAD_USER_INPUT with its path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = 'input'): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = [root, ...(issue?.path ?? [])].map((p) => (typeof p === 'number' ? p : String(p)));
  throw badInput(`${path.join('.')}: ${issue?.message ?? 'invalid'}`, path);
}
