import type { Cursor } from './cursor.js';
import { matchDayMonth } from './grammar-dates.js';
import { lexicon, type PartOfDay } from './lexicon.js';
import type { Match } from './spec.js';

/** Clock times (`الساعة العاشرة والنصف صباحاً`، `10:30 مساءً`) and vague references (الآن، حالياً، قريباً، سابقاً). */

const CLOCK = /^(\d{1,2})(?::(\d{2}))?$/;
const SCORE_DASHES = new Set(['-', '–', '—']);
/** A clock time written with two digits of minutes (9:05, 21:04). */
const WRITTEN_CLOCK = /^\d{1,2}:\d{2}$/;

function readHour(c: Cursor, k: number): { hour: number; minute: number; end: number } | null {
  if (c.isNumber(k)) {
    const m = CLOCK.exec(c.word(k));
    if (!m) return null;
    const hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    return hour <= 24 && minute < 60 ? { hour, minute, end: k + 1 } : null;
  }
  const unit = lexicon.ordinalsFeminine.get(c.word(k));
  if (unit === undefined) return null;
  if (unit <= 2 && lexicon.teenMarkers.has(c.word(k + 1))) return { hour: unit + 10, minute: 0, end: k + 2 };
  return unit <= 10 && c.word(k) !== 'الحاديه' ? { hour: unit, minute: 0, end: k + 1 } : null;
}

function readFraction(c: Cursor, k: number): { minutes: number; end: number } | null {
  const hit = c.lookup(lexicon.clockFractions, k);
  return hit ? { minutes: hit.value, end: hit.end } : readMinutes(c, k);
}

/** `وعشر دقائق`، `و15 دقيقة` after the hour: the minutes past it. */
function readMinutes(c: Cursor, k: number): { minutes: number; end: number } | null {
  const w = c.word(k);
  let minutes: number | undefined;
  let at = k + 1;
  if (w === 'و' && c.isNumber(k + 1) && /^\d{1,2}$/.test(c.word(k + 1))) {
    minutes = Number(c.word(k + 1));
    at = k + 2;
  } else if (w.length > 2 && w.startsWith('و')) {
    minutes = lexicon.cardinals.get(w.slice(1)) ?? lexicon.tens.get(w.slice(1));
  }
  const unit = minutes === undefined ? undefined : lexicon.units.get(c.word(at));
  if (minutes === undefined || minutes >= 60 || unit?.unit !== 'M' || unit.definite) return null;
  return { minutes, end: at + 1 };
}

function startsDayReference(c: Cursor, k: number): boolean {
  const w = c.word(k);
  return (
    lexicon.relativeDays.has(w) ||
    lexicon.weekdays.definite.has(w) ||
    lexicon.dayWords.has(w) ||
    // صباح 5 أيلول، فجر الثاني من تشرين: a part of a dated day (the guideline's فجر 22 نيسان).
    ((c.isNumber(k) || lexicon.ordinalsMasculine.has(w)) && matchDayMonth(c, k) !== null)
  );
}

/** An ordinal hour without الساعة (في الثامنة من مساء الجمعة), not an adjective after a noun (المرة الثانية). */
function bareOrdinalHour(c: Cursor, k: number): boolean {
  return !c.isNumber(k) && !c.previousWords().some((w) => w.startsWith('ال'));
}

export function matchClock(c: Cursor, k: number): Match | null {
  const withWord = lexicon.clockWords.has(c.word(k));
  const hour = readHour(c, withWord ? k + 1 : k);
  if (!hour) return null;
  let { end, minute, hour: h } = hour;
  const fraction = readFraction(c, end);
  if (fraction) {
    minute += fraction.minutes;
    if (minute < 0) {
      minute += 60;
      h = (h + 23) % 24;
    }
    end = fraction.end;
  }
  let part: PartOfDay | null = null;
  const adverb = c.lookup(lexicon.clockAdverbs, end);
  // تعادل الفريقان 1 - 1 مساء السبت: the second number of a score is no hour; the part of day goes to the day.
  const score = !withWord && SCORE_DASHES.has(c.punct(k - 1)) && c.isNumber(k - 2);
  if (score && adverb && startsDayReference(c, adverb.end)) return null;
  // ص / م (a.m., p.m.) only after a clock time written with its minutes or after الساعة: «3 م» is three metres.
  const meridiem =
    !adverb && (withWord || c.word(k).includes(':')) ? lexicon.clockMeridiems.get(c.word(end)) : undefined;
  if (adverb) {
    part = adverb.value;
    end = adverb.end;
  } else if (meridiem) {
    part = meridiem;
    end++;
  } else if ((withWord || bareOrdinalHour(c, k)) && lexicon.ofWords.has(c.word(end))) {
    // الساعة الثامنة من صباح يوم …، الثامنة من مساء الجمعة: the hour takes the part of day; the day itself stays
    // its own expression.
    const noun = lexicon.partsOfDay.entries.get(c.word(end + 1));
    if (noun && !startsDayReference(c, end + 2)) {
      part = noun;
      end += 2;
    } else if (noun) {
      part = noun;
    }
  }
  // Without الساعة a number is a time with a part of day (10:30 صباحاً), as a live blog's timestamp opening an entry
  // (05:10 — …) or with its time zone (10:45 بتوقيت دمشق), a time of the document's day; or written with its two
  // digits of minutes (21:04, [16/11/2016، 10:52]): scores and ratios are not written so.
  if (!withWord && !part) {
    if (isTimestamp(c, k, end)) return { end, spec: { kind: 'clock', hour: h, minute, part, stamp: true } };
    return end === k + 1 && h < 24 && WRITTEN_CLOCK.test(c.word(k))
      ? { end, spec: { kind: 'clock', hour: h, minute, part } }
      : null;
  }
  return { end, spec: { kind: 'clock', hour: h, minute, part } };
}

/** Dashes and colons after a live blog's timestamp. */
const STAMP_SEPARATORS = new Set(['—', '–', '-', ':']);

/** An «HH:MM» number that opens a sentence before a dash or a colon, or that its time zone follows. */
function isTimestamp(c: Cursor, k: number, end: number): boolean {
  if (!c.isNumber(k) || !c.word(k).includes(':') || end !== k + 1) return false;
  if (lexicon.timeZoneWords.has(c.word(end))) return true;
  return k === c.sentenceStart && STAMP_SEPARATORS.has(c.punct(end));
}

export function matchVagueReference(c: Cursor, k: number): Match | null {
  const phrase = c.lookup(lexicon.vagueReferencePhrases, k);
  if (phrase) return { end: phrase.end, spec: { kind: 'ref', value: phrase.value.value } };
  const single = c.lookup(lexicon.vagueReferences, k);
  return single ? { end: single.end, spec: { kind: 'ref', value: single.value } } : null;
}
