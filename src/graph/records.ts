import { z } from 'zod';

/** What the graph layer returns; GraphQL type resolvers derive the rest from these. */

const str = z.string();
const optStr = z.string().nullish().transform((v) => v ?? null);
const optNum = z.number().nullish().transform((v) => v ?? null);

export const sourceRecord = z.object({ name: str, domain: optStr });
export type SourceRecord = z.infer<typeof sourceRecord>;

export const articleRecord = z.object({
  label: z.literal('Article').default('Article'),
  id: str,
  url: optStr,
  title: optStr,
  publishedAt: optStr,
  /** Absent on the slim form joined into claim rows (`partial`); Article fields load it on demand. */
  contentHash: str.optional(),
  language: optStr,
  dateline: optStr,
  partial: z.boolean().optional(),
  /** Only in rows projected from a selection that asks for it; Article.text loads it otherwise. */
  text: str.optional(),
  /** Joined in by the projection; undefined when the row came without it. */
  source: sourceRecord.nullish(),
});
export type ArticleRecord = z.infer<typeof articleRecord>;


export const entityRecord = z.object({
  label: z.enum(['Person', 'Organisation', 'Location']),
  id: str,
  name: str,
  aliases: z.array(str).nullish().transform((v) => v ?? []),
  kind: optStr,
  latitude: optNum,
  longitude: optNum,
  iso: optStr,
  /** True for the slim form joined into claim rows (id, name, type): the other fields load on demand. */
  partial: z.boolean().optional(),
});
export type EntityRecord = z.infer<typeof entityRecord>;

export const claimRecord = z.object({
  label: z.literal('Claim').default('Claim'),
  id: str,
  content: str,
  quote: optStr,
  cue: str,
  saidOn: optStr,
  saidOnPrecision: z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR']).nullish().transform((v) => v ?? null),
  datesMentioned: z.array(str).nullish().transform((v) => v ?? []),
  sentence: str,
  spanStart: z.number(),
  spanEnd: z.number(),
  confidence: z.number(),
  extractor: str,
  speakerMention: optStr,
  createdAt: str,
  /** Joined in by the projection: null for an unnamed source, undefined when not fetched. */
  speaker: entityRecord.nullish(),
  /** The first reporting articles (slim), joined in by the projection; undefined when not fetched. */
  articles: z.array(articleRecord).optional(),
});
export type ClaimRecord = z.infer<typeof claimRecord>;

export const eventRecord = z.object({
  label: z.literal('Event').default('Event'),
  id: str,
  name: str,
  kind: optStr,
  start: optStr,
  end: optStr,
});
export type EventRecord = z.infer<typeof eventRecord>;

export interface Span {
  start: number;
  end: number;
}
export interface ClaimReportRecord {
  article: ArticleRecord;
  sentence: string;
  span: Span;
}
export interface EntityMentionRecord {
  entity: EntityRecord;
  spans: Span[];
}
export interface CoMentionRecord {
  entity: EntityRecord;
  count: number;
}
export interface SpeakerCountRecord {
  speaker: EntityRecord;
  claims: number;
}
export interface SpeakerClaimsRecord {
  speaker: EntityRecord | null;
  claims: ClaimRecord[];
  firstSaidOn: string | null;
  lastSaidOn: string | null;
  sources: string[];
}
export interface TimelineEntryRecord {
  kind: 'CLAIM' | 'EVENT';
  date: string;
  precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | null;
  claim: ClaimRecord | null;
  event: EventRecord | null;
}
export type NodeRecord = ArticleRecord | ClaimRecord | EventRecord | EntityRecord;
export interface GraphPathRecord {
  length: number;
  nodes: NodeRecord[];
  steps: { from: string; relationship: string; to: string }[];
}
export interface DisagreementRecord {
  kind: 'DENIAL' | 'NUMBERS';
  claim: ClaimRecord;
  opposing: ClaimRecord;
  sharedTerms: string[];
}
export interface SearchHitRecord {
  score: number;
  node: NodeRecord;
}
export interface IngestResultRecord {
  article: ArticleRecord;
  created: boolean;
  claims: ClaimRecord[];
  entities: EntityRecord[];
  events: EventRecord[];
  warnings: string[];
}

/** Flat [s0, e0, s1, e1, ...] as stored on MENTIONS relationships -> spans. */
export function spansFromFlat(flat: number[] | null | undefined): Span[] {
  const out: Span[] = [];
  if (!flat) return out;
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i] as number, end: flat[i + 1] as number });
  return out;
}

/** Parses a node's properties (with its labels) into the matching record. */
export function nodeRecord(labels: string[], props: Record<string, unknown>): NodeRecord {
  if (labels.includes('Article')) return articleRecord.parse(props);
  if (labels.includes('Claim')) return claimRecord.parse(props);
  if (labels.includes('Event')) return eventRecord.parse(props);
  const label = labels.find((l) => l === 'Person' || l === 'Organisation' || l === 'Location');
  return entityRecord.parse({ ...props, label });
}
