import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { EntityRecord } from '../../graph/records.js';
import type { Context } from '../../server/context.js';
import type { Resolvers } from '../resolvers.generated.js';
import { requireRole } from '../auth.js';
import { badInput, notFound, parseInput } from '../errors.js';
import { first, id, ref } from '../inputs.js';
import { connectionOf } from './connection.js';
import { prefetchedOr } from '../prefetched.js';
import { nodeSelection, selectionOf } from '../selection.js';

const typeOfLabel = { Person: 'PERSON', Organisation: 'ORGANISATION', Location: 'LOCATION' } as const;
const lookup = z.object({ id: id.nullish(), name: ref.nullish() }).refine((a) => a.id || a.name, 'give id or name');
type PageArgs = { first?: number | null };
const pageOf = (args: PageArgs) => parseInput(first, args.first ?? 20, 'first');

/** A slim record (joined into a claim row) loads its full self once per request, on demand. */
async function full(e: EntityRecord, ctx: Context): Promise<EntityRecord> {
  return e.partial ? ((await ctx.loaders.entity.load(e.id)) ?? e) : e;
}

/** Fields every entity type shares. */
const common = {
  aliases: async (e: EntityRecord, _: unknown, ctx: Context) => (await full(e, ctx)).aliases,
  type: (e: EntityRecord) => typeOfLabel[e.label],
  coMentioned: (e: EntityRecord, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
    prefetchedOr(e, info, () => ctx.loaders.coMentioned.load({ id: e.id, first: pageOf(args) })),
  mentionedIn: (e: EntityRecord, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
    prefetchedOr(e, info, () => ctx.loaders.mentionedIn.load({ id: e.id, first: pageOf(args) })),
} as const;

const speaking = {
  ...common,
  claimsMade: (e: EntityRecord, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
    prefetchedOr(e, info, () => ctx.loaders.claimsMade.load({ id: e.id, first: pageOf(args) })),
  claimsAbout: (e: EntityRecord, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
    prefetchedOr(e, info, () => ctx.loaders.claimsAbout.load({ id: e.id, first: pageOf(args) })),
};

export const entityResolvers: Resolvers = {
  Query: {
    person: (_, args, ctx, info) => {
      const a = parseInput(lookup, args, 'args');
      return ctx.repos.entities.find('Person', a.id, a.name, selectionOf(ctx, info));
    },
    organisation: (_, args, ctx, info) => {
      const a = parseInput(lookup, args, 'args');
      return ctx.repos.entities.find('Organisation', a.id, a.name, selectionOf(ctx, info));
    },
    location: (_, args, ctx, info) => {
      const a = parseInput(lookup, args, 'args');
      return ctx.repos.entities.find('Location', a.id, a.name, selectionOf(ctx, info));
    },
    entities: (_, args, ctx, info) => {
      const search = args.search ? parseInput(ref, args.search, 'search') : null;
      const type = args.type ?? null;
      const n = parseInput(first, args.first, 'first');
      const sel = selectionOf(ctx, info);
      return connectionOf(
        sel,
        () => ctx.repos.entities.list(search, type, n, args.after ?? null, sel && nodeSelection(sel)),
        () => ctx.repos.entities.count(search, type),
      );
    },
  },
  Mutation: {
    mergeEntities: async (_, args, ctx) => {
      requireRole(ctx, 'editor');
      const keep = parseInput(id, args.keep, 'keep');
      const remove = parseInput(id, args.remove, 'remove');
      if (keep === remove) throw badInput('keep and remove must differ', ['remove']);
      const out = await ctx.repos.entities.merge(keep, remove);
      if (!out) throw notFound('Entity pair of one type', `${keep} / ${remove}`);
      return out;
    },
  },
  Entity: { __resolveType: (e) => e.label },
  Person: speaking,
  Organisation: speaking,
  Location: {
    ...common,
    partOf: (l, _, ctx, info) => prefetchedOr(l, info, () => ctx.loaders.partOf.load(l.id)),
    parts: (l, _, ctx, info) => prefetchedOr(l, info, () => ctx.loaders.parts.load(l.id)),
    events: (l, args, ctx, info) => prefetchedOr(l, info, () => ctx.loaders.locationEvents.load({ id: l.id, first: pageOf(args) })),
    kind: async (l, _, ctx) => ((await full(l, ctx)).kind as 'COUNTRY' | 'REGION' | 'CITY' | 'SITE' | null) ?? null,
    latitude: async (l, _, ctx) => (await full(l, ctx)).latitude,
    longitude: async (l, _, ctx) => (await full(l, ctx)).longitude,
    iso: async (l, _, ctx) => (await full(l, ctx)).iso,
  },
  EntityConnection: { totalCount: (c) => c.totalCount() },
  CoMention: { entity: (m, _, __, info) => prefetchedOr(m, info, () => m.entity) },
};
