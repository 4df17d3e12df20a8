/**
 * Political parties named by their members' labels: "Labour MP Stephen Kinnock", "the Tories",
 * "Republican Senator Ted Cruz", "Liberal MP Nathaniel Erskine-Smith" (in a Canadian story,
 * the Liberal Party of Canada). A label counts only before a political role or as the party's
 * plural, so "a liberal democracy" or "conservative estimates" name nothing.
 */
import type { EntityStore } from './entity-store.js';

/** Label -> canonical party name; `{country}` is filled from the story, or dropped. */
const LABELS: Record<string, string> = {
  Labour: 'Labour Party',
  Labor: 'Australian Labor Party',
  Conservative: 'Conservative Party',
  Conservatives: 'Conservative Party',
  Tory: 'Conservative Party',
  Tories: 'Conservative Party',
  'Liberal Democrat': 'Liberal Democrats',
  'Liberal Democrats': 'Liberal Democrats',
  'Lib Dem': 'Liberal Democrats',
  'Lib Dems': 'Liberal Democrats',
  Liberal: 'Liberal Party{country}',
  Liberals: 'Liberal Party{country}',
  'New Democrat': 'New Democratic Party',
  'New Democrats': 'New Democratic Party',
  Republican: 'Republican Party',
  Republicans: 'Republican Party',
  Democrat: 'Democratic Party',
  Democratic: 'Democratic Party',
  Democrats: 'Democratic Party',
  Green: 'Green Party',
  Greens: 'Green Party',
};

/** Roles a party label qualifies: "Labour MP", "Republican Sen.", "Tory leadership". */
const ROLE_AFTER = /^(?:-led\b|-controlled\b|\s+(?:Sen\.|Rep\.|(?:MPs?|MLAs?|MPPs?|MSPs?|MEPs?|TDs?|[Ss]enators?|[Rr]epresentatives?|[Cc]ongress(?:man|woman|men|women)|[Ll]awmakers?|[Ll]egislators?|[Ll]eaders?|[Ll]eadership|[Cc]andidates?|[Cc]ouncil(?:l)?ors?|[Gg]overnors?|[Nn]ominees?|[Pp]resident|[Mm]ayor|[Pp]remier|[Ll]eader|[Mm]embers?|[Cc]ampaign|[Cc]hair(?:man|woman)?|[Ww]hip|[Bb]ackbenchers?|[Pp]eers?|[Gg]overnment|[Aa]dministration)\b))/;
/** Plural labels that name the party on their own as a subject or object: "the Tories lost". */
const PLURAL_NOUN = /^(?:Tories|Conservatives|Republicans|Democrats|Liberals|Greens|Lib Dems|Liberal Democrats|New Democrats)$/;
/** "Liberal" needs a country: Canada and Australia have Liberal Parties. */
const LIBERAL_COUNTRIES: Array<[string, RegExp]> = [
  ['Canada', /\b(?:Canada|Canadian|Ottawa|Ontario|Quebec|Trudeau|Carney)\b/],
  ['Australia', /\b(?:Australia|Australian|Canberra|Dutton|Morrison)\b/],
];

const LABEL_RE = new RegExp(`\\b(${Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`, 'gu');

function liberalCountry(text: string): string {
  for (const [country, re] of LIBERAL_COUNTRIES) if (re.test(text)) return ` of ${country}`;
  return '';
}

/** Adds the parties named by labels in text[start, end) to the store. */
export function findPartyMentions(text: string, start: number, end: number, store: EntityStore): void {
  const s = text.slice(start, end);
  for (const m of s.matchAll(LABEL_RE)) {
    const label = m[1] ?? '';
    const at = start + (m.index ?? 0);
    const after = text.slice(at + label.length, at + label.length + 24);
    const before = text.slice(Math.max(0, at - 12), at);
    // "Democratic Republic of the Congo", "the Green Climate Fund": part of a longer name
    if (/^\s+(?:Party|Republic|Alliance|Union|Front|Movement|Congress|Socialists?)\b/.test(after) || /^\s+\p{Lu}\p{Ll}+\s+(?:Fund|Party|Foundation)\b/u.test(after)) continue;
    const asRole = ROLE_AFTER.test(after);
    const asNoun = PLURAL_NOUN.test(label) && /\b(?:the|The)\s+$/.test(before);
    if (!asRole && !asNoun) continue;
    const name = (LABELS[label] ?? label).replace('{country}', label.startsWith('Liberal') && !label.includes('Democrat') ? liberalCountry(text) : '');
    store.add(name, 'ORGANISATION', label, { start: at, end: at + label.length });
  }
}
