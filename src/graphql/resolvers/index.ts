import type { Resolvers } from '../resolvers.generated.js';
import { analysisResolvers } from './analysis.js';
import { articleResolvers } from './article.js';
import { claimResolvers } from './claim.js';
import { entityResolvers } from './entity.js';
import { eventResolvers } from './event.js';
import { scalarResolvers } from './scalars.js';

const VERSION = '0.1.0';

const base: Resolvers = {
  Query: { health: async (_, __, ctx) => ({ version: VERSION, graph: await ctx.graph.ping() }) },
};

/** All resolvers, merged per type. */
export function resolvers(): Resolvers {
  const parts: Resolvers[] = [base, articleResolvers, claimResolvers, entityResolvers, eventResolvers, analysisResolvers];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
  }
  return { ...(merged as Resolvers), ...scalarResolvers };
}
