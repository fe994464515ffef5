import {
  CalendarDate,
  GregorianCalendar,
  IslamicUmalquraCalendar,
  toCalendar,
} from '@internationalized/date';
import announced from '../data/temporal/hijri-announced-months.json' with { type: 'json' };

/**
 * Calendar arithmetic on plain {year, month, day} values. Uses Date.UTC only as a day counter (never the clock);
 * Hijri dates go through the Umm al-Qura calendar of @internationalized/date.
 */

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null ? 29 : isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYmd(d: Ymd): boolean {
  return (
    Number.isInteger(d.year) &&
    d.year >= 1 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Parses a strict YYYY-MM-DD that names a real day; anything else is null. */
export function parseIsoDate(value: unknown): Ymd | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(d) ? d : null;
}

/** Days since 1970-01-01 (also used to measure gaps between two dates). */
export function toDays(d: Ymd): number {
  const date = new Date(0); // setUTCFullYear keeps years below 100 exact, unlike Date.UTC
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.floor(date.getTime() / DAY_MS);
}

function fromDays(days: number): Ymd {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromDays(toDays(d) + n);
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: Ymd): number {
  const w = new Date(toDays(d) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((toDays(thursday) - toDays(jan1)) / 7) + 1 };
}

export function formatYmd(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

/** The day with ISO weekday `weekday` nearest to `from` in `direction` (inclusive of `from` when asked). */
export function weekdayNear(from: Ymd, weekday: number, direction: -1 | 1, inclusive: boolean): Ymd {
  const delta = weekday - isoWeekday(from);
  if (direction < 0) {
    let back = ((-delta % 7) + 7) % 7;
    if (back === 0 && !inclusive) back = 7;
    return addDays(from, -back);
  }
  let ahead = ((delta % 7) + 7) % 7;
  if (ahead === 0 && !inclusive) ahead = 7;
  return addDays(from, ahead);
}

const umalqura = new IslamicUmalquraCalendar();
const gregorian = new GregorianCalendar();

function umalquraDaysInMonth(year: number, month: number): number {
  try {
    return umalqura.getDaysInMonth(new CalendarDate(umalqura, year, month, 1));
  } catch {
    return 30;
  }
}

function umalquraToGregorian(h: Ymd): Ymd | null {
  try {
    const g = toCalendar(new CalendarDate(umalqura, h.year, h.month, h.day), gregorian);
    return { year: g.year, month: g.month, day: g.day };
  } catch {
    return null;
  }
}

/**
 * Months whose first day was announced after the crescent was sighted, where that day differs from Umm al-Qura
 * (the Eids of the news follow the announcement): key year * 12 + month - 1.
 */
const ANNOUNCED_STARTS = new Map<number, Ymd>(
  announced.months.map((m) => {
    const [year, month] = m.hijri.split('-').map(Number) as [number, number];
    const [gy, gm, gd] = m.start.split('-').map(Number) as [number, number, number];
    return [year * 12 + month - 1, { year: gy, month: gm, day: gd }];
  }),
);

export function hijriDaysInMonth(year: number, month: number): number {
  return umalquraDaysInMonth(year, month);
}

/** Days of an announced month: until the next month's first day by Umm al-Qura. */
function announcedLength(year: number, month: number, start: Ymd): number {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const nextStart = umalquraToGregorian({ ...next, day: 1 });
  return nextStart ? toDays(nextStart) - toDays(start) : 30;
}

/**
 * Hijri → Gregorian by Umm al-Qura, or from the announced first day of the month where one is listed (the Eids of
 * the news follow it); a day the announced month lacks (30 ذي الحجة 1437, a civil date) stays Umm al-Qura's. Null
 * when the Hijri day does not exist. (Gregorian → Hijri stays Umm al-Qura's: it picks years for dates without one.)
 */
export function hijriToGregorian(h: Ymd): Ymd | null {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > hijriDaysInMonth(h.year, h.month)) return null;
  const start = ANNOUNCED_STARTS.get(h.year * 12 + h.month - 1);
  if (start && h.day <= announcedLength(h.year, h.month, start)) return addDays(start, h.day - 1);
  return umalquraToGregorian(h);
}

export function gregorianToHijri(g: Ymd): Ymd {
  const h = toCalendar(new CalendarDate(gregorian, g.year, g.month, g.day), umalqura);
  return { year: h.year, month: h.month, day: h.day };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The Hijri year whose `month`/`day` falls in Gregorian year `year` (the first, when two do). */
export function hijriYearIn(year: number, month: number, day: number): number {
  const first = gregorianToHijri({ year, month: 1, day: 1 }).year;
  for (const hy of [first, first + 1])
    if (hijriToGregorian({ year: hy, month, day })?.year === year) return hy;
  return first;
}
