/**
 * Named-entity detection by name shape: gazetteer and known-organisation longest match,
 * capitalised runs split on titles ("Israeli President Yitzhak Herzog"), organisation head
 * words, acronyms, descriptive organisations ("Lebanon’s health ministry", "the Lebanese
 * government"), and person names. Fills an EntityStore with canonical names, aliases and spans.
 */
import type { Span } from './types.js';
import { EntityStore, type EntityRecord } from './entity-store.js';
import { countryOfAdjective, governmentCountry, isSeatOfGovernment, lookupPlace } from './gazetteer.js';
import { lookupExtPlace, type ExtPlace } from './gazetteer-ext.js';
import { findDescriptiveOrgs } from './descriptive-orgs.js';
import { findPartyMentions } from './party-names.js';
import { nationalTeamName, sportOf, type Sport } from './national-teams.js';
import { knownName, maxKnownTokens, type Known } from './known-names.js';
import { addAcronymMention, addOrgMention } from './org-mentions.js';
import { CONNECTORS, EVENT_HEADS, PERSON_ROLE_BEFORE, PersonNames, referredToAsPerson } from './person-names.js';
import {
  COMMON, COMPETITIONS, FAMOUS_PEOPLE, NOT_ENTITIES, ORG_APPOSITION, ORG_HEADS, TITLE_MODIFIERS, TITLE_WORDS, isCommonWord, isFirstName, isLastName, isLexOrganisation, isPluralCommonNoun, isWordlikeFirstName, PORTFOLIO_WORDS,
} from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import { creditRegions, inRegions } from './credits.js';
import { PERSONISH_HEADS } from './speaker-words.js';

const CORPORATE = /^(?:Co|Corp|Inc|Ltd|LLC|PLC|plc|AG|SA|SE|NV|GmbH|Electronics|Motor|Motors|Chemical|Chemicals|Steel|Airlines|Airways|Holdings|Group|Bank|Technologies)\.?$/;
const SITE_SUFFIX = /^(?:Airport|Airfield|Terminal|Shoal|Reef|Atoll|Islet|Cay|Lagoon|Glacier|Falls|Reservoir|Gorge|Basilica|Cathedral|Square|Valley|Street|Avenue|Square|Bridge|River|Lake|Mountains?|Islands?|Bay|Sea|Ocean|Coast|Park|Road|Station|Hills?|Beach|Desert|Canyon|Peninsula|Strait|Harbour|Harbor|Plaza|Boulevard|Crossing|Dam|Base|Heights|Plateau|Basin|Delta|Forest|Range)$/;
const REGION_SUFFIX = /^(?:State|Region|Oblast|Province|Governorate|Prefecture|County|Territory|District|Township|Borough|Commune|Parish|Counties|Provinces|Regions|Districts)$/;
/** "Analysts at Capital Economics", "a spokesperson for Spotify": the name after is an organisation. */
const ORG_AFTER_SOURCE = /\b(?:analysts?|economists?|researchers?|officials?|experts?|strategists?|scientists?|staff|workers|employees|executives?|spokesperson|spokesman|spokeswoman|representatives?|lawyers?)\s+(?:at|for|from|of|with)\s+(?:the\s+)?$/i;
/** "in Arequipa", "from the southern city of Calama", "across Alberta": a place follows. */
const LOCATIVE_BEFORE = /\b(?:in|at|from|near|across|to|into|outside|around|towards?|via|throughout|within|between|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|coastal|industrial|manufacturing|nearby|neighbouring|neighboring|capital|port|provincial|regional|southern)\s+)*(?:(?:city|town|province|region|state|capital|port|municipality|department|county|island|hub)\s+of\s+)?$/i;
/** Heads that end an organisation's name ("… Air Force", "… Cricket Board"). */
const FINAL_ORG_HEADS = new Set(['force', 'forces', 'army', 'navy', 'corporation', 'council', 'commission', 'committee', 'ministry', 'bank', 'agency', 'authority', 'institute', 'university', 'party', 'union', 'association', 'board', 'federation', 'league', 'company', 'group']);
const MONTH_OR_DAY = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Christmas|Easter|Ramadan|Eid|Diwali)$/;
/** Heads that make an organisation even with a short tail after them ("Major League Soccer", "Liga MX"). */
const INNER_HEADS = new Set(['league', 'liga', 'ligue', 'association', 'federation', 'union', 'institute', 'agency', 'council', 'commission', 'committee', 'authority', 'bureau', 'corporation', 'company', 'bank', 'group', 'community', 'organization', 'organisation', 'centers', 'centres', 'university']);
/** A reporting verb right after a name. */
const SPEAKS_AFTER = /^\s+(?:(?:also|earlier|later|previously)\s+)?(?:said|says|told|announced|confirmed|reported|denied|added|warned|stated|insisted|argued|claimed|declined|responded|posted)\b/;
const PLACE_PREFIX = /^(?:Wadi|Jebel|Jabal|River|Lake|Metro|Fort|Port|Puerto|Porto|Mount|Cape|San|Santa|Sao|São|Saint|St\.?|Sainte|Ciudad|Nueva|Nuevo|Novo|Nova|Bad|Villa)$/;
/** "Valencia beat Sevilla 3-1": a place name in a match result is the club. */
const RESULT_AFTER = /^\s+(?:beat|defeated|drew(?:\s+with)?|lost(?:\s+to)?|thrashed|edged|hammered|held|overcame|routed|stunned|eliminated|knocked\s+out)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\d+-\d+/u;
const RESULT_BEFORE = /\b(?:beat|defeated|drew\s+with|lost\s+to|thrashed|edged|hammered|held|overcame|routed|stunned|eliminated|against|versus|vs\.?)\s+$/;
/** After a team: a win or loss by a margin ("by six wickets", "by 25 points") or to a score. */
const TEAM_RESULT_AFTER = /^\s+(?:beat|defeated|drew\s+with|lost\s+to|thrashed|edged|hammered|overcame|routed|stunned|eliminated|knocked\s+out|whitewashed)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:\d+-\d+|by\s+(?:an?\s+|\w+\s+)?(?:runs?|wickets?|points?|goals?|innings|tries))/u;
/** Last words that make a name a site: "Lucas Moripe Stadium", "Heroes Square". */
const SITE_WORD = /^(?:Stadium|Arena|Roundabout|Avenue|Street|Road|Way|Square|Boulevard|Highway|Motorway|Expressway)$/;
/** Roles that follow an organisation's name: "the Safaricom CEO", "the Oxfam spokesman". */
const TRAILING_ROLE = /^(?:CEO|CFO|COO|CTO|MD|Chairman|Chairwoman|Chairperson|Spokesman|Spokeswoman|Spokesperson|Boss|President|Director|Manager|Coach|Captain|Founder|spokesman|spokeswoman|spokesperson|boss|chief)$/;
/** The United Kingdom's nations field their own teams. */
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);
/** "Burrard Gateway, a Vancouver logistics company": an organisation noun in the appositive. */
const ORG_APPOSITIVE_AFTER = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:${['company', 'firm', 'group', 'startup', 'start-up', 'maker', 'operator', 'developer', 'retailer', 'brand', 'lender', 'bank', 'insurer', 'agency', 'charity', 'organisation', 'organization', 'club', 'team', 'carrier', 'airline', 'manufacturer', 'supplier', 'producer', 'provider', 'consultancy', 'fund', 'broadcaster', 'newspaper', 'outlet', 'publisher', 'network', 'league', 'union', 'association', 'party', 'exporter', 'importer', 'shipper', 'miner', 'utility', 'conglomerate', 'subsidiary', 'chain', 'platform', 'venture', 'think\\s+tank', 'nonprofit', 'non-profit'].join('|')})s?\\b`, 'iu');
const ORG_APPOS_BEFORE = new RegExp(`\\b(${[...ORG_APPOSITION].join('|')})\\s*,?\\s*$`, 'i');

export interface Segment extends Span {
  /** true when the segment starts a sentence (first word's capital says nothing). */
  sentenceStart: boolean;
}

interface Pending {
  text: string;
  span: Span;
}

function isAcronym(t: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,4}$/.test(t) && !COMMON.has(t.toLowerCase());
}

function joined(text: string, toks: Token[]): string {
  const first = toks[0];
  const last = toks[toks.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

function adjectiveCountry(word: string): string | null {
  return countryOfAdjective(word)?.name ?? null;
}

export class EntityFinder {
  readonly store = new EntityStore();
  private readonly pendingSingles = new Map<string, Pending[]>();
  private readonly midSentenceSingles = new Set<string>();
  /** Unknown one-word names that speak ("Juventus said"): organisations when nothing else claims them. */
  private readonly speakingSingles = new Set<string>();
  private readonly names: PersonNames;

  /** Photo credits and bylines, skipped. */
  private readonly credits: Span[];

  constructor(private readonly text: string, private readonly source: string | null = null) {
    this.names = new PersonNames(text);
    this.credits = creditRegions(text);
  }

  scan(segments: readonly Segment[]): EntityStore {
    for (const seg of segments) this.scanSegment(seg);
    this.finishSingles();
    for (const seg of segments) this.finishLists(seg);
    return this.store;
  }

  /**
   * "judges Khusi Prasad Tharu, Ram Bahadur Thapa and Ritendra Thapa": names listed beside a known
   * person, with nothing else in the list, are people too.
   */
  private finishLists(seg: Segment): void {
    const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
    for (const clause of this.text.slice(seg.start, seg.end).matchAll(/[^.;:!?“”"()\n]+/g)) {
      const base = seg.start + (clause.index ?? 0);
      const parts = [...clause[0].matchAll(/[^,]+?(?=,\s+|,?\s+and\s+|$)/g)];
      if (parts.length < 3) continue;
      const names: Array<{ name: string; span: Span }> = [];
      parts.forEach((p, i) => {
        const raw = p[0].replace(/^(?:,?\s*and\s+|,\s*|\s+)/, '');
        const at = base + (p.index ?? 0) + p[0].indexOf(raw);
        // the list's first name may follow its head ("judges X"), its last may run into the verb ("Y not only")
        const m = i === 0 ? /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(raw) : i === parts.length - 1 ? /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?=\s+\p{Ll}|$)/u.exec(raw) : NAME.exec(raw.trim()) ? [raw.trim(), raw.trim()] : null;
        if (!m || !m[1]) return;
        const off = i === 0 ? raw.length - m[1].length : 0;
        names.push({ name: m[1], span: { start: at + off, end: at + off + m[1].length } });
      });
      if (names.length < 3 || names.length < parts.length - 1) continue;
      const known = names.filter((n) => this.store.findPerson(n.name));
      const other = names.filter((n) => { const e = this.store.byName(n.name); return e && e.type !== 'PERSON'; });
      if (known.length === 0 || other.length > 0) continue;
      for (const n of names) {
        const toks = tokenize(this.text, n.span.start, n.span.end);
        if (this.store.findPerson(n.name) || !this.names.shaped(toks, true) || toks.some((t) => isCommonWord(t.text) && !isFirstName(t.text))) continue;
        this.store.add(n.name, 'PERSON', n.name, n.span);
      }
    }
  }

  private scanSegment(seg: Segment): void {
    const { text } = this;
    findDescriptiveOrgs(text, seg.start, seg.end, this.store, this.sport());
    findPartyMentions(text, seg.start, seg.end, this.store);
    const toks = tokenize(text, seg.start, seg.end);
    let i = 0;
    while (i < toks.length) {
      const t = toks[i] as Token;
      if (!t.cap || inRegions(this.credits, t)) { i++; continue; }
      // "On Monday Russia said", "March 2 Russia": a date before a known name is no part of it
      if (MONTH_OR_DAY.test(t.text)) {
        let k = i + 1;
        while (k < toks.length && /^\d{1,4},?$/.test((toks[k] as Token).text)) k++;
        if (k > i && k < toks.length && (toks[k] as Token).cap && !this.matchKnown(toks, i) && this.matchKnown(toks, k)) { i = k; continue; }
      }
      // "The UK government": let the known name after a determiner match on its own
      const nextTok = toks[i + 1];
      if (/^(?:The|A|An|However|But|And|Meanwhile|Earlier|Later|In|On|At|For|As|While|When|After|Before)$/.test(t.text) && nextTok?.cap && this.text.slice(t.end, nextTok.start) === ' ' && this.matchKnown(toks, i + 1)) {
        i++;
        continue;
      }
      // "(Colombia Newswire) –", "(Eastern Wire) reported": a relaying agency in brackets, whatever its words
      const agency = text[t.start - 1] === '(' ? relayAgency(text, t.start, seg.end) : null;
      if (agency) {
        this.store.add(agency.text, 'ORGANISATION', agency.text, agency);
        while (i < toks.length && (toks[i] as Token).end <= agency.end) i++;
        continue;
      }
      // longest known match
      const known = this.matchKnown(toks, i);
      if (known) {
        const span = { start: (toks[i] as Token).start, end: (toks[known.last] as Token).end };
        const surface = text.slice(span.start, span.end);
        // "Prime Minister Luís Montenegro … Montenegro told reporters": the surname, not the country
        const bearer = known.k.type === 'LOCATION' && known.last === i ? this.store.findPerson(surface) : null;
        if (bearer && bearer.name.split(/\s+/).length >= 2 && bearer.name.endsWith(` ${surface}`) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) {
          this.store.add(bearer.name, 'PERSON', surface, span);
          i = known.last + 1;
          continue;
        }
        this.addKnownMention(known.k, surface, span, toks, known.last);
        i = known.last + 1;
        continue;
      }
      // capitalised run
      let j = i;
      while (j + 1 < toks.length) {
        const cur = toks[j] as Token;
        const nxt = toks[j + 1] as Token;
        const gap = text.slice(cur.end, nxt.start);
        // "Public Transport Users' Association", "Workers’ Party": a plural possessive inside a body's name
        const pluralPoss = cur.poss && /s$/.test(cur.text) && /^['’] $/.test(gap) && nxt.cap && ORG_HEADS.has(nxt.text.toLowerCase());
        if (pluralPoss) { j++; continue; }
        if (cur.poss) break;
        if (gap !== ' ' && gap !== '-') break;
        // "Jelena Ostapenko REUTERS/Loren Elliott": a credit is no part of the name before it
        if (inRegions(this.credits, nxt)) break;
        // "the Committee on Health Tuesday": a weekday or month ends the name
        if (nxt.cap && MONTH_OR_DAY.test(nxt.text) && !/^(?:Good|Black|Easter|Palm|Ash|Super|Cyber)$/.test(cur.text)) break;
        if (nxt.cap || /^\d+$/.test(nxt.text)) { j++; continue; }
        const after = toks[j + 2];
        const headBefore = ORG_HEADS.has(cur.text.toLowerCase()) || TITLE_WORDS.has(cur.text.toLowerCase()) || isAcronym(cur.text);
        const weakConnector = nxt.text === 'on' || nxt.text === 'the' || nxt.text === 'for';
        const dateWord = after ? /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(after.text) : false;
        // "Ursula von der Leyen", "Juan de la Cruz": two name particles before the surname
        const after2c = toks[j + 3];
        if (CONNECTORS.has(nxt.text) && after && CONNECTORS.has(after.text) && !/^(?:of|for|the|on)$/.test(nxt.text) && after2c?.cap && text.slice(after.end, after2c.start) === ' ' && text.slice(nxt.end, after.start) === ' ') {
          j += 3;
          continue;
        }
        if (CONNECTORS.has(nxt.text) && after && after.cap && !dateWord && (!weakConnector || headBefore) && text.slice(nxt.end, after.start) === ' ' && (headBefore || !this.matchKnown(toks, j + 2))) {
          j += 2;
          continue;
        }
        // "Office for Product Safety and Standards", "Department of Health and Human Services"
        const runLow = toks.slice(i, j + 1).map((t) => t.text.toLowerCase());
        const namedBody = runLow.some((w, k) => ORG_HEADS.has(w) && /^(?:of|for)$/.test(runLow[k + 1] ?? ''));
        const headSoon = toks.slice(j + 2, j + 5).some((t, k, arr) => t.cap && ORG_HEADS.has(t.text.toLowerCase()) && arr.slice(0, k).every((x) => x.cap));
        // "Microsoft Corp. and Alphabet Inc.": two complete names in a list stay two
        const complete = ORG_HEADS.has(cur.text.toLowerCase().replace(/\.$/, '')) || CORPORATE.test(cur.text);
        const personFirst = isFirstName((toks[i] as Token).text);
        // ("Mr Wood and Oxford Economics’ Edward Allenby": a titled person is no part of a body's name)
        const titledPerson = TITLE_WORDS.has(runLow[0] ?? '') || Boolean(this.store.findPerson(joined(text, toks.slice(i, j + 1))));
        if (nxt.text === 'and' && !complete && !titledPerson && (namedBody || (headSoon && runLow.length >= 2 && !personFirst)) && after?.cap && !dateWord && text.slice(nxt.end, after.start) === ' ' && !lookupPlace(after.text)) {
          j += 2;
          continue;
        }
        const after2 = toks[j + 3];
        if (headBefore && CONNECTORS.has(nxt.text) && after?.text === 'the' && after2?.cap && text.slice(after.end, after2.start) === ' ') {
          j += 3;
          continue;
        }
        break;
      }
      const run = toks.slice(i, j + 1);
      const sentenceInitial = seg.sentenceStart && i === 0;
      this.classifyRun(run, sentenceInitial, toks[i - 1] ?? null);
      i = j + 1;
    }
  }

  private matchKnown(toks: Token[], i: number): { k: Known; last: number } | null {
    for (let n = Math.min(maxKnownTokens(), toks.length - i); n >= 1; n--) {
      const slice = toks.slice(i, i + n);
      const last = slice[slice.length - 1] as Token;
      if (!last.cap && n > 1 && !/^(?:of|and|the)$/.test(last.text)) { /* allow lowercase-inside only */ }
      const s = joined(this.text, slice);
      const k = knownName(s) ?? (s.length > 3 && s === s.toUpperCase() ? knownName(s.charAt(0) + s.slice(1).toLowerCase()) : null);
      // "Paris Hilton": a one-word place that is also a given name, before a surname, is a person's name
      const nxt = toks[i + n];
      if (k && n === 1 && k.type === 'LOCATION' && nxt?.cap && this.text.slice(last.end, nxt.start) === ' ' && isFirstName(last.text) && isLastName(nxt.text) && !lookupPlace(nxt.text) && !ORG_HEADS.has(nxt.text.toLowerCase())) return null;
      if (k) {
        // "Washington" after "City, " is the state; "Georgia" stays the country
        if (!last.poss) {
          // "Pakistan Air Force", "Manchester City", "Samsung Electronics Co.", "United Nations Office for …":
          // the known name starts a longer organisation name
          for (let x = i + n; x < Math.min(toks.length, i + n + 6); x++) {
            const t = toks[x] as Token;
            const prevTok = toks[x - 1] as Token;
            const connector = CONNECTORS.has(t.text) && x + 1 < toks.length && (toks[x + 1] as Token).cap;
            if ((!t.cap && !connector) || prevTok.poss || this.text.slice(prevTok.end, t.start) !== ' ') break;
            const lw = t.text.toLowerCase().replace(/\.$/, '');
            if (ORG_HEADS.has(lw) || CORPORATE.test(t.text) || (x === i + n && (SITE_SUFFIX.test(t.text) || (t.text === 'City' && k.type === 'LOCATION'))) || isLexOrganisation(joined(this.text, toks.slice(i, x + 1)))) return null;
          }
        }
        return { k, last: i + n - 1 };
      }
    }
    return null;
  }

  private addKnownMention(k: Known, surface: string, span: Span, toks: Token[], last: number): void {
    const { text } = this;
    let name = k.name;
    if (k.type === 'LOCATION' && name === 'Washington, D.C.') {
      const before = text.slice(Math.max(0, span.start - 30), span.start);
      if (/\b[A-Z][a-z]+,\s*$/.test(before) && !/D\.?C/.test(text.slice(span.end, span.end + 5))) name = 'Washington (state)';
    }
    // "the U.S. dollar", "the United States (US) dollar": a currency, not the place
    if (k.type === 'LOCATION' && (text[span.end] === '$' || /^\s*(?:\(\p{Lu}{2,3}\)\s*)?(?:dollars?|cents?)\b/u.test(text.slice(span.end, span.end + 16)))) return;
    // "the Bryansk region": the region rather than the city
    const reg = k.type === 'LOCATION' ? /^\s+(region|province|oblast|governorate|prefecture|state)\b/.exec(text.slice(span.end, span.end + 20)) : null;
    if (reg) {
      const word = reg[1] ?? '';
      const regionName = `${surface} ${word.charAt(0).toUpperCase()}${word.slice(1)}`;
      // "Khyber Pakhtunkhwa province" is Khyber Pakhtunkhwa, a region already; "the Kursk region" is not the city
      const region = lookupPlace(regionName) ?? lookupPlace(`${surface} Oblast`) ?? (lookupPlace(surface)?.kind === 'REGION' ? lookupPlace(surface) : null);
      const full = { start: span.start, end: span.end + reg[0].length };
      this.store.add(region?.name ?? regionName, 'LOCATION', text.slice(full.start, full.end), full);
      return;
    }
    // "Valencia beat Sevilla 3-1": the club
    const countryName = k.type === 'LOCATION' && lookupPlace(surface)?.kind === 'COUNTRY';
    // "England beat New Zealand 19-7", "India lost to Australia by six wickets": national teams
    if (k.type === 'LOCATION' && (countryName || HOME_NATIONS.has(name)) && this.sport() && this.teamContext(span)) {
      this.store.add(nationalTeamName(name, this.sport() as Sport, this.womensSport()), 'ORGANISATION', surface, span);
      return;
    }
    if (k.type === 'LOCATION' && !countryName && last - (toks.findIndex((t) => t.start === span.start)) === 0 && this.clubContext(span)) {
      this.store.add(`${surface} FC`, 'ORGANISATION', surface, span);
      return;
    }
    // "Liverpool boss", "Liverpool's website" -> the club; plain place otherwise
    const nextTok = toks[last + 1];
    if (k.type === 'LOCATION' && !countryName && nextTok && /^(?:boss|manager|coach|striker|midfielder|defender|goalkeeper|captain|fans|supporters|squad)$/.test(nextTok.text)) {
      this.store.add(`${name} FC`, 'ORGANISATION', surface, span);
      return;
    }
    // "the Amazon" is the rainforest, "Amazon" the company
    if (k.type === 'ORGANISATION' && name === 'Amazon' && /\bthe\s+$/i.test(text.slice(Math.max(0, span.start - 4), span.start))) {
      this.store.add('Amazon', 'LOCATION', surface, span);
      return;
    }
    if (k.type === 'ORGANISATION') {
      const longer = this.store.entities.find((e) => e.type === 'ORGANISATION' && e.name.startsWith(`${name} `) && !/^Government of/.test(e.name));
      if (longer) { this.store.add(longer.name, 'ORGANISATION', surface, span); return; }
    }
    this.store.add(name, k.type, surface, span);
  }

  private classifyRun(run: Token[], sentenceInitial: boolean, prev: Token | null): void {
    const { text } = this;
    let toks = run;
    const runLower = run.map((t) => t.text.toLowerCase());
    // "Bill McKay": a given name that is also an event word opens a person's name, not an event's
    const givenAt = (words: string[], k: number): boolean => isWordlikeFirstName(words[k] ?? '') && k + 1 < words.length
      && !ORG_HEADS.has(words[k + 1] ?? '') && !EVENT_HEADS.has(words[k + 1] ?? '') && !/^(?:of|for|and|the)$/.test(words[k + 1] ?? '');
    const ev = runLower.findIndex((w, k) => EVENT_HEADS.has(w) && !givenAt(runLower, k));
    const titleAfterEvent = ev >= 0 && runLower.slice(ev + 1).some((w) => TITLE_WORDS.has(w) && w !== 'premier');
    if (!runLower.some((w) => ORG_HEADS.has(w)) && ev >= 0 && !titleAfterEvent) return;
    // "New Brunswick", "North Holland": a whole run that is a place keeps its leading word
    const wholeExt = lookupExtPlace(joined(text, run));
    // "Residents of Monterrey": a sentence-initial common noun joined by "of" is no part of the name
    if (sentenceInitial && toks.length >= 3 && (toks[1] as Token).text === 'of' && isCommonWord((toks[0] as Token).text) && !ORG_HEADS.has(runLower[0] ?? '') && !TITLE_WORDS.has(runLower[0] ?? '')
      && !/^(?:Gulf|Bay|Sea|Isle|Cape|Port|City|State|States|Republic|Kingdom|Province|Island|Islands|Strait|Straits|Lake|Mount|Court|Church|House|Museum|Duke|Duchess|Council|Department|Bank|Sultanate|Emirate|Principality|Commonwealth)$/.test((toks[0] as Token).text)
      && !lookupPlace(joined(text, run)) && !knownName(joined(text, run))) {
      this.classifyRun(toks.slice(2), false, toks[1] ?? null);
      return;
    }
    // "On Monday Russia said", "March 2 Russia": a leading date is no part of a name
    while (toks.length >= 2 && MONTH_OR_DAY.test((toks[0] as Token).text) && !knownName(joined(text, toks))) {
      toks = toks.slice(1);
      while (toks.length >= 2 && /^\d{1,4},?$/.test((toks[0] as Token).text)) toks = toks.slice(1);
    }
    // "The City of Moncton will house …": the municipality, and the place it governs
    const cityAt = (toks[0] as Token).text === 'The' ? 1 : 0;
    if (toks.length >= cityAt + 3 && (toks[cityAt] as Token).text === 'City' && (toks[cityAt + 1] as Token).text === 'of' && toks.slice(cityAt + 2).every((t) => t.cap)) {
      const placeToks = toks.slice(cityAt + 2);
      const placeName = joined(text, placeToks);
      const place = lookupPlace(placeName);
      const body = joined(text, toks.slice(cityAt));
      this.store.add(body, 'ORGANISATION', body, { start: (toks[cityAt] as Token).start, end: (toks[toks.length - 1] as Token).end });
      this.store.add(place?.name ?? placeName, 'LOCATION', placeName, { start: (placeToks[0] as Token).start, end: (placeToks[placeToks.length - 1] as Token).end });
      return;
    }
    // drop leading function words ("The", "However", "Former") and "Iran-backed"-style modifiers
    while (toks.length > 0 && !(wholeExt && toks === run && /^(?:New|North|South|East|West|Upper|Lower|Greater|Central|Northern|Southern|Eastern|Western)$/.test((toks[0] as Token).text))) {
      const w = (toks[0] as Token).text;
      const lw = w.toLowerCase();
      const modifier = /^\p{Lu}[\p{L}]+-(?:backed|based|led|born|made|owned|run|linked|aligned|allied|supported|controlled|funded|sponsored|headquartered|bound|registered|listed|centred|centered)$/u.test(w);
      // "“…” Remarked Mulinge.": a capitalised verb of saying before the name
      if (toks === run && sentenceInitial && toks.length >= 2 && /^(?:Added|Remarked|Stated|Noted|Explained|Continued|Concluded)$/.test(w)) {
        this.classifyRun(toks.slice(1), false, toks[0] ?? null);
        return;
      }
      // "Resident Dianne Dickinson", "Witness Tom Hale": a role noun capitalised at the start of a sentence
      if (toks === run && sentenceInitial && toks.length >= 3 && PERSONISH_HEADS.has(lw) && isFirstName((toks[1] as Token).text)) {
        this.classifyRun(toks.slice(1), false, toks[0] ?? null);
        return;
      }
      if (!modifier && (!COMMON.has(lw) || TITLE_WORDS.has(lw) || ORG_HEADS.has(lw))) break;
      // "North Darfur State", "South Kivu Province": a compass word that names a region
      if (/^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)$/.test(lw) && toks.length >= 2 && /^(?:State|Province|Region|District|County|Governorate)$/.test((toks[toks.length - 1] as Token).text)) break;
      // "Second Thomas Shoal": an ordinal that names a place
      if (/^(?:first|second|third|fourth|fifth)$/.test(lw) && toks.length >= 3 && SITE_SUFFIX.test((toks[toks.length - 1] as Token).text)) break;
      // "State Department", "Home Office": keep a modifier that belongs to an organisation name
      if (!modifier && toks.length >= 2 && (ORG_HEADS.has((toks[toks.length - 1] as Token).text.toLowerCase()) || SITE_SUFFIX.test((toks[toks.length - 1] as Token).text)) && !/^(?:the|a|an|however|but|and|meanwhile|earlier|later|in|on|at|for|as|while|when|after|before|former|new|key)$/.test(lw)) break;
      if (modifier) {
        const place = w.replace(/-[a-z]+$/, '');
        const p = lookupPlace(place) ?? lookupExtPlace(place);
        if (p) this.store.add(p.name, 'LOCATION', place, { start: (toks[0] as Token).start, end: (toks[0] as Token).start + w.indexOf('-') });
      }
      toks = toks.slice(1);
    }
    while (toks.length > 0 && CONNECTORS.has((toks[toks.length - 1] as Token).text)) toks = toks.slice(0, -1);
    if (toks.length === 0) return;
    if (toks.length >= 3 && TITLE_WORDS.has((toks[0] as Token).text.toLowerCase()) && (toks[1] as Token).text === 'of' && this.titleOf(toks)) return;
    // "the Seoul-Tokyo summit", "the India-Pakistan border": places joined by a hyphen
    if (toks.length === 1 && /^\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)+$/u.test((toks[0] as Token).text)) {
      const t0 = toks[0] as Token;
      const parts = t0.text.split('-');
      const places = parts.map((p) => lookupPlace(p));
      if (places.every((p) => p)) {
        let at = t0.start;
        parts.forEach((part, k) => { this.store.add((places[k] as { name: string }).name, 'LOCATION', part, { start: at, end: at + part.length }); at += part.length + 1; });
        return;
      }
    }
    // "North Lombok", "East Java": a compass word before a known place names a part of it
    const cRun = toks.length === 1 && run.length === 2 && toks[0] === run[1] ? run : toks;
    const compass = cRun.length === 2 && /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/.test((cRun[0] as Token).text);
    const rest = (cRun[1] as Token | undefined)?.text ?? '';
    const runBefore = text.slice(Math.max(0, (cRun[0] as Token).start - 40), (cRun[0] as Token).start);
    if (compass && !isCommonWord(rest) && !ORG_HEADS.has(rest.toLowerCase()) && !REGION_SUFFIX.test(rest) && (lookupPlace(rest) || lookupExtPlace(rest) || /\b(?:in|near|across|of|from|to)\s+(?:the\s+)?$/i.test(runBefore)
      || this.store.mentions.some((m) => this.store.get(m.entity).type === 'LOCATION' && /^(?:,\s*|\s+and\s+|\s+or\s+)$/.test(text.slice(m.end, (cRun[0] as Token).start))) || /^(?:,|\s+and)\s/.test(text.slice((cRun[1] as Token).end, (cRun[1] as Token).end + 5)))) {
      const whole = joined(text, cRun);
      this.store.add(whole, 'LOCATION', whole, { start: (cRun[0] as Token).start, end: (cRun[1] as Token).end });
      return;
    }
    // "AFCON 2023", "COP28": an event's acronym with its year
    if (/^[A-Z]{2,6}\s*\d{2,4}$/.test(joined(text, toks))) return;
    // "The Safaricom CEO said": a role after the organisation, with no name after it, is no part of the name
    const tail = (toks[toks.length - 1] as Token).text;
    if (toks.length >= 2 && TRAILING_ROLE.test(tail) && !/^\s+\p{Lu}/u.test(text.slice((toks[toks.length - 1] as Token).end, (toks[toks.length - 1] as Token).end + 3))) {
      this.classifyRun(toks.slice(0, -1), false, prev);
      return;
    }
    const lower = toks.map((t) => t.text.toLowerCase());
    const lastWord = ([...lower].reverse().find((w) => !/^\d+$/.test(w)) ?? '').replace(/\.$/, '');
    const hasOrgHead = ORG_HEADS.has(lastWord) || lower.includes('ministry') || lower.includes('department')
      || CORPORATE.test((toks[toks.length - 1] as Token).text)
      || lower.some((w, k) => ORG_HEADS.has(w) && /^(?:of|for|on|de|del|des|di|du)$/.test(lower[k + 1] ?? '') && w !== 'times');
    // "Major League Soccer", "Liga de Fútbol Profesional": a strong head inside the name, a short tail after it
    const innerHead = toks.length >= 2 && toks.length <= 6 && lower.some((w, k) => k > 0 && k >= toks.length - 3 && INNER_HEADS.has(w));
    if (!hasOrgHead && !innerHead && !titleAfterEvent && lower.some((w, k) => EVENT_HEADS.has(w) && !givenAt(lower, k))) {
      // "Royal Air Force Typhoon fighter jets": the organisation ends at its head word
      const cut = lower.findIndex((w, k) => k >= 1 && FINAL_ORG_HEADS.has(w) && !/^(?:of|for)$/.test(lower[k + 1] ?? ''));
      if (cut >= 1 && lower.slice(cut + 1).some((w) => EVENT_HEADS.has(w))) this.classifyRun(toks.slice(0, cut + 1), sentenceInitial, prev);
      return;
    }
    const surface = joined(text, toks);
    const span = { start: (toks[0] as Token).start, end: (toks[toks.length - 1] as Token).end };
    if (NOT_ENTITIES.has(surface) || this.store.titleAcronyms.has((toks[0] as Token).text)) return;
    // "(Alistair Grant/PA)": a photo credit; "22", "KES63": numbers and amounts
    if ((text[span.start - 1] === '(' && text[span.end] === '/') || (text[span.start - 1] === '/' && text[span.end] === ')')) return;
    if (!/\p{L}{2}/u.test(surface) || /^[A-Z]{2,3}\d/.test(surface)) return;
    if (COMPETITIONS.has(surface)) return;
    // "the CAF Champions League", "the African Football League", "American League MVP": competitions and awards are no entities
    if (toks.length >= 2 && /\s(?:Champions\s+League|Premier\s+League|Super\s+League|Nations\s+League|World\s+Cup|Cup|Championships?|Trophy|Tournament|Olympics|Games|Grand\s+Prix|MVP|Marathon)$/.test(surface) && !SPEAKS_AFTER.test(text.slice(span.end, span.end + 30))) return;
    if (toks.length >= 2 && /\sLeague\s+MVP$|\s(?:Football|Basketball|Cricket|Hockey)\s+League$/.test(surface) && !SPEAKS_AFTER.test(text.slice(span.end, span.end + 30)) && /\b(?:match|season|title|final|fixture|semi-final|game|tie|campaign|group\s+stage|champions|won|win)\b/i.test(text.slice(Math.max(0, span.start - 80), span.end + 80))) return;
    // "Lucas Moripe Stadium", "Franklin Roosevelt avenue", "the Ayios Nicolaos roundabout": a site, whoever it is named after
    const siteAfter = /^\s+(avenue|street|road|roundabout|square|stadium|bridge|park|highway|boulevard|motorway|expressway|junction)s?\b/.exec(text.slice(span.end, span.end + 16));
    // "near Doughty and Delilah roads": the first of two roads
    const pairedSite = siteAfter ? null : /^\s+and\s+\p{Lu}[\p{L}'’-]+\s+(avenue|street|road)s\b/u.exec(text.slice(span.end, span.end + 40));
    if (pairedSite && toks.length <= 3) {
      const word = pairedSite[1] ?? '';
      this.store.add(`${surface} ${word.charAt(0).toUpperCase()}${word.slice(1)}`, 'LOCATION', surface, span);
      return;
    }
    // "Bao Lam District of Cao Bang Province": a region of a region, two places
    const ofAt = lower.indexOf('of');
    if (ofAt > 0 && ofAt < toks.length - 1 && REGION_SUFFIX.test((toks[ofAt - 1] as Token).text) && REGION_SUFFIX.test((toks[toks.length - 1] as Token).text)) {
      this.classifyRun(toks.slice(0, ofAt), false, prev);
      this.classifyRun(toks.slice(ofAt + 1), false, toks[ofAt] ?? null);
      return;
    }
    // "the Vancouver Island Conference Centre", "Satish Dhawan Space Centre": a venue, a place
    const venue = toks.length >= 2 && /^(?:Centre|Center)$/.test((toks[toks.length - 1] as Token).text) && /^(?:Conference|Convention|Exhibition|Space|Shopping|Sports|Leisure|Community|Civic|Cultural|Events?|Trade|Aquatic)$/.test((toks[toks.length - 2] as Token).text) && !lower.includes('for') && !lower.includes('of');
    if (venue) {
      this.store.add(surface, 'LOCATION', surface, span);
      return;
    }
    // "Ayios Antonios", "Santa Cruz": a saint's name on the map
    const saint = toks.length >= 2 && toks.length <= 3 && /^(?:Ayios|Ayia|Agios|Agia|Aghios|Agioi|São|Santa|Santo|San|St\.?)$/.test((toks[0] as Token).text) && !ORG_HEADS.has(lower[lower.length - 1] ?? '');
    if (toks.length <= 4 && (saint || SITE_WORD.test((toks[toks.length - 1] as Token).text) || (siteAfter && !ORG_HEADS.has(lower[lower.length - 1] ?? '')))) {
      const head = siteAfter ? ` ${(siteAfter[1] ?? '').charAt(0).toUpperCase()}${(siteAfter[1] ?? '').slice(1)}` : '';
      const end = siteAfter ? span.end + siteAfter[0].length : span.end;
      if (!lookupPlace(surface) || siteAfter) {
        this.store.add(`${surface}${head}`, 'LOCATION', text.slice(span.start, end), { start: span.start, end });
        return;
      }
    }
    // "Coventry City", "Birmingham City": a city's name with "City" that is no place itself is the club
    if (toks.length === 2 && (toks[1] as Token).text === 'City' && !lookupPlace(surface) && !lookupExtPlace(surface)) {
      const head = (toks[0] as Token).text;
      const p = lookupPlace(head) ?? lookupExtPlace(head);
      if (p && p.kind === 'CITY' && (isLexOrganisation(surface) || /\b(?:match|league|striker|midfielder|manager|goal|club|fans|season|beat|draw|cup)\b/i.test(text))) { this.store.add(surface, 'ORGANISATION', surface, span); return; }
      if (p) { this.store.add(surface, 'LOCATION', surface, span); return; }
    }
    // "(Andean Press) –", "… , (Pacific Wire) reported": a relaying agency in brackets
    const abbreviates = toks.length === 1 && isAcronym(surface) && this.store.mentions.some((m) => span.start - m.end >= 0 && span.start - m.end <= 3);
    if (!abbreviates && text[span.start - 1] === '(' && text[span.end] === ')' && /^\)\s*(?:--|[-–—:]|reported|reports|said|says)/.test(text.slice(span.end, span.end + 12)) && !lookupPlace(surface) && !lookupExtPlace(surface)) {
      this.store.add(surface, 'ORGANISATION', surface, span);
      return;
    }
    // "the White House", "the Kremlin": the government they house
    if (isSeatOfGovernment(surface)) {
      // "outside Downing Street": the place; "Downing Street said": the government
      if (/\b(?:outside|inside|in|at|to|from|near|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, span.start - 12), span.start))) {
        this.store.add(surface, 'LOCATION', surface, span);
        return;
      }
      const country = governmentCountry(surface);
      if (country) this.store.government(country, text.slice(/the\s+$/i.test(text.slice(span.start - 4, span.start)) ? span.start - 4 : span.start, span.end), span);
      return;
    }
    // a lone organisation head word ("Office" after "the Prime Minister's") names nothing by itself
    // "Congress", "Parliament", "the House of Representatives": a legislature's own name
    if (/^(?:Congress|Parliament|Senate|Cabinet|Knesset|Duma|Bundestag|Storting|Riksdag|Oireachtas|Dáil|House of (?:Representatives|Commons|Lords|Councillors|Delegates|Assembly))$/.test(surface)) {
      this.store.add(surface, 'ORGANISATION', surface, span);
      return;
    }
    if (toks.length === 1 && ORG_HEADS.has(surface.toLowerCase()) && !this.store.findOrgBySuffix(surface)) return;
    if (toks.length === 1 && text[span.start - 1] === '(' && text[span.end] === ')' && /^[A-Z][A-Z0-9&]{1,7}$/.test(surface) && !COMMON.has(surface.toLowerCase())) {
      addAcronymMention(text, this.store, surface, span, prev);
      return;
    }

    // title split: "[affiliation] [modifiers] Title Name"
    let ti = -1;
    const isTitle = (raw: string): boolean => {
      const w = raw.replace(/\.$/, '');
      return TITLE_WORDS.has(w) || (/s$/.test(w) && TITLE_WORDS.has(w.slice(0, -1)) && w !== 'ms') || (w.includes('-') && w.split('-').some((p) => TITLE_WORDS.has(p) && p !== 'general'));
    };
    for (let k = toks.length - 2; k >= 0; k--) if (isTitle(lower[k] ?? '')) { ti = k; break; }
    // "Chief Election Commissioner Sikandar Sultan Raja": a title word inside the name ("Sultan") is not the title
    for (let k = 0; k < toks.length - 2 && ti >= 0; k++) {
      if (!isTitle(lower[k] ?? '') || k >= ti || CONNECTORS.has((toks[k + 1] as Token).text)) continue;
      const rest = toks.slice(k + 1).filter((t) => !CONNECTORS.has(t.text));
      if (rest.length >= 2 && rest.length <= 4 && !isTitle(lower[k + 1] ?? '') && this.names.shaped(rest, true) && rest.some((t) => !isTitle(t.text.toLowerCase()))) {
        const restTitles = toks.slice(k + 1).filter((t) => isTitle(t.text.toLowerCase())).length;
        if (restTitles === 1 && isFirstName((toks[k + 1] as Token).text) || restTitles === 1 && !isTitle(lower[k + 1] ?? '')) { ti = k; break; }
      }
    }
    if (ti >= 0) {
      let nameToks = toks.slice(ti + 1).filter((t) => !/^\(/.test(t.text));
      // "Ayatollah Ali Khamenei": a leading honorific is not part of the name
      while (nameToks.length > 2 && isTitle((nameToks[0] as Token).text.toLowerCase())) nameToks = nameToks.slice(1);
      // "Professor Amanda Third of Western Sydney University": the name stops at "of"
      const ofAt = nameToks.findIndex((t) => t.text === 'of' || t.text === 'at' || t.text === 'for');
      if (ofAt > 0) {
        const rest = nameToks.slice(ofAt + 1);
        if (rest.length > 0) this.classifyRun(rest, false, nameToks[ofAt] ?? null);
        nameToks = nameToks.slice(0, ofAt);
      }
      // "Chairman of the Council Ken Smith", "Statistician-General of the Federation Adeyemi Adeniran": the name after the body
      if (nameToks.length >= 4 && CONNECTORS.has((nameToks[0] as Token).text)) {
        for (let k = 2; k <= nameToks.length - 2; k++) {
          const tail = nameToks.slice(k);
          const bodyWord = (nameToks[k - 1] as Token).text.toLowerCase();
          if (tail.length <= 3 && !CONNECTORS.has((nameToks[k - 1] as Token).text) && (isFirstName((nameToks[k] as Token).text) || ORG_HEADS.has(bodyWord) || (PORTFOLIO_WORDS.has(bodyWord) && !CONNECTORS.has(bodyWord))) && this.names.shaped(tail, true)) {
            nameToks = tail;
            break;
          }
        }
      }
      const coreCount = nameToks.filter((t) => !CONNECTORS.has(t.text)).length;
      // "Mr Hunt", "Dr Frost": after an honorific even a common word is a surname
      const honorific = /^(?:mr|mrs|ms|dr|prof|sir|dame|lord|lady)\.?$/.test(lower[ti] ?? '');
      if (nameToks.length > 0 && coreCount <= 4 && (this.names.shaped(nameToks) || ((nameToks.length >= 2 || honorific) && this.names.shaped(nameToks, true)))) {
        let ms = ti;
        while (ms > 0 && (TITLE_MODIFIERS.has(lower[ms - 1] ?? '') || TITLE_WORDS.has(lower[ms - 1] ?? ''))) ms--;
        // "Northwind Energy CEO": modifiers after a non-place word belong to the organisation name
        if (ms > 0) {
          const pre = joined(text, toks.slice(0, ms));
          const chain = lower.slice(ms, ti);
          if (!lookupPlace(pre) && !adjectiveCountry(pre) && knownName(pre) === null && !toks.slice(0, ms).every((t) => TITLE_MODIFIERS.has(t.text.toLowerCase())) && !chain.some((w) => TITLE_WORDS.has(w))) ms = ti;
        }
        const role = lower.slice(ms, ti + 1).join(' ');
        const affil = toks.slice(0, ms);
        // "Natural Resources Minister X", "Health Secretary Y": a portfolio, not an organisation
        // "Commissioner for Works Comrade Reuben Izeze": an office with its portfolio before the honorific
        const officeFor = affil.length >= 3 && isTitle((affil[0] as Token).text.toLowerCase()) && affil.slice(1).every((t) => PORTFOLIO_WORDS.has(t.text.toLowerCase()) || /^(?:for|of|and|&)$/.test(t.text));
        const portfolio = officeFor || (/\b(?:minister|secretary|commissioner|spokesperson|spokesman|spokeswoman)$/.test(role) && affil.every((t) => PORTFOLIO_WORDS.has(t.text.toLowerCase())));
        if (affil.length > 0 && !portfolio) this.classifyAffiliation(affil, role);
        const name = joined(text, nameToks);
        const nspan = { start: (nameToks[0] as Token).start, end: (nameToks[nameToks.length - 1] as Token).end };
        this.store.add(name, 'PERSON', surface, nspan, { role });
        return;
      }
    }
    // "Han Dong-hoon", "Lai Ching-te", "Yoon Suk-yeol": an East Asian name with a hyphenated given name
    if (toks.length === 2 && /^\p{Lu}\p{Ll}{1,5}$/u.test((toks[0] as Token).text) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test((toks[1] as Token).text)) {
      this.store.add(surface, 'PERSON', surface, span);
      return;
    }
    // "the Port of Vancouver": the port, a place (its authority is the organisation)
    if (lower[0] === 'port' && lower[1] === 'of' && toks.length >= 3 && !ORG_HEADS.has(lastWord)) {
      this.store.add(surface, 'LOCATION', surface, span);
      return;
    }
    // "Burrard Gateway" after "Burrard Gateway Terminals": the short form of a named organisation
    const fuller = this.store.entities.find((e) => e.type === 'ORGANISATION' && !e.governmentOf && e.name.startsWith(`${surface} `));
    if (fuller && toks.length >= 2 && !isFirstName((toks[0] as Token).text) && !lookupPlace(surface)) {
      this.store.add(fuller.name, 'ORGANISATION', surface, span);
      return;
    }
    if (hasOrgHead || innerHead) {
      addOrgMention(this.text, this.store, toks, surface, span, prev);
      return;
    }
    if (isLexOrganisation(surface)) { this.store.add(surface, 'ORGANISATION', surface, span); return; }
    // acronym
    // "PNP-NOC": two bodies' acronyms joined name one unit
    if (toks.length === 1 && (isAcronym(surface) || /^[A-Z]{2,5}-[A-Z]{2,5}$/.test(surface))) {
      if (prev && /\d/.test(prev.text) && text.slice(prev.end, span.start) === ' ') return; // "737 MAX"
      addAcronymMention(this.text, this.store, surface, span, prev);
      return;
    }
    // "the Bryansk region": a lower-case region word after the name
    if (toks.length === 1) {
      const reg = /^\s+(region|province|oblast|governorate|prefecture|county|state)\b/.exec(text.slice(span.end, span.end + 20));
      if (reg && !adjectiveCountry(surface) && !isCommonWord(surface)) {
        const name = `${surface} ${(reg[1] ?? '').charAt(0).toUpperCase()}${(reg[1] ?? '').slice(1)}`;
        const known = lookupPlace(name) ?? lookupPlace(`${surface} Oblast`);
        this.store.add(known?.name ?? name, 'LOCATION', text.slice(span.start, span.end + reg[0].length), { start: span.start, end: span.end + reg[0].length });
        return;
      }
    }
    // "Siesta Key, Florida": a place named before its region or country
    const locatedIn = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)\b/u.exec(text.slice(span.end, span.end + 40));
    const parent = locatedIn ? lookupPlace(locatedIn[1] ?? '') : null;
    if (parent && parent.kind !== 'CITY' && toks.length <= 3 && !ORG_HEADS.has(lower[lower.length - 1] ?? '') && !isLexOrganisation(surface) && !this.store.findPerson(surface)) {
      this.store.add(surface, 'LOCATION', surface, span);
      return;
    }
    // region with suffix: "Kursk Region"; sites: "Silicon Valley", "Wall Street"
    if (toks.length >= 2 && (REGION_SUFFIX.test((toks[toks.length - 1] as Token).text) || SITE_SUFFIX.test((toks[toks.length - 1] as Token).text))) {
      // "Kajiado and Nakuru Counties": the last of the listed regions, in the singular
      const singular = surface.replace(/ies$/, 'y').replace(/(Province|Region|District)s$/, '$1');
      this.store.add(singular, 'LOCATION', surface, span);
      return;
    }

    if (toks.length >= 2 && toks.length <= 3 && isAcronym((toks[0] as Token).text) && !lookupPlace((toks[0] as Token).text)) {
      this.store.add(surface, 'ORGANISATION', surface, span);
      return;
    }
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if ((ORG_APPOS_BEFORE.test(before) && !PERSON_ROLE_BEFORE.test(before)) || (ORG_AFTER_SOURCE.test(before) && !lookupPlace(surface) && !lookupExtPlace(surface))) {
      this.store.add(surface, 'ORGANISATION', surface, span);
      return;
    }
    // a city or region from the extended gazetteer, given context or size
    // "the evacuation of Fort McMurray", "near San Javier": a place-name prefix after a locative word
    if (toks.length >= 2 && toks.length <= 3 && PLACE_PREFIX.test((toks[0] as Token).text) && (LOCATIVE_BEFORE.test(before) || /^(?:River|Lake|Metro|Wadi|Jebel|Jabal)$/.test((toks[0] as Token).text)) && !this.store.findPerson(surface)) {
      this.store.add(surface, 'LOCATION', surface, span);
      return;
    }
    const ext = lookupExtPlace(surface);
    if (ext && !this.store.findPerson(surface)) {
      if (this.clubContext(span)) { this.store.add(`${surface} FC`, 'ORGANISATION', surface, span); return; }
      if (this.extPlaceContext(ext, toks, before, span, sentenceInitial)) { this.store.add(ext.name, 'LOCATION', surface, span); return; }
    }
    // "the village of Banjska", "in Lakenheath, Suffolk", "near Hodeida": an unknown name in a place slot
    if (toks.length <= 3 && this.placeSlot(toks, before, span) && !this.store.findPerson(surface)) {
      // "the Zamzam displacement camp" is "Zamzam camp"
      const camp = /^\s+(?:\p{Ll}+\s+)?(camp)\b/u.exec(text.slice(span.end, span.end + 30));
      this.store.add(camp ? `${surface} ${camp[1]}` : surface, 'LOCATION', surface, span);
      return;
    }
    const roleBefore = PERSON_ROLE_BEFORE.test(before);
    const afterText = text.slice(span.end, span.end + 80);
    // "Northgate Minerals said": a name ending in an ordinary noun, with no given name first, is no person
    if (toks.length >= 2 && toks.length <= 4 && !isFirstName((toks[0] as Token).text) && !roleBefore && !/\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s*$/.test(before)
      && isCommonWord((toks[toks.length - 1] as Token).text) && !isLastName((toks[toks.length - 1] as Token).text) && !FAMOUS_PEOPLE[(toks[toks.length - 1] as Token).text]
      && toks.every((t) => !lookupPlace(t.text) && !adjectiveCountry(t.text)) && SPEAKS_AFTER.test(afterText)) {
      this.store.add(surface, 'ORGANISATION', surface, span);
      return;
    }
    // "Burrard Gateway, a Vancouver logistics company": not a person when the first word is no given name
    if (toks.length >= 2 && !isFirstName((toks[0] as Token).text) && !PERSON_ROLE_BEFORE.test(before) && ORG_APPOSITIVE_AFTER.test(text.slice(span.end, span.end + 80))) {
      this.store.add(surface, 'ORGANISATION', surface, span);
      return;
    }
    if (toks.length >= 2 && toks.length <= 4 && (this.names.shaped(toks) || (roleBefore && this.names.shaped(toks, true))) && this.names.evidence(toks, before, span)) {
      const m = PERSON_ROLE_BEFORE.exec(before);
      this.store.add(surface, 'PERSON', surface, span, m ? { role: (m[1] ?? '').toLowerCase() } : {});
      return;
    }
    if (toks.length === 1) {
      const t = toks[0] as Token;
      if (adjectiveCountry(t.text)) return; // "Pakistani" is not an entity
      const existing = this.store.findPerson(t.text);
      if (existing && !isCommonWord(t.text)) { this.store.add(existing.name, 'PERSON', surface, span); return; }
      const orgSuffix = this.store.findOrgBySuffix(t.text);
      if (orgSuffix && !isCommonWord(t.text)) { this.store.add(orgSuffix.name, 'ORGANISATION', surface, span); return; }
      const m = PERSON_ROLE_BEFORE.exec(before);
      if (m && /^(?:president|boss|judge|ceo|chancellor|king|queen|prince|mr|mrs|ms|dr)$/i.test(m[1] ?? '')) {
        this.store.add(surface, 'PERSON', surface, span, { role: (m[1] ?? '').toLowerCase() });
        return;
      }
      if (this.source && (t.text === this.source || normSource(t.text) === normSource(this.source))) {
        this.store.add(this.source, 'ORGANISATION', surface, span);
        return;
      }
      if (isCommonWord(t.text) || t.text.length < 2 || /(?:ism|ists?)$/.test(t.text)) return;
      // "Shippers warned", "Economists expect": a plural common noun opening the sentence
      if (sentenceInitial && /(?:ers|ors|ians|ants|ents|ists)$/.test(t.text) && !isLexOrganisation(t.text) && /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u.test(text.slice(span.end, span.end + 20))) return;
      // "Porto beat Benfica 2-1": an unknown name in a match result is a club
      if (this.clubContext(span)) { this.store.add(surface, 'ORGANISATION', surface, span); return; }
      if (/^\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|group|company|party|militia|movement|airline|bank|network|channel|website|magazine|(?:trade\s+)?bloc|alliance|federation|league|consortium|conglomerate)\b/.test(text.slice(span.end, span.end + 20))) {
        this.store.add(surface, 'ORGANISATION', surface, span);
        return;
      }
      // "her daughter Neve", "his wife Clarke": a name after a kinship word is a person
      if (/\b(?:daughter|son|wife|husband|partner|mother|father|brother|sister|fiancée?|grandson|granddaughter|niece|nephew|cousin)\s+$/i.test(before) && !lookupExtPlace(t.text)) {
        this.store.add(surface, 'PERSON', surface, span);
        return;
      }
      // "Hermoso, 33, said": an age in apposition makes a person
      if (/^,\s*\d{1,3},/.test(text.slice(span.end, span.end + 6)) && !lookupExtPlace(t.text)) {
        this.store.add(surface, 'PERSON', surface, span);
        return;
      }
      // "a Kuomintang candidate", "Likud lawmakers": a party named before its members
      if (/^\s+(?:candidate|candidates|lawmaker|lawmakers|legislator|legislators|MP|MPs|senator|senators|councillor|councillors|member|members|activists)\b/.test(text.slice(span.end, span.end + 20)) && !isFirstName(t.text) && !isLastName(t.text) && !lookupExtPlace(t.text)) {
        this.store.add(surface, 'ORGANISATION', surface, span);
        return;
      }
      // "the killing of Nijjar", "the arrest of Navalny": a person
      if (/\b(?:killing|murder|death|arrest|assassination|trial|detention|release|funeral|abduction|kidnapping|extradition)\s+of\s+$/i.test(before) && !lookupExtPlace(t.text)) {
        this.store.add(surface, 'PERSON', surface, span);
        return;
      }
      if (!sentenceInitial) this.midSentenceSingles.add(t.text);
      if (SPEAKS_AFTER.test(text.slice(span.end, span.end + 30)) && !isFirstName(t.text) && !isLastName(t.text) && !/^[A-Z][a-z]+(?:son|sen|ez|ski|sky|vic|vich|ov|ova|ev|eva|ian|yan|ini|elli|ato|oto)$/.test(t.text)) this.speakingSingles.add(t.text);
      const list = this.pendingSingles.get(t.text) ?? [];
      list.push({ text: surface, span });
      this.pendingSingles.set(t.text, list);
    }
  }

  /**
   * "Head of National Disaster Management Agency Suharyanto", "Chairman of the Board of Neimeth",
   * "Minister of Foreign Affairs Jane Roe", "President of Kenya William Ruto": a title of a body, a
   * portfolio or a country is no name; the body and the place are, and so is the person after them.
   * "The Minister of Health" alone names no one. Whether the run was read here.
   */
  private titleOf(toks: Token[]): boolean {
    const { text } = this;
    const title = toks[0] as Token;
    const person = (name: Token[]): void => {
      const who = joined(text, name);
      this.store.add(who, 'PERSON', who, { start: (name[0] as Token).start, end: (name[name.length - 1] as Token).end }, { role: title.text.toLowerCase() });
    };
    let body = toks.slice(2);
    while (body.length > 1 && /^(?:the|Board|board|of)$/.test((body[0] as Token).text) && ((body[0] as Token).text !== 'Board' || (body[1] as Token).text === 'of')) body = body.slice(1);
    const head = body.map((t) => t.text.toLowerCase()).reduce((at, w, k) => (ORG_HEADS.has(w) ? k : at), -1);
    // "Speaker of Parliament of Armenia Ara Babloyan": the body's country comes before the name
    let nameAt = head + 1;
    while (head >= 0 && (body[nameAt] as Token | undefined)?.text === 'of' && lookupPlace((body[nameAt + 1] as Token | undefined)?.text ?? '')) nameAt += 2;
    const name = head >= 0 ? body.slice(nameAt) : [];
    const plainName = (t: Token[]): boolean => t.every((x) => x.cap && !CONNECTORS.has(x.text) && !ORG_HEADS.has(x.text.toLowerCase()));
    if (name.length >= 1 && name.length <= 3 && plainName(name) && this.names.shaped(name, true)) {
      this.classifyRun(body.slice(0, nameAt), false, toks[1] ?? null);
      person(name);
      return true;
    }
    if (name.length === 0 && head < 0 && toks.slice(2).some((t) => t.text === 'Board')) { this.classifyRun(body, false, toks[1] ?? null); return true; }
    if (head >= 0) return false;
    // the portfolio or country ends where the name begins
    let k = 0;
    while (k < body.length && (PORTFOLIO_WORDS.has((body[k] as Token).text.toLowerCase()) || (body[k] as Token).text === 'for' || /^(?:Prosecutions|Affairs|Resources|Relations|Services|Operations|Staff|Defence|Defense)$/.test((body[k] as Token).text) || (lookupPlace((body[k] as Token).text) && !isFirstName((body[k] as Token).text)))) k++;
    const rest = body.slice(k);
    if (k > 0 && rest.length === 0) return true;
    if (k === 0 || rest.length > 3 || !plainName(rest)) return false;
    for (const t of body.slice(0, k)) {
      const place = lookupPlace(t.text);
      if (place) this.store.add(place.name, 'LOCATION', t.text, { start: t.start, end: t.end });
    }
    person(rest);
    return true;
  }

  /** "Valencia beat Sevilla 3-1": the name is a club in a match result. */
  private sportMemo: Sport | null | undefined;
  /** The sport the article is about, if it is a sports story. */
  private sport(): Sport | null {
    if (this.sportMemo === undefined) this.sportMemo = sportOf(this.text);
    return this.sportMemo;
  }

  /** A women's competition: "the women's team", "Women's ODI series". */
  private womensSport(): boolean {
    return /\bwomen['’]?s\s+(?:national\s+)?(?:\p{L}+\s+)?(?:team|side|squad|series|ODI|T20|cup|league|world\s+cup)\b/iu.test(this.text);
  }

  /** A country that plays: a result, "the India team", "England's squad", "England captain X". */
  private teamContext(span: Span): boolean {
    if (this.clubContext(span)) return true;
    const after = this.text.slice(span.end, span.end + 60);
    if (TEAM_RESULT_AFTER.test(after)) return true;
    // "Vietnam 0-1 Indonesia": a score between two teams
    if (/^\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+\p{Lu}/u.test(after) || /\p{Lu}[\p{L}'’.-]*\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+$/u.test(this.text.slice(Math.max(0, span.start - 40), span.start))) return true;
    // "defeat to Australia", "win over England"; "India's 6-wicket defeat to"
    if (/\b(?:defeat|loss|win|victory|triumph)\s+(?:to|over|against)\s+$/.test(this.text.slice(Math.max(0, span.start - 24), span.start))) return true;
    if (/^['’]s\s+(?:[\w-]+\s+){0,2}(?:defeat|loss|win|victory|triumph)\s+(?:to|over|against)\b/.test(after)) return true;
    // "Zimbabwe national women’s cricket team coach", "Zimbabwe coach Adam Chifo", "the series against Ireland"
    if (/^\s+(?:national\s+)?(?:(?:women|men)['’]s\s+)?(?:(?:cricket|football|rugby|hockey|netball|basketball|volleyball|soccer)\s+)?(?:team|side|squad|XI|XV)\b/.test(after) && /^\s+national\b|^\s+(?:women|men)['’]s\b/.test(after)) return true;
    if (/^\s+(?:head\s+)?(?:coach|captain|skipper)\b/.test(after)) return true;
    if (/\b(?:against|versus|vs\.?|to\s+face|facing)\s+$/.test(this.text.slice(Math.max(0, span.start - 12), span.start))) return true;
    // "the India team", "England's squad"
    const the = /\bthe\s+$/i.test(this.text.slice(Math.max(0, span.start - 5), span.start));
    return (the && /^\s+(?:team|side|squad|XV|XI)\b/.test(after)) || /^['’]s\s+(?:team|side|squad|XV|XI)\b/.test(after);
  }

  private clubContext(span: Span): boolean {
    const after = this.text.slice(span.end, span.end + 60);
    if (RESULT_AFTER.test(after)) return true;
    const before = this.text.slice(Math.max(0, span.start - 20), span.start);
    return RESULT_BEFORE.test(before) && /^\s+\d+-\d+\b/.test(after);
  }

  /** An unknown name where only a place fits: after "village of", or after "in/near" and before ", <region>". */
  private placeSlot(toks: Token[], before: string, span: Span): boolean {
    const words = toks.map((t) => t.text);
    if (words.some((w) => isCommonWord(w) || COMMON.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase()) || adjectiveCountry(w) || MONTH_OR_DAY.test(w)) || TITLE_WORDS.has((words[0] ?? '').toLowerCase())) return false;
    if (isFirstName(words[0] ?? '') || isLexOrganisation(words.join(' '))) return false;
    if (/\b(?:village|town|hamlet|city|province|district|county|municipality|suburb|island|region|township|commune|governorate|port|capital|stronghold|enclave)\s+of\s+(?:the\s+)?$/i.test(before)) return true;
    // "the cities of Hodeida and Saada"
    if (/\b(?:villages|towns|cities|provinces|districts|counties|municipalities|regions|islands|ports)\s+of\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,\s+|\s+and\s+))*$/u.test(before)) return true;
    const after0 = this.text.slice(span.end, span.end + 40);
    // "the Zamzam displacement camp", "North Darfur State": a place noun right after the name
    if (/^\s+(?:\p{Ll}+\s+)?(?:camp|refugee camp|settlement|township|estate|neighbourhood|neighborhood|suburb|village|district|county|province|governorate|municipality)\b/u.test(after0) || (toks.length >= 2 && (toks[toks.length - 1] as Token).text === 'State' && /\b(?:of|in)\s+$/.test(before))) return true;
    // "regions, including Laguna, Bulacan and Samar", "suburbs of the capital, including Irpin and Bucha", "rivers, including Kopili"
    if (/\b(?:regions|provinces|cities|towns|villages|districts|areas|suburbs|states|islands|rivers|municipalities|counties|neighbou?rhoods|localities|communities)\b[^.;:]{0,50}?\b(?:including|such as|like|namely|notably)\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,\s+|,?\s+and\s+))*$/u.test(this.text.slice(Math.max(0, span.start - 160), span.start))) return true;
    // "in Windsor, Bulla Sheikh, Ziwani": further names in a list of places; "en route to Obalende"
    if (/\b(?:in|at)\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,\s+|,?\s+and\s+))+$/u.test(before)) return true;
    if (/\b(?:route|travel(?:l)?ing|travel(?:l)?ed|heading|headed|getting|returned|returning|moved|fled|arrived)\s+(?:to|in|at)\s+$/i.test(before)) return true;
    // "the road connecting Safut to Sweileh", "flights between Lagos and Abuja": both ends of a route
    if (toks.length <= 3 && (/\b(?:connecting|linking|links|connects|between|from)\s+$/i.test(before) && /^\s+(?:to|and)\s+\p{Lu}/u.test(this.text.slice(span.end, span.end + 8)))) return true;
    if (toks.length <= 3 && /\b(?:connecting|linking|links|connects|between|from)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:to|and)\s+$/u.test(before) && /\b(?:road|roads|highway|route|bridge|railway|rail|flights?|ferry|link|border|corridor|pipeline)\b/i.test(this.text.slice(Math.max(0, span.start - 60), span.end + 30))) return true;
    // "16 bodies from the town of X, 10 from Datu Blah Sinsuat and five from Upi town": counts by place
    if (/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:more|others?|people|bodies|dead|victims|cases|deaths)\s+)?from\s+$/i.test(before) && toks.length <= 3) return true;
    // "a resident of Bajaur", "hailed from Muzaffarabad", "a native of Ikeja"
    if (/\b(?:residents?|natives?|indigenes?|hails?|hailed|hailing)\s+(?:of|from)\s+$/i.test(before)) return true;
    // "The 39-year-old customs officer, of Diamond,", "Jane Roe, 45, of Papine"
    if (/(?:\b\d{1,3}-year-old\b[^.;:]{0,60}|\b\d{1,3}),\s+of\s+$/.test(this.text.slice(Math.max(0, span.start - 90), span.start)) && /^\s*[,.;]/.test(this.text.slice(span.end, span.end + 3))) return true;
    // "in the district's Dosalli area", "at the Kundu community", "five from Upi town"
    if (/\b(?:in|on|near|at|from|outside|around|across|throughout|of)\s+(?:the\s+)?(?:[\p{L}-]+['’]s\s+)?(?:(?:northern|southern|eastern|western|central|coastal|nearby|neighbouring|neighboring|rural|remote|border)\s+)?$/iu.test(before)
      && /^\s+(?:area|community|town|village|locality|settlement|neighbou?rhood|suburb|hamlet|district|province|county|valley|island|islands|peninsula|municipality)\b/i.test(this.text.slice(span.end, span.end + 24))) return true;
    if (!/\b(?:in|near|outside|around|across|throughout|of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|coastal|nearby|neighbouring|neighboring|rural|remote|border|port|mountain|northeastern|northwestern|southeastern|southwestern)\s+)*(?:(?:city|town|village|hamlet|area|suburb|district)\s+)?$/i.test(before)) return false;
    // the next words name its region or country: "Lakenheath, Suffolk", "Hodeida province"
    const after = this.text.slice(span.end, span.end + 40);
    const parent = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)/u.exec(after);
    if (parent && (lookupPlace(parent[1] ?? '') || lookupExtPlace(parent[1] ?? '')?.kind === 'REGION')) return true;
    if (/^\s+(?:province|district|county|governorate|village|town|city|region|area|valley)\b/i.test(after)) return true;
    // "in Banjska" with no org, person or date reading: a village or town the gazetteers are too small for
    return /\b(?:in|near|outside)\s+$/i.test(before) && !/^\s+(?:said|says|told|announced|reported)\b/.test(after) && words.length === 1 && !isLastName(words[0] ?? '');
  }

  /** Whether an extended-gazetteer name is used as a place here. */
  private extPlaceContext(ext: ExtPlace, toks: Token[], before: string, span: Span, sentenceInitial: boolean): boolean {
    const first = (toks[0] as Token).text;
    const personish = toks.length === 1 ? isFirstName(first) || isLastName(first) || FAMOUS_PEOPLE[first] !== undefined : isFirstName(first);
    const common = toks.length === 1 && isCommonWord(first);
    if (LOCATIVE_BEFORE.test(before)) {
      // "close to Hamilton": a surname after a weak preposition stays unresolved
      if (personish && /\b(?:to|of|between|via|towards?)\s+$/i.test(before)) return false;
      return !common || ext.population >= 300_000;
    }
    const after = this.text.slice(span.end, span.end + 40);
    // "Salta, Argentina": followed by its country or region
    const parent = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)/u.exec(after);
    if (parent) {
      const pp = lookupPlace(parent[1] ?? '') ?? lookupExtPlace(parent[1] ?? '');
      if (pp && (('kind' in pp && pp.kind !== 'CITY') || ext.country === parent[1])) return true;
    }
    // "Dongguan and Foshan", "Saskatchewan and Manitoba": a list with another place
    const listBefore = /(\p{Lu}[\p{L}'’-]+)(?:,|\s+and|\s+or)\s+$/u.exec(before);
    const listAfter = /^(?:,|\s+and|\s+or)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u.exec(after);
    const placeWord = (w: string | undefined): boolean => !!w && (lookupPlace(w)?.kind !== undefined || lookupExtPlace(w) !== null) && !isFirstName(w);
    if (!personish && !common && (placeWord(listBefore?.[1]) || placeWord(listAfter?.[1]) || placeWord(listAfter?.[1]?.split(' ')[0]))) return true;
    if (personish || common || (sentenceInitial && toks.length === 1)) return false;
    // large or regional names stand on their own
    if (ext.kind === 'REGION') return !sentenceInitial || toks.length > 1 || !/^\s+(?:said|says|told)\b/.test(after);
    return ext.population >= 200_000;
  }

  private classifyAffiliation(toks: Token[], role = ''): void {
    const surface = joined(this.text, toks);
    const span = { start: (toks[0] as Token).start, end: (toks[toks.length - 1] as Token).end };
    // "Tampa Mayor Jane Castor": a local office names a place
    // "East Godavari District Collector", "West Godavari Superintendent of Police": a district officer names a district
    const districtOfficer = /\b(?:collector|superintendent|magistrate|sp|ssp|dcp)\b/.test(role) || (toks.length >= 2 && REGION_SUFFIX.test((toks[toks.length - 1] as Token).text));
    if ((/\b(?:mayor|governor|sheriff|premier)\b/.test(role) || districtOfficer) && !knownName(surface) && toks.every((t) => !isCommonWord(t.text) || REGION_SUFFIX.test(t.text))) {
      this.store.add(surface, 'LOCATION', surface, span);
      return;
    }
    if (toks.length === 1 && adjectiveCountry(surface)) return;
    const place = lookupPlace(surface);
    if (place) { this.store.add(place.name, 'LOCATION', surface, span); return; }
    const known = knownName(surface);
    if (known) { this.store.add(known.name, known.type, surface, span); return; }
    if (toks.length === 1 && isCommonWord(surface)) return;
    if (toks.every((t) => TITLE_MODIFIERS.has(t.text.toLowerCase()) || adjectiveCountry(t.text))) return;
    this.store.add(surface, 'ORGANISATION', surface, span);
  }

  /** The one person with a name part one letter away from `word` (6+ letters), if any. */
  private nearPerson(word: string): EntityRecord | null {
    if (word.length < 6) return null;
    const near = this.store.entities.filter((e) => e.type === 'PERSON' && !e.hidden && e.name.split(/\s+/).some((p) => p.length >= 6 && oneEditApart(p, word)));
    return near.length === 1 ? near[0] ?? null : null;
  }

  private finishSingles(): void {
    this.store.mergeAcronyms();
    // one sense per article: "Liverpool" is the club once "Liverpool boss" made it one
    for (const e of this.store.entities) {
      if (e.type !== 'ORGANISATION' || !/ FC$/.test(e.name)) continue;
      const place = this.store.byName(e.name.replace(/ FC$/, ''));
      if (place && place.type === 'LOCATION' && !place.hidden) {
        place.hidden = true;
        for (const m of place.mentions) this.store.add(e.name, 'ORGANISATION', this.text.slice(m.start, m.end), m);
      }
    }
    // "Hurricane Beryl … Beryl destroyed homes": a storm is an event, not a body
    const storms = new Set([...this.text.matchAll(/\b(?:Hurricane|Storm|Typhoon|Cyclone|Tropical Storm|Super Typhoon|Tropical Cyclone)\s+(\p{Lu}\p{Ll}+)/gu)].map((m) => m[1] ?? ''));
    for (const [word, list] of this.pendingSingles) {
      if (storms.has(word)) continue;
      // "Debashish" for "Debashis Chowdhury": a one-letter slip in a long given or family name
      const person = this.store.findPerson(word) ?? this.nearPerson(word);
      if (person) { for (const p of list) this.store.add(person.name, 'PERSON', p.text, p.span); continue; }
      const org = this.store.findOrgBySuffix(word);
      if (org) { for (const p of list) this.store.add(org.name, 'ORGANISATION', p.text, p.span); continue; }
      const famous = FAMOUS_PEOPLE[word];
      if (famous) { for (const p of list) this.store.add(famous, 'PERSON', p.text, p.span); continue; }
      if (lookupExtPlace(word)) continue;
      if (isPluralCommonNoun(word)) continue;
      if (this.speakingSingles.has(word) && !this.store.findPerson(word)) {
        // "as Misbah has said, …, he": a speaker the text goes on to call "he" is a person
        const first = list[0];
        const personal = list.some((p) => /^\s+(?:told|tells)\s+(?:reporters|journalists|the\s+media|a\s+news\s+conference|a\s+press\s+conference)\b/.test(this.text.slice(p.span.end, p.span.end + 40)));
        const type = first && (personal || referredToAsPerson(this.text, first.span.end)) ? 'PERSON' : 'ORGANISATION';
        for (const p of list) this.store.add(word, type, p.text, p.span, { hidden: false });
        continue;
      }
      if (list.length < 2 || !this.midSentenceSingles.has(word)) continue;
      for (const p of list) this.store.add(word, 'ORGANISATION', p.text, p.span, { hidden: false });
    }
  }
}

/** A multi-word agency name in brackets that relays the story: "(Pacific Wire) –", "(Andean Press) reported". */
export function relayAgency(text: string, start: number, end: number): (Span & { text: string }) | null {
  const close = text.indexOf(')', start);
  if (close < 0 || close > end || close - start > 50) return null;
  const inner = text.slice(start, close);
  if (!/^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){1,4}$/u.test(inner)) return null;
  if (!/^\)\s*(?:--|[-–—:]|reported|reports|said|says)/.test(text.slice(close, close + 12))) return null;
  if (lookupPlace(inner) || knownName(inner) || lookupExtPlace(inner)) return null;
  return { start, end: close, text: inner };
}

/** True when a and b differ by one inserted, deleted or replaced letter. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function normSource(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Scans the given segments of `text` for entities. */
export function findEntities(text: string, segments: readonly Segment[], source: string | null = null): EntityStore {
  return new EntityFinder(text, source).scan(segments);
}
