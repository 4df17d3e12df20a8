import { findDates, mondayOfLastWeek, parseDateLine, parseIsoDay, resolveDayMonth, weekdayOnOrBefore, isoDay } from '../../../src/ingest/dates.js';

describe('dates', () => {
  const tue = '2024-08-13T09:46:00';
  it('resolves a weekday to the most recent such day on or before publication', () => {
    const ref = parseIsoDay(tue);
    expect(ref).not.toBeNull();
    if (!ref) return;
    expect(isoDay(weekdayOnOrBefore(ref, 2))).toBe('2024-08-13');
    expect(isoDay(weekdayOnOrBefore(ref, 1))).toBe('2024-08-12');
    expect(isoDay(weekdayOnOrBefore(ref, 3))).toBe('2024-08-07');
  });
  it('gives last week as its Monday with WEEK precision', () => {
    const ref = parseIsoDay(tue);
    if (!ref) throw new Error('no ref');
    expect(isoDay(mondayOfLastWeek(ref))).toBe('2024-08-05');
    const d = findDates('The agency said last week that prices rose.', tue);
    expect(d).toHaveLength(1);
    expect(d[0]?.date).toBe('2024-08-05');
    expect(d[0]?.precision).toBe('WEEK');
  });
  it('finds explicit dates with and without a year, with offsets', () => {
    const s = 'It happened on May 6, 2025 and again on 17 September.';
    const d = findDates(s, '2025-09-20', 100);
    expect(d.map((x) => x.date)).toEqual(['2025-05-06', '2025-09-17']);
    expect(d[0]?.start).toBe(100 + s.indexOf('May'));
  });
  it('puts a yearless date after publication into the previous year', () => {
    expect(resolveDayMonth(30, 12, null, parseIsoDay('2025-01-03'))).toBe('2024-12-30');
  });
  it('resolves yesterday and today', () => {
    expect(findDates('He spoke yesterday.', '2024-03-01').map((x) => x.date)).toEqual(['2024-02-29']);
    expect(findDates('Today, the panel met.', '2024-03-01').map((x) => x.date)).toEqual(['2024-03-01']);
  });
  it('parses page date lines', () => {
    expect(parseDateLine('13 Aug, 2024 09:46')).toBe('2024-08-13T09:46:00');
    expect(parseDateLine('March 3, 2023')).toBe('2023-03-03');
    expect(parseDateLine('not a date')).toBeNull();
  });
});

describe('dates (qualified weekdays)', () => {
  it('reads "last Tuesday" on a Tuesday as a week earlier', () => {
    expect(findDates('He spoke last Tuesday.', '2024-08-13').map((x) => x.date)).toEqual(['2024-08-06']);
    expect(findDates('He spoke last Monday.', '2024-08-13').map((x) => x.date)).toEqual(['2024-08-12']);
  });
});
