/**
 * Organisation mentions from capitalised runs: names with a possessive country or an
 * "in <capital>" complement ("the Defense Ministry in Minsk" -> Belarusian Defense Ministry),
 * suffix mentions ("the Health Ministry"), and acronyms (initials of a known name, or an alias
 * in brackets).
 */
import type { Span } from './types.js';
import type { EntityStore } from './entity-store.js';
import { adjectiveOf, countryOfAdjective, lookupPlace } from './gazetteer.js';
import { TITLE_WORDS } from './lexicon.js';
import type { Token } from './tokens.js';

/** An organisation name run: "India’s Ministry of External Affairs" -> Indian Ministry of External Affairs. */
export function addOrgMention(text: string, store: EntityStore, toks: Token[], surface: string, span: Span, prev: Token | null): void {
  const first = toks[0] as Token;
  // "Israel Defense Forces" is known; "Belarusian Defense Ministry" keeps its adjective
  let name = surface;
  const aliases: string[] = [surface];
  // possessive country before: "India’s Ministry of External Affairs"
  if (prev && prev.poss && text.slice(prev.end + 2, first.start).trim() === '') {
    const place = lookupPlace(prev.text);
    if (place && place.kind === 'COUNTRY') {
      name = `${adjectiveOf(place.name) ?? place.name} ${surface}`;
      aliases.push(text.slice(prev.start, span.end));
    }
  }
  // "the Defense Ministry in Minsk"
  const after = /^\s+in\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(span.end, span.end + 40));
  if (after && name === surface) {
    const p = lookupPlace(after[1] ?? '');
    const country = p?.kind === 'COUNTRY' ? p.name : p?.capitalOf ?? null;
    if (country && !countryOfAdjective(first.text)) name = `${adjectiveOf(country) ?? country} ${surface}`;
  }
  const suffixMatch = name === surface ? store.findOrgBySuffix(surface) : null;
  if (suffixMatch && toks.length <= 3) name = suffixMatch.name;
  const rec = store.add(name, 'ORGANISATION', surface, span);
  for (const a of aliases) rec.aliases.add(a);
}

/** An acronym: alias of the name it abbreviates, nothing when it spells a title (NSA), else an organisation. */
export function addAcronymMention(text: string, store: EntityStore, surface: string, span: Span, prev: Token | null): void {
  if (store.titleAcronyms.has(surface)) return;
  // "NT$195", "EC$70,000": a currency, not a body
  if (text[span.end] === '$') return;
  // "(NSA)" after a name: alias of the preceding entity
  const inParens = text[span.start - 1] === '(' && text[span.end] === ')';
  if (inParens) {
    const before = text.slice(Math.max(0, span.start - 80), span.start - 1).trim().split(/\s+/);
    // "National Security Advisor (NSA)": the initials of the words before it, not an entity
    const initials = before.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
    // "State of the Nation Address (SONA)": initials with "of"/"and" but without "the"
    const withSmall = before.filter((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for)$/.test(w)).map((w) => w.charAt(0).toUpperCase()).join('');
    // "integrated circuit (IC)", "Rapid diagnostic test (RDT) kits": a common noun's initials
    const lowerWords = before.slice(-surface.length);
    const preceding = before.length > surface.length ? before[before.length - surface.length - 1] ?? '' : '';
    const sentenceInitial = span.start <= 80 && before.length === surface.length ? true : /[.!?]$/.test(preceding);
    const common = lowerWords.length === surface.length && lowerWords.every((w, i) => /^\p{Ll}/u.test(w) || (i === 0 && sentenceInitial)) && lowerWords.map((w) => w.charAt(0)).join('').toUpperCase() === surface.toUpperCase();
    if (common || ((initials.endsWith(surface.toUpperCase()) || withSmall.endsWith(surface.toUpperCase())) && !store.sortedMentions().some((m) => span.start - m.end <= 3 && span.start - m.end >= 0))) {
      store.titleAcronyms.add(surface);
      return;
    }
    const ms = store.sortedMentions();
    const last = ms[ms.length - 1];
    if (last && span.start - last.end <= 3) {
      store.get(last.entity).aliases.add(surface);
      return;
    }
    if (prev && TITLE_WORDS.has(prev.text.toLowerCase())) return;
  }
  // initials of a known organisation: WHO <- World Health Organization
  for (const e of store.entities) {
    if (e.type !== 'ORGANISATION') continue;
    const initials = e.name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials === surface) { store.add(e.name, 'ORGANISATION', surface, span); return; }
  }
  store.add(surface, 'ORGANISATION', surface, span);
}
