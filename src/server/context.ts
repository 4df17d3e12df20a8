import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Role } from '../config.js';
import { AnalysisRepository } from '../graph/analysis-repository.js';
import { ArticleRepository } from '../graph/article-repository.js';
import { ClaimRepository } from '../graph/claim-repository.js';
import { EntityRepository } from '../graph/entity-repository.js';
import { EventRepository } from '../graph/event-repository.js';
import type { Graph, QueryStats } from '../graph/graph.js';
import { createLoaders, type Loaders } from '../graph/loaders.js';

/** Everything a resolver may use for one request. */
export interface Context {
  graph: Graph;
  stats: QueryStats;
  loaders: Loaders;
  repos: ReturnType<typeof createRepositories>;
  log: Logger;
  requestId: string;
  role: Role | null;
  /**
   * Whether root fields fetch the client's whole selection in their own statement (see
   * graph/selection-projection.ts). Off, every relation goes through its loader: the two must
   * answer alike, which the integration tests check.
   */
  prefetch: boolean;
}

export interface ContextOptions {
  prefetch?: boolean;
}

function createRepositories(graph: Graph, stats: QueryStats) {
  return {
    articles: new ArticleRepository(graph, stats),
    claims: new ClaimRepository(graph, stats),
    entities: new EntityRepository(graph, stats),
    events: new EventRepository(graph, stats),
    analysis: new AnalysisRepository(graph, stats),
  };
}

export function createContext(graph: Graph, log: Logger, role: Role | null, requestId: string = randomUUID(), options: ContextOptions = {}): Context {
  const stats: QueryStats = { queries: 0 };
  return {
    graph,
    stats,
    loaders: createLoaders(graph, stats),
    repos: createRepositories(graph, stats),
    log: log.child({ requestId }),
    requestId,
    role,
    prefetch: options.prefetch ?? true,
  };
}
