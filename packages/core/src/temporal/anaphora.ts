import { addDays, addMonths, daysInMonth, formatWeek, type Ymd } from './calendar.js';
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

/**
 * The plain date an anaphoric spec names, counted from `latest` (the date the text named last) when it is precise
 * enough, else from the document date; with neither, a date of unknown year.
 */
export function resolveAnaphoric(spec: Anaphoric, latest: NamedDate | null, dct: Ymd | null): Spec {
  const base: NamedDate | null = latest && anchors(latest, spec.unit) ? latest : dct;
  const date = (year: number | null, month: number | null, day: number | null): Spec => ({
    kind: 'date',
    calendar: 'gregorian',
    year,
    month,
    day,
    direction: null,
    part: day === null ? null : spec.part,
    mod: spec.mod,
  });
  if (!base) return date(null, spec.month, spec.day);
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
    case 'Y':
      return date(base.year + spec.shift, spec.month, spec.day);
  }
}
