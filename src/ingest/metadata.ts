/**
 * Article metadata read from the text itself: headline, publication date-time line
 * and the dateline that opens the first body paragraph ("MOSCOW (Reuters) –",
 * "KYIV, Aug 12:", "Oct. 23 (UPI) --", "Geneva, Switzerland -", "Islamabad:").
 */
import type { RawArticle, Span } from './types.js';
import type { Block } from './layout.js';
import { MONTHS, parseDateLine, parseIsoDay, resolveDayMonth } from './dates.js';
import { lookupPlace } from './gazetteer.js';

export interface Dateline extends Span {
  text: string;
  /** YYYY-MM-DD when the dateline carries a date. */
  date: string | null;
  /** Canonical place name when the dateline names one. */
  place: string | null;
  /** The agency in brackets: "(Reuters)". */
  agency: string | null;
}

export interface Metadata {
  title: string | null;
  publishedAt: string | null;
  dateline: Dateline | null;
}

const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DASH = '(?:--|[-–—])';
const PLACE = "([A-Z][A-Za-z.'’-]+(?:\\s+[A-Z][A-Za-z.'’-]+){0,3})";

const DATELINES: RegExp[] = [
  // Oct. 23 (UPI) --
  new RegExp(`^${MON}\\s+(\\d{1,2})\\s*\\(([A-Za-z.]+(?:\\s+[A-Za-z.]+){0,4})\\)\\s*${DASH}\\s*`),
  // MOSCOW, Aug 12 (Reuters) - / KYIV, Aug 12:
  // YEREVAN, JUNE 7, ARMENPRESS.
  new RegExp(`^${PLACE}(?:,\\s*${PLACE})?,\\s+${MON}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\(([A-Za-z.]+(?:\\s+[A-Za-z.]+){0,4})\\)|,\\s*([A-Z][A-Za-z-]{2,})\\.)?(?:\\s*(?:${DASH}|:)\\s*|\\s+(?=[A-Z]))`),
  // MOSCOW (Reuters) –, Sriharikota (AP):, Indore (Madhya Pradesh):
  new RegExp(`^${PLACE}(?:,\\s*${PLACE})?\\s*\\(([A-Za-z.]+(?:\\s+[A-Za-z.]+){0,4})\\)\\s*(?:${DASH}|:)\\s*`),
  // Geneva, Switzerland - / Islamabad:
  new RegExp(`^${PLACE}(?:,\\s*${PLACE})?\\s*(?:\\s${DASH}|:)\\s+`),
  // ANKARA (UrduPoint News / Sputnik - 03rd January, 2023)
  new RegExp(`^${PLACE}\\s*\\(([^()]{2,60}?)\\s*${DASH}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON},?\\s+(\\d{4})\\)\\s*`),
];

function placeOf(s: string | undefined): string | null {
  if (!s) return null;
  const title = s.length > 3 && s === s.toUpperCase() ? s.charAt(0) + s.slice(1).toLowerCase() : s;
  const p = lookupPlace(title) ?? lookupPlace(s);
  return p ? p.name : null;
}

/** The dateline at the start of `para` (offset `start` in the text), if any. */
export function readDateline(text: string, start: number, publishedAt: string | null): Dateline | null {
  const ref = parseIsoDay(publishedAt);
  // "JUNE 7": a capitalised month reads as one (same length, so offsets hold)
  const para = text.replace(/\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b/g, (w) => w.charAt(0) + w.slice(1).toLowerCase());
  for (let i = 0; i < DATELINES.length; i++) {
    const m = DATELINES[i]?.exec(para);
    if (!m) continue;
    let date: string | null = null;
    let place: string | null = null;
    let agency: string | null = null;
    if (i === 0) {
      date = resolveDayMonth(Number(m[2]), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, null, ref);
      agency = m[3] ?? null;
    } else if (i === 1) {
      place = placeOf(m[1]) ?? placeOf(m[2]);
      if (!place && m[1] !== (m[1] ?? '').toUpperCase()) continue;
      // "KINSHASA, Nov 18 Rebels in Congo …": with no dash or colon, only a capitalised place opens a story
      if (!/[-–—:]\s*$/.test(m[0]) && !m[6] && m[1] !== (m[1] ?? '').toUpperCase()) continue;
      date = resolveDayMonth(Number(m[4]), MONTHS[(m[3] ?? '').toLowerCase()] ?? 0, m[5] ? Number(m[5]) : null, ref);
      agency = m[6] ?? m[7] ?? null;
    } else if (i === 2) {
      place = placeOf(m[1]) ?? placeOf(m[2]);
      agency = m[3] ?? null;
      // "Sriharikota (AP):", "Indore (Madhya Pradesh):": an unknown place vouched for by an agency or its region
      const vouched = /^(?:AP|AFP|PTI|IANS|ANI|UNI|Reuters|Xinhua|EFE|dpa|DPA|Bernama|Anadolu|NAN|APP|KUNA|WAM|SPA|Yonhap|Kyodo|TASS|RIA)$/.test(agency ?? '') || Boolean(placeOf(agency ?? undefined));
      if (!place && m[1] !== (m[1] ?? '').toUpperCase() && !vouched) continue;
      if (!place && vouched && agency && placeOf(agency)) agency = null;
    } else if (i === 3) {
      place = placeOf(m[1]);
      const second = m[2] ? placeOf(m[2]) : null;
      // "ELKO – As Elko moves …", "ISKANDAR PUTERI: …": a capitalised place the gazetteers are too small for, at the story's start
      const capitals = !m[2] && (m[1] ?? '').length >= 3 && m[1] === (m[1] ?? '').toUpperCase() && /[-–—:]\s*$/.test(m[0])
        && !/^(?:UPDATE|UPDATED|BREAKING|WATCH|LISTEN|VIDEO|PHOTOS?|EXCLUSIVE|OPINION|ANALYSIS|EDITORIAL|LIVE|READ|ALSO|NEWS|NOTE|CORRECTION|FILE|EXPLAINER|REVIEW|COMMENT|LETTERS?|SPORTS?|WORLD|BUSINESS|POLITICS|HEALTH)\b/.test(m[1] ?? '');
      if ((!place && !capitals) || (m[2] && !second)) continue;
    } else {
      place = placeOf(m[1]);
      agency = (m[2] ?? '').trim();
      date = resolveDayMonth(Number(m[3]), MONTHS[(m[4] ?? '').toLowerCase()] ?? 0, Number(m[5]), ref);
    }
    const found = text.slice(0, m[0].trimEnd().length);
    return { start, end: start + found.length, text: found, date, place, agency };
  }
  return null;
}

export function readMetadata(raw: RawArticle, blocks: Block[]): Metadata {
  let publishedAt = raw.publishedAt ?? null;
  let title = raw.title ?? null;
  const firstBody = blocks.findIndex((b) => b.kind === 'body');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    if (b.kind === 'dateLine' && !publishedAt) publishedAt = parseDateLine(b.text);
    if (b.kind === 'heading' && !title && (firstBody < 0 || i < firstBody)) title = b.text.trim();
  }
  // the dateline opens the story, which may follow summary bullets or a byline
  let dateline: Dateline | null = null;
  const opening = blocks.filter((b) => b.kind === 'body').slice(0, 4);
  for (const b of opening) {
    dateline = readDateline(b.text, b.start, publishedAt);
    if (dateline || b.text.length > 200) break;
  }
  return { title, publishedAt, dateline };
}
