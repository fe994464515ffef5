import type { TimexMod } from '../types.js';
import type { Cursor } from './cursor.js';
import { type Calendar, lexicon, type MonthEntry, type PartOfDay, type UnitForm } from './lexicon.js';

/** Small readers shared by the grammar files: each reads one constituent at token k and says where it ends. */

export interface Read<T> {
  readonly value: T;
  readonly end: number;
}

const DIGITS = /^\d+$/;

/** A month name of one or two words. */
export function readMonthName(c: Cursor, k: number): Read<MonthEntry> | null {
  return c.lookup(lexicon.months, k);
}

const OPENERS = new Set(['(', '[', '«', '"', '“']);
const CLOSERS = new Set([')', ']', '»', '"', '”']);
const ALTERNATE_SEPARATORS = new Set(['/', '-', '–', '—', '،', ',', '\\', '|']);

export interface MonthGroup {
  readonly entry: MonthEntry;
  /** The group was introduced by شهر ("شهر رمضان"). */
  readonly withMonthWord: boolean;
  /** How many other names of the same month stand beside the first (تموز (يوليو) → 1). */
  readonly alternates: number;
}

/**
 * A month with the other names news prints beside it: `كانون الأول (ديسمبر - دجنبر)`, `أكتوبر/ تشرين الأول`.
 * Alternates must name the same month of the same calendar; an opened bracket must close to be included.
 */
export function readMonthGroup(c: Cursor, k: number): Read<MonthGroup> | null {
  let withMonthWord = false;
  let at = k;
  if (lexicon.monthWords.has(c.word(at))) {
    withMonthWord = true;
    at++;
  }
  const first = readMonthName(c, at);
  if (!first) return null;
  let best = first.end;
  let j = first.end;
  let open = 0;
  let confirmed = 0;
  for (let alternates = 0; alternates < 3; alternates++) {
    let p = j;
    let opened = 0;
    while (p - j < 3 && (ALTERNATE_SEPARATORS.has(c.punct(p)) || OPENERS.has(c.punct(p)))) {
      if (OPENERS.has(c.punct(p))) opened++;
      p++;
    }
    // Reuters prints the two names side by side: «مارس آذار 2011».
    const alt = readMonthName(c, p);
    if (!alt || alt.value.month !== first.value.month || alt.value.calendar !== first.value.calendar) break;
    open += opened;
    j = alt.end;
    while (open > 0 && CLOSERS.has(c.punct(j))) {
      j++;
      open--;
    }
    if (open === 0) {
      best = j;
      confirmed = alternates + 1;
    }
  }
  return { value: { entry: first.value, withMonthWord, alternates: confirmed }, end: best };
}

/** A day of the month: 1–31 in digits, or an ordinal (التاسع، الحادي عشر، الحادي والعشرين، الثلاثين). */
export function readDay(c: Cursor, k0: number): Read<{ day: number; ordinal: boolean }> | null {
  // الـ22 من الشهر الجاري: the article on a digit day reads like an ordinal.
  const article = c.word(k0) === 'ال' && c.isNumber(k0 + 1);
  const k = article ? k0 + 1 : k0;
  if (c.isNumber(k)) {
    const w = c.word(k);
    if (!DIGITS.test(w) || w.length > 2) return null;
    const day = Number(w);
    return day >= 1 && day <= 99 ? { value: { day, ordinal: article }, end: k + 1 } : null;
  }
  const unit = lexicon.ordinalsMasculine.get(c.word(k));
  if (unit !== undefined) {
    const next = c.word(k + 1);
    if (lexicon.teenMarkers.has(next) && unit < 10)
      return { value: { day: unit + 10, ordinal: true }, end: k + 2 };
    if (next.startsWith('و')) {
      const tens = lexicon.ordinalTens.get(next.slice(1));
      if (tens !== undefined && unit < 10) return { value: { day: unit + tens, ordinal: true }, end: k + 2 };
    }
    // الحادي only ever starts a compound ordinal.
    if (c.word(k) === 'الحادي') return null;
    return { value: { day: unit, ordinal: true }, end: k + 1 };
  }
  const tens = lexicon.ordinalTens.get(c.word(k));
  return tens !== undefined ? { value: { day: tens, ordinal: true }, end: k + 1 } : null;
}

export interface YearRead {
  readonly year: number;
  readonly calendar: Calendar | null;
  readonly withYearWord: boolean;
}

/**
 * A year: `2016`, `، 2016`, `عام 2016`, `2016م`, `1438 هـ`. A bare four-digit number is only a year where the
 * caller already has date context (after a month); `needsContext` asks for a year word or an era suffix.
 */
export function readYear(c: Cursor, k: number, needsContext: boolean): Read<YearRead> | null {
  let at = k;
  if (c.punct(at) === '،' || c.punct(at) === ',') at++;
  let withYearWord = false;
  if (lexicon.yearWords.has(c.word(at))) {
    withYearWord = true;
    at++;
  }
  if (!c.isNumber(at)) return null;
  const w = c.word(at);
  // Three digits only after an indefinite year word (عام 944): a historical year; العام 400 مدني counts people.
  const historical = w.length === 3 && withYearWord && !c.word(at - 1).startsWith('ال');
  if (!DIGITS.test(w) || (w.length !== 4 && !historical)) return null;
  if (historical && lexicon.bigNumberWords.has(c.word(at + 1))) return null;
  const year = Number(w);
  let end = at + 1;
  const suffix = lexicon.yearSuffixes.get(c.word(end));
  let calendar: Calendar | null = null;
  if (suffix) {
    calendar = suffix;
    end++;
    if (c.punct(end) === '.' && suffix === 'hijri' && c.word(end - 1) === 'ه') end++;
  }
  if (needsContext && !withYearWord && !calendar) return null;
  const plausible =
    calendar === 'hijri'
      ? year >= 1200 && year <= 1600
      : year >= (w.length === 3 ? 100 : 1000) && year <= 2200;
  if (!plausible) return null;
  return { value: { year, calendar, withYearWord }, end };
}

/** A relative modifier after a period or a date: الماضي -1, المقبل 1, الجاري 0. */
export function readRelativeModifier(c: Cursor, k: number): Read<number> | null {
  const v = lexicon.relativeModifiers.get(c.word(k));
  return v === undefined ? null : { value: v, end: k + 1 };
}

/** أكثر من، حوالي، ما لا يقل عن … */
export function readQuantityMod(c: Cursor, k: number): Read<TimexMod> | null {
  const hit = c.lookup(lexicon.quantityMods, k);
  return hit ? { value: hit.value.mod, end: hit.end } : null;
}

/**
 * A cardinal amount: digits (`24`, `2.5`), number words (`سبعة`، `خمسة عشر`، `خمسة وعشرين`، `عشرين`، `مئة`),
 * a fraction (`نصف`), or a vague quantity (`بضعة`، `عدة`، `عشرات` → null amount).
 */
export function readAmount(c: Cursor, k: number): Read<number | null> | null {
  if (c.isNumber(k)) {
    const w = c.word(k).replace('٫', '.');
    const n = Number(w);
    return Number.isFinite(n) && n > 0 && /^\d+(\.\d+)?$/.test(w) ? { value: n, end: k + 1 } : null;
  }
  const w = c.word(k);
  if (lexicon.vagueQuantifiers.has(w)) return { value: null, end: k + 1 };
  const fraction = lexicon.fractions.get(w);
  if (fraction !== undefined) return { value: fraction, end: k + 1 };
  const unit = lexicon.cardinals.get(w);
  if (unit !== undefined) {
    const next = c.word(k + 1);
    if (lexicon.teenMarkers.has(next) && unit < 10) return { value: unit + 10, end: k + 2 };
    if (next.startsWith('و')) {
      const tens = lexicon.tens.get(next.slice(1));
      if (tens !== undefined) return { value: unit + tens, end: k + 2 };
    }
    return { value: unit, end: k + 1 };
  }
  const tens = lexicon.tens.get(w);
  if (tens !== undefined) return { value: tens, end: k + 1 };
  const hundreds = lexicon.hundreds.get(w);
  if (hundreds !== undefined) return { value: hundreds, end: k + 1 };
  return null;
}

export function readUnit(c: Cursor, k: number): Read<UnitForm> | null {
  const u = lexicon.units.get(c.word(k));
  return u ? { value: u, end: k + 1 } : null;
}

/** A part of the day of one or two words: صباح، مساء، بعد ظهر، منتصف ليل. */
export function readPartOfDay(c: Cursor, k: number): Read<PartOfDay> | null {
  const phrase = c.lookup(lexicon.partOfDayPhrases, k);
  if (phrase) return { value: phrase.value.part, end: phrase.end };
  return c.lookup(lexicon.partsOfDay, k);
}

/** A weekday with the article (الأحد), optionally after يوم. */
export function readWeekday(c: Cursor, k: number): Read<number> | null {
  let at = k;
  if (lexicon.dayWords.has(c.word(at))) at++;
  const wd = lexicon.weekdays.definite.get(c.word(at));
  return wd === undefined ? null : { value: wd, end: at + 1 };
}
