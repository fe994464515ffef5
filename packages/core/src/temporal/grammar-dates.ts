import type { TimexMod } from '../types.js';
import { daysInMonth, hijriDaysInMonth, isValidYmd } from './calendar.js';
import { type Cursor, readingWords } from './cursor.js';
import { lexicon, type MonthEntry, type PartOfDay } from './lexicon.js';
import { type Read, readDay, readMonthGroup, readRelativeModifier, readYear } from './read.js';
import type { Direction, Match, Spec } from './spec.js';

/** Calendar dates: day + month (+ year), month (+ year), year, numeric dates, and relative periods. */

function dateSpec(
  entry: MonthEntry,
  day: number | null,
  year: number | null,
  direction: Direction | null,
  part: PartOfDay | null,
  mod: TimexMod | null,
): Spec {
  if (day !== null) {
    const max =
      entry.calendar === 'hijri'
        ? year === null
          ? 30
          : hijriDaysInMonth(year, entry.month)
        : daysInMonth(year, entry.month);
    if (day < 1 || day > max)
      return { kind: 'impossible', reason: `day ${day} does not exist in month ${entry.month}` };
  }
  return { kind: 'date', calendar: entry.calendar, year, month: entry.month, day, direction, part, mod };
}

/**
 * A bare day number is a day when «يوم» or a part of day opens the expression, or a weekday or a word of date
 * context (في، بتاريخ، منذ) stands before it: «السبت 22 منه»، «في 25 الشهر الماضي»; «قتل 25 الشهر الماضي» counts.
 */
function isDayContext(c: Cursor, k0: number, part: PartOfDay | null): boolean {
  if (part !== null || lexicon.dayWords.has(c.word(k0))) return true;
  return c.previousWords().some((w) => lexicon.dayContextWords.has(w) || lexicon.weekdays.definite.has(w));
}

const RANGE_JOINERS = new Set(['-', '–', 'الي', 'حتي', 'و']);

/**
 * `[يوم] 5 كانون الأول (ديسمبر - دجنبر)، 2016`, `التاسع من سبتمبر/ أيلول`, `27 شباط (فبراير) الماضي`,
 * `العاشر من الشهر الجاري`, `5 ربيع الأول 1438 هـ`.
 */
export function matchDayMonth(c: Cursor, k0: number, part: PartOfDay | null = null): Match | null {
  let k = k0;
  if (lexicon.dayWords.has(c.word(k))) k++;
  const day = readDay(c, k);
  if (!day) return null;
  k = day.end;
  const sawOf = lexicon.ofWords.has(c.word(k));
  if (sawOf) k++;
  const group = readMonthGroup(c, k);
  if (group) {
    const year = readYear(c, group.end, false);
    if (year?.value.calendar && year.value.calendar !== group.value.entry.calendar) return null;
    if (year) {
      return {
        end: year.end,
        spec: dateSpec(group.value.entry, day.value.day, year.value.year, null, part, null),
      };
    }
    const ofYear = monthOfYear(c, group.end);
    if (ofYear) {
      const spec = dateSpec(group.value.entry, day.value.day, ofYear.value.year, null, part, null);
      return { end: ofYear.end, spec: inYear(spec, ofYear.value) };
    }
    if (group.value.entry.needsYear && !group.value.withMonthWord) return null;
    const rel = readRelativeModifier(c, group.end);
    // الجاري/الحالي after a day and month: this year's (19 أكتوبر (تشرين الأول) الحالي).
    const direction = rel ? (rel.value as Direction) : null;
    return {
      end: rel ? rel.end : group.end,
      spec: dateSpec(group.value.entry, day.value.day, null, direction, part, null),
    };
  }
  // The first day of a range takes the month of the second: من 5 إلى 10 كانون الأول، 5-7 تموز 2016.
  const joiner = c.punct(k) || c.word(k);
  if (!sawOf && !day.value.ordinal && RANGE_JOINERS.has(joiner)) {
    const second = readDay(c, k + 1);
    const secondGroup = second && !second.value.ordinal ? readMonthGroup(c, second.end) : null;
    if (second && secondGroup) {
      const year = readYear(c, secondGroup.end, false);
      const entry = secondGroup.value.entry;
      if (year?.value.calendar && year.value.calendar !== entry.calendar) return null;
      const spec = dateSpec(entry, day.value.day, year?.value.year ?? null, null, part, null);
      if (spec.kind !== 'date') return null;
      return { end: day.end, spec: { ...spec, yearDay: second.value.day } };
    }
  }
  // 22 منه: a day of the month the text named last (a count otherwise: قتل 12 منه، المادة 22 منه).
  if (!sawOf && lexicon.anaphoricOf.has(c.word(k)) && day.value.day <= 31 && isDayContext(c, k0, part)) {
    const spec: Spec = {
      kind: 'anaphoric',
      unit: 'M',
      shift: 0,
      month: null,
      day: day.value.day,
      part,
      mod: null,
    };
    return { end: k + 1, spec };
  }
  // A day of a relative month: العاشر من الشهر الجاري / من هذا الشهر، 15 من الشهر الماضي، يوم 15 الجاري، 25 الشهر
  // الماضي.
  let offset: number | null = null;
  let end = k;
  const current = sawOf ? undefined : lexicon.relativeModifiers.get(c.word(k));
  const monthWithModifier =
    !day.value.ordinal &&
    lexicon.periodNouns.get(c.word(k)) === 'M' &&
    (lexicon.relativeModifiers.has(c.word(k + 1)) || lexicon.anaphoricPeriods.has(c.word(k + 1))) &&
    isDayContext(c, k0, part);
  if (current === 0 && !day.value.ordinal) {
    offset = 0;
    end = k + 1;
  } else if (!sawOf && !monthWithModifier) {
    return null;
  } else if (
    lexicon.periodDemonstratives.get(c.word(k))?.includes('M') &&
    lexicon.periodNouns.get(c.word(k + 1)) === 'M'
  ) {
    offset = 0;
    end = k + 2;
  } else if (lexicon.periodNouns.get(c.word(k)) === 'M') {
    // 17 من الشهر ذاته: a day of the month the text named last.
    const same = lexicon.anaphoricPeriods.get(c.word(k + 1));
    if (same !== undefined && day.value.day <= 31) {
      const spec: Spec = {
        kind: 'anaphoric',
        unit: 'M',
        shift: same,
        month: null,
        day: day.value.day,
        part,
        mod: null,
      };
      return { end: k + 2, spec };
    }
    const rel = readRelativeModifier(c, k + 1);
    offset = rel ? rel.value : 0;
    end = rel ? rel.end : k + 1;
  }
  if (offset === null) return null;
  if (day.value.day > 31) return { end, spec: { kind: 'impossible', reason: `day ${day.value.day}` } };
  return { end, spec: { kind: 'dayOfMonth', day: day.value.day, monthOffset: offset, part } };
}

/** `عامي 2012 و2014`، `في 2015 و2016`: a bare number after و that pairs with a year just before it. */
function secondYear(c: Cursor, k: number): boolean {
  if (c.word(k - 1) !== 'و' || !c.isNumber(k - 2) || !/^\d{4}$/.test(c.word(k - 2))) return false;
  const before = c.word(k - 3);
  if (lexicon.yearWords.has(before)) return true;
  if (isYearSpan(c, k - 2)) return true;
  return readingWords(before).some((w) => lexicon.yearPrepositions.has(w));
}

/**
 * `بين 2012 و2014`: two numbers after «between» that both look like years of the same half-century, the second
 * later (بين 2000 و3000 مقاتل are counts). `k` is the first number.
 */
function isYearSpan(c: Cursor, k: number): boolean {
  if (!readingWords(c.word(k - 1)).includes('بين') || c.word(k + 1) !== 'و') return false;
  if (!c.isNumber(k) || !c.isNumber(k + 2)) return false;
  const from = /^\d{4}$/.test(c.word(k)) ? Number(c.word(k)) : 0;
  const to = /^\d{4}$/.test(c.word(k + 2)) ? Number(c.word(k + 2)) : 0;
  return from >= 1900 && to <= 2100 && to > from && to - from <= MAX_YEAR_SPAN;
}

const MAX_YEAR_SPAN = 50;

/**
 * The year a month belongs to, after من: `آذار من عام 2015` (a year), `آذار من العام الماضي` (-1 from the document's),
 * `من العام الجاري`, `من هذا العام` (0).
 */
function monthOfYear(c: Cursor, k: number): Read<YearOfMonth> | null {
  if (!lexicon.ofWords.has(c.word(k))) return null;
  const year = readYear(c, k + 1, true);
  if (year && !year.value.calendar) return { value: { year: year.value.year, shift: null }, end: year.end };
  if (lexicon.periodNouns.get(c.word(k + 1)) === 'Y' && lexicon.yearWords.has(c.word(k + 1))) {
    // تشرين الثاني من العام نفسه: the year of the date the text named last.
    const same = lexicon.anaphoricPeriods.get(c.word(k + 2));
    if (same !== undefined) return { value: { year: null, shift: null, same }, end: k + 3 };
    const rel = readRelativeModifier(c, k + 2);
    if (rel) return { value: { year: null, shift: rel.value }, end: rel.end };
  }
  if (lexicon.periodDemonstratives.get(c.word(k + 1))?.includes('Y') && lexicon.yearWords.has(c.word(k + 2)))
    return { value: { year: null, shift: 0 }, end: k + 3 };
  return null;
}

interface YearOfMonth {
  readonly year: number | null;
  /** Years from the document's. */
  readonly shift: number | null;
  /** Years from the year of the date the text named last. */
  readonly same?: number;
}

/** A date spec in the year `monthOfYear` read: given, `shift` years from the document's or `same` from the last. */
function inYear(spec: Spec, of: YearOfMonth): Spec {
  if (spec.kind !== 'date') return spec;
  if (of.same !== undefined) {
    const { calendar, month, day, part, mod } = spec;
    return { kind: 'anaphoric', unit: 'Y', calendar, shift: of.same, month, day, part, mod };
  }
  return of.shift === null ? spec : { ...spec, yearShift: of.shift };
}

/** `كانون الأول 2016`, `شهر رمضان`, `ديسمبر الماضي`, `في أكتوبر`, `مطلع كانون الأول`, `أواخر عام 2015`. */
export function matchMonthOrYear(c: Cursor, k0: number): Match | null {
  let k = k0;
  const mod = lexicon.positionMods.get(c.word(k)) ?? null;
  if (mod) k++;
  const group = readMonthGroup(c, k);
  if (group) {
    const entry = group.value.entry;
    const year = readYear(c, group.end, false);
    if (year?.value.calendar && year.value.calendar !== entry.calendar) return null;
    if (year) return { end: year.end, spec: dateSpec(entry, null, year.value.year, null, null, mod) };
    const ofYear = monthOfYear(c, group.end);
    if (ofYear)
      return {
        end: ofYear.end,
        spec: inYear(dateSpec(entry, null, ofYear.value.year, null, null, mod), ofYear.value),
      };
    if (entry.needsYear && !group.value.withMonthWord) return null;
    const rel = readRelativeModifier(c, group.end);
    if (rel) {
      const direction = rel.value === 0 ? 0 : (rel.value as Direction);
      return { end: rel.end, spec: dateSpec(entry, null, null, direction, null, mod) };
    }
    const prepared =
      c.previousWords().some((w) => lexicon.monthPrepositions.has(w)) || c.clitic.endsWith('ب');
    // A second name of the same month (تموز (يوليو)) settles an ambiguous one, and so does a preposition of time
    // with nothing after the month in its clause (في آب», منذ تموز،).
    const closed = c.word(group.end) === '' && group.end < c.sentenceEnd;
    // A Gregorian month that is also a word or a name (آب، أيار، تموز) is the month after a preposition of time or
    // a position word (في أيار قاد …، منتصف آب); a Hijri one (رجب، رمضان, given names) needs more.
    // Not before a definite word, which it would govern as a noun: في أب الشهيد (about the martyr's father).
    // The preposition is a word of its own: ب on the word (باب = door) makes no month of آب.
    const gregorianContext =
      entry.calendar === 'gregorian' &&
      (mod !== null || (prepared && !c.clitic.endsWith('ب'))) &&
      !c.word(group.end).startsWith('ال');
    const unambiguous =
      !entry.ambiguous ||
      group.value.alternates > 0 ||
      (prepared && closed && mod === null) ||
      gregorianContext;
    const contextual = group.value.withMonthWord || (unambiguous && (mod !== null || prepared));
    return contextual ? { end: group.end, spec: dateSpec(entry, null, null, null, null, mod) } : null;
  }
  // A bare number is a year after a year preposition (منذ 2011) or a year and و; the word before is read last.
  // A position word makes one too (مطلع 2015، أواخر 2014).
  const year =
    readYear(c, k, true) ??
    (c.isNumber(k) &&
    (mod !== null ||
      c.previousWords().some((w) => lexicon.yearPrepositions.has(w)) ||
      secondYear(c, k) ||
      isYearSpan(c, k))
      ? readYear(c, k, false)
      : null);
  if (
    year &&
    (year.value.withYearWord || year.value.calendar || (year.value.year >= 1900 && year.value.year <= 2100))
  ) {
    const calendar = year.value.calendar ?? 'gregorian';
    return {
      end: year.end,
      spec: {
        kind: 'date',
        calendar,
        year: year.value.year,
        month: null,
        day: null,
        direction: null,
        part: null,
        mod,
      },
    };
  }
  return null;
}

/** A day and a month as tables and logs write them, both with two digits (01/10, 26/10): fractions never are. */
const DAY_MONTH = /^(\d{2})\/(\d{2})$/;

/** Day `day` of month `month` in the year the context gives (the document's, as for «5 أيلول»). */
function dayMonthOnly(day: number, month: number, end: number): Match | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(null, month)) return null;
  return {
    end,
    spec: {
      kind: 'date',
      calendar: 'gregorian',
      year: null,
      month,
      day,
      direction: null,
      part: null,
      mod: null,
    },
  };
}

/** `02/10/2016`, `2016/10/02`, `2.10.2016`, `2016-10-02`; `01/10` (see DAY_MONTH). */
export function matchNumericDate(c: Cursor, k: number): Match | null {
  if (!c.isNumber(k)) return null;
  let parts: string[] | null = null;
  let end = k + 1;
  const w = c.word(k);
  const joined = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/.exec(w);
  if (joined) parts = [joined[1]!, joined[2]!, joined[3]!];
  else if (c.punct(k + 1) === '-' && c.isNumber(k + 2) && c.punct(k + 3) === '-' && c.isNumber(k + 4)) {
    parts = [w, c.word(k + 2), c.word(k + 4)];
    end = k + 5;
  }
  const dayMonth = parts ? null : DAY_MONTH.exec(w);
  if (dayMonth) return dayMonthOnly(Number(dayMonth[1]), Number(dayMonth[2]), end);
  if (!parts?.every((p) => /^\d+$/.test(p))) return null;
  const [a, b, d] = parts.map(Number) as [number, number, number];
  let ymd: { year: number; month: number; day: number } | null = null;
  if (parts[0]!.length === 4 && parts[2]!.length <= 2) ymd = { year: a, month: b, day: d };
  else if (parts[2]!.length === 4 && parts[0]!.length <= 2) ymd = { year: d, month: b, day: a };
  if (!ymd || ymd.year < 1900 || ymd.year > 2200) return null;
  if (!isValidYmd(ymd))
    return { end, spec: { kind: 'impossible', reason: `${parts.join('-')} is not a day` } };
  return {
    end,
    spec: { kind: 'date', calendar: 'gregorian', ...ymd, direction: null, part: null, mod: null },
  };
}

/**
 * Relative periods: `الأسبوع الماضي`, `هذا الأسبوع`, `الشهر الجاري`, `العام المقبل`, `مطلع الشهر`,
 * `أواخر العام`, `نهاية الأسبوع` (the weekend).
 */
export function matchPeriod(c: Cursor, k0: number): Match | null {
  let k = k0;
  let mod = lexicon.positionMods.get(c.word(k)) ?? null;
  let weekend = false;
  const weekendPhrase = c.lookup(lexicon.weekend, k);
  if (weekendPhrase) {
    weekend = true;
    mod = null;
    k = weekendPhrase.end - 1;
  }
  if (mod && !weekend) k++;
  const demonstrative = lexicon.periodDemonstratives.get(c.word(k));
  if (demonstrative && !weekend) {
    const unit = lexicon.periodNouns.get(c.word(k + 1));
    if (unit && demonstrative.includes(unit)) {
      return { end: k + 2, spec: { kind: 'period', unit, offset: 0, mod, weekend } };
    }
    const season = lexicon.seasons.get(c.word(k + 1));
    if (season && demonstrative.includes(season)) {
      return { end: k + 2, spec: { kind: 'season', season, year: null, offset: 0, mod } };
    }
    return null;
  }
  if (!weekend) {
    // الصيف الماضي، صيف 2016، شتاء عام 2015
    const season = lexicon.seasons.get(c.word(k));
    const rel = season ? readRelativeModifier(c, k + 1) : null;
    if (season && rel)
      return { end: rel.end, spec: { kind: 'season', season, year: null, offset: rel.value, mod } };
    const bare = lexicon.seasonsBare.get(c.word(k));
    const year = bare ? readYear(c, k + 1, false) : null;
    if (bare && year)
      return { end: year.end, spec: { kind: 'season', season: bare, year: year.value.year, offset: 0, mod } };
  }
  const unit = lexicon.periodNouns.get(c.word(k));
  if (!unit || (weekend && unit !== 'W')) return null;
  if (
    k === c.start &&
    c.word(k) === 'العام' &&
    c.previousWords().some((w) => lexicon.generalAdjectiveHeads.has(w))
  ) {
    return null;
  }
  // الشهر ذاته، العام نفسه، الأسبوع التالي: the period of the date the text named last, or the next one.
  const same = lexicon.anaphoricPeriods.get(c.word(k + 1));
  if (same !== undefined && !weekend && (unit === 'W' || unit === 'M' || unit === 'Y')) {
    return {
      end: k + 2,
      spec: { kind: 'anaphoric', unit, shift: same, month: null, day: null, part: null, mod },
    };
  }
  const rel = readRelativeModifier(c, k + 1);
  if (rel) return { end: rel.end, spec: { kind: 'period', unit, offset: rel.value, mod, weekend } };
  // مطلع الشهر، أواخر العام، نهاية الأسبوع: the current period.
  if (mod || weekend) return { end: k + 1, spec: { kind: 'period', unit, offset: 0, mod, weekend } };
  return null;
}

/** التسعينيات، الثمانينات من القرن الماضي → 199, 198. */
export function matchDecade(c: Cursor, k: number): Match | null {
  const value = lexicon.decades.get(c.word(k));
  if (value === undefined) return null;
  const century = lexicon.periodNouns.get(c.word(k + 2)) === 'CE' && lexicon.ofWords.has(c.word(k + 1));
  const end = century && (readRelativeModifier(c, k + 3) || lexicon.tens.has(c.word(k + 3))) ? k + 4 : k + 1;
  return { end, spec: { kind: 'fixed', value } };
}
