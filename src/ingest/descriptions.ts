/**
 * Resolves descriptive speaker phrases: unnamed sources ("a Hezbollah official", "the official"),
 * role nouns ("the president", "A federal judge" -> the person holding the role), "the government"
 * (-> Government of the home country), organisation descriptions ("the ministry", "the company"),
 * "the statement" (-> the last speaker), and role-only speakers kept by their words.
 */
import type { EntityRecord } from './entity-store.js';
import type { EntityType } from './types.js';
import { TITLE_WORDS, UNNAMED_HEADS } from './lexicon.js';
import type { NounPhrase } from './subject.js';
import type { HistoryItem, ResolvedSpeaker, SpeakerResolver } from './speakers.js';
import { COMPANY_HEADS, DETERMINER, GENERIC_ORG_HEADS, ORGISH_HEADS, PERSONISH_HEADS, ROLE_SYNONYMS, headOf } from './speaker-words.js';

/** Heads that name a kind of body precisely: "the union" is no party, "the ministry" no company. */
const KIND_HEADS = new Set(['party', 'union', 'ministry', 'department', 'agency', 'militia', 'movement', 'network', 'channel', 'newspaper', 'broadcaster', 'court', 'police', 'army']);

export function resolveDescription(r: SpeakerResolver, text: string, np: NounPhrase, sentence: number, history: readonly HistoryItem[]): ResolvedSpeaker[] {
  const head = headOf(text);
  const det = DETERMINER.exec(text)?.[0]?.trim().toLowerCase() ?? '';
  const core = text.replace(DETERMINER, '').replace(/\s+(?:in|of|at|from)\s.*$/i, '');
  const indefinite = det === 'one' || det === 'another' || det === 'a' || det === 'an' || det === 'some' || det === 'several' || det === 'many' || det === 'two' || det === 'three' || det === 'unnamed' || det === 'anonymous' || det === 'senior';
  const possessive = /['’]s\s/.test(text);
  // "prosecutors said", "investigators said": a bare plural names a group, not a body
  if (det === '' && /^\p{Ll}+(?:ors|ers|ists|ants|ents|ians|ives)$/u.test(text)) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.6 }];
  // "Olaf Scholz's spokesman": an unnamed aide of a named person
  if (possessive && PERSONISH_HEADS.has(head)) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.55 }];
  // "the statement(s)", "the short message": the last speaker's own words
  if (/^(?:the|this|that|these|its|their)$/.test(det) && /^(?:statements?|messages?|announcements?|posts?|communiques?|releases?|briefings?|memos?|bulletins?|filings?)$/.test(head)) {
    // "A statement released by the G7 … said … Lemke said … The statement added": the one who issued a statement lately
    const issuer = [...history].reverse().find((x) => sentence - x.sentence <= 4 && new RegExp(`\\b${head.replace(/s$/, '')}s?\\b`, 'i').test(x.mention ?? ''));
    const h = issuer ?? history[history.length - 1];
    if (h && sentence - h.sentence <= 2 && !h.speaker) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.45 }];
    // the document speaks for its author, but "the short message" is no name of theirs
    if (h && sentence - h.sentence <= 2 && h.speaker) return [{ speaker: h.speaker, mention: text, kind: 'description', confidence: 0.5 }];
    return [];
  }
  // "This senior official also indicated …": the demonstrative points back at the person just quoted
  if ((det === 'this' || det === 'that') && (UNNAMED_HEADS.has(head) || PERSONISH_HEADS.has(head) || TITLE_WORDS.has(head)) && !/s$/.test(head)) {
    const last = [...history].reverse().find((h) => sentence - h.sentence <= 3 && h.speaker?.type === 'PERSON');
    const e = last?.speaker ? r.store.byName(last.speaker.name) : null;
    if (e) { r.addAlias(e, text); return [{ speaker: r.ref(e), mention: text, kind: 'description', confidence: 0.55 }]; }
  }
  // "the presidential aide added" after "presidential aide Shahmar Movsumov": the person who holds that role
  if (det === 'the' && !/s$/.test(head) && (UNNAMED_HEADS.has(head) || PERSONISH_HEADS.has(head))) {
    const holder = r.store.entities.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.start < np.start) && [...e.roles].some((role) => role.split(' ').includes(head)));
    const only = holder.length === 1 ? holder[0] : undefined;
    if (only) { r.addAlias(only, text); return [{ speaker: r.ref(only), mention: text, kind: 'description', confidence: 0.55 }]; }
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
  // "the homeowner said", "the driver added": someone the story does not name
  if (det === 'the' && !possessive && PERSONISH_HEADS.has(head) && !TITLE_WORDS.has(head) && !/\s(?:of|for|at)\s/.test(text)) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
  if (indefinite && /^(?:a|an)$/.test(det) && TITLE_WORDS.has(head)) {
    // "A federal judge": a named person with that role elsewhere in the text
    const p = r.store.entities.find((e) => e.type === 'PERSON' && [...e.roles].some((r) => r.split(' ').some((w) => w === head || w === `${head}s`)));
    if (p) { r.addAlias(p, text); return [{ speaker: r.ref(p), mention: text, kind: 'description', confidence: 0.6 }]; }
    return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.5 }];
  }
  if (!possessive && (det === 'the' || det === '' || det === 'this')) {
    if (head === 'government' || head === 'administration' || head === 'kremlin' || head === 'cabinet' || head === 'junta' || head === 'regime' || head === 'presidency') {
      const gov = r.store.entities.slice().reverse().find((e) => e.governmentOf !== null && e.roles.has('government'))
        ?? (r.homeCountry ? r.store.government(r.homeCountry, null, null) : null);
      if (gov) { r.addAlias(gov, text); return [{ speaker: r.ref(gov), mention: text, kind: 'government', confidence: 0.7 }]; }
    }
    if (TITLE_WORDS.has(head) && !/\s(?:of|in|at|from|for)\s/.test(text)) {
      const words = core.toLowerCase().split(/\s+/);
      // "The Safaricom CEO", "the Oxfam spokesman": the role belongs to the body named, held by someone named earlier
      const qualifiers = core.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()));
      const earlier = (e: EntityRecord): boolean => e.mentions.some((m) => m.start < np.start)
        && (qualifiers.length === 0 || [...e.aliases].some((a) => qualifiers.some((q) => a.includes(q))) || qualifiers.every((q) => !r.store.entities.some((o) => o.type === 'PERSON' && o !== e && [...o.aliases].some((a) => a.includes(q)))));
      const people = r.store.entities.filter((e) => e.type === 'PERSON' && earlier(e) && [...e.roles].some((r) => r.split(' ').some((w) => w === head || w === `${head}s`)));
      const exact = people.find((e) => [...e.roles].some((r) => words.every((w) => r.split(' ').includes(w))));
      const p = exact ?? people[people.length - 1];
      if (p) { r.addAlias(p, text); return [{ speaker: r.ref(p), mention: text, kind: 'description', confidence: 0.65 }]; }
      // "the pontiff" after "Pope Francis said": the last person speaking, if any
      const syn = ROLE_SYNONYMS[head];
      const bySyn = syn ? r.store.entities.find((e) => e.type === 'PERSON' && earlier(e) && [...e.roles].some((r) => r.split(' ').some((w) => syn.includes(w)))) : undefined;
      if (bySyn) { r.addAlias(bySyn, text); return [{ speaker: r.ref(bySyn), mention: text, kind: 'description', confidence: 0.6 }]; }
      // "the Oxfam spokesman" is someone unnamed unless named earlier; "the PCB chief" may be the last speaker
      if (qualifiers.length > 0 && /^spokes/.test(head)) return [{ speaker: null, mention: text, kind: 'unnamed', confidence: 0.55 }];
      // the last speaker, unless what we know of their roles says they hold another office ("the mayor" is no adviser)
      const office = /^(?:mayor|governor|judge|magistrate|senator|minister|president|premier|sheriff|prosecutor|coroner|ambassador|commissioner|chancellor)$/.test(head);
      const holds = (e: EntityRecord | null): boolean => !e || e.roles.size === 0 || [...e.roles].some((r) => r.split(' ').some((w) => w === head || (syn ?? []).includes(w)));
      const last = [...history].reverse().find((h) => sentence - h.sentence <= 2 && h.speaker?.type === 'PERSON');
      if (last?.speaker && !/\s(?:of|for|at|in)\s/.test(text) && (!office || holds(r.store.byName(last.speaker.name)))) {
        const e = r.store.byName(last.speaker.name);
        if (e) r.addAlias(e, text);
        return [{ speaker: last.speaker, mention: text, kind: 'description', confidence: 0.5 }];
      }
      // "The singer" right after "Taylor Swift's tour …": the last person named nearby
      const near = r.mentions.filter((m) => m.end <= np.start && np.start - m.end < 400).reverse().find((m) => r.store.get(m.entity).type === 'PERSON');
      if (near && !/\s(?:of|for|at|in)\s/.test(text) && (!office || holds(r.store.get(near.entity)))) {
        const e = r.store.get(near.entity);
        r.addAlias(e, text);
        return [{ speaker: r.ref(e), mention: text, kind: 'description', confidence: 0.45 }];
      }
    }
    if (ORGISH_HEADS.has(head)) {
      const before = (e: EntityRecord): boolean => e.mentions.some((m) => m.start < np.start);
      const bySuffixAny = r.store.findOrgBySuffix(core);
      const bySuffix = bySuffixAny && before(bySuffixAny) ? bySuffixAny : null;
      if (bySuffix) { r.addAlias(bySuffix, text); return [{ speaker: r.ref(bySuffix), mention: text, kind: 'description', confidence: 0.7 }]; }
      const withHeadAny = r.store.entities.slice().reverse().find((e) => e.type === 'ORGANISATION' && before(e) && e.name.toLowerCase().split(/\s+/).includes(head));
      const withHead = withHeadAny && !(COMPANY_HEADS.has(head) && withHeadAny.name.toLowerCase() === head) ? withHeadAny : null;
      const media = (n: string): boolean => /\b(?:News|TV|Times|Post|Journal|Tribune|Herald|Guardian|Telegraph|Press|Reuters|BBC|CNN|AFP|Agence|Bloomberg|Radio|Television|Network|Channel|Gazette|Daily|Xinhua|TASS|Interfax|Belta|Al Jazeera)\b/.test(n) || /^(?:AP|UPI|DPA|NYT|WSJ)$/.test(n);
      const publicBody = (n: string): boolean => media(n) || /\b(?:Ministry|Government|Department|Agency|Council|Committee|Commission|Office|Forces|Army|Military|Police|Court|Parliament)\b/i.test(n) || /^Government of/.test(n);
      const companyLike = COMPANY_HEADS.has(head);
      if (withHead) { r.addAlias(withHead, text); return [{ speaker: r.ref(withHead), mention: text, kind: 'description', confidence: 0.6 }]; }
      if (companyLike) {
        const recent = r.recentEntity(np.start, (e) => e.type === 'ORGANISATION' && !publicBody(e.name) && !/^Government of/.test(e.name));
        if (recent) { r.addAlias(recent, text); return [{ speaker: r.ref(recent), mention: text, kind: 'description', confidence: 0.55 }]; }
      }
      for (let i = history.length - 1; i >= 0 && GENERIC_ORG_HEADS.has(head); i--) {
        const h = history[i];
        if (!h || sentence - h.sentence > 3) break;
        if (h.speaker && h.speaker.type === 'ORGANISATION' && !/^Government of/.test(h.speaker.name) && (!companyLike || !publicBody(h.speaker.name))
          && (!KIND_HEADS.has(head) || h.speaker.name.toLowerCase().split(/\s+/).includes(head))) {
          const e = r.store.byName(h.speaker.name);
          if (e) r.addAlias(e, text);
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
