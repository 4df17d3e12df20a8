/**
 * Organisations named by description rather than by name: "Lebanon’s health ministry",
 * "the Lebanese government" (-> Government of Lebanon), "The Israeli military",
 * "the Bahman hospital". Canonical names use the country adjective ("Lebanese Health Ministry").
 */
import type { EntityStore } from './entity-store.js';
import { adjectiveOf, countryOfAdjective, lookupPlace } from './gazetteer.js';
import { lookupExtPlace } from './gazetteer-ext.js';
import { TITLE_MODIFIERS } from './lexicon.js';
import { titleCase } from './tokens.js';
import { knownName } from './known-names.js';
import { nationalTeamName, sportOf, type Sport } from './national-teams.js';

const HEADS = '(government|election commission|electoral commission|central bank|foreign ministry|health ministry|defen[cs]e ministry|interior ministry|ministry|military|army|navy|air force|police|parliament|cabinet|embassy|foreign intelligence service|intelligence service|security service|presidency|judiciary|supreme court|presidential guard)';
const DESCRIPTIVE = new RegExp(
  `(?:\\b[Tt]he\\s+)?\\b((?:(?:North|South|East|West|New|Saudi|Sri|Costa|El|Sierra|Burkina|Ivory|Czech|United)\\s+)?\\p{Lu}[\\p{L}-]+)(['’]s)?\\s+((?:(?!and\\b|or\\b)[a-z]+\\s+){0,2}?)${HEADS}\\b`,
  'gu',
);
const FACILITY = /\b[Tt]he\s+((?:\p{Lu}[\p{L}-]+\s+){1,3})(hospital|clinic|university|airport|prison|mosque|church|stadium)\b/gu;
const FORCES = /^(?:military|army|navy|air force|police)$/;
/** After "the Israeli military", a verb (not a noun: "military strikes"). */
const VERB_AFTER = /^\s+(?:has|have|had|is|was|were|are|says|said|declined|denied|confirmed|claimed|announced|launched|carried|struck|reported|added|warned|stated|told|spokesman|spokesperson|spokeswoman|also|later|earlier|on)\b/;
const EXTRA_MODS = /^(?:new|interim|central|federal|national|caretaker)$/;
/** "the Kerala state government", "Ontario's provincial government": a region's own government. */
const SUBNATIONAL_MODS = /^(?:state|provincial|regional|territorial|county|city|municipal|local)$/;

function modifierOk(w: string): boolean {
  if (/^(?:of|for|the|and)$/.test(w)) return false;
  return TITLE_MODIFIERS.has(w) || EXTRA_MODS.test(w);
}

/** Heads of government whose surname names their administration: "the Biden administration". */
const LEADER_COUNTRY: Record<string, string> = {
  Trump: 'United States', Biden: 'United States', Obama: 'United States', Bush: 'United States',
  Modi: 'India', Starmer: 'United Kingdom', Sunak: 'United Kingdom', Truss: 'United Kingdom', Johnson: 'United Kingdom',
  Albanese: 'Australia', Morrison: 'Australia', Trudeau: 'Canada', Carney: 'Canada', Macron: 'France', Scholz: 'Germany',
  Merkel: 'Germany', Merz: 'Germany', Meloni: 'Italy', Sánchez: 'Spain', Erdogan: 'Turkey', Erdoğan: 'Turkey', Putin: 'Russia',
  Zelensky: 'Ukraine', Netanyahu: 'Israel', Ruto: 'Kenya', Tinubu: 'Nigeria', Buhari: 'Nigeria', Ramaphosa: 'South Africa',
  Lula: 'Brazil', Bolsonaro: 'Brazil', Milei: 'Argentina', Sheinbaum: 'Mexico', Marcos: 'Philippines', Duterte: 'Philippines',
  Widodo: 'Indonesia', Jokowi: 'Indonesia', Prabowo: 'Indonesia', Hasina: 'Bangladesh', Yunus: 'Bangladesh', Kishida: 'Japan',
  Ishiba: 'Japan', Hipkins: 'New Zealand', Luxon: 'New Zealand', Ardern: 'New Zealand', Orban: 'Hungary', Orbán: 'Hungary',
};
const ADMINISTRATION = /\b(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(\p{Lu}[\p{L}-]+)\s+(?:administration|government|cabinet)\b/gu;

/** Adds descriptive organisations found in text[start, end) to the store. */
export function findDescriptiveOrgs(text: string, start: number, end: number, store: EntityStore, sport: Sport | null = sportOf(text)): void {
  const s = text.slice(start, end);
  for (const m of s.matchAll(DESCRIPTIVE)) {
    const word = m[1] ?? '';
    const poss = Boolean(m[2]);
    const mods = (m[3] ?? '').trim();
    const head = m[4] ?? '';
    const place = lookupPlace(word);
    let country: string | null = null;
    if (place && place.kind === 'COUNTRY') country = place.name;
    else if (!poss) country = countryOfAdjective(word)?.name ?? null;
    // "Gaza's health ministry": a region's own body, named after the region
    const regional = !country && poss && place && place.kind !== 'COUNTRY' && head !== 'government' && head !== 'military' ? place.name : null;
    // "the Kerala government", "Punjab's state government": Government of Kerala
    if (!country && head === 'government' && !/^\s+(?:house|lodge|buildings?|offices?|quarters|hospital|school|college)\b/i.test(s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12)) && (!mods || mods.split(/\s+/).every((w) => SUBNATIONAL_MODS.test(w) || modifierOk(w)))) {
      const region = place && place.kind !== 'COUNTRY' ? place.name : lookupExtPlace(word)?.name;
      if (region) {
        const at = start + (m.index ?? 0);
        store.regionalGovernment(region, m[0], { start: at, end: at + m[0].length });
        continue;
      }
    }
    if (!country && !regional) continue;
    const follow = s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20);
    if (FORCES.test(head) && /^\s+[a-z]/.test(follow) && !VERB_AFTER.test(follow)) continue;
    if (mods && !mods.split(/\s+/).every(modifierOk)) continue;
    const at = start + (m.index ?? 0);
    const span = { start: at, end: at + m[0].length };
    // "Israel's foreign intelligence service, the Mossad,": an alias of the named organisation
    const appos = /^,\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s*,/u.exec(follow + s.slice((m.index ?? 0) + m[0].length + 20, (m.index ?? 0) + m[0].length + 60));
    const named = appos ? knownName(appos[1] ?? '') : null;
    if (named && named.type === 'ORGANISATION') {
      store.add(named.name, 'ORGANISATION', m[0], span);
      continue;
    }
    if (regional) {
      store.add(`${regional} ${titleCase([mods, head].filter(Boolean).join(' '))}`, 'ORGANISATION', m[0], span);
      continue;
    }
    if (!country) continue;
    if (head === 'government' && !mods) {
      store.government(country, m[0], span);
      continue;
    }
    const adj = adjectiveOf(country) ?? country;
    const words = [mods, head].filter(Boolean).join(' ');
    const canonical = FORCES.test(head) ? `${adj} ${words}` : `${adj} ${titleCase(words)}`;
    store.add(canonical, 'ORGANISATION', m[0], span);
  }
  // "the Vietnamese team", "Nigeria's squad" in a sports story: the national team
  if (sport) {
    for (const m of s.matchAll(/\b(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]+)(['’]s)?\s+(?:national\s+)?(?:team|side|squad)\b/gu)) {
      const word = m[1] ?? '';
      const place = lookupPlace(word);
      const country = place?.kind === 'COUNTRY' ? place.name : m[2] ? null : countryOfAdjective(word)?.name ?? null;
      if (!country || (!m[2] && place)) continue;
      const at = start + (m.index ?? 0);
      store.add(nationalTeamName(country, sport), 'ORGANISATION', m[0], { start: at, end: at + m[0].length });
    }
  }
  // "the Biden administration", "the Narendra Modi government": that country's government
  for (const m of s.matchAll(ADMINISTRATION)) {
    const country = LEADER_COUNTRY[m[1] ?? ''];
    if (!country) continue;
    const at = start + (m.index ?? 0);
    store.government(country, m[0], { start: at, end: at + m[0].length });
  }
  for (const m of s.matchAll(FACILITY)) {
    const at = start + (m.index ?? 0);
    store.add(titleCase(`${(m[1] ?? '').trim()} ${m[2] ?? ''}`), 'ORGANISATION', m[0], { start: at, end: at + m[0].length });
  }
}
