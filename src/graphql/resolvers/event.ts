import { z } from 'zod';
import type { Resolvers } from '../resolvers.generated.js';
import { parseInput } from '../errors.js';
import { date, first, id, ref } from '../inputs.js';
import { connectionOf } from './connection.js';
import { prefetchedOr } from '../prefetched.js';
import { nodeSelection, selectionOf } from '../selection.js';

const eventFilter = z
  .object({ text: ref.nullish(), from: date.nullish(), to: date.nullish(), location: ref.nullish(), involves: ref.nullish() })
  .nullish();

export const eventResolvers: Resolvers = {
  Query: {
    event: (_, args, ctx, info) => ctx.repos.events.byId(parseInput(id, args.id, 'id'), selectionOf(ctx, info)),
    events: (_, args, ctx, info) => {
      const f = parseInput(eventFilter, args.filter, 'filter') ?? {};
      const n = parseInput(first, args.first, 'first');
      const sel = selectionOf(ctx, info);
      return connectionOf(
        sel,
        () => ctx.repos.events.list(f, n, args.after ?? null, sel && nodeSelection(sel)),
        () => ctx.repos.events.count(f),
      );
    },
  },
  Event: {
    claims: (e, args, ctx, info) =>
      prefetchedOr(e, info, () => ctx.loaders.eventClaims.load({ id: e.id, first: parseInput(first, args.first, 'first') })),
    speakers: (e, _, ctx, info) => prefetchedOr(e, info, () => ctx.loaders.eventSpeakers.load(e.id)),
    articles: (e, _, ctx, info) => prefetchedOr(e, info, () => ctx.loaders.eventArticles.load(e.id)),
    locations: (e, _, ctx, info) => prefetchedOr(e, info, () => ctx.loaders.eventLocations.load(e.id)),
    involves: (e, _, ctx, info) => prefetchedOr(e, info, () => ctx.loaders.eventInvolves.load(e.id)),
  },
  SpeakerCount: { speaker: (s, _, __, info) => prefetchedOr(s, info, () => s.speaker) },
  EventConnection: { totalCount: (c) => c.totalCount() },
};
