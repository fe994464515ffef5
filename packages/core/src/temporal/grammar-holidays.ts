import { hijriYearIn } from './calendar.js';
import type { Cursor } from './cursor.js';
import { lexicon } from './lexicon.js';
import { readMonthGroup, readRelativeModifier, readYear } from './read.js';
import type { Direction, Match } from './spec.js';

/**
 * Holidays on a fixed day of their calendar and the days of a holiday or a month: `عيد الأضحى`, `أول أيام عيد
 * الفطر`, `ثاني أيام العيد` is left alone (which feast is context), `أول أيام رمضان`, `عيد الميلاد المقبل`. The year
 * is chosen as for a month named without one (a modifier, the tense, else the nearest).
 */
export function matchHoliday(c: Cursor, k0: number): Match | null {
  let k = k0;
  const nth = lexicon.holidayDayOrdinals.get(c.word(k));
  const counted = nth !== undefined && lexicon.holidayDayWords.has(c.word(k + 1));
  if (counted) k += 2;
  const offset = counted ? nth : 0;
  const holiday = c.lookup(lexicon.holidays, k);
  if (holiday) {
    // عيد الميلاد التسعين، عيد ميلاده الـ90 is a birthday.
    const next = c.word(holiday.end);
    const ordinal =
      lexicon.ordinalsMasculine.has(next) ||
      (next.startsWith('ال') && lexicon.tens.has(next.slice(2))) ||
      (next === 'ال' && c.isNumber(holiday.end + 1));
    if (ordinal) return null;
    const { calendar, month } = holiday.value;
    const day = holiday.value.day + offset;
    const date = (year: number | null, direction: Direction | null, end: number): Match => ({
      end,
      spec: { kind: 'date', calendar, year, month, day, direction, part: null, mod: null },
    });
    // عيد الأضحى 1436 هـ، عيد الأضحى عام 2015: the holiday of that year; a Gregorian year picks the Hijri one.
    const year = readYear(c, holiday.end, false);
    if (year) {
      const written = year.value.calendar ?? 'gregorian';
      if (written === calendar) return date(year.value.year, null, year.end);
      if (calendar === 'hijri') return date(hijriYearIn(year.value.year, month, day), null, year.end);
      return null;
    }
    const rel = readRelativeModifier(c, holiday.end);
    return date(null, rel && rel.value !== 0 ? (rel.value as Direction) : null, rel ? rel.end : holiday.end);
  }
  if (!counted) return null;
  // أول أيام رمضان، ثاني أيام شهر رمضان 1437: the month's n-th day.
  const group = readMonthGroup(c, k);
  // A Gregorian month that is also a word (أول يوم مارس فيه = the first day he practised) needs its month word or a
  // second name; a Hijri one after «أيام» is the month (أول أيام رمضان).
  if (!group) return null;
  const { entry, withMonthWord, alternates } = group.value;
  if (entry.ambiguous && entry.calendar === 'gregorian' && !withMonthWord && alternates === 0) return null;
  const { month, calendar } = group.value.entry;
  const year = readYear(c, group.end, false);
  if (year?.value.calendar && year.value.calendar !== calendar) return null;
  const rel = year ? null : readRelativeModifier(c, group.end);
  const direction = rel && rel.value !== 0 ? (rel.value as Direction) : null;
  return {
    end: year?.end ?? rel?.end ?? group.end,
    spec: {
      kind: 'date',
      calendar,
      year: year?.value.year ?? null,
      month,
      day: 1 + offset,
      direction,
      part: null,
      mod: null,
    },
  };
}
