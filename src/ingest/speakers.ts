/**
 * Resolves the words naming a speaker to an entity: names (via entity mentions), pronouns
 * ("he", "it"), role nouns ("the president", "the ministry", "the government"), metonymy
 * (a speaking country or capital is `Government of <Country>`), coordination ("X and Y have
 * accused"), and unnamed sources ("a Hezbollah official", "analysts") -> null speaker.
 */
import type { EntityRef, EntityType } from './types.js';
import type { EntityRecord, EntityStore, MentionRef } from './entity-store.js';
import { countryOfAdjective, governmentCountry, isSeatOfGovernment } from './gazetteer.js';
import { ORG_APPOSITION, ORG_HEADS, TITLE_WORDS, UNNAMED_HEADS, FAMOUS_PEOPLE, genderOfFirstName, isFirstName, isLastName, isLexOrganisation } from './lexicon.js';
import type { NounPhrase } from './subject.js';

export interface ResolvedSpeaker {
  speaker: EntityRef | null;
  mention: string;
  kind: 'name' | 'pronoun' | 'description' | 'unnamed' | 'role' | 'government';
  confidence: number;
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
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|some|several|many|two|three|other|one|another|senior|unnamed|anonymous)\s+/i;
const PERSONISH_HEADS = new Set(['aide', 'adviser', 'advisor', 'official', 'representative', 'prisoner', 'soldier', 'resident', 'man', 'woman', 'worker', 'survivor', 'witness', 'victim', 'doctor', 'nurse', 'student', 'member', 'fighter', 'commander', 'officer', 'lawyer', 'relative', 'father', 'mother', 'son', 'daughter', 'neighbour', 'neighbor', 'spokesperson', 'spokesman', 'spokeswoman', 'source', 'insider']);
const ORGISH_HEADS = new Set([...ORG_HEADS, ...ORG_APPOSITION, 'forecaster', 'regulator', 'operator', 'developer', 'provider', 'producer', 'exporter', 'supplier', 'utility', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'government', 'military', 'regime', 'country', 'nation', 'side', 'entity', 'firm', 'organisation', 'organization', 'watchdog', 'body', 'panel', 'committee', 'jury', 'court', 'prosecutors', 'investigators', 'administration', 'kremlin', 'police', 'league', 'federation', 'association', 'tribunal', 'parliament', 'assembly']);

const COMPANY_HEADS = new Set(['company', 'firm', 'carrier', 'airline', 'manufacturer', 'maker', 'bank', 'lender', 'insurer', 'giant', 'retailer', 'group', 'club', 'team', 'forecaster', 'regulator', 'operator', 'broadcaster', 'developer', 'provider', 'producer', 'exporter', 'importer', 'distributor', 'supplier', 'watchdog', 'organiser', 'organizer', 'utility', 'chain', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'startup', 'publisher', 'outlet']);
const ROLE_SYNONYMS: Record<string, string[]> = {
  pontiff: ['pope'], monarch: ['king', 'queen'], premier: ['prime', 'premier'], chancellor: ['chancellor'],
  'head of state': ['president', 'king', 'queen'], leader: ['president', 'prime', 'leader', 'chairman'],
};
const GENERIC_ORG_HEADS = new Set(['forecaster', 'regulator', 'operator', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'utility', 'group', 'organisation', 'organization', 'company', 'firm', 'party', 'movement', 'militia', 'outfit', 'club', 'team', 'carrier', 'airline', 'manufacturer', 'maker', 'bank', 'lender', 'insurer', 'broadcaster', 'network', 'channel', 'newspaper', 'agency', 'ministry', 'department', 'union', 'giant', 'retailer']);

function headOf(np: string): string {
  const core = np.replace(/\s+(?:in|of|at|from|for|with|on|based|who|which|that)\s.*$/i, '');
  const words = core.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s$/, '');
}

export class SpeakerResolver {
  constructor(
    private readonly text: string,
    private readonly store: EntityStore,
    private readonly mentions: readonly MentionRef[],
    private readonly homeCountry: string | null,
  ) {}

  private ref(e: EntityRecord): EntityRef {
    return { name: e.name, type: e.type };
  }

  private addAlias(e: EntityRecord, surface: string): void {
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
        return { speaker: this.ref(gov), mention: surface, kind: 'government', confidence: 0.8 };
      }
    }
    this.addAlias(e, surface);
    return { speaker: this.ref(e), mention: surface, kind: 'name', confidence: 0.9 };
  }

  /** Resolves a subject phrase; several results for coordinated subjects. */
  resolve(np: NounPhrase, sentence: number, history: readonly HistoryItem[]): ResolvedSpeaker[] {
    const text = np.text.replace(/^[“”"‘’']+|[“”"‘’',]+$/g, '').trim();
    if (!text) return [];
    if (/^they$/i.test(text)) {
      // "they" continues an unnamed plural source ("Residents said … They said …")
      const h = history[history.length - 1];
      if (h && sentence - h.sentence <= 2 && !h.speaker && /s$/i.test(h.mention ?? '')) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
      return [];
    }
    if (/^(?:I|we|you|them|one|this|that|these|those|there|which|what|who)$/i.test(text)) return [];
    if (/^(?:his|her|its|their|our|my|your)\s/i.test(text)) return [];
    if (PRONOUN_PERSON.test(text)) return this.pronoun(text, np.start, sentence, history, 'PERSON');
    if (/^the\s+\d{1,3}-year-old$/i.test(text) || /^the\s+(?:veteran|youngster|teenager|star|midfielder|striker|forward|defender|goalkeeper|manager|coach|former)$/i.test(text)) return this.pronoun(text, np.start, sentence, history, 'PERSON');
    // "the Dutchman", "the Briton": a demonym naming the last person
    const demonym = /^[Tt]he\s+(\p{Lu}\p{Ll}+?)(?:man|woman)?$/u.exec(text);
    if (demonym && (countryOfAdjective(demonym[1] ?? '') || /^(?:Briton|Scot|Swede|Dane|Pole|Finn|Turk|Kiwi|Aussie)$/.test(demonym[1] ?? ''))) {
      return this.pronoun(text, np.start, sentence, history, 'PERSON');
    }
    if (PRONOUN_IT.test(text)) return this.pronoun(text, np.start, sentence, history, 'ORGANISATION');
    // "a statement from the bank", "a post by the ministry": the body that issued it speaks
    const issued = /^(?:a|an|the|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:statement|post|letter|report|filing|note|release|communique|message|video|notice|announcement)\s+(?:from|by|of|issued by|released by)\s+(.+)$/u.exec(text);
    if (issued && issued[1]) {
      const off = np.text.indexOf(issued[1]);
      const inner = { start: np.start + off, end: np.start + off + issued[1].length, text: issued[1], citing: null };
      return this.resolve(inner, sentence, history).map((r) => ({ ...r, mention: text }));
    }
    const inside = this.mentionsIn(np);
    // "Sources close to Modi", "a spokesman for the ministry": an unnamed source attached to a name
    const preHead = /^(.*?)\s+(?:close to|familiar with|for|at|from|in|of|with|near|inside|within|on|to)\s+\S/i.exec(text);
    if (preHead) {
      const words = (preHead[1] ?? '').split(/\s+/);
      const h = (words[words.length - 1] ?? '').toLowerCase();
      const lead = (words[0] ?? '').toLowerCase();
      if (UNNAMED_HEADS.has(h) || (PERSONISH_HEADS.has(h) && /^(?:a|an|one|another|two|three|several|some)$/.test(lead))) {
        return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.6 }];
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
        if (/^['’]s\b/.test(np.text.slice(m.end - np.start, m.end - np.start + 3))) return false;
        return e.type !== 'LOCATION' || /\sand\s*(?:the\s+)?$/.test(np.text.slice(0, m.start - np.start)) || m.start - np.start <= 4;
      });
      const lastEnd = Math.max(...heads.map((m) => m.end));
      if (heads.length >= 2 && np.end - lastEnd <= 2) {
        const out: ResolvedSpeaker[] = [];
        const seen = new Set<string>();
        for (const m of heads) {
          const r = this.asSpeaker(this.store.get(m.entity), text, m);
          const key = r.speaker?.name ?? '';
          if (!seen.has(key)) { seen.add(key); out.push(r); }
        }
        return out;
      }
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
      if (words.length === 1 && /(?:ists|ers|ors|ians|ants|ents|ogists)$/.test(words[0] ?? '') && !isLexOrganisation(words[0] ?? '') && !this.store.byName(words[0] ?? '')) {
        return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
      }
      if (!UNNAMED_HEADS.has(lw) && !TITLE_WORDS.has(lw)) {
        const single = words.length === 1 ? words[0] ?? '' : '';
        const famous = FAMOUS_PEOPLE[bare];
        if (famous) {
          const e = this.store.add(famous, 'PERSON', bare, { start: np.start, end: np.end });
          return [{ speaker: this.ref(e), mention: text, kind: 'name', confidence: 0.75 }];
        }
        // a title inside the phrase: "Energy Minister German Galushchenko"
        let ti = -1;
        words.forEach((w, k) => { if (TITLE_WORDS.has(w.toLowerCase())) ti = k; });
        if (ti >= 0 && ti < words.length - 1) {
          const name = words.slice(ti + 1).join(' ');
          const e = this.store.findPerson(name) ?? this.store.add(name, 'PERSON', bare, null);
          this.addAlias(e, text);
          return [{ speaker: this.ref(e), mention: text, kind: 'name', confidence: 0.7 }];
        }
        const type: EntityType = (words.length >= 2 && isFirstName(words[0] ?? '')) || (single && isLastName(single) && !isLexOrganisation(single))
          || (single && this.referredToAsPerson(np.end)) ? 'PERSON' : 'ORGANISATION';
        const e = type === 'PERSON' ? this.store.findPerson(bare) ?? this.store.add(bare, type, bare, { start: np.start, end: np.end }) : this.store.add(bare.replace(/^[Tt]he\s+(?=\p{Lu}\p{Ll})/u, ''), type, bare, { start: np.start, end: np.end });
        return [{ speaker: this.ref(e), mention: text, kind: 'name', confidence: 0.7 }];
      }
    }
    return this.description(text, np, sentence, history);
  }

  private genderClash(pronoun: string, name: string | null): boolean {
    if (!name) return false;
    const g = genderOfFirstName(name.split(/\s+/)[0] ?? '');
    const p = /^(?:she|her)$/i.test(pronoun) ? 'f' : /^(?:he|him|his)$/i.test(pronoun) ? 'm' : null;
    return g !== null && p !== null && g !== p;
  }

  private pronoun(text: string, pos: number, sentence: number, history: readonly HistoryItem[], type: EntityType): ResolvedSpeaker[] {
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
    const e = this.recentEntity(pos, (x) => (type === 'PERSON' ? x.type === 'PERSON' && !this.genderClash(text, x.name) : x.type === 'ORGANISATION'));
    if (!e) return [];
    this.addAlias(e, text);
    return [{ speaker: this.ref(e), mention: text, kind: 'pronoun', confidence: 0.6 }];
  }

  /** Whether the text after `pos` goes on with "he"/"his" rather than "it"/"its". */
  private referredToAsPerson(pos: number): boolean {
    const after = this.text.slice(pos, pos + 300);
    const personal = (after.match(/\b(?:he|she|his|her|him)\b/gi) ?? []).length;
    const neuter = (after.match(/\b(?:it|its)\b/gi) ?? []).length;
    return personal > neuter;
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

  private description(text: string, np: NounPhrase, sentence: number, history: readonly HistoryItem[]): ResolvedSpeaker[] {
    const head = headOf(text);
    const det = DETERMINER.exec(text)?.[0]?.trim().toLowerCase() ?? '';
    const core = text.replace(DETERMINER, '').replace(/\s+(?:in|of|at|from)\s.*$/i, '');
    const indefinite = det === 'one' || det === 'another' || det === 'a' || det === 'an' || det === 'some' || det === 'several' || det === 'many' || det === 'two' || det === 'three' || det === 'unnamed' || det === 'anonymous' || det === 'senior';
    const possessive = /['’]s\s/.test(text);
    // "Olaf Scholz's spokesman": an unnamed aide of a named person
    if (possessive && PERSONISH_HEADS.has(head)) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.55 }];
    // "the statement(s)", "the short message": the last speaker's own words
    if (/^(?:the|this|that|these|its|their)$/.test(det) && /^(?:statements?|messages?|announcements?|posts?|communiques?|releases?)$/.test(head)) {
      const h = history[history.length - 1];
      if (h && sentence - h.sentence <= 2 && h.speaker) {
        const e = this.store.byName(h.speaker.name);
        if (e) this.addAlias(e, text);
        return [{ speaker: h.speaker, mention: text, kind: 'description', confidence: 0.5 }];
      }
      return [];
    }
    // unnamed sources
    if (UNNAMED_HEADS.has(head)) {
      if (det === 'the' && !/s$/.test(head)) {
        // "the official": continue an unnamed chain, or a named official earlier
        for (let i = history.length - 1; i >= 0; i--) {
          const h = history[i];
          if (!h || sentence - h.sentence > 4) break;
          if (!h.speaker) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.7 }];
        }
      }
      return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.7 }];
    }
    if (indefinite && PERSONISH_HEADS.has(head)) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.6 }];
    if (indefinite && /^(?:a|an)$/.test(det) && TITLE_WORDS.has(head)) {
      // "A federal judge": a named person with that role elsewhere in the text
      const p = this.store.entities.find((e) => e.type === 'PERSON' && [...e.roles].some((r) => r.split(' ').includes(head)));
      if (p) { this.addAlias(p, text); return [{ speaker: this.ref(p), mention: text, kind: 'description', confidence: 0.6 }]; }
      return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
    }
    if (!possessive && (det === 'the' || det === '' || det === 'this')) {
      if (head === 'government' || head === 'administration' || head === 'kremlin' || head === 'cabinet') {
        const gov = this.store.entities.slice().reverse().find((e) => e.governmentOf !== null && e.roles.has('government'))
          ?? (this.homeCountry ? this.store.government(this.homeCountry, null, null) : null);
        if (gov) { this.addAlias(gov, text); return [{ speaker: this.ref(gov), mention: text, kind: 'government', confidence: 0.7 }]; }
      }
      if (TITLE_WORDS.has(head) && !/\s(?:of|in|at|from|for)\s/.test(text)) {
        const words = core.toLowerCase().split(/\s+/);
        const people = this.store.entities.filter((e) => e.type === 'PERSON' && [...e.roles].some((r) => r.split(' ').includes(head)));
        const exact = people.find((e) => [...e.roles].some((r) => words.every((w) => r.split(' ').includes(w))));
        const p = exact ?? people[people.length - 1];
        if (p) { this.addAlias(p, text); return [{ speaker: this.ref(p), mention: text, kind: 'description', confidence: 0.65 }]; }
        // "the pontiff" after "Pope Francis said": the last person speaking, if any
        const syn = ROLE_SYNONYMS[head];
        const bySyn = syn ? this.store.entities.find((e) => e.type === 'PERSON' && [...e.roles].some((r) => r.split(' ').some((w) => syn.includes(w)))) : undefined;
        if (bySyn) { this.addAlias(bySyn, text); return [{ speaker: this.ref(bySyn), mention: text, kind: 'description', confidence: 0.6 }]; }
        const last = [...history].reverse().find((h) => sentence - h.sentence <= 2 && h.speaker?.type === 'PERSON');
        if (last?.speaker && !/\s(?:of|for|at|in)\s/.test(text)) {
          const e = this.store.byName(last.speaker.name);
          if (e) this.addAlias(e, text);
          return [{ speaker: last.speaker, mention: text, kind: 'description', confidence: 0.5 }];
        }
        // "The singer" right after "Taylor Swift's tour …": the last person named nearby
        const near = this.mentions.filter((m) => m.end <= np.start && np.start - m.end < 400).reverse().find((m) => this.store.get(m.entity).type === 'PERSON');
        if (near && !/\s(?:of|for|at|in)\s/.test(text)) {
          const e = this.store.get(near.entity);
          this.addAlias(e, text);
          return [{ speaker: this.ref(e), mention: text, kind: 'description', confidence: 0.45 }];
        }
      }
      if (ORGISH_HEADS.has(head)) {
        const before = (e: EntityRecord): boolean => e.mentions.some((m) => m.start < np.start);
        const bySuffixAny = this.store.findOrgBySuffix(core);
        const bySuffix = bySuffixAny && before(bySuffixAny) ? bySuffixAny : null;
        if (bySuffix) { this.addAlias(bySuffix, text); return [{ speaker: this.ref(bySuffix), mention: text, kind: 'description', confidence: 0.7 }]; }
        const withHeadAny = this.store.entities.slice().reverse().find((e) => e.type === 'ORGANISATION' && before(e) && e.name.toLowerCase().split(/\s+/).includes(head));
        const withHead = withHeadAny && !(COMPANY_HEADS.has(head) && withHeadAny.name.toLowerCase() === head) ? withHeadAny : null;
        const media = (n: string): boolean => /\b(?:News|TV|Times|Post|Journal|Tribune|Herald|Guardian|Telegraph|Press|Reuters|BBC|CNN|AFP|Agence|Bloomberg|Radio|Television|Network|Channel|Gazette|Daily|Xinhua|TASS|Interfax|Belta|Al Jazeera)\b/.test(n) || /^(?:AP|UPI|DPA|NYT|WSJ)$/.test(n);
        const publicBody = (n: string): boolean => media(n) || /\b(?:Ministry|Government|Department|Agency|Council|Committee|Commission|Office|Forces|Army|Military|Police|Court|Parliament)\b/i.test(n) || /^Government of/.test(n);
        const companyLike = COMPANY_HEADS.has(head);
        if (withHead) { this.addAlias(withHead, text); return [{ speaker: this.ref(withHead), mention: text, kind: 'description', confidence: 0.6 }]; }
        if (companyLike) {
          const recent = this.recentEntity(np.start, (e) => e.type === 'ORGANISATION' && !publicBody(e.name) && !/^Government of/.test(e.name));
          if (recent) { this.addAlias(recent, text); return [{ speaker: this.ref(recent), mention: text, kind: 'description', confidence: 0.55 }]; }
        }
        for (let i = history.length - 1; i >= 0 && GENERIC_ORG_HEADS.has(head); i--) {
          const h = history[i];
          if (!h || sentence - h.sentence > 3) break;
          if (h.speaker && h.speaker.type === 'ORGANISATION' && !/^Government of/.test(h.speaker.name) && (!companyLike || !publicBody(h.speaker.name))) {
            const e = this.store.byName(h.speaker.name);
            if (e) this.addAlias(e, text);
            return [{ speaker: h.speaker, mention: text, kind: 'description', confidence: 0.55 }];
          }
        }
      }
    }
    // role-only speaker that the text never names: keep the words as the name
    if (ORGISH_HEADS.has(head) || TITLE_WORDS.has(head) || possessive) {
      if (!/^(?:the|a|an|this|its|his|her|their)\b/i.test(text) && !possessive && !ORGISH_HEADS.has(head)) return [];
      const type: EntityType = TITLE_WORDS.has(head) && !ORGISH_HEADS.has(head) ? 'PERSON' : 'ORGANISATION';
      return [{ speaker: { name: text, type }, mention: text, kind: 'role', confidence: 0.45 }];
    }
    return [];
  }
}
