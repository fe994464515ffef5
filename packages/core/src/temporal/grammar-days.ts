import type { Cursor } from './cursor.js';
import { matchDayMonth } from './grammar-dates.js';
import { matchSet } from './grammar-durations.js';
import { lexicon, type PartOfDay } from './lexicon.js';
import { readPartOfDay, readWeekday } from './read.js';
import type { Direction, Match, Spec } from './spec.js';

/**
 * Day references: أمس، اليوم، غداً، بعد غد، أول أمس، الليلة; weekdays (`يوم السبت`، `الجمعة الماضي`، `اليوم الاثنين`);
 * and parts of day tied to a day (`مساء الثلاثاء`، `صباح اليوم`، `ليلة أمس`، `فجر 22 نيسان`).
 */

/** A relative day word or phrase at k, without a part of day. */
function readRelativeDay(c: Cursor, k: number): { offset: number; end: number } | null {
  const phrase = c.lookup(lexicon.relativeDayPhrases, k);
  if (phrase) return { offset: phrase.value.offset, end: phrase.end };
  const offset = lexicon.relativeDays.get(c.word(k));
  if (offset === undefined) return null;
  // ل + a bare day word is a verb (لامس = touched), no «for yesterday».
  if (k === c.start && c.clitic.endsWith('ل') && !c.word(k).startsWith('ال')) return null;
  // اليوم التالي، اليوم نفسه، اليوم الأول, اليوم العالمي …: not today.
  if (
    offset === 0 &&
    (lexicon.todayBlockers.has(c.word(k + 1)) || lexicon.ordinalsMasculine.has(c.word(k + 1)))
  ) {
    return null;
  }
  return { offset, end: k + 1 };
}

/** A part of day before a set of days: مساء كل أربعاء → XXXX-WXX-3TEV، صباح كل يوم → XXXX-XX-XXTMO. */
function partOfSet(c: Cursor, k: number, part: PartOfDay): Match | null {
  const set = matchSet(c, k);
  if (set?.spec.kind !== 'set') return null;
  const value = set.spec.value;
  if (/^XXXX-WXX-\d$/.test(value)) return { end: set.end, spec: { kind: 'set', value: `${value}T${part}` } };
  if (value === 'P1D') return { end: set.end, spec: { kind: 'set', value: `XXXX-XX-XXT${part}` } };
  return null;
}

function anaphoricDay(shift: number, part: PartOfDay | null): Spec {
  return { kind: 'anaphoric', unit: 'D', shift, month: null, day: null, part, mod: null };
}

const NIGHT_JOINERS = new Set(['-', '–', '/', 'الي', 'علي']);

function weekdayDirection(c: Cursor, k: number): { direction: Direction | null; end: number } {
  const w = c.word(k);
  if (lexicon.weekdayPastModifiers.has(w)) return { direction: -1, end: k + 1 };
  if (lexicon.weekdayFutureModifiers.has(w)) return { direction: 1, end: k + 1 };
  return { direction: null, end: k };
}

/** True when the word just before the expression (quotes and brackets skipped) is اليوم: `اليوم “الاثنين”`. */
function afterToday(c: Cursor): boolean {
  for (let k = c.start - 1, skipped = 0; k >= c.sentenceStart && skipped <= 2; k--) {
    const t = c.tokens[k]!;
    if (t.kind === 'punct') {
      skipped++;
      continue;
    }
    return lexicon.relativeDays.get(t.norm) === 0;
  }
  return false;
}

function matchDay(c: Cursor, k: number, part: PartOfDay | null): Match | null {
  // اليوم نفسه، اليوم التالي: a day counted from the date the text named last, not today.
  const anaphoric =
    lexicon.relativeDays.get(c.word(k)) === 0 ? lexicon.anaphoricDays.get(c.word(k + 1)) : undefined;
  if (anaphoric !== undefined) return { end: k + 2, spec: anaphoricDay(anaphoric, part) };
  // اليوم الاثنين: today, named.
  const today = lexicon.relativeDays.get(c.word(k)) === 0;
  if (today) {
    const wd = lexicon.weekdays.definite.get(c.word(k + 1));
    if (wd !== undefined) return { end: k + 2, spec: { kind: 'weekday', weekday: wd, direction: 0, part } };
  }
  const rel = readRelativeDay(c, k);
  if (rel) {
    // أمس السبت، غداً الثلاثاء: the weekday names the same day.
    const named = lexicon.weekdays.definite.has(c.word(rel.end)) ? rel.end + 1 : rel.end;
    // أمس ليلاً، امبارح بالليل: a part of day after the day is that day's, as before it (ليل أمس).
    const after = part === null ? c.lookup(lexicon.clockAdverbs, named) : null;
    if (after)
      return { end: after.end, spec: { kind: 'relativeDay', offset: rel.offset, part: after.value } };
    return { end: named, spec: { kind: 'relativeDay', offset: rel.offset, part } };
  }
  const wd = readWeekday(c, k);
  if (wd) {
    // ليل الأحد-الاثنين, ليلة السبت إلى الأحد, ليل السبت الأحد: the night between two days is the night of the
    // first.
    if (part === 'NI') {
      const joined = NIGHT_JOINERS.has(c.punct(wd.end) || c.word(wd.end)) ? wd.end + 1 : wd.end;
      const second = lexicon.weekdays.definite.get(c.word(joined));
      if (second === (wd.value % 7) + 1) {
        const dir = weekdayDirection(c, joined + 1);
        return { end: dir.end, spec: { kind: 'weekday', weekday: wd.value, direction: dir.direction, part } };
      }
    }
    const dir = weekdayDirection(c, wd.end);
    const direction = dir.direction ?? (k === c.start && afterToday(c) ? 0 : null);
    return { end: dir.end, spec: { kind: 'weekday', weekday: wd.value, direction, part } };
  }
  return null;
}

export function matchDayReference(c: Cursor, k: number): Match | null {
  if (lexicon.tonight.has(c.word(k))) {
    const anaphoric = lexicon.anaphoricDays.get(c.word(k + 1));
    if (anaphoric !== undefined) return { end: k + 2, spec: anaphoricDay(anaphoric, 'NI') }; // الليلة ذاتها
    const rel = lexicon.relativeModifiers.get(c.word(k + 1));
    if (rel === -1) return { end: k + 2, spec: { kind: 'relativeDay', offset: -1, part: 'NI' } };
    return { end: k + 1, spec: { kind: 'relativeDay', offset: 0, part: 'NI' } };
  }
  const part = readPartOfDay(c, k);
  if (part) {
    let at = part.end;
    if (lexicon.ofWords.has(c.word(at)) && lexicon.dayWords.has(c.word(at + 1))) at++; // صباح من يوم …
    return matchDay(c, at, part.value) ?? matchDayMonth(c, at, part.value) ?? partOfSet(c, at, part.value);
  }
  return matchDay(c, k, null);
}
