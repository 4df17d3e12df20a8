/**
 * The day a statement was made: a date in the attribution (not in the content) —
 * "said on Tuesday", "On Monday, X reported", "reported last week" (WEEK), "in a statement
 * Wednesday" —, a dated dateline for claims in the dateline paragraph, the date closing an
 * embedded post ("— Name (@handle) May 6, 2025"), or null. Dates in the content go to datesMentioned.
 */
import type { DatePrecision, Span } from './types.js';
import { findDates, type DateMention } from './dates.js';

export interface AttributionParts {
  sentence: Span;
  /** Speaker words. */
  subject: Span | null;
  cue: Span;
  content: Span | null;
  /** 'forward': X said …; 'trailing': …, X said …; 'according'; 'passive'. */
  direction: 'forward' | 'trailing' | 'according' | 'passive';
  /** The cue's lemma, when known ("report" takes a noun object before its date). */
  lemma?: string;
}

export interface SaidOn {
  date: string | null;
  precision: DatePrecision | null;
  basis: 'explicit' | 'relative' | 'dateline' | 'post' | null;
  mentioned: string[];
}

const OBJECT_CUES = new Set(['report', 'announce', 'post', 'confirm', 'declare', 'deny', 'reject', 'sentence', 'convict', 'publish', 'release', 'unveil', 'issue', 'call for', 'rule out']);
const AS_OF = /\b(?:as of|since|until|by|before|after|from|through)\s+$/i;

function inSpan(d: DateMention, s: Span): boolean {
  return d.start >= s.start && d.end <= s.end;
}

/** The regions of the sentence that belong to the attribution rather than the content. */
export function attributionRegions(text: string, p: AttributionParts): Span[] {
  const out: Span[] = [];
  const { sentence, cue, subject } = p;
  if (p.direction === 'forward') {
    const subjStart = subject ? Math.min(subject.start, cue.start) : cue.start;
    // sentence opener before the subject: "On Monday, Minsk reported"
    const opener = text.slice(sentence.start, subjStart);
    const openerWords = opener.trim().split(/\s+/).length;
    // "Briefing an all-party meeting on Tuesday, X said", "However, when addressing the media on Sunday, X said": a participle opener dates the act too
    // "On March 2 Russia said": the same opener without its comma
    const bareDate = /^\s*(?:On|Early|Late|Earlier|Later|Last|By)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}(?:\s+\d{4})?)\s+$/u.test(opener);
    if (bareDate || /^\s*(?:On|Early|Late|Earlier|Later|Last)\b[^,]{0,40},\s*$/i.test(opener) || /^\s*(?:Yesterday|Today|Tonight|This\s+(?:morning|afternoon|evening)|Last\s+night)\b[^,]{0,20},\s*$/i.test(opener) || (/,\s*$/.test(opener) && openerWords <= 12 && /^\s*(?:(?:However|But|Meanwhile|And|Later|Earlier),?\s+)?(?:(?:[Ww]hen|[Ww]hile|[Aa]fter)\s+\p{Ll}+ing\b|\p{Lu}\p{Ll}+ing|Asked|Interviewed|In|At|During)\b/u.test(opener))) {
      out.push({ start: sentence.start, end: subjStart });
    }
    // "Rubiales refused … on Friday and on Saturday, the federation threatened": the last clause's own opener
    const clauseOpener = /(?:,\s*|\s(?:and|but|while|then)\s+)((?:[Oo]n|[Ee]arly|[Ll]ate|[Ll]ater)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[^,]{0,20},\s*)$/.exec(opener);
    if (clauseOpener && clauseOpener[1]) out.push({ start: subjStart - clauseOpener[1].length, end: subjStart });
    out.push({ start: subjStart, end: cue.end });
    // right after the cue, before the content: "said on Wednesday that", "said in a statement Wednesday"
    const after = text.slice(cue.end, sentence.end);
    if (/^tell|^told/i.test(text.slice(cue.start, cue.end))) {
      const that = /^[^"“”]{0,80}?\bthat\b/.exec(after)
        // "told journalists at a briefing on Wednesday:"
        ?? /^\s+(?:\p{Ll}+\s+){1,2}(?:at|during)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+){1,2}(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/u.exec(after)
        ?? /^\s+(?:(?:the\s+)?\p{Lu}[\w.]*\s+|(?!the\b|a\b|an\b)\p{Ll}+\s+){1,3}(?:on\s+|late\s+|early\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/u.exec(after);
      if (that) out.push({ start: cue.end, end: cue.end + that[0].length });
    }
    const m = /^(?:\s*,?\s*(?:in\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?(?:\s+with\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?|at\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+){0,2}(?=\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?=\s+(?:on\s+|last\s+|early\s+|late\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last)\b)|on\s+(?:his|her|its|their|the)\s+(?:[A-Za-z]+\s+){0,2}(?:account|page|feed|channel|website|handle)|to\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|(?:on|early|late|last|this)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:morning|afternoon|evening|night|week|month|yesterday|today)\b|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))+/.exec(after);
    if (m) out.push({ start: cue.end, end: cue.end + m[0].length });
    // "reported record revenue of $35 billion on Wednesday, …": object-taking cues date the act after their object
    if (p.lemma && OBJECT_CUES.has(p.lemma) && !/^\s+that\b/.test(after)) {
      const clause = /^[^,;:"“”]{0,80}/.exec(after)?.[0] ?? '';
      if (!/\bthat\b/.test(clause)) out.push({ start: cue.end, end: cue.end + clause.length });
    }
  } else if (p.direction === 'trailing') {
    const s = subject ? Math.min(subject.start, cue.start) : cue.start;
    out.push({ start: s, end: sentence.end });
  } else if (p.direction === 'according') {
    out.push({ start: cue.start, end: subject ? subject.end : cue.end });
  }
  return out;
}

export function resolveSaidOn(
  text: string,
  p: AttributionParts,
  publishedAt: string | null,
  datelineDate: string | null,
  inDatelineBlock: boolean,
): SaidOn {
  const dates = findDates(text.slice(p.sentence.start, p.sentence.end), publishedAt, p.sentence.start);
  const regions = attributionRegions(text, p);
  const mentioned = new Set<string>();
  let chosen: DateMention | null = null;
  for (const d of dates) {
    const attributive = regions.some((r) => inSpan(d, r)) && !AS_OF.test(text.slice(Math.max(0, d.start - 12), d.start));
    if (attributive && !chosen) chosen = d;
    else mentioned.add(d.date);
  }
  // embedded post signature: "— Name (@handle) May 6, 2025"
  const sig = /[—–-]\s*[^—–]{0,80}\(@\w+\)\s*([A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*$/.exec(text.slice(p.sentence.start, p.sentence.end));
  if (!chosen && sig) {
    const sd = findDates(sig[1] ?? '', publishedAt, 0)[0];
    if (sd) return { date: sd.date, precision: 'DAY', basis: 'post', mentioned: [...mentioned].filter((x) => x !== sd.date) };
  }
  if (chosen) {
    mentioned.delete(chosen.date);
    return {
      date: chosen.date,
      precision: chosen.precision,
      basis: chosen.kind === 'explicit' ? 'explicit' : 'relative',
      mentioned: [...mentioned],
    };
  }
  if (datelineDate && inDatelineBlock) return { date: datelineDate, precision: 'DAY', basis: 'dateline', mentioned: [...mentioned] };
  return { date: null, precision: null, basis: null, mentioned: [...mentioned] };
}
