/**
 * The extraction pipeline: raw article -> layout -> metadata -> sentences -> entities ->
 * quotes -> claims (speakers, dates) -> events. Pure: no I/O, no database.
 */
import type { ExtractedClaim, Extraction, RawArticle } from './types.js';
import { segmentBlocks, type Block } from './layout.js';
import { readMetadata, type Dateline } from './metadata.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findDates } from './dates.js';
import { TITLE_WORDS, UNNAMED_HEADS } from './lexicon.js';
import { ROLE_SYNONYMS } from './speaker-words.js';
import { findEntities, type Segment } from './entities.js';
import { findQuotesIn, normaliseQuoteMarks, type Quote } from './quotes.js';
import { unwrapHardBreaks } from './line-wraps.js';
import { SpeakerResolver } from './speakers.js';
import { extractClaims } from './claims.js';
import { groupEvents } from './events.js';
import { countryOfUrl, placeByName } from './gazetteer.js';
import type { EntityStore } from './entity-store.js';

const CREDIT = /\s*(?:Photograph:|Photo(?:graph)?\s*(?:by|:|credit)|File photo|Credit:|\(Photo|Picture:|Image:).*$/i;

function entitySegments(text: string, blocks: readonly Block[]): Segment[] {
  const segs: Segment[] = [];
  const sentences = splitSentences(text, blocks);
  for (const s of sentences) {
    const b = blocks[s.block];
    if (!b) continue;
    if (b.kind === 'body' || b.kind === 'heading') segs.push({ start: s.start, end: s.end, sentenceStart: true });
    else if (b.kind === 'caption') {
      const cut = CREDIT.exec(s.text);
      const end = cut ? s.start + cut.index : s.end;
      if (end > s.start) segs.push({ start: s.start, end, sentenceStart: true });
    }
  }
  return segs;
}

function homeCountry(store: EntityStore, datelinePlace: string | null, url: string | null): string | null {
  if (datelinePlace) {
    const p = placeByName(datelinePlace);
    if (p?.kind === 'COUNTRY') return p.name;
    if (p?.partOf) return p.partOf;
  }
  const byUrl = countryOfUrl(url);
  if (byUrl) return byUrl;
  let best: string | null = null;
  let n = 0;
  for (const e of store.entities) {
    if (e.type === 'LOCATION' && e.geo?.kind === 'COUNTRY' && e.mentions.length > n) { best = e.name; n = e.mentions.length; }
  }
  return best;
}

/** "Sriharikota (AP):", "NAIROBI, May 5 –": the place a dateline names is a location, known or not. */
function datelinePlace(text: string, d: Dateline, store: EntityStore): void {
  const m = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})/u.exec(text.slice(d.start, d.end));
  if (!m || !m[1] || /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/i.test(m[1])) return;
  const span = { start: d.start, end: d.start + m[1].length };
  const surface = m[1];
  const name = d.place ?? (surface === surface.toUpperCase() ? surface.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : surface);
  const over = store.mentions.filter((x) => x.start < span.end && x.end > span.start);
  // "ELKO –" read as a body's acronym: the dateline makes it the place, here and wherever the name recurs
  const misread = over.length === 1 && over[0] !== undefined && store.get(over[0].entity).type === 'ORGANISATION' && store.get(over[0].entity).name.toLowerCase() === name.toLowerCase() ? store.get(over[0].entity) : null;
  if (over.length > 0 && !misread) return;
  if (misread) {
    misread.type = 'LOCATION';
    misread.name = name;
    misread.aliases.add(name);
    return;
  }
  store.add(name, 'LOCATION', surface, span);
}

/** The country named clearly more often than any other (at least twice), if any. */
function dominantCountry(store: EntityStore): string | null {
  const counts = store.entities.filter((e) => e.type === 'LOCATION' && e.geo?.kind === 'COUNTRY' && !e.hidden).map((e) => [e.name, e.mentions.length] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/**
 * "the government", "the federal government" with no country named: the home country's government,
 * as a reader takes it. A state's or a city's own government is left alone ("the state government").
 */
function homeGovernmentMentions(text: string, body: readonly Sentence[], store: EntityStore, home: string): void {
  for (const sent of body) {
    const s = text.slice(sent.start, sent.end);
    for (const m of s.matchAll(/\b[Tt]he\s+(?:(?:[Ff]ederal|[Cc]entral|[Nn]ational|current|previous|new|coalition|interim|incumbent)\s+)?[Gg]overnment\b(?!\s+(?:of|in|house|spokesperson|spokesman|spokeswoman|officials?|sources?)\b)/g)) {
      const at = sent.start + (m.index ?? 0);
      const span = { start: at, end: at + m[0].length };
      // "the Federal Government" in a Nigerian story: drop a name the entity stage made of the capitals
      const inside = store.mentions.filter((x) => x.start < span.end && x.end > span.start);
      if (inside.some((x) => store.get(x.entity).name !== m[0].replace(/^[Tt]he\s+/, ''))) continue;
      for (const x of inside) store.get(x.entity).hidden = true;
      store.government(home, m[0], span);
    }
  }
}

/** Same speaker, no date of its own, right after a dated claim of the same speaker: the same statement. */
function inheritDates(claims: ExtractedClaim[], text: string, blockOf: (pos: number) => number): void {
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i];
    if (!c || c.saidOn || !c.speaker) continue;
    const lead = text.slice(Math.max(c.span.start, text.indexOf(c.cue, c.span.start) - 25), text.indexOf(c.cue, c.span.start));
    if (/\b(?:has|have|had|previously|earlier|long|repeatedly)\b/i.test(lead)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const p = claims[j];
      if (p && p.speaker?.name === c.speaker.name && p.saidOn && p.saidOnPrecision === 'DAY' && blockOf(c.span.start) - blockOf(p.span.start) <= 1) {
        c.saidOn = p.saidOn;
        c.saidOnPrecision = 'DAY';
        c.saidOnBasis = 'implied';
        break;
      }
    }
  }
  // "X said he believed … \n\n “…,” he said in a tweet yesterday": the next statement dates the first
  for (let i = claims.length - 2; i >= 0; i--) {
    const c = claims[i];
    const n = claims[i + 1];
    if (!c || !n || c.saidOn || !c.speaker || n.speaker?.name !== c.speaker.name || !n.saidOn || n.saidOnPrecision !== 'DAY' || n.saidOnBasis === 'implied') continue;
    if (/^(?:has|have|had)\b/i.test(c.cue) || blockOf(n.span.start) - blockOf(c.span.start) > 1) continue;
    c.saidOn = n.saidOn;
    c.saidOnPrecision = 'DAY';
    c.saidOnBasis = 'implied';
  }
}

/**
 * "Also on Monday, the agency and the Met Office laid out the outlook. It said …": an undated claim
 * takes the day of the sentence just before it when that sentence names the same speaker.
 */
function narrativeDates(claims: ExtractedClaim[], body: readonly Sentence[], store: EntityStore, text: string, publishedAt: string | null): void {
  for (const c of claims) {
    if (c.saidOn || !c.speaker || /^(?:has|have|had)\b/i.test(c.cue)) continue;
    const e = store.byName(c.speaker.name);
    const si = body.findIndex((s) => s.start <= c.span.start && s.end > c.span.start);
    const prev = si > 0 ? body[si - 1] : undefined;
    if (!e || !prev || claims.some((o) => o.span.start >= prev.start && o.span.start < prev.end)) continue;
    if (!e.mentions.some((m) => m.start >= prev.start && m.end <= prev.end)) continue;
    const day = findDates(text.slice(prev.start, prev.end), publishedAt, prev.start)
      .find((d) => d.precision === 'DAY' && d.kind !== 'explicit' && !/[“"][^”"]*$/.test(text.slice(prev.start, d.start)));
    if (!day) continue;
    c.saidOn = day.date;
    c.saidOnPrecision = 'DAY';
    c.saidOnBasis = 'implied';
  }
}

/**
 * "X has said that … \n\n X said this on Wednesday, during an interview": a sentence that dates the
 * occasion of a person's statements dates their undated claims in the paragraphs around it.
 */
function occasionDates(claims: ExtractedClaim[], body: readonly Sentence[], store: EntityStore, text: string, publishedAt: string | null, blockOf: (pos: number) => number): void {
  for (const s of body) {
    const line = text.slice(s.start, s.end);
    const m = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:said|stated|disclosed|revealed|made|gave)\s+(?:this|these|so|the\s+(?:remarks?|comments?|statements?|disclosures?|revelations?))\b/u.exec(line);
    if (!m) continue;
    const who = store.findPerson(m[1] ?? '') ?? store.byName(m[1] ?? '');
    const day = findDates(line, publishedAt, s.start).find((d) => d.precision === 'DAY');
    if (!who || !day) continue;
    const here = blockOf(s.start);
    for (const c of claims) {
      const gap = blockOf(c.span.start) - here;
      if (c.saidOn || c.speaker?.name !== who.name || gap < -2 || gap > 3) continue;
      c.saidOn = day.date;
      c.saidOnPrecision = 'DAY';
      c.saidOnBasis = 'implied';
    }
  }
}

/**
 * "…, the province’s chief medical officer of health said Friday. … Dr. Kieran Moore said": a lead that
 * names a speaker by role only is the person the next claims name, when that person appears first there.
 */
function namedLater(claims: ExtractedClaim[], store: EntityStore, text: string): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (!c || (c.speaker && c.speaker.name !== c.speakerMention)) continue;
    // "…, a disaster official said." opening the story, named in the paragraphs after ("Naguib Sinarimbo, civil defence chief …, said")
    const leadOfficial = i === 0 && !c.speaker && /^an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:official|spokesperson|spokesman|spokeswoman)$/u.test(c.speakerMention ?? '');
    const role = leadOfficial ? null : /^(?:the|its|their|\p{Lu}[\p{L}’'-]*['’]s)\s+(?:[\p{L}’'-]+\s+){0,3}(\p{Ll}+)(?:\s+(?:of|for)\s+[\p{L}\s]+)?$/u.exec(c.speakerMention ?? '');
    const head = role?.[1] ?? '';
    if (leadOfficial) {
      const named = claims.slice(1, 3).find((o) => o.speaker?.type === 'PERSON' && o.span.start - c.span.end < 700);
      const who = named?.speaker ? store.byName(named.speaker.name) : null;
      const first = who?.mentions[0];
      const official = who !== null && (who.roles.size > 0 || (first !== undefined && /^,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:chief|head|director|official|spokes(?:man|woman|person)|minister|officer|commissioner|secretary|co-?ordinator|manager)\b/u.test(text.slice(first.end, first.end + 60))));
      if (named?.speaker && who && !who.mentions.some((m) => m.start < c.span.start) && official) c.speaker = { ...named.speaker };
      continue;
    }
    if (!role || !(TITLE_WORDS.has(head) || /^(?:officer|chief|director|executive|head|chairman|chairwoman|chair|secretary|commissioner)$/.test(head)) || UNNAMED_HEADS.has(head) || /^(?:spokesperson|spokesman|spokeswoman|source|aide|official|representative|insider|adviser|advisor)$/.test(head)) continue;
    const next = claims.slice(i + 1, i + 3).find((o) => o.speaker?.type === 'PERSON' && o.span.start - c.span.end < 700);
    const person = next?.speaker ? store.byName(next.speaker.name) : null;
    if (!next?.speaker || !person || person.mentions.some((m) => m.start < c.span.start)) continue;
    // "the mayor" is not the adviser named next
    const holds = (r: string): boolean => r.toLowerCase().split(/\s+/).includes(head) || (ROLE_SYNONYMS[head] ?? []).some((w) => r.toLowerCase().split(/\s+/).includes(w));
    const offices = [...person.roles].filter((r) => !/^(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame|lord|lady)\.?$/i.test(r.trim()));
    if (offices.length > 0 && !offices.some(holds) && ![...person.aliases].some(holds)) continue;
    person.aliases.add(c.speakerMention ?? '');
    c.speaker = { ...next.speaker };
  }
}

/** Strings cut from the normalised text, cut again from the original at the same place. */
function fromOriginal(original: string, norm: string, s: string, near: number): string {
  if (original === norm || !s) return s;
  const at = norm.indexOf(s, Math.max(0, near - s.length));
  return at >= 0 ? original.slice(at, at + s.length) : s;
}

export function extractArticle(raw: RawArticle): Extraction {
  const original = raw.text;
  const normalised = unwrapHardBreaks(normaliseQuoteMarks(original));
  if (normalised === original) return extractNormalised(raw);
  const x = extractNormalised({ ...raw, text: normalised });
  x.article.text = original;
  for (const c of x.claims) {
    // an opening pair became " \"": the sentence starts at the pair's first mark
    if (/^(?:''|‘‘|’’)$/.test(original.slice(c.span.start - 1, c.span.start + 1))) c.span = { start: c.span.start - 1, end: c.span.end };
    c.sentence = original.slice(c.span.start, c.span.end);
    c.content = fromOriginal(original, normalised, c.content, c.span.start);
    if (c.quote) c.quote = c.quote.split(' [...] ').map((q) => fromOriginal(original, normalised, q, c.span.start)).join(' [...] ');
    if (c.speakerMention) c.speakerMention = fromOriginal(original, normalised, c.speakerMention, c.span.start);
  }
  return x;
}

function extractNormalised(raw: RawArticle): Extraction {
  const text = raw.text;
  const warnings: string[] = [];
  const blocks = segmentBlocks(text);
  const meta = readMetadata(raw, blocks);
  if (!meta.publishedAt) warnings.push('no publication date: weekday dates cannot be resolved');
  const all = splitSentences(text, blocks);
  const body = all.filter((s) => blocks[s.block]?.kind === 'body');
  const store = findEntities(text, entitySegments(text, blocks), raw.source ?? null);
  const quotes: Quote[] = [];
  blocks.forEach((b) => { if (b.kind === 'body') quotes.push(...findQuotesIn(text, b.start, b.end)); });
  if (meta.dateline) datelinePlace(text, meta.dateline, store);
  const home = homeCountry(store, meta.dateline?.place ?? null, raw.url ?? null);
  const resolver = new SpeakerResolver(text, store, store.sortedMentions(), home, { sentences: body, quotes });
  const datelineBlock = meta.dateline ? blocks.findIndex((b) => b.start <= (meta.dateline?.start ?? -1) && b.end >= (meta.dateline?.end ?? -1)) : -1;
  const claims = extractClaims({
    text,
    sentences: body,
    quotes,
    resolver,
    publishedAt: meta.publishedAt,
    datelineDate: meta.dateline?.date ?? null,
    datelineBlock: datelineBlock >= 0 ? datelineBlock : null,
  });
  // the outlet's own narration ("…, Censor.NET reports") is not a claim
  const outlet = (raw.source ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (outlet) {
    for (let i = claims.length - 1; i >= 0; i--) {
      const n = (claims[i]?.speaker?.name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');
      if (n && n === outlet) claims.splice(i, 1);
    }
  }
  // a teaser cut off mid-sentence ("… said that while he was") repeats the start of a later claim's sentence
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i];
    const stem = c?.sentence.trim() ?? '';
    if (c && stem.length >= 30 && claims.some((o) => o !== c && o.speaker?.name === c.speaker?.name && o.sentence.length > stem.length && o.sentence.startsWith(stem))) claims.splice(i, 1);
  }
  namedLater(claims, store, text);
  narrativeDates(claims, body, store, text, meta.publishedAt);
  const blockOf = (pos: number): number => blocks.findIndex((b) => b.end >= pos);
  occasionDates(claims, body, store, text, meta.publishedAt, blockOf);
  inheritDates(claims, text, blockOf);
  // a dated dateline dates the story's undated statements (not standing positions: "has said")
  const datelineDate = meta.dateline?.date ?? null;
  if (datelineDate) {
    for (const c of claims) {
      if (c.saidOn || /^(?:has|have|had)\b/i.test(c.cue)) continue;
      c.saidOn = datelineDate;
      c.saidOnPrecision = 'DAY';
      c.saidOnBasis = 'implied';
    }
  }
  if (home && (meta.dateline?.place || countryOfUrl(raw.url ?? null) || dominantCountry(store) === home)) homeGovernmentMentions(text, body, store, home);
  const entities = store.toExtracted();
  for (const c of claims) {
    c.mentions = [...new Set(store.mentions.filter((m) => m.start >= c.span.start && m.end <= c.span.end).map((m) => store.get(m.entity)))]
      .filter((e) => !e.hidden && e.name !== c.speaker?.name)
      .map((e) => e.name);
  }
  const events = groupEvents(claims, entities, meta.publishedAt, text);
  return {
    article: {
      text,
      title: meta.title,
      publishedAt: meta.publishedAt,
      source: raw.source ?? null,
      url: raw.url ?? null,
      dateline: meta.dateline?.text ?? null,
      language: 'en',
    },
    entities,
    claims,
    events,
    warnings,
  };
}
