import type { TimexMod } from '../types.js';
import type { Ymd } from './calendar.js';
import type { Calendar, DurationUnit, PartOfDay, PeriodUnit, Season } from './lexicon.js';

/** Direction of a relative expression: -1 before the anchor, 1 after, 0 the anchor's own period. */
export type Direction = -1 | 0 | 1;

/**
 * What a matched expression means, before the document date is known. `resolve.ts` turns a spec into a TIMEX3
 * value once the DCT and the tense around the expression are known.
 */
export type Spec =
  | {
      readonly kind: 'date';
      readonly calendar: Calendar;
      readonly year: number | null;
      readonly month: number | null;
      readonly day: number | null;
      /** الماضي / المقبل after a date without a year; null lets the tense decide. */
      readonly direction: Direction | null;
      /** A year given relative to the document's (آذار من العام الماضي: -1), when `year` is null. */
      readonly yearShift?: number;
      /** The day that picks a missing year, when another day decides (the end of a range: 5 إلى 10 كانون الأول). */
      readonly yearDay?: number;
      /**
       * The Gregorian day the text itself gives for a Hijri date (`13 ربيع الأول 1438 هـ - 13 ديسمبر 2016`, or the
       * day its weekday names): local sighting may differ from Umm al-Qura by a day, and the text's day wins.
       */
      readonly equivalent?: Ymd;
      readonly part: PartOfDay | null;
      readonly mod: TimexMod | null;
    }
  | { readonly kind: 'relativeDay'; readonly offset: number; readonly part: PartOfDay | null }
  /**
   * A period named by reference to the latest date the text named: اليوم نفسه، اليوم التالي (+1)، الشهر ذاته،
   * 17 من الشهر ذاته، تشرين الثاني من العام نفسه. `shift` counts `unit`s from that date's; `month` and `day` are
   * given inside the period.
   */
  | {
      readonly kind: 'anaphoric';
      readonly unit: 'D' | 'W' | 'M' | 'Y';
      /** The calendar of `month` (رمضان من العام نفسه is the Ramadan of that Gregorian year). */
      readonly calendar?: Calendar;
      readonly shift: number;
      readonly month: number | null;
      readonly day: number | null;
      readonly part: PartOfDay | null;
      readonly mod: TimexMod | null;
    }
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      /** -1 الماضي, 1 المقبل, 0 "today" (اليوم الاثنين), null: decided by tense. */
      readonly direction: Direction | null;
      readonly part: PartOfDay | null;
    }
  | {
      readonly kind: 'period';
      readonly unit: PeriodUnit;
      readonly offset: number;
      readonly mod: TimexMod | null;
      readonly weekend: boolean;
    }
  | {
      readonly kind: 'dayOfMonth';
      readonly day: number;
      readonly monthOffset: number;
      readonly part: PartOfDay | null;
    }
  | {
      readonly kind: 'shift';
      readonly unit: DurationUnit;
      readonly amount: number | null;
      readonly direction: -1 | 1;
      readonly mod: TimexMod | null;
    }
  | {
      readonly kind: 'duration';
      readonly unit: DurationUnit;
      readonly amount: number | null;
      readonly mod: TimexMod | null;
    }
  | {
      readonly kind: 'season';
      readonly season: Season;
      readonly year: number | null;
      readonly offset: number;
      readonly mod: TimexMod | null;
    }
  | { readonly kind: 'set'; readonly value: string }
  /** A value the words fix by themselves (التسعينيات → 199). */
  | { readonly kind: 'fixed'; readonly value: string }
  | { readonly kind: 'ref'; readonly value: string }
  | {
      readonly kind: 'clock';
      readonly hour: number;
      readonly minute: number;
      readonly part: PartOfDay | null;
      /** A live blog's timestamp (05:10 — …): a time of the document's own day. */
      readonly stamp?: boolean;
    }
  | { readonly kind: 'impossible'; readonly reason: string };

/** A grammar match: the spec and the exclusive index of the token after it. */
export interface Match {
  readonly end: number;
  readonly spec: Spec;
}
