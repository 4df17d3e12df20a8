import { nameKey } from './keys.js';

export interface EventSignature {
  name: string;
  start: string | null;
  keyTerms: string[];
  locationKeys: string[];
  actorKeys: string[];
}

export interface StoredEvent extends EventSignature {
  id: string;
}

const DAY = 86_400_000;

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  const shared = a.filter((x) => sb.has(x)).length;
  return shared / Math.min(a.length, b.length);
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const x of sa) if (sb.has(x)) shared += 1;
  return shared / (sa.size + sb.size - shared);
}

/**
 * How likely two event descriptions are the same real-world event, 0..1: key terms weigh most,
 * then places and actors; starts more than `windowDays` apart never match.
 */
export function eventSimilarity(a: EventSignature, b: EventSignature, windowDays = 4): number {
  if (a.start && b.start && Math.abs(Date.parse(a.start) - Date.parse(b.start)) > windowDays * DAY) return 0;
  if (nameKey(a.name) === nameKey(b.name)) return 1;
  const terms = jaccard(a.keyTerms, b.keyTerms);
  if (terms === 0) return 0;
  const places = overlap(a.locationKeys, b.locationKeys);
  const actors = overlap(a.actorKeys, b.actorKeys);
  // One shared word ("summit") is no evidence on its own: it needs a second, or a shared place or actor.
  const sharedTerms = a.keyTerms.filter((t) => b.keyTerms.includes(t)).length;
  if (sharedTerms < 2 && places === 0 && actors === 0) return 0;
  return 0.55 * terms + 0.25 * places + 0.2 * actors;
}

export const SAME_EVENT_THRESHOLD = 0.4;

/** The stored event this one should reuse, or null to create a new one. */
export function matchEvent(candidate: EventSignature, stored: StoredEvent[]): StoredEvent | null {
  let best: StoredEvent | null = null;
  let bestScore = SAME_EVENT_THRESHOLD;
  for (const s of stored) {
    const score = eventSimilarity(candidate, s);
    if (score >= bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
