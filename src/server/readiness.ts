import type { Logger } from 'pino';
import type { Graph } from '../graph/graph.js';
import { latestMigration, migrate, schemaVersion } from '../graph/migrations.js';

/**
 * Ready means Neo4j answers and the schema migrations are applied. When Neo4j was down at start
 * the migrations are applied on the first check that reaches it: no restart needed.
 */
export class Readiness {
  private migrated = false;

  constructor(
    private readonly graph: Graph,
    private readonly log: Logger,
  ) {}

  async check(): Promise<{ ready: boolean; graph: boolean; schema: number }> {
    if (!(await this.graph.ping())) return { ready: false, graph: false, schema: 0 };
    try {
      if (!this.migrated) {
        await migrate(this.graph, (m) => this.log.info(m));
        this.migrated = (await schemaVersion(this.graph)) >= latestMigration;
      }
      return { ready: this.migrated, graph: true, schema: this.migrated ? latestMigration : 0 };
    } catch (err) {
      this.log.warn({ err: String(err) }, 'migrations could not be applied yet');
      return { ready: false, graph: true, schema: 0 };
    }
  }
}
