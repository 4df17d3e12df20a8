/**
 * Page layout: splits scraped text into lines and labels each as body text, a heading,
 * a photo caption or page chrome. Nothing is deleted; later stages only read body ranges.
 */
import type { Span } from './types.js';

export type BlockKind = 'body' | 'heading' | 'caption' | 'chrome' | 'dateLine';

export interface Block extends Span {
  kind: BlockKind;
  text: string;
}

const CHROME_LINE = new RegExp(
  [
    '^(?:advertisement|advertisements|sponsored|read more|read more:?.*|also read\\s*[|:].*|see also:?.*|related:?.*',
    'podcasts?|share|share this|save|saved|bookmark|follow|gift article|listen to this article|\\d+ min(?:ute)?s? read|subscribe|sign up.*|follow us.*|click here.*|watch:?.*|listen:?.*|video|photos?|gallery',
    'trending|most read|recommended|more from .*|comments?|print|email|newsletter|share this article|share on .*|copyright .*|©.*|all rights reserved.*',
    'image caption:?.*|image source:?.*|media caption:?.*|(?:last )?updated:? .*|published:? \\d.*|by [A-Z][\\w.\'’-]+(?: [A-Z][\\w.\'’-]+){0,3}(?:,? (?:and|&) [A-Z][\\w.\'’-]+(?: [A-Z][\\w.\'’-]+){0,3})?)$',
  ].join('|'),
  'i',
);
const CAPTION = /(?:\bPhotograph:|\bPhoto(?:graph)?\s*(?:by|:|credit)|\bFile photo\b|\bLicense Photo\b|\bCredit:|\bGetty Images\b|\bImage:|\(Photo\b|\bPicture:)/i;
const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const DATE_LINE = /^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})(?:[\s,]+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s*[A-Z]{2,4})?)?$/;
const VIDEO = /enable JavaScript|your browser does not support/i;

/** Inline chrome words inside body lines ("… the strike. Advertisement"). */
export const INLINE_CHROME = /\b(?:Advertisement|Read More|ADVERTISEMENT|Story continues below)\s*$/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

export function classifyLine(line: string, isLast: boolean): BlockKind {
  const t = line.trim();
  if (CHROME_LINE.test(t) || TIME_ONLY.test(t) || VIDEO.test(t)) return 'chrome';
  if ((t.match(/icon/g) ?? []).length >= 3) return 'chrome';
  if (DATE_LINE.test(t)) return 'dateLine';
  if (CAPTION.test(t)) return 'caption';
  const words = wordCount(t);
  if (words === 0) return 'chrome';
  const core = t.replace(INLINE_CHROME, '').trim();
  const terminal = /[.!?"”’')\]]$/.test(core);
  const innerSentence = /\p{Ll}[.!?]["”’]?\s+\S/u.test(core);
  if (!terminal && !innerSentence && !isLast && words <= 16) return 'heading';
  return 'body';
}

/** Lines of `text` with their kinds; spans index into `text`. */
export function segmentBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  const raw: Span[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (m[0].trim().length === 0) continue;
    raw.push({ start: m.index + lead, end: m.index + m[0].length - trail });
  }
  raw.forEach((s, i) => {
    const t = text.slice(s.start, s.end);
    blocks.push({ ...s, text: t, kind: classifyLine(t, i === raw.length - 1) });
  });
  return blocks;
}

