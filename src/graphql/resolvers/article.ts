import { ingestAnnotated, ingestRaw } from '../../ingest/ingest-article.js';
import type { ArticleRecord } from '../../graph/records.js';
import type { Context } from '../../server/context.js';
import type { Resolvers } from '../resolvers.generated.js';
import { requireRole } from '../auth.js';
import { notFound, parseInput } from '../errors.js';
import { annotatedArticleInput, dateTime, first, id, ingestArticleInput, ref } from '../inputs.js';
import { connectionOf } from './connection.js';
import { prefetchedOr } from '../prefetched.js';
import { nodeSelection, selectionOf } from '../selection.js';
import { z } from 'zod';

const articleFilter = z
  .object({ source: ref.nullish(), publishedFrom: dateTime.nullish(), publishedTo: dateTime.nullish(), mentions: ref.nullish() })
  .nullish();

/** A slim record (joined into a claim's reports) loads its full self once per request, on demand. */
async function fullArticle(a: ArticleRecord, ctx: Context): Promise<ArticleRecord> {
  return a.partial ? ((await ctx.loaders.article.load(a.id)) ?? a) : a;
}

export const articleResolvers: Resolvers = {
  Query: {
    article: (_, args, ctx, info) => ctx.repos.articles.byId(parseInput(id, args.id, 'id'), selectionOf(ctx, info)),
    articles: (_, args, ctx, info) => {
      const f = parseInput(articleFilter, args.filter, 'filter') ?? {};
      const n = parseInput(first, args.first, 'first');
      const sel = selectionOf(ctx, info);
      return connectionOf(
        sel,
        () => ctx.repos.articles.list(f, n, args.after ?? null, sel && nodeSelection(sel)),
        () => ctx.repos.articles.count(f),
      );
    },
  },
  Mutation: {
    ingestArticle: async (_, args, ctx) => {
      requireRole(ctx, 'editor');
      const input = parseInput(ingestArticleInput, args.input);
      const out = await ingestRaw(ctx.graph, input, ctx.stats);
      return ctx.repos.articles.ingestResult(out.articleId, out.created, out.warnings);
    },
    ingestAnnotatedArticle: async (_, args, ctx) => {
      requireRole(ctx, 'editor');
      const input = parseInput(annotatedArticleInput, args.input);
      const out = await ingestAnnotated(ctx.graph, input, ctx.stats);
      return ctx.repos.articles.ingestResult(out.articleId, out.created, out.warnings);
    },
    deleteArticle: async (_, args, ctx) => {
      requireRole(ctx, 'editor');
      const articleId = parseInput(id, args.id, 'id');
      const r = await ctx.repos.articles.delete(articleId);
      if (!r.deleted) throw notFound('Article', articleId);
      return { id: articleId, ...r };
    },
  },
  Article: {
    contentHash: async (a, _, ctx) => (await fullArticle(a, ctx)).contentHash ?? '',
    language: async (a, _, ctx) => (await fullArticle(a, ctx)).language,
    dateline: async (a, _, ctx) => (await fullArticle(a, ctx)).dateline,
    text: async (a, _, ctx) => a.text ?? (await ctx.loaders.articleText.load(a.id)) ?? '',
    source: (a, _, ctx, info) => prefetchedOr(a, info, () => (a.source !== undefined ? a.source : ctx.loaders.articleSource.load(a.id))),
    claims: (a, _, ctx, info) => prefetchedOr(a, info, () => ctx.loaders.articleClaims.load(a.id)),
    events: (a, _, ctx, info) => prefetchedOr(a, info, () => ctx.loaders.articleEvents.load(a.id)),
    entities: (a, args, ctx, info) =>
      prefetchedOr(a, info, async () => {
        const all = await ctx.loaders.articleEntities.load(a.id);
        const label = { PERSON: 'Person', ORGANISATION: 'Organisation', LOCATION: 'Location' } as const;
        return args.type ? all.filter((m) => m.entity.label === label[args.type as keyof typeof label]) : all;
      }),
  },
  Source: {
    articles: (s, args, ctx, info) =>
      prefetchedOr(s, info, () => ctx.loaders.sourceArticles.load({ id: s.name, first: parseInput(first, args.first, 'first') })),
  },
  EntityMention: { entity: (m, _, __, info) => prefetchedOr(m, info, () => m.entity) },
  ArticleConnection: { totalCount: (c) => c.totalCount() },
};
