import { z } from 'zod';
import type { Resolvers } from '../resolvers.generated.js';
import { requireRole } from '../auth.js';
import { notFound, parseInput } from '../errors.js';
import { date, first, id, ref, searchText, updateClaimInput } from '../inputs.js';
import { connectionOf } from './connection.js';
import { prefetchedOr } from '../prefetched.js';
import { nodeSelection, selectionOf } from '../selection.js';
import { luceneQuery } from '../../graph/lucene.js';
import { JOINED_REPORTS } from '../../graph/projections.js';
import type { ArticleRecord, ClaimRecord } from '../../graph/records.js';
import type { Context } from '../../server/context.js';

const claimFilter = z
  .object({
    speaker: ref.nullish(),
    about: ref.nullish(),
    mentions: ref.nullish(),
    source: ref.nullish(),
    saidFrom: date.nullish(),
    saidTo: date.nullish(),
    text: searchText.nullish(),
  })
  .nullish();

const claimOrder = z
  .object({ field: z.enum(['SAID_ON', 'CREATED_AT']).default('SAID_ON'), direction: z.enum(['ASC', 'DESC']).default('DESC') })
  .nullish();

/** The articles joined into the claim row, or all of them from the loader when there may be more. */
async function articlesOf(c: ClaimRecord, ctx: Context): Promise<ArticleRecord[]> {
  if (c.articles && c.articles.length < JOINED_REPORTS) return c.articles;
  return (await ctx.loaders.claimReports.load(c.id)).map((r) => r.article);
}

export const claimResolvers: Resolvers = {
  Query: {
    claim: (_, args, ctx, info) => ctx.repos.claims.byId(parseInput(id, args.id, 'id'), selectionOf(ctx, info)),
    claims: (_, args, ctx, info) => {
      const f = parseInput(claimFilter, args.filter, 'filter') ?? {};
      const filter = { ...f, text: f.text ? luceneQuery(f.text) : null };
      const order = parseInput(claimOrder, args.orderBy, 'orderBy') ?? { field: 'SAID_ON' as const, direction: 'DESC' as const };
      const n = parseInput(first, args.first, 'first');
      const sel = selectionOf(ctx, info);
      return connectionOf(
        sel,
        () => ctx.repos.claims.list(filter, order, n, args.after ?? null, sel && nodeSelection(sel)),
        () => ctx.repos.claims.count(filter),
      );
    },
  },
  Mutation: {
    updateClaim: async (_, args, ctx) => {
      requireRole(ctx, 'editor');
      const claimId = parseInput(id, args.id, 'id');
      const input = parseInput(updateClaimInput, args.input);
      const { speaker, ...rest } = input;
      const patch = Object.fromEntries(Object.entries(rest).filter(([k]) => k in (args.input as object)));
      const out = await ctx.repos.claims.update(claimId, patch, 'speaker' in (args.input as object) ? (speaker ?? null) : undefined);
      if (!out) throw notFound('Claim', claimId);
      return out;
    },
    deleteClaim: async (_, args, ctx) => {
      requireRole(ctx, 'editor');
      const claimId = parseInput(id, args.id, 'id');
      if (!(await ctx.repos.claims.delete(claimId))) throw notFound('Claim', claimId);
      return { id: claimId, deleted: true };
    },
    assignClaimToEvent: async (_, args, ctx) => {
      requireRole(ctx, 'editor');
      const claimId = parseInput(id, args.claim, 'claim');
      const eventId = parseInput(id, args.event, 'event');
      const out = await ctx.repos.claims.assignToEvent(claimId, eventId);
      if (!out) throw notFound('Claim or event', `${claimId} / ${eventId}`);
      return out;
    },
  },
  Claim: {
    span: (c) => ({ start: c.spanStart, end: c.spanEnd }),
    speaker: (c, _, ctx, info) => prefetchedOr(c, info, () => (c.speaker !== undefined ? c.speaker : ctx.loaders.claimSpeaker.load(c.id))),
    via: (c, _, ctx, info) => prefetchedOr(c, info, () => ctx.loaders.claimVia.load(c.id)),
    articles: (c, _, ctx, info) => prefetchedOr(c, info, () => articlesOf(c, ctx)),
    reports: (c, _, ctx, info) => prefetchedOr(c, info, () => ctx.loaders.claimReports.load(c.id)),
    events: (c, _, ctx, info) => prefetchedOr(c, info, () => ctx.loaders.claimEvents.load(c.id)),
    mentions: (c, _, ctx, info) => prefetchedOr(c, info, () => ctx.loaders.claimMentions.load(c.id)),
  },
  ClaimReport: { article: (r, _, __, info) => prefetchedOr(r, info, () => r.article) },
  ClaimConnection: { totalCount: (c) => c.totalCount() },
};
