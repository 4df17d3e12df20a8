import { z } from 'zod';
import type { Resolvers } from '../resolvers.generated.js';
import { parseInput } from '../errors.js';
import { date, first, id, ref } from '../inputs.js';
import { connection } from './connection.js';
import { selectedWithInt } from '../lookahead.js';

const eventFilter = z
  .object({ text: ref.nullish(), from: date.nullish(), to: date.nullish(), location: ref.nullish(), involves: ref.nullish() })
  .nullish();

export const eventResolvers: Resolvers = {
  Query: {
    event: async (_, args, ctx, info) => {
      // Event.claims is fetched in the same statement when selected with a valid `first`.
      const asked = selectedWithInt(info, 'claims', 'first', 50);
      const claimsFirst = asked !== null && first.safeParse(asked).success ? asked : null;
      const r = await ctx.repos.events.byIdWithClaims(parseInput(id, args.id, 'id'), claimsFirst);
      if (r && claimsFirst !== null) ctx.loaders.eventClaims.prime({ id: r.event.id, first: claimsFirst }, r.claims);
      return r?.event ?? null;
    },
    events: async (_, args, ctx) => {
      const f = parseInput(eventFilter, args.filter, 'filter') ?? {};
      const n = parseInput(first, args.first, 'first');
      return connection(await ctx.repos.events.list(f, n, args.after ?? null), () => ctx.repos.events.count(f));
    },
  },
  Event: {
    claims: (e, args, ctx) => ctx.loaders.eventClaims.load({ id: e.id, first: parseInput(first, args.first, 'first') }),
    speakers: (e, _, ctx) => ctx.loaders.eventSpeakers.load(e.id),
    articles: (e, _, ctx) => ctx.loaders.eventArticles.load(e.id),
    locations: (e, _, ctx) => ctx.loaders.eventLocations.load(e.id),
    involves: (e, _, ctx) => ctx.loaders.eventInvolves.load(e.id),
  },
  EventConnection: { totalCount: (c) => c.totalCount() },
};
