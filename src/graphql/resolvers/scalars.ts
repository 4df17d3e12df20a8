import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { z } from 'zod';
import { date, dateTime } from '../inputs.js';

function stringScalar(name: string, description: string, schema: z.ZodType<string>) {
  const check = (v: unknown): string => {
    const r = schema.safeParse(v);
    if (!r.success) throw new GraphQLError(`${name}: ${r.error.issues[0]?.message ?? 'invalid'}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return r.data;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (v) => String(v),
    parseValue: check,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string`, { extensions: { code: 'BAD_USER_INPUT' } });
      return check(ast.value);
    },
  });
}

export const scalarResolvers = {
  Date: stringScalar('Date', 'A calendar day, YYYY-MM-DD.', date),
  DateTime: stringScalar('DateTime', 'An ISO 8601 date-time.', dateTime),
};
