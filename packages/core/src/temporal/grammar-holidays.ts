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
    const rel = readRelativeModifier(c, holiday.end);
    const direction = rel && rel.value !== 0 ? (rel.value as Direction) : null;
    const { calendar, month, day } = holiday.value;
    return {
      end: rel ? rel.end : holiday.end,
      spec: {
        kind: 'date',
        calendar,
        year: null,
        month,
        day: day + offset,
        direction,
        part: null,
        mod: null,
      },
    };
  }
  if (!counted) return null;
  // أول أيام رمضان، ثاني أيام شهر رمضان 1437: the month's n-th day.
  const group = readMonthGroup(c, k);
  if (!group) return null;
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
