import type { TemporalLabel, TimexMod } from '../types.js';
import {
  addDays,
  addMonths,
  compareYmd,
  formatMonth,
  formatWeek,
  formatYear,
  formatYmd,
  gregorianToHijri,
  hijriToGregorian,
  toDays,
  weekdayNear,
  type Ymd,
} from './calendar.js';
import type { DurationUnit, PeriodUnit } from './lexicon.js';
import type { Spec } from './spec.js';

/** Turns a spec into a TIMEX3 value, given the document date (or null) and the tense at the expression. */

export interface Resolved {
  readonly label: TemporalLabel;
  readonly value: string;
  readonly mod: TimexMod | null;
  readonly relative: boolean;
  readonly hijri: string | null;
  readonly confidence: number;
}

export interface Env {
  readonly dct: Ymd | null;
  /** -1 past, 1 future, 0 no cue. */
  readonly tense: -1 | 0 | 1;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const TIME_UNITS = new Set<DurationUnit>(['H', 'M', 'S']);
const TIMEX_UNIT: Record<DurationUnit, string> = {
  S: 'S',
  M: 'M',
  H: 'H',
  D: 'D',
  W: 'W',
  MO: 'M',
  Y: 'Y',
  DE: 'DE',
  CE: 'CE',
};
/** How a fraction of a unit is said in the next smaller unit (نصف عام → 6 months). */
const SMALLER: Partial<Record<DurationUnit, [DurationUnit, number]>> = {
  Y: ['MO', 12],
  MO: ['D', 30],
  W: ['D', 7],
  D: ['H', 24],
  H: ['M', 60],
  M: ['S', 60],
  DE: ['Y', 10],
  CE: ['Y', 100],
};

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/**
 * `P2Y`, `PT3H`; a whole number and a fraction are written in the smaller unit, as one number: عام ونصف → P18M,
 * ساعة ونصف → PT90M (one unit per value, as news annotators write them).
 */
export function durationValue(unit: DurationUnit, amount: number | null): string {
  if (amount === null) return TIME_UNITS.has(unit) ? `PTX${TIMEX_UNIT[unit]}` : `PX${TIMEX_UNIT[unit]}`;
  const whole = wholeAmount(unit, amount) ?? { unit, amount };
  const n = `${formatNumber(whole.amount)}${TIMEX_UNIT[whole.unit]}`;
  return TIME_UNITS.has(whole.unit) ? `PT${n}` : `P${n}`;
}

/** An amount as a whole number of `unit` or of the next smaller unit (عام ونصف → 18 months), else null. */
function wholeAmount(unit: DurationUnit, amount: number): { unit: DurationUnit; amount: number } | null {
  if (Number.isInteger(amount)) return { unit, amount };
  const smaller = SMALLER[unit];
  if (!smaller) return null;
  const n = Math.round(amount * smaller[1] * 1000) / 1000;
  return Number.isInteger(n) ? { unit: smaller[0], amount: n } : null;
}

function periodValue(unit: PeriodUnit | 'D', dct: Ymd | null, offset: number): string {
  if (!dct) return { D: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX', Y: 'XXXX', DE: 'XXX', CE: 'XX' }[unit];
  switch (unit) {
    case 'D':
      return formatYmd(addDays(dct, offset));
    case 'W':
      return formatWeek(addDays(dct, 7 * offset));
    case 'M': {
      const m = addMonths(dct.year, dct.month, offset);
      return formatMonth(m.year, m.month);
    }
    case 'Y':
      return formatYear(dct.year + offset);
    case 'DE':
      return String(Math.floor(dct.year / 10) + offset);
    case 'CE':
      return String(Math.floor(dct.year / 100) + offset);
  }
}

const SHIFT_PERIOD: Partial<Record<DurationUnit, PeriodUnit | 'D'>> = {
  D: 'D',
  W: 'W',
  MO: 'M',
  Y: 'Y',
  DE: 'DE',
  CE: 'CE',
};

/**
 * Picks the year for a month (and day) written without one: الماضي/المقبل or the tense decide; with neither, the
 * occurrence nearest the document date, a future one counting double (news mostly reports what happened).
 */
function yearFor(
  month: number,
  day: number | null,
  dct: Ymd,
  direction: -1 | 0 | 1 | null,
  tense: -1 | 0 | 1,
  hijri: boolean,
): number {
  const anchor = hijri ? gregorianToHijri(dct) : dct;
  if (direction === 0) return anchor.year;
  const dir = direction ?? tense;
  if (dir === 0) {
    const position = (y: number, m: number, d: number) => (y * 12 + m - 1) * 31 + d;
    const here = position(anchor.year, anchor.month, anchor.day);
    let best = anchor.year - 1;
    const cost = (y: number) => {
      const gap = position(y, month, day ?? 15) - here;
      return gap > 0 ? 2 * gap : -gap;
    };
    for (const y of [anchor.year, anchor.year + 1]) if (cost(y) < cost(best)) best = y;
    return best;
  }
  const candidate = { year: anchor.year, month, day: day ?? (dir < 0 ? 1 : 31) };
  // A month without a day named as past or coming is another year's when it is the document's own month (آذار
  // الماضي written in March is last year's: this one would be الشهر الجاري).
  const cmp = day === null ? month - anchor.month : compareYmd(candidate, anchor);
  const year =
    dir < 0
      ? cmp > 0 || (cmp === 0 && day === null && direction !== null)
        ? anchor.year - 1
        : anchor.year
      : cmp < 0 || (cmp === 0 && day === null && direction !== null)
        ? anchor.year + 1
        : anchor.year;
  // The tense around the words is a weak cue: a narrative's subjunctive (… ثم تبدأ في 15 نوفمبر هجوماً) or a date
  // fixed in the past for the weeks ahead (وكان قد حدد يوم 25 شباط موعداً). It gives way to a date a few weeks away
  // on the other side when it would put the date half a year off.
  if (direction === null && day !== null) {
    const days = (y: number) => Math.abs(toDays({ year: y, month, day }) - toDays(anchor));
    const other = year + (dir < 0 ? 1 : -1);
    if (days(year) > TENSE_REACH_DAYS && days(other) <= NEAR_OTHER_SIDE_DAYS) return other;
  }
  return year;
}

/** How far a tense cue may put a date without a year, when the other side has one close by (see yearFor). */
const TENSE_REACH_DAYS = 183;
const NEAR_OTHER_SIDE_DAYS = 45;

function resolveDate(spec: Extract<Spec, { kind: 'date' }>, env: Env): Resolved | null {
  const hijri = spec.calendar === 'hijri';
  const relative = spec.year === null;
  let year = spec.year;
  if (year === null && env.dct && spec.yearShift !== undefined) {
    year = (hijri ? gregorianToHijri(env.dct) : env.dct).year + spec.yearShift;
  } else if (year === null && env.dct && spec.month !== null) {
    year = yearFor(spec.month, spec.yearDay ?? spec.day, env.dct, spec.direction, env.tense, hijri);
  }
  const part = spec.part ? `T${spec.part}` : '';
  const label: TemporalLabel = spec.part ? 'TIME' : 'DATE';
  const confidence = relative ? 0.8 : 0.95;
  if (!hijri) {
    const y = year === null ? 'XXXX' : formatYear(year);
    const value = calendarPrefix(y, spec.month, spec.day);
    return {
      label,
      value: value + (spec.day !== null ? part : ''),
      mod: spec.mod,
      relative,
      hijri: null,
      confidence,
    };
  }
  const hy = year === null ? 'XXXX' : String(year);
  const hijriText = calendarPrefix(hy, spec.month, spec.day);
  if (year === null || spec.month === null) {
    // A Hijri year alone overlaps two Gregorian years; its middle month stands for it.
    const mid = year === null ? null : hijriToGregorian({ year, month: 6, day: 15 });
    const value =
      year === null ? (spec.day === null ? 'XXXX-XX' : 'XXXX-XX-XX') : formatYear(mid?.year ?? year);
    return { label, value, mod: spec.mod, relative, hijri: hijriText, confidence };
  }
  const g =
    spec.day !== null && spec.equivalent
      ? spec.equivalent
      : hijriToGregorian({ year, month: spec.month, day: spec.day ?? 15 });
  if (!g) return null;
  // A Hijri month without a day: the Gregorian month holding its middle.
  const value = spec.day === null ? formatMonth(g.year, g.month) : formatYmd(g) + part;
  return { label, value, mod: spec.mod, relative, hijri: hijriText, confidence };
}

/** Years TIMEX3 can write (four digits): 3000 years before a DCT is no value. */
const OUT_OF_RANGE = /^(?:-|\d{5})/;

export function resolveSpec(spec: Spec, env: Env): Resolved | null {
  const r = resolveUnchecked(spec, env);
  if (!r || !OUT_OF_RANGE.test(r.value)) return r;
  if (spec.kind !== 'shift') return null;
  return { ...r, value: spec.direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
}

function resolveUnchecked(spec: Spec, env: Env): Resolved | null {
  const { dct } = env;
  switch (spec.kind) {
    case 'impossible':
      return null;
    // Counted from the date the text named last: the recogniser turns it into a date first (anaphora.ts).
    case 'anaphoric':
      return null;
    case 'date':
      return resolveDate(spec, env);
    case 'relativeDay': {
      const day = periodValue('D', dct, spec.offset);
      return spec.part
        ? {
            label: 'TIME',
            value: `${day}T${spec.part}`,
            mod: null,
            relative: true,
            hijri: null,
            confidence: 0.85,
          }
        : { label: 'DATE', value: day, mod: null, relative: true, hijri: null, confidence: 0.9 };
    }
    case 'weekday': {
      let day = 'XXXX-XX-XX';
      if (dct) {
        const d =
          spec.direction === 0
            ? dct
            : spec.direction === -1
              ? weekdayNear(dct, spec.weekday, -1, false)
              : spec.direction === 1
                ? weekdayNear(dct, spec.weekday, 1, false)
                : weekdayNear(dct, spec.weekday, env.tense === 1 ? 1 : -1, true);
        day = formatYmd(d);
      } else {
        day = `XXXX-WXX-${spec.weekday}`;
      }
      const confidence = spec.direction === null ? 0.75 : 0.85;
      return spec.part
        ? { label: 'TIME', value: `${day}T${spec.part}`, mod: null, relative: true, hijri: null, confidence }
        : { label: 'DATE', value: day, mod: null, relative: true, hijri: null, confidence };
    }
    case 'period': {
      const value = periodValue(spec.unit, dct, spec.offset) + (spec.weekend ? '-WE' : '');
      return { label: 'DATE', value, mod: spec.mod, relative: true, hijri: null, confidence: 0.85 };
    }
    case 'dayOfMonth': {
      let value = 'XXXX-XX';
      if (dct) {
        const m = addMonths(dct.year, dct.month, spec.monthOffset);
        value = formatMonth(m.year, m.month);
      }
      const part = spec.part ? `T${spec.part}` : '';
      return {
        label: spec.part ? 'TIME' : 'DATE',
        value: `${value}-${pad2(spec.day)}${part}`,
        mod: null,
        relative: true,
        hijri: null,
        confidence: 0.85,
      };
    }
    case 'shift': {
      const whole = spec.amount === null ? null : wholeAmount(spec.unit, spec.amount);
      const period = whole ? SHIFT_PERIOD[whole.unit] : undefined;
      const value =
        whole && period
          ? periodValue(period, dct, spec.direction * whole.amount)
          : spec.direction < 0
            ? 'PAST_REF'
            : 'FUTURE_REF';
      return { label: 'DATE', value, mod: spec.mod, relative: true, hijri: null, confidence: 0.8 };
    }
    case 'duration':
      return {
        label: 'DURATION',
        value: durationValue(spec.unit, spec.amount),
        mod: spec.mod,
        relative: false,
        hijri: null,
        confidence: spec.amount === null ? 0.6 : 0.85,
      };
    case 'season': {
      const year = spec.year ?? (dct ? dct.year + spec.offset : null);
      const value = `${year === null ? 'XXXX' : formatYear(year)}-${spec.season}`;
      return {
        label: 'DATE',
        value,
        mod: spec.mod,
        relative: spec.year === null,
        hijri: null,
        confidence: 0.8,
      };
    }
    case 'fixed':
      return { label: 'DATE', value: spec.value, mod: null, relative: false, hijri: null, confidence: 0.85 };
    case 'set':
      return { label: 'SET', value: spec.value, mod: null, relative: false, hijri: null, confidence: 0.8 };
    case 'ref':
      return { label: 'DATE', value: spec.value, mod: null, relative: false, hijri: null, confidence: 0.6 };
    case 'clock': {
      let hour = spec.hour;
      if ((spec.part === 'AF' || spec.part === 'EV') && hour < 12) hour += 12;
      else if (spec.part === 'MI' && hour < 6) hour += 12;
      else if (spec.part === 'NI' && hour >= 6 && hour < 12) hour += 12;
      else if (spec.part === 'NI' && hour === 12) hour = 0;
      const day = dct ? formatYmd(dct) : 'XXXX-XX-XX';
      return {
        label: 'TIME',
        value: `${day}T${pad2(hour % 24)}:${pad2(spec.minute)}`,
        mod: null,
        relative: true,
        hijri: null,
        confidence: 0.85,
      };
    }
  }
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as much of a calendar date as the text gives. */
function calendarPrefix(year: string, month: number | null, day: number | null): string {
  if (month === null) return year;
  return day === null ? `${year}-${pad2(month)}` : `${year}-${pad2(month)}-${pad2(day)}`;
}
