/**
 * Turns a claim draft (cue, speaker, attribution parts) into the stored claim: span (extended
 * over a quote that opened in an earlier sentence), quote fragments, cue wording as annotated,
 * saidOn and the dates named in the content, and a confidence.
 */
import type { EntityRef, ExtractedClaim } from './types.js';
import type { Sentence } from './sentences.js';
import { quoteWords, type Quote } from './quotes.js';
import { findCues, type CueMatch } from './cues.js';
import type { NounPhrase } from './subject.js';
import type { ResolvedSpeaker, SpeakerResolver } from './speakers.js';
import { resolveSaidOn, type AttributionParts } from './said-on.js';

export interface ClaimContext {
  text: string;
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  resolver: SpeakerResolver;
  publishedAt: string | null;
  datelineDate: string | null;
  datelineBlock: number | null;
}

export interface Draft {
  sentenceIdx: number;
  cue: CueMatch;
  np: NounPhrase | null;
  speaker: ResolvedSpeaker;
  parts: AttributionParts;
  via: EntityRef | null;
  citing: string | null;
  inQuote: boolean;
  spanStart: number;
}

/** The cue as annotated: with its auxiliaries ("has said"), participle opener ("Speaking in Cairo, ... cautioned"). */
function cueText(text: string, d: Draft, sent: Sentence): string {
  let cue = d.cue.text.replace(/\s+/g, ' ');
  if (d.cue.lemma === 'circulate') return `reports ${cue}`;
  const np = d.np;
  const aux = /(?:\b(?:has|have|had)\s+(?:\w+ly\s+|both\s+|also\s+|not\s+|never\s+|previously\s+|earlier\s+|already\s+|long\s+|since\s+|just\s+|now\s+)*|\b(?:categorically|flatly|strongly|firmly|publicly|repeatedly|reportedly)\s+)$/i.exec(text.slice(Math.max(sent.start, d.cue.start - 40), d.cue.start));
  if (aux && d.cue.form === 'finite') cue = `${aux[0].replace(/\balso\s+/g, '').trim()} ${cue}`;
  if (np && np.end <= d.cue.start) {
    const opener = /^(?:Speaking)\b[^,]*,/.exec(text.slice(sent.start, np.start));
    if (opener && np.start - sent.start <= opener[0].length + 2 && findCues(text.slice(np.end, d.cue.start)).length === 0) cue = `${opener[0]} ... ${cue}`;
  }
  return cue;
}

export function toClaim(ctx: ClaimContext, d: Draft): ExtractedClaim {
  const { text, quotes, sentences } = ctx;
  const sent = sentences[d.sentenceIdx] as Sentence;
  let spanStart = sent.start;
  const content = d.parts.content;
  // quotes inside the content region; a quote that opened in an earlier sentence extends the span
  let region = content ?? { start: sent.start, end: sent.end };
  if (d.parts.direction === 'trailing' && content) {
    const rest = text.slice(d.cue.end, sent.end);
    const q2 = /^[^“"]{0,40}[,:]\s*[“"]/.exec(rest);
    if (q2) region = { start: region.start, end: sent.end };
  }
  const qs = quotes.filter((q) => q.inner.end > region.start && q.inner.start < region.end && q.end - q.start > 3);
  const words: string[] = [];
  for (const q of qs) {
    const w = quoteWords(text, q);
    if (w) words.push(w);
    if (q.start < spanStart && d.parts.direction === 'trailing') {
      const first = sentences.find((s) => s.start <= q.start && s.end > q.start && s.block === sent.block);
      if (first) spanStart = Math.min(spanStart, first.start);
    }
  }
  const quote = words.length > 0 ? words.join(' [...] ') : null;
  const said = resolveSaidOn(text, { ...d.parts, lemma: d.cue.lemma }, ctx.publishedAt, ctx.datelineDate, ctx.datelineBlock !== null && sent.block === ctx.datelineBlock);
  const span = { start: spanStart, end: sent.end };
  let conf = d.speaker.confidence;
  if (d.cue.form === 'passive') conf = Math.min(conf, 0.5);
  if (quote) conf = Math.min(0.95, conf + 0.05);
  const claim: ExtractedClaim = {
    speaker: d.speaker.speaker,
    speakerMention: d.speaker.mention,
    via: d.via,
    cue: cueText(text, d, sent),
    content: content ? text.slice(content.start, content.end) : sent.text,
    quote,
    saidOn: said.date,
    saidOnPrecision: said.precision,
    datesMentioned: said.mentioned,
    sentence: text.slice(span.start, span.end),
    span,
    confidence: Math.round(conf * 100) / 100,
    events: [],
    mentions: [],
  };
  if (d.citing) claim.citing = d.citing;
  if (said.basis) claim.saidOnBasis = said.basis;
  return claim;
}
