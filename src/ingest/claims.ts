/**
 * Attributed claims: every cue in a body sentence is tied to its speaker (left subject,
 * inverted subject, "according to" agent, agentless passive), its content and quotes.
 * Relays ("Reuters reported that X condemned", "…, reported The Tribune") become `via`;
 * participles after a main cue ("…, saying", "calling it") are absorbed, except accusations.
 */
import type { EntityRef, ExtractedClaim, Span } from './types.js';
import { toClaim, type ClaimContext, type Draft } from './claim-record.js';
import type { Sentence } from './sentences.js';
import { findCues, type CueMatch } from './cues.js';
import { accordingSubject, leftSubject, rightSubject, type NounPhrase } from './subject.js';
import type { HistoryItem, ResolvedSpeaker } from './speakers.js';
import type { AttributionParts } from './said-on.js';
import { PERSONISH_HEADS, headOf } from './speaker-words.js';

const DAYNAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** What may follow a trailing attribution: adverbials, addressees, "citing …" — but no content. */
const TRAILING_REST = new RegExp(
  `^\\s*(?:(?:in|at|on|to|with|during|after|before|while|from|via|through|late|early|last|this|earlier)\\b(?:(?!\\bthat\\b)[^,.;:])*|${DAYNAME}(?:\\s+\\w+)?|yesterday|today|tonight)?` +
    `(?:\\s*[,;]\\s*(?:adding|citing|saying|noting|according|speaking|referring|without|who|which|a|an|the|as|while|when|after|before|amid|because|since|with|although|though|even|but|and|in|on|at)\\b[^]*)?\\s*[.!?]?["”’]?\\s*$`,
);

/** The subject at the start of a sentence, before its (non-speech) main verb. */
const MAIN_SUBJECT = /^(?:[^—–:]{0,40}?(?:—|–|--|:)\s+)?(?:(?:However|But|Meanwhile|Later|Earlier|Separately|On\s+\w+|In\s+\w+),?\s+)?((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)\s+\p{Ll}+(?:\s+\p{Ll}+)??(?=\s+\p{Ll}+(?:ed|s)\b)|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,7}?\p{Lu}[\p{L}.'’-]*|He|She|It)(?:,\s+(?:the|a|an)\s+(?![^,]*\b\p{Ll}+ed\b)[^,]{1,60},)?\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:\p{Ll}+ly\s+|later\s+|also\s+|then\s+)?(\p{Ll}{2,})\b([^,]*,)?[^]*$/u;
/** "denied saying", "was heard saying", "without saying": a participle that is the object of the verb before it. */
const GERUND_OBJECT = /\b(?:denied|denies|deny|avoided|avoid|stopped|stop|quit|began|begin|started|start|kept|keep|without|after|before|from|of|about|for|on|in|like|mind|recalled|remember|remembered|heard|hear|caught|seen|saw|quoted|as|by|while|when|is|are|was|were|been|be)\s+$/i;
/** Verbs that put their speaker after them ("…,” said X", "…, added the minister"). */
const INVERTING = new Set(['say', 'add', 'write', 'explain', 'note', 'continue', 'reply', 'ask', 'insist', 'declare', 'state', 'recall', 'conclude', 'go on', 'remark', 'quip', 'counter', 'respond', 'argue', 'tell', 'report', 'announce', 'confirm', 'claim', 'warn', 'stress', 'emphasise', 'observe', 'joke', 'admit', 'concede', 'complain', 'boast', 'tweet', 'post', 'testify', 'reiterate', 'predict', 'suggest', 'maintain', 'assert', 'caution', 'urge', 'affirm', 'acknowledge', 'disclose', 'reveal', 'estimate', 'forecast', 'hint', 'indicate', 'point out', 'make clear', 'cite', 'quote', 'promise', 'vow', 'pledge', 'deny', 'allege']);
/** Verbs by which an outlet relays someone else's words. */
const RELAY_LEMMAS = new Set(['report', 'write', 'cite', 'quote']);
const MEDIA_NAME = /\b(?:News|Times|Post|Journal|Tribune|Herald|Guardian|Telegraph|Press|Reuters|BBC|CNN|AFP|Bloomberg|Radio|Television|TV|Network|Channel|Gazette|Daily|Xinhua|TASS|Interfax|Agency|Agence|Wire|Al Jazeera)\b|^(?:AP|UPI|DPA|NYT|WSJ|AFP)$/;
/** Verbs that report figures or facts rather than a position. */
const DATA_LEMMAS = new Set(['report', 'confirm', 'record', 'announce', 'estimate', 'register', 'post']);
/** "FRANKFURT, Sept 11 (Eurozone Wire) – ", "AREQUIPA, Peru – ", "KYIV, Aug 12: " at a sentence start. */
const DATELINE_PREFIX = /^\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,\s*[^–—:\n]{1,40}?)?\s*(?:\([^)]{1,40}\)\s*)?(?:--|–|—|-|:)\s+/u;
const INSIDE_QUOTE_OK = new Set(['advise', 'say', 'tell', 'warn', 'declare']);
const CALLED = /\b(?:which|what)\s+(he|she|it|they)\s+(called|described as|termed|dubbed)\b/g;
const CITED_AS = /\b(?:cited|quoted)\s+(.+?)\s*,?\s+as\s+(?:saying|promising|warning|claiming|stating|vowing|describing|calling|telling)\b/;

/** The named subject at the start of a sentence (after an opener or dateline), followed by a verb or an appositive. */
function mainClauseSubject(ctx: ClaimContext, sent: Sentence, limit: number): NounPhrase | null {
  const { text, resolver } = ctx;
  // "FRANKFURT, Sept 11 (Wire) – The bank kept …": the dateline names no subject
  const from = sent.start + (DATELINE_PREFIX.exec(text.slice(sent.start, limit))?.[0].length ?? 0);
  // "Speaking during the debate on Thursday, X said …": the subject follows a participle opener
  const opener = /^(?:Speaking|Writing|Addressing|Responding|Asked|Testifying)\b[^,]{0,80},\s+/.exec(text.slice(from, limit))?.[0].length ?? 0;
  const m = resolver.mentionsWithin(from, Math.min(limit, from + opener + 80))
    .find((x) => x.start - from <= 60 + opener && /^(?:\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?\p{Ll}|,)/u.test(text.slice(x.end, x.end + 20)) && !/['’]s$/.test(text.slice(x.end, x.end + 2)));
  if (m) {
    // "GM spokesman Dan Flores would not answer …": the person after the body and its title
    const holder = /^\s+(?:\p{Ll}+\s+){1,3}$/u.test(text.slice(m.end, m.end + 40).split(/(?=\p{Lu})/u)[0] ?? '')
      ? resolver.mentionsWithin(m.end, Math.min(limit, m.end + 40)).find((x) => resolver.store.get(x.entity).type === 'PERSON' && /^\s+(?:\p{Ll}+\s+){1,3}$/u.test(text.slice(m.end, x.start)))
      : undefined;
    const pick = holder && resolver.store.get(m.entity).type === 'ORGANISATION' ? holder : m;
    return { start: pick.start, end: pick.end, text: text.slice(pick.start, pick.end), citing: null };
  }
  // "Environmental groups welcomed the figures but said …": a plain noun phrase before the first verb
  const plain = /^((?:[\p{L}\d-]+\s+){0,3}?[\p{L}\d-]+)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|told|took|gave|made|held|met|won|lost|hit|struck|sent|began|spoke|rejected|grew|became|went|came|left|ran|wrote|saw)\b/u.exec(text.slice(from, limit));
  if (!plain || !plain[1] || /^(?:it|they|he|she|we|there|this|that)$/i.test(plain[1])) return null;
  return { start: from, end: from + plain[1].length, text: plain[1], citing: null };
}

function abs(c: CueMatch, offset: number): CueMatch {
  return { ...c, start: c.start + offset, end: c.end + offset };
}

function trimContent(text: string, s: number, e: number): Span | null {
  while (s < e && /[\s,:;—–-]/.test(text[s] ?? '')) s++;
  const lead = /^that\s+/i.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  while (e > s && /[\s,;:—–-]/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

export function extractClaims(ctx: ClaimContext): ExtractedClaim[] {
  const { sentences, quotes } = ctx;
  const history: HistoryItem[] = [];
  const claims: ExtractedClaim[] = [];
  sentences.forEach((sent, si) => {
    const called: CueMatch[] = [];
    for (const m of sent.text.matchAll(CALLED)) {
      const start = sent.start + (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
      called.push({ start, end: start + (m[2] ?? '').length, text: m[2] ?? '', lemma: 'call', form: 'finite' });
    }
    const cues = findCues(sent.text).map((c) => abs(c, sent.start)).filter((c) => !called.some((k) => c.start < k.end && c.end > k.start));
    cues.push(...called);
    const calledSubjects = new Map<number, NounPhrase>();
    for (const m of sent.text.matchAll(CALLED)) {
      const pStart = sent.start + (m.index ?? 0) + m[0].indexOf(m[1] ?? '', m[0].indexOf(' '));
      const start = sent.start + (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
      calledSubjects.set(start, { start: pStart, end: pStart + (m[1] ?? '').length, text: m[1] ?? '', citing: null });
    }
    cues.sort((a, b) => a.start - b.start);
    const drafts: Draft[] = [];
    for (const cue of cues) {
      const q = quotes.find((x) => cue.start >= x.inner.start && cue.end <= x.inner.end);
      const inQuote = Boolean(q);
      if (inQuote && (!INSIDE_QUOTE_OK.has(cue.lemma) || cue.form !== 'finite')) continue;
      const calledSubject = calledSubjects.get(cue.start) ?? null;
      const main = calledSubject ? drafts.filter((x) => x.cue.form === 'finite' && x.speaker.speaker).pop() : undefined;
      if (calledSubject && main) {
        // "…, which it described as …": the pronoun is the main clause's speaker
        const content = { start: cue.end, end: sent.end };
        drafts.push({ ...main, cue, np: calledSubject, speaker: { ...main.speaker, mention: calledSubject.text, kind: 'pronoun' }, parts: { sentence: { start: sent.start, end: sent.end }, subject: calledSubject, cue, content, direction: 'forward' } });
        continue;
      }
      const d = buildDraft(ctx, sent, si, cue, inQuote, history, drafts, calledSubject);
      for (const x of d) drafts.push(x);
    }
    // relays: "Reuters reported that X condemned …" -> X via Reuters
    const relays = new Set<Draft>();
    for (const a of drafts) {
      if (a.inQuote || (a.cue.form !== 'finite' && a.cue.form !== 'according') || !a.parts.content) continue;
      for (const b of drafts) {
        if (a === b || b.inQuote || !b.np || b.cue.form !== 'finite') continue;
        const c = a.parts.content;
        const startsContent = b.np.start >= c.start && b.np.start - c.start <= 2;
        if (startsContent && b.cue.start < c.end) {
          // "According to Dr X, Kiambu County reported 31 cases", "Two members argued …, Reuters reported":
          // figures or an unnamed group inside an outer attribution are the outer source's claim
          const outerWins = (a.cue.form === 'according' || a.parts.direction === 'trailing')
            && (DATA_LEMMAS.has(b.cue.lemma) || !b.speaker.speaker || /^(?:two|three|four|several|some|many|most)\s+of/i.test(b.np.text));
          if (outerWins) { relays.add(b); continue; }
          // "Reuters reported that X condemned …": the outlet only relays. "He said the government has
          // declared …": a speaker's own claim, with the government's nested in it — both stay
          const relaying = RELAY_LEMMAS.has(a.cue.lemma) || MEDIA_NAME.test(a.speaker.speaker?.name ?? a.speaker.mention);
          if (relaying) relays.add(a);
          if (!b.via) b.via = a.speaker.speaker;
        }
      }
    }
    // "…,” said Sutopo on Wednesday, according to Agence France-Presse": the agency relays the named speaker
    for (const a of drafts) {
      if (a.cue.form !== 'according' || !MEDIA_NAME.test(a.speaker.speaker?.name ?? a.speaker.mention)) continue;
      const spoken = drafts.find((b) => b !== a && !relays.has(b) && b.cue.form === 'finite' && b.speaker.speaker && b.cue.start < a.cue.start);
      if (spoken) { relays.add(a); if (!spoken.via) spoken.via = a.speaker.speaker; }
    }
    const kept: Draft[] = [];
    for (const d of drafts) {
      if (relays.has(d)) continue;
      const dup = kept.find((k) => (k.speaker.speaker?.name ?? `~${k.speaker.mention}`) === (d.speaker.speaker?.name ?? `~${d.speaker.mention}`)
        && (k.cue.lemma === d.cue.lemma || (d.cue.form !== 'finite' && d.cue.lemma !== 'accuse')));
      // "Orr said inflation would fall, but said core pressures remain": a second statement of its own
      const again = dup && d.cue.form === 'finite' && dup.cue.lemma === d.cue.lemma && dup.cue.end < d.cue.start && !d.inQuote
        && /,\s*(?:but|and|while|yet)\s+(?:also\s+|later\s+)?$/.test(ctx.text.slice(dup.cue.end, d.cue.start).slice(-20))
        && dup.parts.content !== null && dup.parts.content.end > d.cue.start;
      if (dup && !again) continue;
      if (again && dup.parts.content) {
        const cut = ctx.text.slice(0, d.cue.start).search(/,\s*(?:but|and|while|yet)\s+(?:also\s+|later\s+)?$/);
        dup.parts = { ...dup.parts, content: trimContent(ctx.text, dup.parts.content.start, cut) };
      }
      kept.push(d);
    }
    for (const d of kept) {
      claims.push(toClaim(ctx, d));
      const unnamedPerson = /official|source|person|man|woman|analyst|expert|diplomat|\bhe\b|\bshe\b/i.test(d.speaker.mention) || PERSONISH_HEADS.has(headOf(d.speaker.mention));
      history.push({ sentence: si, speaker: d.speaker.speaker, mention: d.speaker.mention, type: d.speaker.speaker?.type ?? (unnamedPerson ? 'PERSON' : 'ORGANISATION') });
    }
  });
  // same sentence, same speaker and cue from a repeated lead (photo caption) is handled by layout; drop exact duplicates
  const seen = new Set<string>();
  return claims.filter((c) => {
    const k = `${c.speaker?.name ?? c.speakerMention}|${c.content}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function buildDraft(
  ctx: ClaimContext, sent: Sentence, si: number, cue: CueMatch, inQuote: boolean, history: HistoryItem[],
  prior: Draft[], forcedSubject: NounPhrase | null,
): Draft[] {
  const { text, resolver } = ctx;
  const sentence = { start: sent.start, end: sent.end };
  const mk = (np: NounPhrase | null, speakers: ResolvedSpeaker[], parts: AttributionParts, citing: string | null, via: EntityRef | null = null): Draft[] =>
    speakers.map((speaker) => ({ sentenceIdx: si, cue, np, speaker, parts, via, citing: citing ?? np?.citing ?? null, inQuote, spanStart: sent.start }));

  if (cue.form === 'agent') {
    // "The closure was announced by Volkswagen on Monday": the agent speaks
    const m = /^(.+?)(?=\s*(?:,|\.|;|\s+on\s|\s+in\s|\s+at\s|\s+after\s|\s+during\s|\s+last\s|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|$))/.exec(text.slice(cue.end, sent.end));
    if (!m || !m[1]) return [];
    const np: NounPhrase = { start: cue.end, end: cue.end + m[1].length, text: m[1], citing: null };
    const speakers = resolver.resolve(np, si, history);
    const content = trimContent(text, sent.start, cue.start);
    return mk(np, speakers, { sentence, subject: np, cue, content, direction: 'trailing' }, null);
  }
  if (cue.form === 'passive') {
    const content = trimContent(text, cue.end, sent.end);
    const mention = /^it\b/i.test(cue.text) ? cue.text : cue.text.replace(/\s+to$/, '');
    return mk(null, [{ speaker: null, mention, kind: 'unnamed', confidence: 0.5 }], { sentence, subject: null, cue, content, direction: 'passive' }, null);
  }
  if (cue.form === 'according') {
    // "In his words, …": the pronoun inside the cue is the speaker
    const own = /^[Ii]n\s+(his|her|their|its)\b/.exec(cue.text);
    const pronoun = own ? { his: 'he', her: 'she', their: 'they', its: 'it' }[own[1] ?? 'his'] ?? 'he' : null;
    const np = own ? { start: cue.start + 3, end: cue.start + 3 + (own[1] ?? '').length, text: pronoun ?? 'he', citing: null } : accordingSubject(text, cue.end, sent.end);
    if (!np) return [];
    const speakers = resolver.resolve(np, si, history);
    if (speakers.length === 0) return [];
    const atStart = cue.start - sent.start <= 2;
    const content = atStart ? trimContent(text, own ? cue.end : np.end, sent.end) : trimContent(text, sent.start, cue.start);
    return mk(np, speakers, { sentence, subject: np, cue, content, direction: 'according' }, null);
  }
  if (cue.form === 'participle') {
    const main = prior.filter((p) => p.cue.form === 'finite').pop();
    if (main && cue.lemma !== 'accuse') return [];
    if (main) {
      const content = trimContent(text, cue.end, sent.end);
      return [{ ...main, cue, parts: { sentence, subject: main.parts.subject, cue, content, direction: 'forward' }, via: main.via }];
    }
    // "…, with the minister saying …", "with the US threatening to …": the noun phrase after "with" speaks
    const withNp = /\bwith\s+((?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+)\s+$/u.exec(text.slice(sent.start, cue.start));
    if (withNp && withNp[1] && !/^(?:it|this|that|them|him|her)$/i.test(withNp[1])) {
      const npStart = sent.start + (withNp.index ?? 0) + withNp[0].indexOf(withNp[1]);
      const np: NounPhrase = { start: npStart, end: npStart + withNp[1].length, text: withNp[1], citing: null };
      const speakers = resolver.resolve(np, si, history);
      const content = trimContent(text, cue.end, sent.end);
      if (speakers.length > 0) return mk(np, speakers, { sentence, subject: np, cue, content, direction: 'forward' }, null);
    }
    const calling = /^calling$/.test(cue.text) && /^\s+(?:it|her|him|them|the|this|his|its|their)\b/.test(text.slice(cue.end, cue.end + 8));
    if (!calling && !/^(?:writing|stating|announcing|declaring|confirming|denying|urging|accusing|blaming|saying|adding|warning|claiming|insisting|noting|arguing|stressing|telling|alleging|vowing|promising|revealing|explaining|describing|acknowledging|admitting|threatening|pledging|dismissing|denouncing)$/.test(cue.text)) return [];
    // "Orban later defended his position, saying …": the main clause's subject speaks;
    // "Ardern has stunned the country by announcing …" needs no comma
    const byParticiple = /\sby\s+$/.test(text.slice(sent.start, cue.start));
    const m = MAIN_SUBJECT.exec(text.slice(sent.start, cue.start) + (byParticiple ? ', ' : ''));
    if (!m || !m[1]) return [];
    // "repeated the call today saying …" needs no comma, unless the participle is the verb's object
    if (!m[3] && !byParticiple && (cue.text !== 'saying' || GERUND_OBJECT.test(text.slice(sent.start, cue.start)))) return [];
    let npStart = sent.start + (m.index ?? 0) + m[0].indexOf(m[1]);
    let np: NounPhrase = { start: npStart, end: npStart + m[1].length, text: m[1], citing: null };
    if (/^(?:The|A|An|This|That|These|Those|Its|His|Her|Their)$/.test(m[1])) {
      // "The rebels, known as M23, are led by …": the name the appositive gives, else the noun phrase
      const rest = text.slice(np.end, cue.start);
      const head = /^\s+\p{Ll}+(?:\s+\p{Ll}+)?(?=,)/u.exec(rest);
      if (!head) return [];
      const known = new RegExp(`^${head[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},\\s+(?:known|also known|called)\\s+as\\s+`).exec(rest);
      const named = known ? resolver.mentionsWithin(np.end + known[0].length, np.end + known[0].length + 40)[0] : undefined;
      np = named && named.start === np.end + known![0].length
        ? { start: named.start, end: named.end, text: text.slice(named.start, named.end), citing: null }
        : { start: np.start, end: np.end + head[0].length, text: text.slice(np.start, np.end + head[0].length), citing: null };
      npStart = np.start;
    }
    // prefer a named mention at the start followed by its verb ("Chief executive Oliver Blume was quick to …")
    const named = resolver.mentionsWithin(sent.start, Math.min(cue.start, sent.start + 80))
      .find((x) => /^\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?\p{Ll}/u.test(text.slice(x.end, x.end + 20)) && !/['’]s$/.test(text.slice(x.end, x.end + 2)));
    if (named && named.start - sent.start <= 60 && !/^(?:He|She|It|They)$/.test(m[1])) {
      npStart = named.start;
      np = { start: named.start, end: named.end, text: text.slice(named.start, named.end), citing: null };
    }
    const speakers = resolver.resolve(np, si, history);
    const content = trimContent(text, cue.end, sent.end);
    // the cue as annotated: "defended ... saying" (the first word after the subject that is not an auxiliary)
    const afterNp = text.slice(np.end, cue.start).replace(/^,\s+(?:the|a|an)\s+[^,]{1,60},/, '').split(/[\s,]+/).filter((w) => /^\p{Ll}+$/u.test(w));
    const verb = afterNp.find((w) => !/^(?:was|were|is|are|has|have|had|been|be|being|quick|quickly|to|later|also|then|swift|eager|keen|on|in|at|earlier|again|once)$/.test(w)) ?? m[2] ?? '';
    const vIdx = verb ? text.indexOf(verb, np.end) : -1;
    const shown: CueMatch = vIdx >= 0 && vIdx < cue.start ? { ...cue, text: `${verb} ... ${cue.text}` } : cue;
    return speakers.map((speaker) => ({ sentenceIdx: si, cue: shown, np, speaker, parts: { sentence, subject: np, cue, content, direction: 'forward' as const }, via: null, citing: null, inQuote, spanStart: sent.start }));
  }
  // "Al Jadeed cited Ali Ammar, whose son …, as promising consequences": speaker Ammar, via Al Jadeed
  if (cue.lemma === 'cite' || cue.text === 'quoted') {
    const m = CITED_AS.exec(text.slice(cue.start, sent.end));
    if (!m) return [];
    const rawNp = (m[1] ?? '').replace(/,\s*(?:who|whose|which)\b.*$/, '').trim();
    const npStart = cue.start + m[0].indexOf(m[1] ?? '');
    const np: NounPhrase = { start: npStart, end: npStart + rawNp.length, text: rawNp, citing: null };
    const speakers = resolver.resolve(np, si, history);
    const left = leftSubject(text, sent.start, cue.start);
    const via = left ? resolver.resolve(left, si, history)[0]?.speaker ?? null : null;
    const content = trimContent(text, cue.start + m[0].length - (/\S+$/.exec(m[0])?.[0].length ?? 0), sent.end);
    return mk(np, speakers, { sentence, subject: np, cue, content, direction: 'forward' }, null, via);
  }
  // finite cue: left subject, else inverted subject
  let left = forcedSubject ?? leftSubject(text, sent.start, cue.start);
  let relEnd: number | null = null;
  // "…, a Kuomintang candidate Hou Yu-ih who admitted defeat": the same without the comma
  if (left && /\s(?:who|which)$/.test(left.text) && left.text.split(/\s+/).length <= 8) {
    const head = left.text.replace(/\s+(?:who|which)$/, '');
    const np2 = { ...left, end: left.start + head.length, text: head };
    if (resolver.resolve(np2, si, history).some((r) => r.speaker)) left = np2;
  }
  if (left && /^(?:who|which)$/i.test(left.text) && /,\s*$/.test(text.slice(sent.start, left.start))) {
    // "Okafor-Reid, who denied all the charges, told …": the relative pronoun's antecedent speaks;
    // the content ends with the relative clause
    const comma = text.slice(sent.start, left.start).lastIndexOf(',');
    left = leftSubject(text, sent.start, sent.start + comma);
    const close = text.indexOf(',', cue.end);
    relEnd = close > 0 && close < sent.end ? close : null;
  }
  let np: NounPhrase | null = null;
  let speakers: ResolvedSpeaker[] = [];
  let direction: AttributionParts['direction'] = 'forward';
  // "Mr Sunak will continue as an MP and said …": a subject ending in "and" is a coordinated verb phrase;
  // the clause's own subject comes first
  const coordinated = left !== null && /\s(?:and|but)$/.test(left.text);
  if (left && !coordinated) {
    speakers = resolver.resolve(left, si, history);
    if (speakers.length > 0) np = left;
  }
  if (!np) {
    const before = text.slice(sent.start, cue.start).trimEnd();
    // "…,” said X", "…, wrote X": only verbs of saying invert; "…, criticized the union leader" takes an object
    if ((/[,”"’]$/.test(before) || before.length === 0) && INVERTING.has(cue.lemma)) {
      const right = rightSubject(text, cue.end, sent.end);
      if (right) {
        speakers = resolver.resolve(right, si, history);
        if (speakers.length > 0) { np = right; direction = 'trailing'; }
      }
    }
  }
  if (!np && /\s(?:and|but)\s*$/.test(text.slice(sent.start, cue.start))) {
    // "… while Y and others demanded changes and described …": the subject of the cue just before
    const lastFinite = prior.filter((p) => p.cue.form === 'finite' && p.np && p.cue.end < cue.start && !p.inQuote).pop();
    if (lastFinite?.np && !/[.;:]/.test(text.slice(lastFinite.cue.end, cue.start))) {
      const same = prior.filter((p) => p.cue === lastFinite.cue);
      return same.map((p) => ({ ...p, cue, parts: { sentence, subject: p.np, cue, content: trimContent(text, cue.end, sent.end), direction: 'forward' as const }, via: p.via, inQuote }));
    }
    // "X, who …, called Milton "…" and warned …": the main clause's subject
    const main = mainClauseSubject(ctx, sent, cue.start);
    if (main) {
      speakers = resolver.resolve(main, si, history);
      if (speakers.length > 0) np = main;
    }
  }
  if ((!np || speakers.length === 0) && left && coordinated) {
    speakers = resolver.resolve(left, si, history);
    if (speakers.length > 0) np = left;
  }
  if (!np || speakers.length === 0) return [];
  const quotedBy = /quoted\s+by\s+([^,.;]+?)\s+as\b/.exec(cue.text);
  let quotedVia: EntityRef | null = null;
  if (quotedBy) {
    const qs = cue.start + cue.text.indexOf(quotedBy[1] ?? '');
    quotedVia = resolver.resolve({ start: qs, end: qs + (quotedBy[1] ?? '').length, text: quotedBy[1] ?? '', citing: null }, si, history)[0]?.speaker ?? null;
  }
  if (inQuote && speakers.every((s) => s.kind === 'pronoun' || s.kind === 'unnamed')) return [];
  // content: after the cue, or before the subject when the attribution trails
  const beforeSubject = text.slice(sent.start, Math.min(np.start, cue.start));
  const afterCue = text.slice(direction === 'trailing' ? np.end : cue.end, sent.end);
  const trailingShape = /[,”"’]\s*$/.test(beforeSubject) && beforeSubject.trim().length > 15 && TRAILING_REST.test(cue.lemma === 'tell' || cue.lemma === 'inform' ? afterCue.replace(/^\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,4}|\p{Ll}+(?:\s+\p{Ll}+)?)(?=\s*(?:[,.;]|\s+(?:in|at|on|last|this)\b|$))/u, '') : afterCue);
  const afterQuote = /[”"]\s*$|[,.!?][”"’']\s*$/.test(beforeSubject) && beforeSubject.trim().length > 3;
  let content: Span | null;
  if (direction === 'trailing' || afterQuote || (trailingShape && cue.lemma !== 'accuse')) {
    direction = 'trailing';
    const cut = beforeSubject.replace(/[\s,]+$/, '');
    content = trimContent(text, sent.start, sent.start + cut.length);
    if (content) {
      // strip a leading dateline/heading prefix "Oct. 23 (UPI) --"
      const dl = /^.*?(?:--|—|–)\s+/.exec(text.slice(content.start, content.end));
      if (dl && dl[0].length < 40) content = { start: content.start + dl[0].length, end: content.end };
    }
  } else {
    let s = cue.end;
    if (cue.lemma === 'tell') {
      const that = /^\s*[^,.]{0,80}?\bthat\s+/.exec(text.slice(s, sent.end));
      if (that) s += that[0].length;
    }
    content = trimContent(text, s, relEnd ?? sent.end);
  }
  return mk(np, speakers, { sentence, subject: np, cue, content, direction }, null, quotedVia);
}

export type { ClaimContext } from './claim-record.js';
