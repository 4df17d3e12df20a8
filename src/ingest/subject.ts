/**
 * Finds the words that name the speaker of a cue: the subject to its left
 * ("Lebanon’s information minister, Ziad Makary, said"), the inverted subject to its right
 * ("…,” said Hussein Khalil, senior official"), or the agent of "according to X".
 */
import type { Span } from './types.js';
import { findCues } from './cues.js';

export interface NounPhrase extends Span {
  text: string;
  /** Text between the cue and the phrase that was skipped as an appositive ("citing unnamed sources"). */
  citing: string | null;
}

const TRAILING_ADVERBIAL = new RegExp(
  '\\s+(?:has|have|had|is|are|was|were|also|both|however|therefore|thus|hence|accordingly|recently|now|just|since|still|long|widely|first|finally|eventually|currently|(?:over|at|during)\\s+the\\s+weekend|this weekend|last weekend|last night|this morning|overnight|further|additionally|subsequently|previously|reportedly|later|then|earlier|already|once|again|repeatedly|publicly|' +
    'categorically|strongly|firmly|flatly|officially|initially|immediately|quickly|swiftly|never|not|did not|does not|do not|' +
    "didn't|doesn't|would|will|could|may|might|has not|have not|had not|separately|jointly|formally|openly|directly|" +
    'in a (?:statement|post|tweet|letter|speech|video|report|briefing|note)|' +
    '(?:in|at|during)\\s+(?:the|a|an|that|this)\\s+(?:meeting|interview|briefing|event|session|hearing|debate|conference|press conference|news conference|rally|ceremony|summit)|' +
    '(?:on|early|late|earlier|later)?\\s*(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\\s+(?:morning|afternoon|evening|night))?|' +
    'on\\s+\\d{1,2}\\s+[A-Z][a-z]+|on\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2}|last week|this week|yesterday|today|' +
    "in\\s+(?:[A-Z][\\p{L}'’-]+)(?:\\s+[A-Z][\\p{L}'’-]+)*)\\s*$",
  'u',
);
const SUBORDINATE = /^(?:.*?\b)?(?:what|after|before|when|while|as|since|because|although|though|until|once|whereas|if|where)\s+/i;
const OPENER = /^(?:and|but|so|yet|however|meanwhile|still|instead|also|then|now|separately|earlier|later|both|in turn|at the same time|in response|in reply|for (?:its|his|her|their) part)\s*,?\s+/i;
const DROP_CHUNK = /^\s*(?:(?:Co|Ltd|Inc|Corp|LLC|PLC|Plc)\.?\s*$|who|which|whose|where|when|in|at|on|citing|speaking|according|quoting|after|before|during|while|with|without|as|for|from|by|along|alongside|together|including|like|\d[\d,.]*(?:\s|$)|aged|himself|herself|itself|themselves|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,?\s+\d{4})?)\s*$)/i;
const APPOS_ROLE = /^\s*(?:a|an|the)\s+\S/;
/** A role noun inside an appositive: "national officer at", "chief economist of". */
const ROLE_WORD = /\b(?:officer|official|secretary|director|president|chair(?:man|woman|person)?|economist|analyst|spokes(?:man|woman|person)|manager|executive|head|chief|leader|minister|adviser|advisor|co-?ordinator|founder|professor|researcher|member|organiser|organizer|representative|commissioner|governor|mayor)\b/i;

function lastChunkStart(s: string): number {
  let best = 0;
  // a single closing mark counts after punctuation only ("…,' he said"), never as an apostrophe ("players' union")
  const re = /,\s+|:\s+|;\s+|\s+that\s+|["“”]\s*|[,.!?]['’]\s*|\s+(?:--|—|–|-)\s+/g;
  for (const m of s.matchAll(re)) best = (m.index ?? 0) + m[0].length;
  return best;
}

/** The subject to the left of a cue at `cueStart`, inside text[sentStart, cueStart). */
export function leftSubject(text: string, sentStart: number, cueStart: number): NounPhrase | null {
  let L = text.slice(sentStart, cueStart);
  // "Francisco G. Dakila, Jr. said": the suffix belongs to the name before it
  const suffix = /,\s+(?:Jr|Sr)\.?\s*$|,\s+(?:II|III|IV)\s*$/.exec(L);
  if (suffix) L = L.slice(0, suffix.index) + ' '.repeat(suffix[0].length);
  // trailing adverbials: "has also", "on Wednesday", "in a statement", "in Minsk"
  for (let k = 0; k < 6; k++) {
    // "on Wednesday (Apr 12)": a bracketed gloss on the adverbial goes with it
    L = L.replace(/\s*\([^()]{1,40}\)\s*$/, '');
    const m = TRAILING_ADVERBIAL.exec(L);
    if (!m || m.index === 0) break;
    // "the authorities in Gambia said": the place says whose authorities
    if (/^\s+in\s/.test(m[0]) && /\bauthorities$/i.test(L.slice(0, m.index))) break;
    L = L.slice(0, m.index);
  }
  L = L.replace(/\s+$/, '').replace(/\s*\([^()]{1,40}\)$/, '');
  // "the committee met and advised": drop a coordinated verb
  L = L.replace(/\s+(?:\p{Ll}+ed|met|spoke|held|took|gave|made|came|went|sat|stood)\s+and$/u, '');
  let citing: string | null = null;
  // "Alun Davies, national officer at the Community union said": an appositive role whose closing comma is missing
  const openRole = /,\s+(?:(?:an?|the)\s+)?[\p{Ll}\p{Lu}][\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:at|of|for|with|from)\s+[^,]{2,80}$/u.exec(L);
  if (openRole && openRole.index > 0 && /\p{Lu}[\p{L}'’-]+$/u.test(L.slice(0, openRole.index)) && ROLE_WORD.test(openRole[0])) L = L.slice(0, openRole.index);
  // "Collymore who has been on medical leave since October said": a relative clause without commas
  const bareRel = /^(.*?\p{Lu}[\p{L}'’.-]*)\s+(?:who|which)\s+(?:has|have|had|is|was|were|are|\p{Ll}+ed)\b[^,;:"“”]*$/u.exec(L);
  if (bareRel && bareRel[1] && !/[,;:]/.test(L.slice(bareRel[1].length))) L = bareRel[1];
  // "Agus Wibowo spokesperson for the disaster management agency BNPB said": a role after the name with no comma
  const bareRole = /^(.*?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)\s+(?:(?:a|the)\s+)?(?:spokes(?:person|man|woman)|head|chief|director|secretary|chairman|chairperson)\s+(?:for|of|at)\s+[^,;:"“”]{2,80}$/u.exec(L);
  if (bareRole && bareRole[1]) L = bareRole[1];
  // "Ajak Mayol, who is Kerbino’s defense lawyer told": the relative clause's closing comma is missing
  const openRel = /^(.*?\p{Lu}[\p{L}'’.-]*),\s+(?:who|which)\s+(?:is|was|are|were|has|had|serves|served)\b[^,;:"“”]*$/u.exec(L);
  if (openRel && openRel[1]) L = openRel[1];
  // "Matthew Azoji, Managing Director/CEO, Neimeth Plc said": name, capitalised title, body, with no comma before the verb
  const titled = /^(.*?\p{Lu}[\p{L}'’.-]+),\s+((?:\p{Lu}[\p{L}/&.-]*\s*){1,6}),\s+(?:the\s+)?\p{Lu}[^,]{1,80}$/u.exec(L);
  if (titled && titled[1] && (ROLE_WORD.test(titled[2] ?? '') || /\b(?:CEO|CFO|COO|MD|Chairman|Director)\b/.test(titled[2] ?? ''))) L = titled[1];
  // "Epimack Mbeteni, Vodacom M-Pesa Director in Tanzania mentioned": a capitalised title whose closing comma is missing
  const openTitle = /^(.*?\p{Lu}[\p{L}'’.-]+),\s+((?:\p{Lu}[\p{L}/&.-]*\s*){1,6})(?:(?:in|at|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?$/u.exec(L);
  const titleEnd = (openTitle?.[2] ?? '').trim().split(/\s+/).pop() ?? '';
  if (openTitle && openTitle[1] && (ROLE_WORD.test(titleEnd) || /^(?:CEO|CFO|COO|MD|Chairman|Director|Manager|Minister|Secretary)$/.test(titleEnd))) L = openTitle[1];
  // appositives and relative clauses ending in a comma: "X, who ..., said", "X, 32, said", "X, citing Y, said"
  for (let guard = 0; guard < 4 && /,$/.test(L); guard++) {
    const body = L.slice(0, -1);
    const rel = /,\s+(?:who|which|whose)\s[^]*$/.exec(body);
    const ci = body.lastIndexOf(',');
    const last = ci >= 0 ? body.slice(ci + 1) : '';
    if (ci > 0 && /^\s*the\s+\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,5}\s*$/u.test(last) && /\s\p{Ll}[\p{L}-]*$/u.test(body.slice(0, ci))) {
      // "France’s largest farm union, the FNSEA, warned": the name in the appositive, not the description
      const lead = last.length - last.trimStart().length;
      const abs = sentStart + ci + 1 + lead;
      const np = last.trim();
      return { start: abs, end: abs + np.length, text: np, citing };
    } else if (rel && rel.index > 0) {
      L = body.slice(0, rel.index);
    } else if (ci > 0 && (DROP_CHUNK.test(last) || APPOS_ROLE.test(last) || /^\s*\p{Ll}/u.test(last))) {
      if (/^\s*citing\b/i.test(last)) citing = last.replace(/^\s*citing\s+/i, '').trim();
      L = body.slice(0, ci);
      // "Hermoso, 33, along with 80 other players, including the squad,": look at the chunk before too
      const prevChunk = L.slice(L.lastIndexOf(',') + 1);
      if (/,/.test(L) && DROP_CHUNK.test(prevChunk) && !/[:()]/.test(prevChunk) && !/^\s*(?:in|at|on|for|from|by|as|when|where|while|after|before|during)\b/i.test(prevChunk)) { L = `${L},`; continue; }
    } else {
      L = body;
      break;
    }
    for (let k = 0; k < 3; k++) {
      const m = TRAILING_ADVERBIAL.exec(L);
      if (!m || m.index === 0) break;
      L = L.slice(0, m.index);
    }
    L = L.replace(/\s+$/, '');
    // "Keiko Tanaka, 62" after dropping ", a shop owner": drop the age too
    const age = /,\s*\d{1,3}$/.exec(L);
    if (age) L = L.slice(0, age.index);
  }
  let start = lastChunkStart(L);
  let chunk = L.slice(start);
  // "The Student Movement that spearheaded the protests has earlier": "that" opened a relative clause
  if (/\sthat\s+$/.test(L.slice(0, start)) && /^\p{Ll}+(?:ed|s)\b/u.test(chunk)) {
    const before = L.slice(0, start).replace(/\s+that\s+$/, '');
    const s2 = lastChunkStart(before);
    if (/^(?:[Tt]he\s+)?\p{Lu}/u.test(before.slice(s2).trim())) { start = s2; chunk = before.slice(s2); }
  }
  // "The CEO of an entity that a company said it had authorised …": skip a chunk holding another cue
  const inner = findCues(chunk).filter((c) => c.form === 'finite');
  if (inner.length > 0) {
    const before = L.slice(0, start).replace(/\s+that\s+$/, '');
    if (before.length < start) {
      const s2 = lastChunkStart(before);
      start = s2;
      chunk = before.slice(s2);
    } else {
      // "X said his country rejects": the subject follows the inner cue
      const last = inner[inner.length - 1] as { end: number };
      start += last.end;
      chunk = chunk.slice(last.end);
    }
  }
  // "if parliament demands it": a condition, not a statement
  if (/(?:^|\s)(?:if|unless|whether)\s+[^,;]*$/i.test(chunk) && !/\b(?:said|says|told)\b/.test(chunk)) return null;
  // "hours after Robertson's press conference where he": peel every subordinating word
  for (let k = 0; k < 3; k++) {
    const sub = SUBORDINATE.exec(chunk);
    if (!sub || sub[0].length >= chunk.length) break;
    start += sub[0].length; chunk = chunk.slice(sub[0].length);
  }
  for (let k = 0; k < 3; k++) {
    const o = OPENER.exec(chunk);
    if (!o) break;
    start += o[0].length; chunk = chunk.slice(o[0].length);
  }
  // "On March 2 Russia said", "In 2020 the ministry said": a time adverbial without its comma
  const when = /^(?:On|In|By|Since|Last|This|Early|Late)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?|\d{4}|week|month|year|night|morning|evening)\s+(?=(?:the\s+)?\p{Lu}|the\s)/u.exec(chunk);
  if (when && when[0].length < chunk.length) { start += when[0].length; chunk = chunk.slice(when[0].length); }
  // "Speaking about her family she said": a participle opener without its comma
  const bareOpener = /^\p{Lu}\p{Ll}+ing\b.*\s(he|she|they|we|it)$/u.exec(chunk);
  if (bareOpener && bareOpener[1]) { start += chunk.length - bareOpener[1].length; chunk = bareOpener[1]; }
  const dash = /^\s*(?:--|—|–|-)\s*/.exec(chunk);
  if (dash) { start += dash[0].length; chunk = chunk.slice(dash[0].length); }
  const lead = chunk.length - chunk.trimStart().length;
  start += lead;
  chunk = chunk.trim();
  if (!chunk) return null;
  const words = chunk.split(/\s+/);
  if (words.length > 14 && !(words.length <= 30 && /\s(?:and|but)$/.test(chunk))) return null;
  const abs = sentStart + start;
  return { start: abs, end: abs + chunk.length, text: chunk, citing };
}

/** The inverted subject right after a cue: `…,” said X, senior official.` */
export function rightSubject(text: string, cueEnd: number, sentEnd: number): NounPhrase | null {
  const R = text.slice(cueEnd, sentEnd);
  const lead = R.length - R.trimStart().length;
  const body = R.slice(lead);
  const m = /^(.+?)(?=\s*(?:,|\.|;|:|\s+in\s+(?:an?|the|his|her)\b|\s+at\s|\s+on\s|\s+to\s|\s+after\s|\s+during\s|\s+when\s|\s+who\s|\s+told\s|\s+last\s|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|$))/.exec(body);
  if (!m) return null;
  let np = (m[1] ?? '').trim();
  // "…, says Permanent Secretary for Foreign Affairs, Yogesh Karan.": the name after the title
  const named = /^,\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*(?:[.,;]|$)/u.exec(body.slice(m[0].length));
  if (named && /^(?:\p{Lu}[\p{L}-]*\s+)*(?:Secretary|Minister|Director|Commissioner|Chairman|Chairperson|Chair|President|Governor|Spokesperson|Spokesman|Spokeswoman|Chief|Head|Officer|Adviser|Advisor|Ambassador|Mayor|Editor|Manager|Coach|Captain|General)\b/u.test(np)) {
    np = body.slice(0, m[0].length + named[0].length - (named[0].length - named[0].trimEnd().replace(/[.,;]$/, '').length)).trim();
  }
  if (!np || np.split(/\s+/).length > 12 || /^(?:that|it|this|in|on|at|to)\b/.test(np)) return null;
  if (!/^(?:\p{Lu}|the\s|a\s|an\s|one\s|another\s|two\s|three\s|several\s|some\s|he\b|she\b|they\b|(?:\p{Ll}+\s+){1,3}\p{Lu})/u.test(np)) return null;
  const start = cueEnd + lead;
  return { start, end: start + np.length, text: np, citing: null };
}

/** The agent of "according to X" (up to the next comma or the sentence end). */
export function accordingSubject(text: string, cueEnd: number, sentEnd: number): NounPhrase | null {
  const R = text.slice(cueEnd, sentEnd);
  const lead = R.length - R.trimStart().length;
  const m = /^([^,;]+?)(?=\s*(?:,|;|\.\s*$|$))/.exec(R.slice(lead));
  if (!m) return null;
  let np = (m[1] ?? '').trim().replace(/[.”"]+$/, '');
  // "according to X, who …" / "according to a prisoner of war involved in … who was interviewed by …"
  np = np.replace(/\s+(?:who|which|whose|that)\s.*$/, '').replace(/\s+(?:involved|interviewed|quoted|cited|speaking)\s.*$/, '')
    .replace(/\s+(?!(?:issued|released|published|circulated|signed)\s+by\b|(?:published|posted)\s+on\s+[^,]{0,60}\b(?:website|site|page|account|portal)\b)\p{Ll}+ed\s+(?:on|in|by|at|last|this|earlier|yesterday)\b.*$/u, '');
  // "According to NADMA the closures affected …": a name, then the clause with no comma between
  const run = /^((?:\p{Lu}[\p{L}.&'’-]*\s+){0,5}?\p{Lu}[\p{L}.&'’-]*)\s+(?:the|a|an|its|their|his|her|this|these|some|many|most|all)\s+\p{Ll}/u.exec(np);
  if (run && run[1] && np.split(/\s+/).length > 6) np = run[1];
  if (!np) return null;
  const start = cueEnd + lead;
  return { start, end: start + np.length, text: np, citing: null };
}
