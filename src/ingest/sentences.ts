/**
 * Sentence splitting with offsets into the stored text. Handles curly and straight quotes
 * (`peace.” The`), abbreviations (Mr., U.S., Oct.), initials and inline chrome words.
 */
import type { Span } from './types.js';
import { INLINE_CHROME, type Block } from './layout.js';

export interface Sentence extends Span {
  text: string;
  /** Index of the block (line/paragraph) the sentence belongs to. */
  block: number;
  /** Position of the sentence inside its block (0 = first). */
  indexInBlock: number;
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt', 'sen', 'rep', 'gov', 'prof', 'jr', 'sr',
  'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mt', 'ft', 'maj', 'adm', 'cmdr', 'rev', 'hon', 'messrs', 'approx', 'est', 'fig', 'al',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g', 'd.c',
]);

const CLOSERS = '"”’\')]';

function isBoundary(text: string, i: number, end: number): number {
  // i points at . ! or ?; returns the index after the boundary, or -1.
  const ch = text[i];
  let j = i + 1;
  while (j < end && CLOSERS.includes(text[j] ?? '')) j++;
  if (j >= end) return -1;
  if (!/\s/.test(text[j] ?? '')) return -1;
  let k = j;
  while (k < end && /\s/.test(text[k] ?? '')) k++;
  if (k >= end) return -1;
  const next = text[k] ?? '';
  if (!/[A-Z0-9"“‘'(\[]/.test(next) && !/\p{Lu}/u.test(next) && !/\p{Extended_Pictographic}/u.test(next)) return -1;
  if (ch === '.') {
    // word before the period
    let w = i - 1;
    while (w >= 0 && /[A-Za-z.]/.test(text[w] ?? '')) w--;
    const word = text.slice(w + 1, i).toLowerCase();
    // "said no. The union …": a lower-case "no" before a capitalised word ends the sentence ("No. 10" does not)
    const answer = word === 'no' && text.slice(w + 1, i) === 'no' && !/[0-9]/.test(next);
    if (ABBREV.has(word) && !answer) return -1;
    if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[i - 1] ?? '')) return -1; // initial "S. Jaishankar"
    if (/^([a-z]\.)+[a-z]$/.test(word)) return -1; // U.S, U.N.
  }
  return j;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** Sentences of the given blocks, in text order. */
export function splitSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((b, bi) => {
    let start = b.start;
    let idx = 0;
    const emit = (s: number, e: number): void => {
      let [a, z] = trimSpan(text, s, e);
      const m = INLINE_CHROME.exec(text.slice(a, z));
      if (m && m.index > 0) [a, z] = trimSpan(text, a, a + m.index);
      else if (m) return;
      if (z > a) out.push({ start: a, end: z, text: text.slice(a, z), block: bi, indexInBlock: idx++ });
    };
    for (let i = b.start; i < b.end; i++) {
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?') continue;
      const j = isBoundary(text, i, b.end);
      if (j < 0) continue;
      emit(start, j);
      start = j;
    }
    emit(start, b.end);
  });
  return out;
}
