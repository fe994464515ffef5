import type { Token } from '../types.js';
import {
  addDays,
  compareYmd,
  gregorianToHijri,
  hijriToGregorian,
  isoWeekday,
  parseIsoDate,
  type Ymd,
} from './calendar.js';
import { lexicon } from './lexicon.js';
import type { Spec } from './spec.js';

/**
 * Links between neighbouring expressions that change their values but not their spans: a weekday and the date
 * it names, a Hijri date and the Gregorian day printed beside it, a clock time and the day it belongs to.
 */

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
  readonly sentence: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly spec: Spec;
}

/** Only punctuation and bridge words (الموافق) stand between two expressions of one sentence, at most `max`. */
function bridged(tokens: readonly Token[], a: Candidate, b: Candidate, max: number): boolean {
  if (b.sentence !== a.sentence || b.firstToken - a.endToken > max) return false;
  for (let k = a.endToken; k < b.firstToken; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct' && t.kind !== 'symbol' && !lexicon.dateBridges.has(t.norm)) return false;
  }
  return true;
}

/**
 * Two dates printed as one dateline: bridged in one sentence, or each alone on its own line, one right under the
 * other (`13 ربيع الأول 1438 هـ` / `13 ديسمبر 2016`).
 */
function printedTogether(tokens: readonly Token[], a: Candidate, b: Candidate): boolean {
  if (bridged(tokens, a, b, 3)) return true;
  if (b.sentence !== a.sentence + 1) return false;
  const onlyPunct = (from: number, to: number) => {
    for (let k = from; k < to; k++)
      if (tokens[k]!.kind !== 'punct' && tokens[k]!.kind !== 'symbol') return false;
    return true;
  };
  return (
    onlyPunct(a.sentenceStart, a.firstToken) &&
    onlyPunct(a.endToken, a.sentenceEnd) &&
    onlyPunct(b.sentenceStart, b.firstToken) &&
    onlyPunct(b.endToken, b.sentenceEnd)
  );
}

type DateSpec = Extract<Spec, { kind: 'date' }>;

function fullDate(spec: Spec): (DateSpec & { year: number; month: number; day: number }) | null {
  return spec.kind === 'date' && spec.year !== null && spec.month !== null && spec.day !== null
    ? (spec as DateSpec & { year: number; month: number; day: number })
    : null;
}

/** Whether two days are at most `days` apart. */
function near(a: Ymd, b: Ymd, days: number): boolean {
  for (let d = -days; d <= days; d++) if (compareYmd(addDays(a, d), b) === 0) return true;
  return false;
}

/** How far a printed Gregorian day may stand from the Umm al-Qura day of the Hijri date beside it. */
const EQUIVALENT_DAYS = 2;

/**
 * A Hijri date printed with its Gregorian equivalent (`الثلاثاء 13 ربيع الأول 1438 هـ - 13 ديسمبر 2016`, `5
 * كانون الأول 2016 الموافق 6 ربيع الأول 1438`) is valued by the Gregorian day: months begin by local sighting,
 * which may differ from Umm al-Qura by a day or two. With no Gregorian day beside it, a weekday before it that
 * agrees with a day next to the Umm al-Qura one picks that day.
 */
export function pairCalendars(candidates: Candidate[], tokens: readonly Token[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const hijri = c.spec;
    if (hijri.kind !== 'date' || hijri.calendar !== 'hijri' || hijri.equivalent) continue;
    if (hijri.month === null || hijri.day === null) continue;
    const { month, day } = hijri;
    let found: { year: number; equivalent: Ymd } | null = null;
    const before = candidates[i - 1];
    const after = candidates[i + 1];
    for (const [a, b, other] of [
      [before, c, before],
      [c, after, after],
    ] as const) {
      const g = other && fullDate(other.spec);
      if (!a || !b || !g || g.calendar !== 'gregorian' || !printedTogether(tokens, a, b)) continue;
      // A Hijri date without its year (الاثنين 6 ربيع الأول الموافق 5 كانون الأول 2016) takes the year that fits.
      const hy = gregorianToHijri(g).year;
      for (const year of hijri.year === null ? [hy, hy - 1, hy + 1] : [hijri.year]) {
        const computed = hijriToGregorian({ year, month, day });
        if (computed && near(computed, g, EQUIVALENT_DAYS)) {
          found = { year, equivalent: { year: g.year, month: g.month, day: g.day } };
          break;
        }
      }
      if (found) break;
    }
    const computed = hijri.year === null ? null : hijriToGregorian({ year: hijri.year, month, day });
    if (!found && computed && before?.spec.kind === 'weekday' && bridged(tokens, before, c, 3)) {
      const weekday = before.spec.weekday;
      const equivalent =
        isoWeekday(computed) === weekday
          ? undefined
          : [addDays(computed, -1), addDays(computed, 1)].find((d) => isoWeekday(d) === weekday);
      if (equivalent) found = { year: hijri.year as number, equivalent };
    }
    if (found) candidates[i] = { ...c, spec: { ...hijri, year: found.year, equivalent: found.equivalent } };
  }
}

/**
 * A weekday right before a full date names that date: `الأحد (02 أكتوبر/ تشرين الأول 2016)`. The two stay two
 * expressions (as the guideline splits them), but the weekday takes the date's day instead of a tense guess.
 */
export function linkWeekdaysToDates(candidates: Candidate[], tokens: readonly Token[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (a.spec.kind !== 'weekday' || a.spec.direction === 0) continue;
    // A day of a month: named (الأحد 3 أيلول), of a relative month (السبت 22 من الشهر الجاري) or of the last one
    // named (السبت 22 منه).
    const day =
      (b.spec.kind === 'date' || b.spec.kind === 'anaphoric') && b.spec.day !== null
        ? b.spec
        : b.spec.kind === 'dayOfMonth'
          ? b.spec
          : null;
    if (!day || !bridged(tokens, a, b, 3)) continue;
    candidates[i] = { ...a, spec: { ...day, part: a.spec.part ?? day.part } };
  }
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/** The day a resolved value names (`2016-10-26`, `2016-10-26TEV`), or null for months, weeks, durations. */
export function dayOfValue(value: string): Ymd | null {
  return DAY_VALUE.test(value) ? parseIsoDate(value.slice(0, 10)) : null;
}

/**
 * The expression a clock time leans on for its day: one right after it (`الساعة الخامسة من مساء السبت`، `الساعة
 * 11 ليلة الجمعة`), with at most من between.
 */
export function followingDay(
  candidates: readonly Candidate[],
  i: number,
  tokens: readonly Token[],
): Candidate | null {
  const clock = candidates[i]!;
  const next = candidates[i + 1];
  if (!next || next.sentence !== clock.sentence || next.firstToken - clock.endToken > 1) return null;
  if (next.firstToken > clock.endToken && !lexicon.ofWords.has(tokens[clock.endToken]!.norm)) return null;
  const kind = next.spec.kind;
  return kind === 'date' ||
    kind === 'relativeDay' ||
    kind === 'weekday' ||
    kind === 'dayOfMonth' ||
    kind === 'anaphoric'
    ? next
    : null;
}

/** How many paragraph breaks (runs of line breaks) lie in text[from, to), counting up to `max` + 1. */
export function paragraphBreaks(text: string, from: number, to: number, max: number): number {
  let breaks = 0;
  let inBreak = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      if (!inBreak && ++breaks > max) return breaks;
      inBreak = true;
    } else if (c > 0x20) {
      inBreak = false;
    }
  }
  return breaks;
}
