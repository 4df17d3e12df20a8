/**
 * The data that flows from an article's text into the graph.
 *
 * Every span is a half-open [start, end) range of UTF-16 code units into `ArticleDoc.text`,
 * the text exactly as stored on the Article node, so `text.slice(start, end)` is the real words.
 */

export type EntityType = 'PERSON' | 'ORGANISATION' | 'LOCATION';
export type LocationKind = 'COUNTRY' | 'REGION' | 'CITY' | 'SITE';
export type DatePrecision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface Span {
  start: number;
  end: number;
}

/** An article as it arrives: text plus whatever metadata came with it. */
export interface RawArticle {
  text: string;
  url?: string | null;
  source?: string | null;
  /** ISO 8601 date or date-time. */
  publishedAt?: string | null;
  title?: string | null;
}

export interface ArticleDoc {
  /** The stored text; all spans point into it. */
  text: string;
  title: string | null;
  /** ISO 8601 date-time (or date) of publication, from metadata or read from the text. */
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  /** e.g. "MOSCOW (Reuters) –"; null when the article has none. */
  dateline: string | null;
  language: string;
}

export interface GeoInfo {
  kind: LocationKind;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2 for countries, ISO 3166-2 for regions where known. */
  iso: string | null;
  /** Canonical name of the parent location (a city's country), if known. */
  partOf: string | null;
}

export interface ExtractedEntity {
  name: string;
  type: EntityType;
  /** Surface forms seen in this text, canonical name included. */
  aliases: string[];
  mentions: Span[];
  geo?: GeoInfo | null;
}

export interface EntityRef {
  name: string;
  type: EntityType;
}

export interface ExtractedClaim {
  /** null for unnamed sources ("a Hezbollah official"). */
  speaker: EntityRef | null;
  /** The words that name the speaker in the text ("the ministry", "he", "a senior official"). */
  speakerMention: string | null;
  /** The relay: "Belta reported, citing officials" -> via Belta. */
  via: EntityRef | null;
  cue: string;
  content: string;
  /** The words between quotation marks, fragments joined with " [...] "; null for reported speech. */
  quote: string | null;
  /** YYYY-MM-DD of the day the statement was made, or null when the text does not fix it. */
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
  /** Other dates named inside the claim (YYYY-MM-DD), kept apart from saidOn. */
  datesMentioned: string[];
  sentence: string;
  span: Span;
  confidence: number;
  /** Names of events (see Extraction.events) the claim is about. */
  events: string[];
  /** Names of entities mentioned in the claim's content. */
  mentions: string[];
  /** The speaker's own unnamed or generic sources ("citing unnamed sources"). */
  citing?: string | null;
  /** How saidOn was found: explicit date, relative weekday/deictic, dateline, embedded post, same statement. */
  saidOnBasis?: 'explicit' | 'relative' | 'dateline' | 'post' | 'implied' | null;
}

export interface ExtractedEvent {
  name: string;
  kind: string;
  /** YYYY-MM-DD bounds where known. */
  start: string | null;
  end: string | null;
  locations: string[];
  actors: string[];
  /** Lower-case key terms used to match the same event across articles. */
  keyTerms: string[];
}

export interface Extraction {
  article: ArticleDoc;
  entities: ExtractedEntity[];
  claims: ExtractedClaim[];
  events: ExtractedEvent[];
  warnings: string[];
}
