import { createHash } from 'node:crypto';
import type { EntityType } from '../ingest/types.js';

/** Stable identifiers and lookup keys, the same on every machine and every ingest. */

export function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** Lower-case, accents and punctuation folded, "the" dropped: "the Kremlin's" -> "kremlin". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(the)\s+/, '')
    .trim();
}

const typePrefix: Record<EntityType, string> = { PERSON: 'per', ORGANISATION: 'org', LOCATION: 'loc' };

export function entityId(type: EntityType, name: string): string {
  return `${typePrefix[type]}_${sha256(`${type}|${nameKey(name)}`).slice(0, 16)}`;
}

export function aliasKey(type: EntityType, alias: string): string {
  return `${type}|${nameKey(alias)}`;
}

export function articleId(contentHash: string): string {
  return `art_${contentHash.slice(0, 20)}`;
}

export function eventId(name: string, start: string | null): string {
  return `evt_${sha256(`${nameKey(name)}|${start ?? ''}`).slice(0, 16)}`;
}

/**
 * One statement carried by several articles is one claim: same speaker and same quote, or same
 * day and content. Unnamed sources cannot be told apart across articles, so their claims stay
 * within the article (`articleKey`).
 */
export function claimId(
  speakerId: string | null,
  speakerMention: string | null,
  quote: string | null,
  saidOn: string | null,
  content: string,
  articleKey: string,
): string {
  const who = speakerId ?? `anon:${articleKey}:${nameKey(speakerMention ?? '')}`;
  const what = quote ? `q:${nameKey(quote)}` : `c:${saidOn ?? ''}:${nameKey(content)}`;
  return `clm_${sha256(`${who}|${what}`).slice(0, 20)}`;
}

/** Whitespace-normalised text hash: the same article scraped twice hashes the same. */
export function contentHash(text: string): string {
  return sha256(text.replace(/\s+/g, ' ').trim());
}

const pronouns = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'we', 'i', 'you']);

/** An alias good enough to identify the entity in another article: a proper name, not "he" or "the ministry". */
export function isProperAlias(alias: string): boolean {
  const a = alias.trim();
  if (a.length < 2 || pronouns.has(a.toLowerCase())) return false;
  if (/^(the|a|an|this|that)\s/i.test(a)) return /^the\s+[A-Z]/.test(a) && /[A-Z].*[A-Z]/.test(a.slice(4));
  return /^\p{Lu}/u.test(a);
}
