import type { Resolvers } from '../resolvers.generated.js';
import { badInput, parseInput } from '../errors.js';
import { date, first, id, maxHops, searchText } from '../inputs.js';

export const analysisResolvers: Resolvers = {
  Query: {
    whoSaidWhat: (_, args, ctx) => ctx.repos.analysis.whoSaidWhat(parseInput(id, args.event, 'event')),
    timeline: (_, args, ctx) => {
      if (!args.event && !args.entity) throw badInput('give event or entity', ['event']);
      return ctx.repos.analysis.timeline({
        event: args.event ? parseInput(id, args.event, 'event') : null,
        entity: args.entity ? parseInput(id, args.entity, 'entity') : null,
        from: args.from ? parseInput(date, args.from, 'from') : null,
        to: args.to ? parseInput(date, args.to, 'to') : null,
        first: parseInput(first, args.first, 'first'),
      });
    },
    connection: (_, args, ctx) =>
      ctx.repos.analysis.connection(parseInput(id, args.from, 'from'), parseInput(id, args.to, 'to'), parseInput(maxHops, args.maxHops, 'maxHops')),
    disagreements: (_, args, ctx) =>
      ctx.repos.analysis.disagreements(parseInput(id, args.event, 'event'), parseInput(first, args.first, 'first')),
    search: (_, args, ctx) => ctx.repos.analysis.search(parseInput(searchText, args.query, 'query'), parseInput(first, args.first, 'first')),
  },
  PathNode: { __resolveType: (n) => n.label },
  SearchResult: { __resolveType: (n) => n.label },
};
