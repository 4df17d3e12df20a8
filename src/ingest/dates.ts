/**
 * Date expressions in news text, resolved against the publication date:
 * weekdays (most recent such day on or before publication), today/yesterday,
 * last week (its Monday, WEEK precision), and explicit day-month(-year) dates.
 */
import type { DatePrecision } from './types.js';

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  date: string;
  precision: DatePrecision;
  kind: 'weekday' | 'deictic' | 'explicit' | 'week' | 'month';
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The calendar day of an ISO date-time as written (no time-zone shift). */
export function parseIsoDay(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

/** The most recent `weekday` (0 = Sunday) on or before `ref`. */
export function weekdayOnOrBefore(ref: Date, weekday: number): Date {
  const diff = (ref.getUTCDay() - weekday + 7) % 7;
  return addDays(ref, -diff);
}

/** Monday of the week before `ref`'s week. */
export function mondayOfLastWeek(ref: Date): Date {
  const back = (ref.getUTCDay() + 6) % 7; // days since Monday
  return addDays(ref, -back - 7);
}

export function mondayOfThisWeek(ref: Date): Date {
  return addDays(ref, -((ref.getUTCDay() + 6) % 7));
}

/** A day-month with an optional year; without a year, the year that puts it on or before `ref` (+2 days slack). */
export function resolveDayMonth(day: number, month: number, year: number | null, ref: Date | null): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let y = year ?? ref?.getUTCFullYear() ?? null;
  if (y === null) return null;
  if (year === null && ref) {
    const d = Date.UTC(y, month - 1, day);
    if (d > ref.getTime() + 2 * 86400000) y -= 1;
  }
  return `${y}-${pad(month)}-${pad(day)}`;
}

const EXPLICIT_MD = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g');
const EXPLICIT_DM = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const WEEKDAY_RE = /\b(?:(last|this|next)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\b/g;
const DEICTIC_RE = /\b(today|tonight|this morning|this afternoon|this evening|yesterday|last night|last week|this week|last month|earlier this week|earlier this month)\b/gi;

/** All date expressions in `text`, resolved against `published` (a YYYY-MM-DD... string or null). */
export function findDates(text: string, published: string | null, offset = 0): DateMention[] {
  const ref = parseIsoDay(published);
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const push = (m: DateMention): void => {
    if (overlaps(m.start - offset, m.end - offset)) return;
    taken.push([m.start - offset, m.end - offset]);
    out.push(m);
  };
  for (const m of text.matchAll(EXPLICIT_MD)) {
    const month = MONTHS[(m[1] ?? '').toLowerCase().replace('.', '')] ?? 0;
    const day = Number(m[2]);
    if (m[1] === 'May' && !m[3] && day > 31) continue;
    const date = resolveDayMonth(day, month, m[3] ? Number(m[3]) : null, ref);
    if (date) push({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length, date, precision: 'DAY', kind: 'explicit' });
  }
  for (const m of text.matchAll(EXPLICIT_DM)) {
    const month = MONTHS[(m[2] ?? '').toLowerCase().replace('.', '')] ?? 0;
    const date = resolveDayMonth(Number(m[1]), month, m[3] ? Number(m[3]) : null, ref);
    if (date) push({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length, date, precision: 'DAY', kind: 'explicit' });
  }
  if (!ref) return out.sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const wd = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
    if (wd < 0) continue;
    let d = weekdayOnOrBefore(ref, wd);
    if (m[1]?.toLowerCase() === 'next') d = addDays(d, 7);
    if (m[1]?.toLowerCase() === 'last' && d.getTime() === ref.getTime()) d = addDays(d, -7);
    push({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length, date: isoDay(d), precision: 'DAY', kind: 'weekday' });
  }
  for (const m of text.matchAll(DEICTIC_RE)) {
    const w = (m[1] ?? '').toLowerCase();
    let d = ref;
    let precision: DatePrecision = 'DAY';
    let kind: DateMention['kind'] = 'deictic';
    if (w === 'yesterday' || w === 'last night') d = addDays(ref, -1);
    else if (w === 'last week') { d = mondayOfLastWeek(ref); precision = 'WEEK'; kind = 'week'; }
    else if (w === 'this week' || w === 'earlier this week') { d = mondayOfThisWeek(ref); precision = 'WEEK'; kind = 'week'; }
    else if (w === 'last month') { d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1)); precision = 'MONTH'; kind = 'month'; }
    else if (w === 'earlier this month') { d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1)); precision = 'MONTH'; kind = 'month'; }
    push({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length, date: isoDay(d), precision, kind });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "13 Aug, 2024 09:46" or "Aug 13, 2024" -> "2024-08-13T09:46:00"; null when not a date line. */
export function parseDateLine(line: string): string | null {
  const t = line.trim();
  let m = new RegExp(`^(\\d{1,2})\\s+${MONTH_RE},?\\s+(\\d{4})(?:[\\s,]+(\\d{1,2}):(\\d{2}))?`).exec(t);
  let day: number; let month: number; let year: number; let hh: string | undefined; let mm: string | undefined;
  if (m) {
    day = Number(m[1]); month = MONTHS[(m[2] ?? '').toLowerCase()] ?? 0; year = Number(m[3]); hh = m[4]; mm = m[5];
  } else {
    m = new RegExp(`^${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})(?:[\\s,]+(\\d{1,2}):(\\d{2}))?`).exec(t);
    if (!m) return null;
    month = MONTHS[(m[1] ?? '').toLowerCase()] ?? 0; day = Number(m[2]); year = Number(m[3]); hh = m[4]; mm = m[5];
  }
  const date = resolveDayMonth(day, month, year, null);
  if (!date) return null;
  return hh && mm ? `${date}T${pad(Number(hh))}:${mm}:00` : date;
}
