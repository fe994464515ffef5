import type { Token } from '../types.js';
import { type Cursor, type Reading, startReadings } from './cursor.js';
import {
  matchDayMonth,
  matchDecade,
  matchMonthOrYear,
  matchNumericDate,
  matchPeriod,
} from './grammar-dates.js';
import { matchDayReference } from './grammar-days.js';
import { matchDefinitePeriod, matchDuration, matchSet, matchShift } from './grammar-durations.js';
import { matchHoliday } from './grammar-holidays.js';
import { matchClock, matchVagueReference } from './grammar-misc.js';
import { lexicon, type PhraseMap } from './lexicon.js';
import type { Match } from './spec.js';

/**
 * Which grammar rules are worth trying at a token. Most start words can begin only one or two kinds of
 * expression (هذه a period, بعد a shift, أكثر a duration), so each start reading carries the rules its word can
 * begin, worked out once per distinct word, instead of trying all twelve rules at every start token.
 */

export type Matcher = (c: Cursor, k: number) => Match | null;

type Table = ReadonlySet<string> | ReadonlyMap<string, unknown> | PhraseMap<unknown>;

interface Rule {
  readonly match: Matcher;
  /** The numbers (folded digits) the rule can begin with: what its first read of a number accepts. */
  readonly numbers: NumberShape | null;
  /**
   * The words the rule's first look at the start token accepts (the first word of each key). This mirrors
   * what each matcher reads first, so it must change with it: test/temporal-rule-gate.test.ts checks that a
   * rule left out for a word never matches there.
   */
  readonly first: ReadonlySet<string>;
}

type NumberShape = (digits: string) => boolean;

/** Any number: the rule reads it in several ways. */
const ANY_NUMBER: NumberShape = () => true;
/** A day of the month (readDay): one or two digits. */
const DAY_NUMBER: NumberShape = (w) => /^\d{1,2}$/.test(w);
/** A year (readYear): four digits. */
const YEAR_NUMBER: NumberShape = (w) => /^\d{4}$/.test(w);
/** An amount (readAmount): digits with at most one decimal point. */
const AMOUNT_NUMBER: NumberShape = (w) => /^\d+(\.\d+)?$/.test(w.replace('٫', '.'));
/** An hour (readHour): `10`, `10:30`. */
const HOUR_NUMBER: NumberShape = (w) => /^\d{1,2}(:\d{2})?$/.test(w);

function rule(
  match: Matcher,
  numbers: NumberShape | null,
  tables: readonly Table[],
  extra: readonly string[] = [],
): Rule {
  const first = new Set(extra);
  for (const table of tables) {
    const keys = 'firstWords' in table ? table.firstWords.keys() : table.keys();
    for (const key of keys) first.add(key.split(' ')[0]!);
  }
  return { match, numbers, first };
}

/** Every rule, in the order that breaks ties (the longest match wins, the earlier rule on a tie). */
export const RULES: readonly Rule[] = [
  // [يوم] 5 / الـ5 / الخامس / العشرين …
  rule(matchDayMonth, DAY_NUMBER, [lexicon.dayWords, lexicon.ordinalsMasculine, lexicon.ordinalTens], ['ال']),
  rule(matchNumericDate, ANY_NUMBER, []),
  // [مطلع] [شهر] كانون الأول …، [عام] 2016
  rule(matchMonthOrYear, YEAR_NUMBER, [
    lexicon.positionMods,
    lexicon.monthWords,
    lexicon.months,
    lexicon.yearWords,
  ]),
  rule(matchDayReference, null, [
    lexicon.tonight,
    lexicon.partOfDayPhrases,
    lexicon.partsOfDay,
    lexicon.relativeDays,
    lexicon.relativeDayPhrases,
    lexicon.dayWords,
    lexicon.weekdays.definite,
  ]),
  rule(matchPeriod, null, [
    lexicon.positionMods,
    lexicon.weekend,
    lexicon.periodDemonstratives,
    lexicon.seasons,
    lexicon.seasonsBare,
    lexicon.periodNouns,
  ]),
  rule(matchShift, null, [lexicon.agoWords, lexicon.laterWords]),
  // الأيام الثلاثة الماضية، الـ24 ساعة الماضية
  rule(matchDefinitePeriod, null, [lexicon.units], ['ال']),
  rule(matchDuration, AMOUNT_NUMBER, [
    lexicon.quantityMods,
    lexicon.vagueQuantifiers,
    lexicon.fractions,
    lexicon.cardinals,
    lexicon.tens,
    lexicon.hundreds,
    lexicon.units,
  ]),
  rule(matchSet, null, [lexicon.sets, lexicon.setWords]),
  rule(matchClock, HOUR_NUMBER, [lexicon.clockWords, lexicon.ordinalsFeminine]),
  rule(matchVagueReference, null, [lexicon.vagueReferencePhrases, lexicon.vagueReferences]),
  rule(matchDecade, null, [lexicon.decades]),
  rule(matchHoliday, null, [lexicon.holidays, lexicon.holidayDayOrdinals]),
];

/** A start reading with the rules its word can begin, in `RULES` order. */
export interface Start extends Reading {
  readonly matchers: readonly Matcher[];
}

const NO_STARTS: readonly Start[] = [];

function withMatchers(r: Reading, isNumber: boolean): Start {
  const matchers: Matcher[] = [];
  for (const { match, numbers, first } of RULES)
    if ((isNumber && numbers?.(r.word)) || first.has(r.word)) matchers.push(match);
  return { ...r, matchers };
}

/** The start readings of a token with their rules (readings no rule can begin are dropped). */
export function startsOf(token: Token): readonly Start[] {
  const readings = startReadings(token);
  if (readings.length === 0) return NO_STARTS;
  const out: Start[] = [];
  for (const r of readings) {
    const s = withMatchers(r, token.kind === 'number');
    if (s.matchers.length > 0) out.push(s);
  }
  return out.length === 0 ? NO_STARTS : out;
}
