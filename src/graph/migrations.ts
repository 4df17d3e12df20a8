import type { Graph } from './graph.js';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** Versioned, idempotent schema steps. Append only: never edit a step that has shipped. */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'uniqueness constraints',
    statements: [
      'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
      'CREATE CONSTRAINT article_hash IF NOT EXISTS FOR (a:Article) REQUIRE a.contentHash IS UNIQUE',
      'CREATE CONSTRAINT source_name IF NOT EXISTS FOR (s:Source) REQUIRE s.name IS UNIQUE',
      'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
      'CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE',
      'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
      'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE',
      'CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE',
    ],
  },
  {
    version: 2,
    name: 'range indexes for filters and keyset pages',
    statements: [
      'CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)',
      'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt, a.id)',
      'CREATE INDEX claim_said_on IF NOT EXISTS FOR (c:Claim) ON (c.saidOn, c.id)',
      'CREATE INDEX claim_created IF NOT EXISTS FOR (c:Claim) ON (c.createdAt, c.id)',
      'CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey, e.id)',
      'CREATE INDEX event_start IF NOT EXISTS FOR (e:Event) ON (e.start, e.id)',
      'CREATE INDEX source_domain IF NOT EXISTS FOR (s:Source) ON (s.domain)',
    ],
  },
  {
    version: 3,
    name: 'full-text indexes',
    statements: [
      'CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]',
      'CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.content, c.quote, c.sentence]',
      'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]',
      'CREATE FULLTEXT INDEX event_names IF NOT EXISTS FOR (e:Event) ON EACH [e.name, e.kind]',
    ],
  },
];

export const latestMigration = Math.max(...migrations.map((m) => m.version));

/** Applies every step not yet recorded; safe to run at every start and concurrently re-run. */
export async function migrate(graph: Graph, log: (msg: string) => void = () => undefined): Promise<number[]> {
  const applied = new Set(
    (await graph.readRows<{ v: number }>('MATCH (m:Migration) RETURN m.version AS v')).map((r) => r.v),
  );
  const done: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    // Schema statements cannot share a transaction with data writes: one each.
    for (const statement of m.statements) await graph.writeRows(statement);
    await graph.writeRows('MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.appliedAt = datetime()', {
      version: m.version,
      name: m.name,
    });
    await graph.writeRows('CALL db.awaitIndexes(60)');
    log(`migration ${m.version} applied: ${m.name}`);
    done.push(m.version);
  }
  return done;
}

/** The highest applied migration, or 0. */
export async function schemaVersion(graph: Graph): Promise<number> {
  const r = await graph.readRows<{ v: number | null }>('MATCH (m:Migration) RETURN max(m.version) AS v');
  return r[0]?.v ?? 0;
}
