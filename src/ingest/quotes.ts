/**
 * Quotation spans: curly and straight double quotes, paired per paragraph, with the
 * RT-style ” used as an opening mark, stray marks inside a quote, and quotes left open
 * at the end of a paragraph (continued or truncated).
 */
import type { Span } from './types.js';

export interface Quote extends Span {
  /** The words between the marks. */
  inner: Span;
  /** false when the closing mark is missing (quote runs to the paragraph end). */
  closed: boolean;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

function isSpace(c: string | undefined): boolean {
  return c === undefined || /[\s(\[—–-]/.test(c);
}

/** Quotes in text[from, to). */
export function findQuotesIn(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (c !== '"' && !OPEN.has(c) && !CLOSE.has(c)) continue;
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    const looksOpening = isSpace(before) && after !== undefined && !/\s/.test(after);
    if (open < 0) {
      if (OPEN.has(c) || looksOpening || (c === '"' && i === from)) open = i;
      continue;
    }
    // inside a quote
    if (OPEN.has(c)) continue; // stray opener
    if (c === '"' && looksOpening && !/[.,!?]/.test(before ?? '')) continue; // stray straight mark
    if (c === '"' && looksOpening && /[.!?]/.test(before ?? '') === false) continue;
    if (c === '"' && isSpace(before) && after !== undefined && /\p{L}/u.test(after)) continue; // `enemies. "Hezbollah`
    out.push({ start: open, end: i + 1, inner: { start: open + 1, end: i }, closed: true });
    open = -1;
  }
  if (open >= 0) {
    let end = to;
    while (end > open + 1 && /\s/.test(text[end - 1] ?? '')) end--;
    out.push({ start: open, end, inner: { start: open + 1, end }, closed: false });
  }
  return singleQuotes(text, from, to, out);
}

/**
 * Single-mark quotations, British style: ‘tentatively’, 'repeating problem'. An opening mark
 * follows a space and precedes a letter; the closing one follows a letter or stop and precedes
 * no letter, so apostrophes ("don't", "players' union", "Ruto’s") are never taken for quotes.
 * Marks inside a double-quoted span are left to it.
 */
function singleQuotes(text: string, from: number, to: number, doubles: Quote[]): Quote[] {
  const out = [...doubles];
  const inDouble = (i: number): boolean => doubles.some((q) => q.start <= i && i < q.end);
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '‘' && c !== "'") continue;
    if (inDouble(i) || !isSpace(i > from ? text[i - 1] : undefined) || !/[\p{L}\d]/u.test(text[i + 1] ?? '')) continue;
    const limit = Math.min(to, i + 300);
    for (let j = i + 2; j < limit; j++) {
      const d = text[j];
      if (d === '\n' || (d !== '’' && d !== "'")) { if (d === '\n') break; continue; }
      if (c === "'" && d !== "'") continue;
      if (!/[\p{L}\d.!?,)]/u.test(text[j - 1] ?? '') || /\p{L}/u.test(text[j + 1] ?? '')) continue;
      if (inDouble(j)) break;
      out.push({ start: i, end: j + 1, inner: { start: i + 1, end: j }, closed: true });
      i = j;
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The quoted words as the gold wants them: a final comma dropped, final . ! ? kept. */
export function quoteWords(text: string, q: Quote): string {
  let s = text.slice(q.inner.start, q.inner.end).trim();
  s = s.replace(/[,;:]+$/, '').trim();
  return s;
}

/** Quotes that overlap a span. */
export function quotesWithin(quotes: readonly Quote[], span: Span): Quote[] {
  return quotes.filter((q) => q.start < span.end && q.end > span.start);
}

/**
 * Doubled apostrophes used as quotation marks ("''Please convey my greetings,'' he said") become a
 * straight double mark plus a space, so the text keeps its length and every offset stays valid.
 */
export function normaliseQuoteMarks(text: string): string {
  if (!/''|‘‘|’’/.test(text)) return text;
  return text.replace(/(''|‘‘|’’)/g, (_pair: string, _m: string, at: number) => {
    const before = text[at - 1];
    const after = text[at + 2];
    const opening = (before === undefined || /[\s(\[—–-]/.test(before)) && after !== undefined && !/\s/.test(after);
    return opening ? ' "' : '" ';
  });
}
