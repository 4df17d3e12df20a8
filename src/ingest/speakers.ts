/**
 * Resolves the words naming a speaker to an entity: names (via entity mentions), pronouns
 * ("he", "it"), role nouns ("the president", "the ministry", "the government"), metonymy
 * (a speaking country or capital is `Government of <Country>`), coordination ("X and Y have
 * accused"), and unnamed sources ("a Hezbollah official", "analysts") -> null speaker.
 */
import type { EntityRef, EntityType, Span } from './types.js';
import type { EntityRecord, EntityStore, MentionRef } from './entity-store.js';
import { countryOfAdjective, governmentCountry, isSeatOfGovernment, lookupPlace } from './gazetteer.js';
import { PORTFOLIO_WORDS, TITLE_WORDS, UNNAMED_HEADS, FAMOUS_PEOPLE, genderOfFirstName, isFirstName, isLastName, isLexOrganisation, isPluralCommonNoun } from './lexicon.js';
import type { NounPhrase } from './subject.js';
import { resolveDescription } from './descriptions.js';
import { referredToAsPerson } from './person-names.js';
import { ORGISH_HEADS, PERSONISH_HEADS, headOf } from './speaker-words.js';

export interface ResolvedSpeaker {
  speaker: EntityRef | null;
  mention: string;
  kind: 'name' | 'pronoun' | 'description' | 'unnamed' | 'role' | 'government';
  confidence: number;
}

/** ", humanitarian programme co-ordinator for Oxfam": a person's role in apposition. */
const PERSON_APPOSITIVE = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:expert|specialist|consultant|judge|magistrate|inspector|co-?ordinator|director|spokes(?:man|woman|person)|official|minister|officer|manager|adviser|advisor|analyst|economist|chief|secretary|president|chairman|chairwoman|chairperson|founder|professor|lecturer|researcher|scientist|lawyer|attorney|resident|leader|commander|governor|mayor|senator|engineer|doctor|nurse|teacher|student|activist|author|executive|farmer|mother|father|owner|worker|coach|captain|player)s?\b/u;

const FEMALE_WORDS = /\b(?:Ms|Mrs|Miss|Dame|Lady|Queen|Princess|Madam|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|mother|wife|daughter|sister|actress|widow|grandmother)\b/;
const MALE_WORDS = /\b(?:Mr|Sir|Lord|King|Prince|spokesman|chairman|businessman|congressman|councilman|father|husband|son|brother|actor|widower|grandfather)\b/;

/** 'f' or 'm' when a title or role in the aliases says so ("Mr Ishola", "spokeswoman Jane Doe"). */
/** Korean and Chinese names put the family name first: "Kim Pan Gon", "Lee Jae-myung" (no English "Kim"). */
const EAST_ASIAN_SURNAMES = new Set(['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Hong', 'Moon', 'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Ma', 'Lin', 'Ho', 'Tan', 'Lim', 'Ng', 'Nguyen', 'Tran', 'Pham']);

function surnameFirst(name: string): boolean {
  const parts = name.split(/\s+/);
  return EAST_ASIAN_SURNAMES.has(parts[0] ?? '') && (parts.length >= 3 || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1] ?? ''));
}

function genderOfAliases(aliases: readonly string[]): 'f' | 'm' | null {
  const f = aliases.some((a) => FEMALE_WORDS.test(a));
  const m = aliases.some((a) => MALE_WORDS.test(a));
  return f === m ? null : f ? 'f' : 'm';
}

export interface HistoryItem {
  sentence: number;
  speaker: EntityRef | null;
  /** PERSON-like for unnamed officials, ORGANISATION for unnamed reports. */
  type: EntityType;
  /** The words that named the speaker. */
  mention?: string;
}

const PRONOUN_PERSON = /^(?:he|she|him|her)$/i;
const PRONOUN_IT = /^(?:it)$/i;

/** Whether an "and" joins two names rather than two titles ("GM Chairman and CEO Mary Barra"). */
function coordinates(between: string): boolean {
  const words = between.trim().toLowerCase().split(/\s+/);
  return words.some((w, i) => w === 'and' && !(TITLE_WORDS.has(words[i - 1] ?? '') && TITLE_WORDS.has(words[i + 1] ?? '')));
}

/** "However, …" left as a subject is no speaker. */
const SENTENCE_ADVERB = /^(?:However|Meanwhile|Moreover|Furthermore|Additionally|Consequently|Nevertheless|Nonetheless|Therefore|But|And|Also|Still|Yet|Thus|Hence|Instead|Ironically|Similarly|Likewise|Indeed)$/;

function countryOfName(word: string): string | null {
  const p = lookupPlace(word);
  return p?.kind === 'COUNTRY' ? p.name : null;
}

export class SpeakerResolver {
  constructor(
    private readonly text: string,
    readonly store: EntityStore,
    readonly mentions: readonly MentionRef[],
    readonly homeCountry: string | null,
    /** The body sentences claims are numbered by, and the quotations, for pronoun salience. */
    private readonly layout: { sentences: readonly Span[]; quotes: readonly Span[] } = { sentences: [], quotes: [] },
  ) {}

  ref(e: EntityRecord): EntityRef {
    return { name: e.name, type: e.type };
  }

  addAlias(e: EntityRecord, surface: string): void {
    e.aliases.add(surface);
  }

  /** Entity mentions inside text[start, end), in order. */
  mentionsWithin(start: number, end: number): MentionRef[] {
    return this.mentions.filter((m) => m.start >= start && m.end <= end);
  }

  /** Entity mentions fully inside the phrase. */
  private mentionsIn(np: NounPhrase): MentionRef[] {
    return this.mentions.filter((m) => m.start >= np.start && m.end <= np.end);
  }

  private asSpeaker(e: EntityRecord, surface: string, m: MentionRef | null): ResolvedSpeaker {
    if (e.type === 'LOCATION') {
      const country = governmentCountry(m?.text ?? surface) ?? governmentCountry(e.name);
      if (country) {
        const gov = this.store.government(country, surface, null);
        // "Moscow denounced": a capital that speaks is named as the government there, not as a place
        if (m && e.geo?.kind !== 'COUNTRY' && e.mentions.some((x) => x.start === m.start && x.end === m.end)) this.store.moveMention(m, e, gov);
        return { speaker: this.ref(gov), mention: surface, kind: 'government', confidence: 0.8 };
      }
    }
    this.addAlias(e, surface);
    return { speaker: this.ref(e), mention: surface, kind: 'name', confidence: 0.9 };
  }

  /** Resolves a subject phrase; several results for coordinated subjects. */
  resolve(np: NounPhrase, sentence: number, history: readonly HistoryItem[]): ResolvedSpeaker[] {
    // a bracketed acronym, inside the phrase or right after it: "The Great Barrier Reef Marine Park
    // Authority (GBRMPA)" adds nothing; "the army’s communication service (ISPR)" names the body
    const glossAfter = /^\s*\(([A-Z]{2,8})\)/.exec(this.text.slice(np.end, np.end + 14));
    if (glossAfter && /^(?:the|its|their|a|an)\s/i.test(np.text)) np = { ...np, end: np.end + glossAfter[0].length, text: this.text.slice(np.start, np.end + glossAfter[0].length) };
    const bracket = /\s*\(([\p{Lu}][\p{L}&.]{1,11})\)$/u.exec(np.text);
    if (bracket && bracket.index > 0) {
      const acronym = bracket[1] ?? '';
      const described = headOf(np.text.slice(0, bracket.index));
      if (/^(?:the|its|their|a|an)\s/i.test(np.text) && /^[A-Z]{2,8}$/.test(acronym) && !PERSONISH_HEADS.has(described) && !UNNAMED_HEADS.has(described) && !TITLE_WORDS.has(described)) {
        const e = this.store.byName(acronym) ?? this.store.add(acronym, 'ORGANISATION', acronym, { start: np.end - acronym.length - 1, end: np.end - 1 });
        if (e.type === 'ORGANISATION') return [{ speaker: this.ref(e), mention: np.text, kind: 'name', confidence: 0.7 }];
      }
      np = { ...np, end: np.end - bracket[0].length, text: np.text.slice(0, bracket.index) };
    }
    const text = np.text.replace(/^[“”"‘’']+|[“”"‘’',]+$/g, '').trim();
    if (!text) return [];
    if (/^they$/i.test(text)) {
      // "they" continues an unnamed plural source ("Residents said … They said …")
      const h = history[history.length - 1];
      if (h && sentence - h.sentence <= 2 && !h.speaker && /s$/i.test(h.mention ?? '')) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
      // "Economists at Pantheon predicted … However, they stressed": the firm's staff again
      if (h?.speaker && sentence - h.sentence <= 1 && h.speaker.type === 'ORGANISATION' && /^(?:\S+\s+)?\p{L}+s\s+(?:at|from|with)\s/u.test(h.mention ?? '')) {
        return [{ speaker: h.speaker, mention: text, kind: 'pronoun', confidence: 0.5 }];
      }
      return [];
    }
    if (/^(?:I|we|you|them|one|this|that|these|those|there|which|what|who)$/i.test(text) || SENTENCE_ADVERB.test(text)) return [];
    if (/^(?:his|her|its|their|our|my|your)\s/i.test(text)) {
      // "his agent Nez Balelo": the person named at the end of the description
      const named = this.mentionsIn(np).find((m) => m.end === np.end && this.store.get(m.entity).type === 'PERSON');
      if (named) return [{ ...this.asSpeaker(this.store.get(named.entity), this.text.slice(named.start, named.end), named), mention: text }];
      // "his lawyers said": an unnamed source tied to someone
      const h = headOf(text);
      if (UNNAMED_HEADS.has(h) || PERSONISH_HEADS.has(h)) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
      // "their union said": the one organisation of that kind the article names ("… Workers Union")
      if (ORGISH_HEADS.has(h) && /^\S+\s+\p{Ll}+$/u.test(text)) {
        const kind = this.store.entities.filter((e) => e.type === 'ORGANISATION' && !e.hidden && e.name.toLowerCase().split(/\s+/).includes(h));
        const only = kind.length === 1 ? kind[0] : undefined;
        if (only) { this.addAlias(only, text); return [{ speaker: this.ref(only), mention: text, kind: 'description', confidence: 0.55 }]; }
      }
      return [];
    }
    if (PRONOUN_PERSON.test(text)) return this.pronoun(text, np.start, sentence, history, 'PERSON');
    if (/^the\s+\d{1,3}-year-old(?:\s+\p{Ll}+)?$/iu.test(text) || /^the\s+(?:veteran|youngster|teenager|star|midfielder|striker|forward|defender|goalkeeper|manager|coach|former)$/i.test(text)) return this.pronoun(text, np.start, sentence, history, 'PERSON');
    // "the Dutchman", "the Briton", "the prodigiously talented American": a demonym naming the last person
    const demonym = /^[Tt]he\s+(?:\p{Ll}+\s+){0,3}(\p{Lu}\p{Ll}+?)(?:man|woman)?$/u.exec(text);
    if (demonym && (countryOfAdjective(demonym[1] ?? '') || /^(?:Briton|Scot|Swede|Dane|Pole|Finn|Turk|Kiwi|Aussie)$/.test(demonym[1] ?? ''))) {
      return this.pronoun(text, np.start, sentence, history, 'PERSON');
    }
    if (PRONOUN_IT.test(text)) return this.pronoun(text, np.start, sentence, history, 'ORGANISATION');
    // "a statement from the bank", "a post by the ministry": the body that issued it speaks
    // "the October 2023 Consumer Price Index (CPI) and Inflation Report released by the NBS"
    const issued = /^(?:(?:a|an|the|its|their|his|her)\s+(?:\p{Ll}+\s+|(?:\(?[\p{Lu}\d][\p{L}\d()&-]*\s+|and\s+){1,10}?)?)?(?:statement|post|letter|report|filing|note|release|communique|message|video|notice|announcement|news|information|data|figures)\s+(?:from|by|of|(?:issued|released|published|circulated|signed)\s+by|(?:published|posted|released)\s+on)\s+(.+)$/iu.exec(text);
    if (issued && issued[1]) {
      const off = np.text.indexOf(issued[1]);
      const inner = { start: np.start + off, end: np.start + off + issued[1].length, text: issued[1], citing: null };
      const found = this.resolve(inner, sentence, history).map((r) => ({ ...r, mention: text }));
      // "by the Group of Seven members following talks in northern Japan": the first body or person it names
      const named = this.mentionsIn(inner).filter((m) => this.store.get(m.entity).type !== 'LOCATION');
      const first = named[0];
      if (!first || found.some((r) => r.speaker && named.some((m) => this.store.get(m.entity).name === r.speaker?.name))) return found;
      return [{ ...this.asSpeaker(this.store.get(first.entity), text, first), mention: text }];
    }
    // "A Joy News report says", "a World Bank study found", "The PNP-NOC figures added": the body named before its document speaks
    const doc = /^(?:a|an|the|its|their)\s+(?:new\s+|recent\s+|latest\s+)?(.+?)\s+(?:report|statement|study|survey|analysis|poll|release|bulletin|investigation|assessment|figures|data|tally|records|statistics)$/iu.exec(text);
    if (doc && doc[1] && /^\p{Lu}/u.test(doc[1])) {
      const named = this.mentionsIn(np).find((m) => this.store.get(m.entity).type === 'ORGANISATION');
      if (named) return [{ ...this.asSpeaker(this.store.get(named.entity), text, named), mention: text }];
      // "a Nikkei Asia report": a capitalised name before the document is its publisher, known or not
      const publisher = doc[1];
      if (/^(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}\p{Lu}[\p{L}.&'’-]*$/u.test(publisher) && !lookupPlace(publisher) && !countryOfAdjective(publisher) && !this.store.findPerson(publisher) && !this.mentionsIn(np).length) {
        const at = np.start + np.text.indexOf(publisher);
        const e = this.store.add(publisher, 'ORGANISATION', publisher, { start: at, end: at + publisher.length });
        return [{ speaker: this.ref(e), mention: text, kind: 'name', confidence: 0.6 }];
      }
    }
    // "according to the complaint", "court documents say": a filing with no author named is an unnamed source
    if (/^(?:the|a|an)?\s*(?:\p{Ll}+\s+)?(?:complaint|indictment|lawsuit|affidavit|charge\s+sheet|court\s+(?:documents?|papers|filings?|records)|police\s+(?:report|records)|documents|records|petition|suit|arrest\s+warrant|warrant)$/iu.test(text)) {
      return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
    }
    // "high-level government officials briefed on the matter", "people familiar with the talks": unnamed
    if (/\b(?:officials?|sources?|people|persons?|diplomats?|insiders?|aides?)\s+(?:briefed|familiar|involved|close|knowledgeable|with\s+knowledge)\b/i.test(text)) {
      return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.6 }];
    }
    // "the Russian authorities", "Chinese authorities", "the authorities in Gambia": that country's government
    const authorities = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]+)\s+authorities$/u.exec(text);
    // "the authorities in Gambia": the government of the country named
    const authoritiesIn = /^(?:[Tt]he\s+)?authorities\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]+){0,3})$/u.exec(text);
    const authoritiesOf = authorities ? countryOfAdjective(authorities[1] ?? '')?.name ?? null : authoritiesIn ? countryOfName(authoritiesIn[1] ?? '') : null;
    if (authoritiesOf) {
      const gov = this.store.government(authoritiesOf, text, null);
      return [{ speaker: this.ref(gov), mention: text, kind: 'government', confidence: 0.7 }];
    }
    // "Myanmar's ruling junta": the government of the country named
    const rulers = /^(\p{Lu}[\p{L}-]+)['’]s\s+(?:(?:ruling|military|new|interim)\s+)*(?:junta|regime|government)$/u.exec(text);
    const rulersOf = rulers ? countryOfName(rulers[1] ?? '') : null;
    if (rulersOf) {
      const gov = this.store.government(rulersOf, text, null);
      return [{ speaker: this.ref(gov), mention: text, kind: 'government', confidence: 0.75 }];
    }
    // "Two of the 26 members of the Governing Council", "A number of councillors": some of a body, unnamed
    if (/^(?:one|two|three|four|five|six|several|some|many|most|a few|a number|half|a majority|a minority|a group|a handful|dozens|hundreds|thousands|scores)\s+of\s+(?:(?:the|its|their|his|her)\s+|(?:\p{Ll}+\s+){0,2}\p{Ll}+s$)/iu.test(text)) {
      return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
    }
    const inside = this.mentionsIn(np);
    // "Economists at Pantheon Macroeconomics", "analysts from Goldman Sachs": the firm speaks through its staff
    const staff = /^(?:(?:the|some|other)\s+)?(?:[\p{Ll}-]+\s+)?(?:economists|analysts|strategists|researchers|scientists|experts)\s+(?:at|from|with)\s+/iu.exec(text);
    const firm = staff ? inside.find((m) => this.store.get(m.entity).type === 'ORGANISATION' && m.start - np.start >= staff[0].length - 1) : undefined;
    if (firm && np.end - firm.end <= 1) return [{ ...this.asSpeaker(this.store.get(firm.entity), text, firm), confidence: 0.6 }];
    // "Sources close to Modi", "a spokesman for the ministry": an unnamed source attached to a name
    const preHead = /^(.*?)\s+(?:close to|familiar with|for|at|from|in|of|with|near|inside|within|on|to)\s+\S/i.exec(text);
    if (preHead) {
      const words = (preHead[1] ?? '').split(/\s+/);
      const h = (words[words.length - 1] ?? '').toLowerCase();
      const lead = (words[0] ?? '').toLowerCase();
      if (UNNAMED_HEADS.has(h) || (PERSONISH_HEADS.has(h) && /^(?:a|an|one|another|two|three|several|some)$/.test(lead))) {
        return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.6 }];
      }
      // "people living near the lake", "Representatives from the city", "a board member for the association": a group or one of it, unnamed
      const at = words.findIndex((w) => UNNAMED_HEADS.has(w.toLowerCase()) || /^(?:representatives|members|member)$/i.test(w));
      if (at >= 0 && at <= 3 && words.slice(at + 1).every((w) => /^\p{Ll}+(?:ing|ed)$/u.test(w)) && words.slice(0, at).every((w) => /^\p{Ll}/u.test(w))) {
        return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.55 }];
      }
    }
    // a seat of government ("the Kremlin") or a capital/country used as a speaker
    const seat = text.replace(/^the\s+/i, '');
    if (isSeatOfGovernment(seat)) {
      const gov = this.store.government(governmentCountry(seat) ?? seat, text, { start: np.start, end: np.end });
      return [{ speaker: this.ref(gov), mention: text, kind: 'government', confidence: 0.8 }];
    }
    // coordination: "Nawaz Sharif and Imran Khan", "Hizbullah and the Lebanese government"
    if (/\sand\s/.test(text) && inside.length >= 2) {
      const heads = inside.filter((m) => {
        const e = this.store.get(m.entity);
        if (/^['’](?:s\b|\s)/.test(np.text.slice(m.end - np.start, m.end - np.start + 3))) return false;
        // "other parliamentarians in the National Assembly": a name inside a prepositional phrase is no conjunct
        if (/\b(?:in|of|at|from|for|with|on)\s+(?:the\s+)?$/.test(np.text.slice(0, m.start - np.start))) return false;
        // "Republican Senator Ted Cruz and …": a party or employer before its person modifies that conjunct
        if (e.type === 'ORGANISATION' && inside.some((p) => p.start > m.end && p.start - m.end <= 30 && this.store.get(p.entity).type === 'PERSON'
          && !coordinates(np.text.slice(m.end - np.start, p.start - np.start)))) return false;
        return e.type !== 'LOCATION' || /\sand\s*(?:the\s+)?$/.test(np.text.slice(0, m.start - np.start)) || m.start - np.start <= 4;
      });
      const lastEnd = Math.max(...heads.map((m) => m.end));
      // "opposition leader X and other parliamentarians …": the named one, and an unnamed group
      const others = /\sand\s+((?:other|several|some|fellow|many)\s+\p{Ll}+s\b.*)$/u.exec(text);
      if (heads.length === 1 && others && heads[0] && heads[0].end - np.start < text.length - (others[1] ?? '').length) {
        const named = this.asSpeaker(this.store.get(heads[0].entity), this.text.slice(heads[0].start, heads[0].end), heads[0]);
        return [{ ...named, mention: text }, { speaker: null, mention: others[1] ?? text, kind: 'unnamed', confidence: 0.5 }];
      }
      if (heads.length >= 2 && np.end - lastEnd <= 2) {
        const out: ResolvedSpeaker[] = [];
        const seen = new Set<string>();
        for (const m of heads) {
          // each named speaker keeps its own words as an alias; the claim keeps the whole phrase
          const r = { ...this.asSpeaker(this.store.get(m.entity), this.text.slice(m.start, m.end), m), mention: text };
          const key = r.speaker?.name ?? '';
          if (!seen.has(key)) { seen.add(key); out.push(r); }
        }
        return out;
      }
    }
    // "The far-right Chega party", "the state-owned Petrobras group": the named organisation before its kind
    const kindOf = inside.find((m) => this.store.get(m.entity).type === 'ORGANISATION' && /^\s+\p{Ll}+$/u.test(np.text.slice(m.end - np.start))
      && ORGISH_HEADS.has(np.text.slice(m.end - np.start).trim()) && !/['’]s$/.test(np.text.slice(m.start - np.start, m.end - np.start)));
    if (kindOf) return [this.asSpeaker(this.store.get(kindOf.entity), text, kindOf)];
    // "Mathilde Vu of the Norwegian Refugee Council": the person, not the organisation
    const lead = inside[0];
    const titled = lead ? /^(?:[Tt]he\s+)?(?:(?:Professor|Prof\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Sir|Dame|Judge|Justice)\s+)?$/.test(np.text.slice(0, lead.start - np.start)) : false;
    if (lead && titled && this.store.get(lead.entity).type === 'PERSON' && /^\s+(?:of|at|from|with)\s/.test(np.text.slice(lead.end - np.start))) {
      return [this.asSpeaker(this.store.get(lead.entity), text, lead)];
    }
    // the phrase ends with a named mention: "Boeing CEO Kelly Ortberg", "Lebanon’s health ministry"
    const endMention = [...inside].reverse().find((m) => np.end - m.end <= 1);
    if (endMention) {
      const e = this.store.get(endMention.entity);
      const covered = text.length - (endMention.end - endMention.start);
      const isPossessed = /['’]s\s/.test(np.text.slice(endMention.end - np.start, endMention.end - np.start + 3));
      if (!isPossessed && (covered <= 40 || e.type === 'PERSON')) return [this.asSpeaker(e, text, endMention)];
    }
    // a mention at the start followed by a verb phrase: "X have not responded … and"
    const startMention = inside.find((m) => m.start - np.start <= 14 && !/^['’]s\b/.test(np.text.slice(m.end - np.start, m.end - np.start + 3)));
    if (startMention && /\s(?:and|but)$/.test(text)) return [this.asSpeaker(this.store.get(startMention.entity), np.text.slice(0, startMention.end - np.start), startMention)];
    // an unknown capitalised name ("Apple reported", "Belta said"): a new entity
    const bare = text.replace(/^the\s+/i, (m) => (/^The$/.test(m.trim()) && /^The\s+\p{Lu}/u.test(text) ? m : m));
    if (/^(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}$/u.test(bare) && inside.length === 0 && !/['’]s$/.test(bare)) {
      const words = bare.replace(/^[Tt]he\s+/, '').split(/\s+/);
      const lw = words[words.length - 1]?.toLowerCase() ?? '';
      // "Analysts said", "Unions have warned": a plural common noun is an unnamed group
      if (words.length === 1 && isPluralCommonNoun(words[0] ?? '') && !isLexOrganisation(words[0] ?? '') && !this.store.byName(words[0] ?? '')) {
        return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
      }
      // "The Ministry", "the Company": a capitalised head word alone names no new body
      const headOnly = words.length === 1 && ORGISH_HEADS.has(lw);
      if (!UNNAMED_HEADS.has(lw) && !TITLE_WORDS.has(lw) && !headOnly) {
        const single = words.length === 1 ? words[0] ?? '' : '';
        const famous = FAMOUS_PEOPLE[bare];
        if (famous) {
          const e = this.store.add(famous, 'PERSON', bare, { start: np.start, end: np.end });
          return [{ speaker: this.ref(e), mention: text, kind: 'name', confidence: 0.75 }];
        }
        // a title inside the phrase: "Energy Minister German Galushchenko"
        let ti = -1;
        words.forEach((w, k) => { if (TITLE_WORDS.has(w.toLowerCase())) ti = k; });
        // "Minister of State for Education Emeka Nwajiuba": the portfolio after "of"/"for" is no part of the name;
        // "The Minister of Health" with nothing after it names no one
        let k = ti + 1;
        if (ti >= 0 && /^(?:of|for)$/.test(words[k] ?? '')) {
          while (k < words.length && (/^(?:of|for|and|the)$/i.test(words[k] ?? '') || PORTFOLIO_WORDS.has((words[k] ?? '').toLowerCase()) || lookupPlace(words[k] ?? ''))) k++;
          if (k >= words.length) return resolveDescription(this, text, np, sentence, history);
        }
        if (ti >= 0 && k < words.length) {
          const name = words.slice(k).join(' ');
          const e = this.store.findPerson(name) ?? this.store.add(name, 'PERSON', bare, null);
          this.addAlias(e, text);
          return [{ speaker: this.ref(e), mention: text, kind: 'name', confidence: 0.7 }];
        }
        const type: EntityType = (words.length >= 2 && isFirstName(words[0] ?? '')) || (single && isLastName(single) && !isLexOrganisation(single))
          || (single && referredToAsPerson(this.text, np.end))
          || (words.length >= 2 && words.length <= 3 && !isLexOrganisation(bare) && !words.some((w) => ORGISH_HEADS.has(w.toLowerCase())) && PERSON_APPOSITIVE.test(this.text.slice(np.end, np.end + 80))) ? 'PERSON' : 'ORGANISATION';
        // "Tata rejected the plan" after "Tata Steel will close": the body named in full before
        const orgName = bare.replace(/^[Tt]he\s+(?=\p{Lu}\p{Ll})/u, '');
        const fuller = type === 'ORGANISATION' && words.length === 1 ? this.store.entities.find((e) => e.type === 'ORGANISATION' && !e.hidden && e.name.startsWith(`${orgName} `) && e.mentions.some((m) => m.start < np.start)) : undefined;
        const e = type === 'PERSON' ? this.store.findPerson(bare) ?? this.store.add(bare, type, bare, { start: np.start, end: np.end }) : this.store.add(fuller?.name ?? orgName, type, bare, { start: np.start, end: np.end });
        return [{ speaker: this.ref(e), mention: text, kind: 'name', confidence: 0.7 }];
      }
    }
    return resolveDescription(this, text, np, sentence, history);
  }

  private genderClash(pronoun: string, who: string | EntityRecord | null, byFirstName = true): boolean {
    if (!who) return false;
    const e = typeof who === 'string' ? this.store.byName(who) : who;
    const name = typeof who === 'string' ? who : who.name;
    const g = (e ? genderOfAliases([...e.aliases, ...e.roles]) : null) ?? (surnameFirst(name) || !byFirstName ? null : genderOfFirstName(name.split(/\s+/)[0] ?? ''));
    const p = /^(?:she|her)$/i.test(pronoun) ? 'f' : /^(?:he|him|his)$/i.test(pronoun) ? 'm' : null;
    return g !== null && p !== null && g !== p;
  }

  /**
   * The person a "he"/"she" most likely means: the first person named outside quotation marks
   * earlier in the same sentence, else in the nearest sentence before it that names one
   * ("… founder Yevgeny Prigozhin. In particular, he claimed …"); one who speaks there first.
   */
  private salientPerson(pronoun: string, pos: number, sentence: number, history: readonly HistoryItem[]): EntityRecord | null {
    const { sentences, quotes } = this.layout;
    const quoted = (at: number): boolean => quotes.some((q) => q.start <= at && at < q.end);
    // sentences wholly inside quotation marks (a quote running over paragraphs) do not count as distance
    let looked = 0;
    for (let si = sentence; si >= 0 && looked <= 3; si--) {
      const sp = sentences[si];
      if (!sp) return null;
      const end = si === sentence ? pos : sp.end;
      const wholly = si !== sentence && quotes.some((q) => q.start <= sp.start + 1 && sp.end - 1 <= q.end);
      if (!wholly) looked++;
      const named = this.mentions
        .filter((m) => m.start >= sp.start && m.end <= end && !quoted(m.start))
        .map((m) => this.store.get(m.entity))
        .filter((e) => e.type === 'PERSON' && !e.hidden);
      // a person who speaks in that sentence outranks one merely named ("Speaking alongside Macron, Lula said")
      const spoke = named.find((e) => !this.genderClash(pronoun, e) && history.some((h) => h.sentence === si && h.speaker?.name === e.name));
      if (spoke) return spoke;
      // an unnamed official speaking there keeps the chain ("A security officer … said … “…,” he said")
      if (si !== sentence && history.some((h) => h.sentence === si && !h.speaker && h.type === 'PERSON')) return null;
      const fit = named.find((e) => !this.genderClash(pronoun, e));
      if (fit) return fit;
      if (named.length > 0) continue;
    }
    return null;
  }

  private pronoun(text: string, pos: number, sentence: number, history: readonly HistoryItem[], type: EntityType): ResolvedSpeaker[] {
    if (type === 'PERSON' && /^(?:he|she)$/i.test(text)) {
      const e = this.salientPerson(text, pos, sentence, history);
      if (e) {
        this.addAlias(e, text);
        return [{ speaker: this.ref(e), mention: text, kind: 'pronoun', confidence: 0.7 }];
      }
    }
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i];
      if (!h || sentence - h.sentence > 3) break;
      const hType = h.speaker?.type ?? h.type;
      const ok = (type === 'PERSON' ? hType === 'PERSON' : hType === 'ORGANISATION') && !this.genderClash(text, h.speaker?.name ?? null);
      if (ok) {
        if (h.speaker) {
          const e = this.store.byName(h.speaker.name);
          if (e) this.addAlias(e, text);
        }
        return [{ speaker: h.speaker, mention: text, kind: 'pronoun', confidence: 0.75 }];
      }
      if (type === 'PERSON' && h.sentence === sentence) continue;
    }
    // most recent mention of the right type
    const e = this.recentEntity(pos, (x) => (type === 'PERSON' ? x.type === 'PERSON' && !this.genderClash(text, x.name) : x.type === 'ORGANISATION'))
      // "Farah Abdi Moalim … He stated", "Phil Ní Sheaghdha … she said": a given name's English gender misleads elsewhere; titles and roles still decide
      ?? (type === 'PERSON' ? this.recentEntity(pos, (x) => x.type === 'PERSON' && !this.genderClash(text, x.name, false)) : null);
    if (!e) return [];
    this.addAlias(e, text);
    return [{ speaker: this.ref(e), mention: text, kind: 'pronoun', confidence: 0.6 }];
  }

  /** Most recent mention of the right type before `pos`. */
  recentEntity(pos: number, pred: (e: EntityRecord) => boolean): EntityRecord | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.start >= pos) continue;
      const e = this.store.get(m.entity);
      if (pred(e)) return e;
    }
    return null;
  }
}
