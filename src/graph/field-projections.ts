/**
 * The Cypher behind each GraphQL field, for statements that fetch a whole selection at once
 * (selection-projection.ts). Every read orders and pages exactly as the matching loader in
 * loaders.ts does, so a field answers the same whether it was fetched here or by its loader.
 * Expressions name variables only; argument values reach Cypher through `param` as $parameters.
 *
 * Counts are COUNT/COLLECT subqueries, never aggregating functions: Neo4j 5 refuses an aggregation
 * inside a COLLECT subquery nested in a map ("implicit grouping expressions").
 */

/** The Cypher variables a projected object reads from. */
export interface Scope {
  node: string;
  /** The REPORTED_IN relationship when a claim is seen as one article reports it, or a ClaimReport's. */
  report?: string;
  /** An EntityMention's MENTIONS relationship. */
  mention?: string;
  /** A counted value: CoMention.count, SpeakerCount.claims. */
  count?: string;
}

/** Fresh variable names for one related level. */
export interface Names {
  node: string;
  rel: string;
  count: string;
  aux: string;
}

/** Registers a Cypher parameter and returns its `$name`. */
export type Param = (value: unknown) => string;
export type Args = Readonly<Record<string, unknown>>;
/** Map entries: [key, Cypher expression]. */
export type Entries = [string, string][];

export interface Related {
  many: boolean;
  /** MATCH ... up to (not including) RETURN, binding `c.node` (and what `scope` names); null: not fetchable with these args. */
  read: (p: Scope, c: Names, args: Args, param: Param) => string | null;
  scope?: (c: Names) => Scope;
}
/** A field whose object is built from the parent's own row (SpeakerCount.speaker, ClaimReport.article). */
export interface Inline {
  inline: (p: Scope) => Scope;
}

export interface TypeProjection {
  /** Always fetched: what type resolution, loaders and cursors need. */
  always: (s: Scope) => Entries;
  values: Record<string, (s: Scope) => Entries>;
  relations: Record<string, Related | Inline>;
}

const prop = (name: string) => (s: Scope): Entries => [[name, `${s.node}.${name}`]];
const props = (...names: string[]) => Object.fromEntries(names.map((n) => [n, prop(n)]));
const listProp = (name: string) => (s: Scope): Entries => [[name, `coalesce(${s.node}.${name}, [])`]];

/** `LIMIT $n` for a valid `first`; null otherwise (the resolver then refuses the argument itself). */
function limit(args: Args, param: Param): string | null {
  const n = args.first;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? `LIMIT ${param(n)}` : null;
}

/** A paged relation: the MATCH … ORDER BY the relation reads, then `LIMIT $first`; null without a valid `first`. */
const paged = (match: (p: Scope, c: Names) => string): Related['read'] => (p, c, args, param) => {
  const page = limit(args, param);
  return page && `${match(p, c)} ${page}`;
};

const ENTITY_LABEL = (v: string) => `head([l IN labels(${v}) WHERE l IN ['Person', 'Organisation', 'Location']])`;
const LATEST_CLAIMS = (c: string) => `WITH ${c} ORDER BY coalesce(${c}.saidOn, '') DESC, ${c}.id`;
const LABEL_OF_TYPE: Record<string, string> = { PERSON: 'Person', ORGANISATION: 'Organisation', LOCATION: 'Location' };

const article: TypeProjection = {
  always: (s) => [['id', `${s.node}.id`]],
  values: {
    ...props('url', 'title', 'publishedAt', 'contentHash', 'language', 'dateline'),
    text: (s) => [['text', `coalesce(${s.node}.text, '')`]],
  },
  relations: {
    source: { many: false, read: (p, c) => `MATCH (${p.node})-[:PUBLISHED_BY]->(${c.node}:Source)` },
    claims: {
      many: true,
      read: (p, c) => `MATCH (${c.node}:Claim)-[${c.rel}:REPORTED_IN]->(${p.node}) WITH ${c.node}, ${c.rel} ORDER BY ${c.rel}.start`,
      scope: (c) => ({ node: c.node, report: c.rel }),
    },
    events: { many: true, read: (p, c) => `MATCH (${p.node})-[:COVERS]->(${c.node}:Event) WITH ${c.node} ORDER BY ${c.node}.name` },
    entities: {
      many: true,
      read: (p, c, args, param) => {
        const label = typeof args.type === 'string' ? (LABEL_OF_TYPE[args.type] ?? null) : null;
        const only = label ? ` WHERE ${param(label)} IN labels(${c.node})` : '';
        return `MATCH (${p.node})-[${c.rel}:MENTIONS]->(${c.node}:Entity)${only} WITH ${c.node}, ${c.rel} ORDER BY ${c.rel}.spans[0]`;
      },
      scope: (c) => ({ node: c.node, mention: c.rel }),
    },
  },
};

const source: TypeProjection = {
  always: (s) => [['name', `${s.node}.name`]],
  values: props('domain'),
  relations: {
    articles: {
      many: true,
      read: paged((p, c) => `MATCH (${c.node}:Article)-[:PUBLISHED_BY]->(${p.node}) WITH ${c.node} ORDER BY ${c.node}.publishedAt DESC, ${c.node}.id`),
    },
  },
};

const claim: TypeProjection = {
  always: (s) => [['id', `${s.node}.id`]],
  values: {
    ...props('content', 'quote', 'cue', 'saidOn', 'saidOnPrecision', 'confidence', 'extractor', 'speakerMention', 'createdAt'),
    datesMentioned: listProp('datesMentioned'),
    // Seen through an article, sentence and span are where that article reports the claim.
    sentence: (s) => [['sentence', s.report ? `${s.report}.sentence` : `${s.node}.sentence`]],
    span: (s) => [
      ['spanStart', s.report ? `${s.report}.start` : `${s.node}.spanStart`],
      ['spanEnd', s.report ? `${s.report}.end` : `${s.node}.spanEnd`],
    ],
  },
  relations: {
    speaker: { many: false, read: (p, c) => `MATCH (${p.node})-[:SAID_BY]->(${c.node}:Entity)` },
    via: { many: false, read: (p, c) => `MATCH (${p.node})-[:VIA]->(${c.node}:Entity)` },
    articles: {
      many: true,
      read: (p, c) => `MATCH (${p.node})-[:REPORTED_IN]->(${c.node}:Article) WITH ${c.node} ORDER BY ${c.node}.publishedAt, ${c.node}.id`,
    },
    reports: {
      many: true,
      read: (p, c) =>
        `MATCH (${p.node})-[${c.rel}:REPORTED_IN]->(${c.node}:Article) WITH ${c.node}, ${c.rel} ORDER BY ${c.node}.publishedAt, ${c.node}.id`,
      scope: (c) => ({ node: c.node, report: c.rel }),
    },
    events: { many: true, read: (p, c) => `MATCH (${p.node})-[:ABOUT]->(${c.node}:Event) WITH ${c.node} ORDER BY ${c.node}.name` },
    mentions: { many: true, read: (p, c) => `MATCH (${p.node})-[:MENTIONS]->(${c.node}:Entity) WITH ${c.node} ORDER BY ${c.node}.name` },
  },
};

const claimReport: TypeProjection = {
  always: () => [],
  values: {
    sentence: (s) => [['sentence', `${s.report}.sentence`]],
    span: (s) => [['span', `{start: ${s.report}.start, end: ${s.report}.end}`]],
  },
  relations: { article: { inline: (p) => ({ node: p.node }) } },
};

const entity: TypeProjection = {
  always: (s) => [
    ['id', `${s.node}.id`],
    ['label', ENTITY_LABEL(s.node)],
  ],
  values: {
    ...props('name', 'kind', 'latitude', 'longitude', 'iso'),
    aliases: listProp('aliases'),
    type: () => [],
  },
  relations: {
    claimsMade: {
      many: true,
      read: paged((p, c) => `MATCH (${c.node}:Claim)-[:SAID_BY]->(${p.node}) ${LATEST_CLAIMS(c.node)}`),
    },
    claimsAbout: {
      many: true,
      read: paged((p, c) => `MATCH (${c.node}:Claim)-[:MENTIONS]->(${p.node}) WHERE NOT (${c.node})-[:SAID_BY]->(${p.node}) ${LATEST_CLAIMS(c.node)}`),
    },
    mentionedIn: {
      many: true,
      read: paged((p, c) => `MATCH (${c.node}:Article)-[:MENTIONS]->(${p.node}) WITH ${c.node} ORDER BY ${c.node}.publishedAt DESC, ${c.node}.id`),
    },
    coMentioned: {
      many: true,
      read: paged(
        (p, c) =>
          `MATCH (${p.node})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(${c.node}:Entity) WHERE ${c.node} <> ${p.node} WITH DISTINCT ${c.node}
           WITH ${c.node}, COUNT { (${p.node})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(${c.node}) } AS ${c.count}
           ORDER BY ${c.count} DESC, ${c.node}.name`,
      ),
      scope: (c) => ({ node: c.node, count: c.count }),
    },
    partOf: { many: false, read: (p, c) => `MATCH (${p.node})-[:PART_OF]->(${c.node}:Location)` },
    parts: { many: true, read: (p, c) => `MATCH (${c.node}:Location)-[:PART_OF]->(${p.node}) WITH ${c.node} ORDER BY ${c.node}.name` },
    events: {
      many: true,
      read: paged(
        (p, c) =>
          `MATCH (${c.node}:Event)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..4]->(${p.node})
           WITH DISTINCT ${c.node} ORDER BY coalesce(${c.node}.start, '') DESC, ${c.node}.id`,
      ),
    },
  },
};

const coMention: TypeProjection = {
  always: () => [],
  values: { count: (s) => [['count', `${s.count}`]] },
  relations: { entity: { inline: (p) => ({ node: p.node }) } },
};

const entityMention: TypeProjection = {
  always: () => [],
  values: {
    // Stored flat as [s0, e0, s1, e1, ...].
    spans: (s) => [['spans', `[i IN range(0, size(coalesce(${s.mention}.spans, [])) - 2, 2) | {start: ${s.mention}.spans[i], end: ${s.mention}.spans[i + 1]}]`]],
  },
  relations: { entity: { inline: (p) => ({ node: p.node }) } },
};

const event: TypeProjection = {
  always: (s) => [['id', `${s.node}.id`]],
  values: props('name', 'kind', 'start', 'end'),
  relations: {
    claims: {
      many: true,
      read: paged((p, c) => `MATCH (${c.node}:Claim)-[:ABOUT]->(${p.node}) ${LATEST_CLAIMS(c.node)}`),
    },
    speakers: {
      many: true,
      read: (p, c) =>
        `MATCH (${p.node})<-[:ABOUT]-(:Claim)-[:SAID_BY]->(${c.node}:Entity) WITH DISTINCT ${c.node}
         WITH ${c.node}, size(COLLECT { MATCH (${p.node})<-[:ABOUT]-(${c.aux}:Claim)-[:SAID_BY]->(${c.node}) RETURN DISTINCT ${c.aux} }) AS ${c.count}
         ORDER BY ${c.count} DESC, ${c.node}.name`,
      scope: (c) => ({ node: c.node, count: c.count }),
    },
    articles: {
      many: true,
      read: (p, c) => `MATCH (${c.node}:Article)-[:COVERS]->(${p.node}) WITH ${c.node} ORDER BY ${c.node}.publishedAt, ${c.node}.id`,
    },
    locations: { many: true, read: (p, c) => `MATCH (${p.node})-[:OCCURRED_IN]->(${c.node}:Location) WITH ${c.node} ORDER BY ${c.node}.name` },
    involves: { many: true, read: (p, c) => `MATCH (${p.node})-[:INVOLVES]->(${c.node}:Entity) WITH ${c.node} ORDER BY ${c.node}.name` },
  },
};

const speakerCount: TypeProjection = {
  always: () => [],
  values: { claims: (s) => [['claims', `${s.count}`]] },
  relations: { speaker: { inline: (p) => ({ node: p.node }) } },
};

/** By GraphQL object type. Types not listed here are left to their resolvers and loaders. */
export const TYPE_PROJECTIONS: Readonly<Record<string, TypeProjection>> = {
  Article: article,
  Source: source,
  Claim: claim,
  ClaimReport: claimReport,
  Person: entity,
  Organisation: entity,
  Location: entity,
  CoMention: coMention,
  EntityMention: entityMention,
  Event: event,
  SpeakerCount: speakerCount,
};

/** Cypher labels that tell the object types of one abstract GraphQL type apart. */
export const TYPE_LABELS: Readonly<Record<string, string>> = { Person: 'Person', Organisation: 'Organisation', Location: 'Location' };
