import { addDays, addMonths, daysInMonth, formatWeek, hijriYearIn, type Ymd } from './calendar.js';
import type { Spec } from './spec.js';

/** A date the text named, at the precision it was named: a year, a month or a day. */
export interface NamedDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

const DATE_VALUE = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)/;

/** The date a DATE or TIME value names (2016-09-12, 2016-09, 2016, 2016-09-12TEV); weeks and references: null. */
export function namedDateOf(value: string): NamedDate | null {
  const m = DATE_VALUE.exec(value);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: m[2] === undefined ? null : Number(m[2]),
    day: m[3] === undefined ? null : Number(m[3]),
  };
}

type Anaphoric = Extract<Spec, { kind: 'anaphoric' }>;

/** Whether `d` is precise enough to anchor a period of `unit`: a day for days and weeks, a month for months. */
function anchors(d: NamedDate, unit: Anaphoric['unit']): d is NamedDate & Ymd {
  if (unit === 'Y') return true;
  if (unit === 'M') return d.month !== null;
  return d.month !== null && d.day !== null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The value of a period whose anchor is unknown: its shape with X for what the text does not say. */
function unknown(spec: Anaphoric): Spec {
  const day = spec.day === null ? '' : `-${pad2(spec.day)}`;
  switch (spec.unit) {
    case 'D':
      return { kind: 'fixed', value: 'XXXX-XX-XX' };
    case 'W':
      return { kind: 'fixed', value: 'XXXX-WXX' };
    case 'M':
      return { kind: 'fixed', value: `XXXX-XX${day}` };
    case 'Y':
      return { kind: 'fixed', value: spec.month === null ? 'XXXX' : `XXXX-${pad2(spec.month)}${day}` };
  }
}

/**
 * The plain date an anaphoric spec names, counted from `named` (the date the text named before it) when that is
 * precise enough. With no date named at all, «اليوم نفسه» is the document's own day; «اليوم التالي» after a date
 * named only by its year, or after none, stays unknown (a future day of a past story is no answer).
 */
export function resolveAnaphoric(spec: Anaphoric, named: NamedDate | null, dct: Ymd | null): Spec {
  const base: NamedDate | null =
    named && anchors(named, spec.unit) ? named : !named && spec.shift === 0 ? dct : null;
  if (!base) return unknown(spec);
  const date = (year: number, month: number | null, day: number | null): Spec => ({
    kind: 'date',
    calendar: 'gregorian',
    year,
    month,
    day,
    direction: null,
    part: day === null ? null : spec.part,
    mod: spec.mod,
  });
  switch (spec.unit) {
    case 'D': {
      const d = addDays(base as Ymd, spec.shift);
      return date(d.year, d.month, d.day);
    }
    case 'W':
      return { kind: 'fixed', value: formatWeek(addDays(base as Ymd, 7 * spec.shift)) };
    case 'M': {
      const m = addMonths(base.year, base.month!, spec.shift);
      if (spec.day !== null && spec.day > daysInMonth(m.year, m.month))
        return { kind: 'impossible', reason: `day ${spec.day} does not exist in month ${m.month}` };
      return date(m.year, m.month, spec.day);
    }
    case 'Y': {
      const year = base.year + spec.shift;
      // A Hijri month «of the same year»: the one that falls in that Gregorian year (رمضان من العام نفسه).
      if (spec.calendar === 'hijri' && spec.month !== null) {
        const hy = hijriYearIn(year, spec.month, spec.day ?? 15);
        return { ...(date(hy, spec.month, spec.day) as Extract<Spec, { kind: 'date' }>), calendar: 'hijri' };
      }
      return date(year, spec.month, spec.day);
    }
  }
}
