/**
 * Word tokens with offsets, capitalisation and possessive flags, plus small string helpers
 * shared by the entity and claim stages.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter (or is an "al-"/"bin-" name particle before one). */
  cap: boolean;
  /** Followed by 's / ’s (not included in `end`). */
  poss: boolean;
}

const WORD = /[\p{L}\p{N}@][\p{L}\p{M}\p{N}'’.&-]*/gu;
const PARTICLE = /^(?:al|el|bin|ibn|abu|de|van|von|da|di|le|la|ul)-\p{Lu}/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let t = m[0];
    let end = m.index + t.length;
    if (end > to) { t = t.slice(0, to - m.index); end = to; }
    let poss = false;
    // trailing punctuation that is not part of the word
    while (t.length > 1 && /[.'’&-]$/.test(t)) {
      if (t.endsWith('.') && /^(?:\p{Lu}\.)+$/u.test(t)) break; // U.S.
      if (t.endsWith('.') && /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Inc|Corp|Ltd|Co)\.$/.test(t)) break;
      t = t.slice(0, -1); end--;
    }
    const pm = /['’]s$/.exec(t);
    if (pm && t.length > 2) { t = t.slice(0, -2); end -= 2; poss = true; }
    else if (/s['’]$/.test(t)) { t = t.slice(0, -1); end--; poss = true; }
    const first = t.charAt(0);
    const cap = /\p{Lu}/u.test(first) || PARTICLE.test(t);
    out.push({ start: m.index, end, text: t, cap, poss });
  }
  return out;
}

/** Damerau-Levenshtein distance capped at 2 (enough to catch one-letter misspellings). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push(new Array<number>(b.length + 1).fill(0));
  for (let i = 0; i <= a.length; i++) (d[i] as number[])[0] = i;
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] ?? 3;
}

export function titleCase(s: string): string {
  return s.replace(/\b(\p{Ll})(\p{L}*)/gu, (_m, a: string, b: string) => a.toUpperCase() + b);
}

export function normKey(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
