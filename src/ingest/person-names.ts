/**
 * Whether a capitalised run is a person's name: name shape (no common words, organisation heads,
 * places or event words, initials allowed) and evidence beyond capitals (a known first or last name,
 * a role before it, an appositive or a reporting verb after it, or a surname used again).
 */
import type { Span } from './types.js';
import { findCues } from './cues.js';
import { countryOfAdjective, lookupPlace } from './gazetteer.js';
import { FAMOUS_PEOPLE, ORG_HEADS, TITLE_WORDS, isCommonWord, isFirstName, isLastName, isWordlikeFirstName } from './lexicon.js';
import type { Token } from './tokens.js';

export const EVENT_HEADS = new Set(
  ('operation war battle summit olympics cup league championship games conference election elections agreement accord ' +
    'treaty act bill protocol plan initiative program programme award awards prize day festival week season series ' +
    'open grand prix tournament trophy final finals hurricane storm typhoon cyclone tropical wildfire fire earthquake').split(/\s+/),
);
export const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'bin', 'ibn', 'la', 'der', 'van', 'von', 'du', 'del', 'da', 'the', 'on', 'ten', 'ter', 'den', 'dos', 'das', 'di', 'le', 'el']);
export const PERSON_ROLE_BEFORE = new RegExp(`\\b(${[...TITLE_WORDS].filter((w) => !/^(?:mr|mrs|ms|dr|sir|lord|lady|dame|star|major|general|justice|chief|head|host|rep|sen|gen|lt|col)$/.test(w)).map((w) => w.replace(/[-.]/g, '\\$&')).join('|')}|chief|head|general)\\s*,?\\s*$`, 'i');

const TITLE_APPOSITION = new RegExp(`\\b(?:${['minister', 'secretary', 'director', 'director-general', 'chairman', 'chairperson', 'chairwoman', 'president', 'governor', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'chief', 'head', 'mayor', 'ceo', 'registrar', 'coordinator', 'manager', 'executive'].join('|')})\\b(?:\\s+(?:of|for|and|the|at|in|\\p{Lu}[\\p{L}'’.-]*))*,\\s*$`, 'iu');
const SUBJECT_VERB = '\\s+(?:said|says|added|told|warned|noted|stated|explained|insisted|will|would|has|had|is|was)\\b';
const PERSONAL = new RegExp(`(?:^|[.!?”"]\\s+|,\\s*[”"]?\\s*)(?:he|she)${SUBJECT_VERB}`, 'gi');
const NEUTER = new RegExp(`(?:^|[.!?”"]\\s+|,\\s*[”"]?\\s*)(?:it|they)${SUBJECT_VERB}`, 'gi');

/** Whether the text after `pos` takes the subject up again as "he"/"she" rather than "it"/"they". */
export function referredToAsPerson(text: string, pos: number): boolean {
  const after = text.slice(pos, pos + 400);
  return (after.match(PERSONAL) ?? []).length > (after.match(NEUTER) ?? []).length;
}

export class PersonNames {
  constructor(private readonly text: string) {}

  /** Some sign beyond capitals that a run is a person: a known first or last name, a role, an appositive, a cue, a surname reused. */
  evidence(toks: Token[], before: string, span: Span): boolean {
    const first = (toks[0] as Token).text;
    const last = (toks[toks.length - 1] as Token).text;
    if (isFirstName(first) || isLastName(last) || FAMOUS_PEOPLE[last]) return true;
    if (PERSON_ROLE_BEFORE.test(before) || /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s*$/.test(before)) return true;
    // "The Minister of State for Education, Emeka Nwajiuba, said": the name in apposition to a title
    if (TITLE_APPOSITION.test(before) && /^\s*,/.test(this.text.slice(span.end, span.end + 3))) return true;
    const after = this.text.slice(span.end, span.end + 40);
    const cue = findCues(after.slice(0, 30))[0];
    if (cue && cue.form === 'finite' && /^\s*(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+)?$/u.test(after.slice(0, cue.start))) return true;
    if (/^\s*(?:,\s*(?:a|an|the|\d+|who|whose|aged|chief|head|former|senior)\b|\s+(?:said|says|told|added|warned|claimed|stated|wrote|noted|argued|insisted|denied|confirmed|announced|explained|urged|has|had|was|is|who|will|would|could|did|does)\b)/.test(after)) return true;
    if (/^\s*\(\d+\)/.test(after)) return true;
    // "Keva Gottlieb, Manager at The Sports Centre": a title in apposition after the name
    const appos = /^\s*,\s*(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:at|of|for|with|from|in)\s/u.exec(after);
    if (appos && TITLE_WORDS.has((appos[1] ?? '').toLowerCase()) && !/^(?:general|major|star|host|chief|head)$/i.test(appos[1] ?? '')) return true;
    return this.wordCount(last) >= 2;
  }

  private readonly wordCounts = new Map<string, number>();
  /** How often a capitalised word occurs in the text (cached). */
  private wordCount(word: string): number {
    if (this.wordCounts.size === 0) {
      for (const m of this.text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) this.wordCounts.set(m[0], (this.wordCounts.get(m[0]) ?? 0) + 1);
    }
    return this.wordCounts.get(word) ?? 0;
  }

  shaped(toks: Token[], lenient = false): boolean {
    if (toks.length === 0) return false;
    // "the Rose Garden", "Penny Lane": a word-like given name before a place word names the place
    if (isWordlikeFirstName((toks[0] as Token).text) && toks.slice(1).some((t) => /^(?:Garden|Gardens|Park|Hall|Square|Street|Road|Avenue|Lane|Way|Drive|Hill|Hills|Valley|Island|Bay|Centre|Center|Bowl|Theatre|Theater|Bridge|River|Lake|Beach)$/.test(t.text))) return false;
    const firstIsName = toks.length >= 2 && (lenient || isFirstName((toks[0] as Token).text));
    for (const t of toks) {
      if (firstIsName && t !== toks[0] && !ORG_HEADS.has(t.text.toLowerCase()) && !EVENT_HEADS.has(t.text.toLowerCase()) && !lookupPlace(t.text) && !/\d/.test(t.text)) continue;
      const w = t.text;
      if (/\d/.test(w) || /^\(/.test(w)) return false;
      // "Bill McKay": a given name that is also an event word, when a surname follows
      const givenFirst = t === toks[0] && toks.length >= 2 && isFirstName(w) && !ORG_HEADS.has(w.toLowerCase());
      if ((ORG_HEADS.has(w.toLowerCase()) || EVENT_HEADS.has(w.toLowerCase())) && !givenFirst) return false;
      // "Luís Montenegro", "Ana Paraguay": a place word as the surname after a known given name
      const surnameAfterGiven = t === toks[toks.length - 1] && toks.length >= 2 && isFirstName((toks[0] as Token).text) && !isWordlikeFirstName((toks[0] as Token).text) && lookupPlace(w)?.kind === 'COUNTRY';
      if (lookupPlace(w) && !isFirstName(w) && !surnameAfterGiven) return false;
      if ((countryOfAdjective(w)?.name ?? null) && toks.length > 1 && t === toks[0]) return false;
      if (!lenient && isCommonWord(w) && !isFirstName(w) && !/^[A-Z]\.?$|^(?:[A-Z]\.)+$/.test(w)) return false;
      if (CONNECTORS.has(w) && t === toks[0]) return false;
      if (w.length > 1 && w === w.toUpperCase() && !/^(?:[A-Z]\.)+$|^[A-Z]\.?$/.test(w)) return false;
    }
    return true;
  }
}
