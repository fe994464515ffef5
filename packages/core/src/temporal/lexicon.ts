import holidaysData from '../data/temporal/holidays.json' with { type: 'json' };
import monthVariants from '../data/temporal/month-variants.json' with { type: 'json' };
import monthsData from '../data/temporal/months.json' with { type: 'json' };
import numbersData from '../data/temporal/numbers.json' with { type: 'json' };
import tenseData from '../data/temporal/tense-cues.json' with { type: 'json' };
import unitsData from '../data/temporal/units.json' with { type: 'json' };
import weekdaysData from '../data/temporal/weekdays.json' with { type: 'json' };
import words from '../data/temporal/words.json' with { type: 'json' };
import { fold } from '../text/normalize.js';
import type { TimexMod } from '../types.js';

/**
 * The temporal word lists, folded once into hash maps keyed by the folded form (see text/normalize.ts), so the
 * matcher does one lookup per token. Multi-word entries are keyed by their folded words joined by one space.
 */

export type Calendar = 'gregorian' | 'hijri';
export type DurationUnit = 'S' | 'M' | 'H' | 'D' | 'W' | 'MO' | 'Y' | 'DE' | 'CE';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
export type PeriodUnit = 'W' | 'M' | 'Y' | 'DE' | 'CE';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export interface MonthEntry {
  readonly month: number;
  readonly calendar: Calendar;
  /** Also an ordinary word or a name (مارس "exercised", آب ~ أب "father", رمضان …): needs date context. */
  readonly ambiguous: boolean;
  /** So common as another word (صفر "zero": `فاز 1 صفر`) that only a year makes it a month. */
  readonly needsYear: boolean;
  readonly words: number;
}

export interface UnitForm {
  readonly unit: DurationUnit;
  readonly number: 'singular' | 'dual' | 'plural';
  readonly definite: boolean;
}

const foldKey = (phrase: string) => phrase.split(/\s+/).map(fold).join(' ');
const foldedSet = (list: readonly string[]) => new Set(list.map(foldKey));
function foldedMap<V>(record: Readonly<Record<string, V>>): Map<string, V> {
  return new Map(Object.entries(record).map(([k, v]) => [foldKey(k), v]));
}

function buildMonths(): Map<string, MonthEntry> {
  const ambiguous = foldedSet(monthVariants.ambiguous);
  const needsYear = foldedSet(monthVariants.needsYear);
  const out = new Map<string, MonthEntry>();
  const add = (name: string, month: number, calendar: Calendar) => {
    const key = foldKey(name);
    if (!out.has(key)) {
      out.set(key, {
        month,
        calendar,
        ambiguous: ambiguous.has(key),
        needsYear: needsYear.has(key),
        words: key.split(' ').length,
      });
    }
  };
  for (const m of monthsData.gregorian) for (const n of m.names) add(n.name, m.month, 'gregorian');
  for (const m of monthsData.hijri) for (const n of m.names) add(n.name, m.month, 'hijri');
  for (const [name, month] of Object.entries(monthVariants.gregorian)) add(name, month, 'gregorian');
  for (const [name, month] of Object.entries(monthVariants.hijri)) add(name, month, 'hijri');
  return out;
}

function buildWeekdays(): { definite: Map<string, number>; bare: Map<string, number> } {
  const definite = new Map<string, number>();
  const bare = new Map<string, number>();
  for (const d of weekdaysData.weekdays) {
    for (const name of d.names) {
      const key = fold(name);
      definite.set(key, d.isoWeekday);
      if (key.startsWith('ال')) bare.set(key.slice(2), d.isoWeekday);
    }
  }
  return { definite, bare };
}

function buildUnits(): Map<string, UnitForm> {
  const out = new Map<string, UnitForm>();
  for (const u of unitsData.units) {
    // Minutes and months share the letter M in TIMEX3; keep them apart here.
    const unit = (u.unit === 'M' && !u.time ? 'MO' : u.unit) as DurationUnit;
    for (const number of ['singular', 'dual', 'plural'] as const) {
      for (const form of u[number]) {
        const key = fold(form);
        if (!out.has(key)) out.set(key, { unit, number, definite: false });
        const def = `ال${key}`;
        if (!out.has(def)) out.set(def, { unit, number, definite: true });
      }
    }
  }
  return out;
}

/** One word of a phrase tree: the value of the phrase ending here, and the words that may follow. */
export interface PhraseNode<T> {
  value: T | undefined;
  readonly next: Map<string, PhraseNode<T>>;
}

/**
 * Phrases keyed by their folded words, with the longest phrase each first word can start, and as a tree of
 * words (`firstWords` → next word → …), so a lookup in running text follows the words it reads instead of
 * joining them into keys.
 */
export interface PhraseMap<T> {
  readonly entries: ReadonlyMap<string, T>;
  readonly firstWords: ReadonlyMap<string, number>;
  readonly tree: ReadonlyMap<string, PhraseNode<T>>;
}

function phraseMap<T>(entries: Map<string, T>): PhraseMap<T> {
  const firstWords = new Map<string, number>();
  const tree = new Map<string, PhraseNode<T>>();
  for (const [key, value] of entries) {
    const words = key.split(' ');
    firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
    let level = tree;
    let node: PhraseNode<T> | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) {
        node = { value: undefined, next: new Map() };
        level.set(w, node);
      }
      level = node.next;
    }
    node!.value = value;
  }
  return { entries, firstWords, tree };
}

function phrases<T extends { words: readonly string[] }>(list: readonly T[]) {
  return phraseMap(new Map(list.map((p) => [p.words.map(fold).join(' '), p])));
}

export interface Holiday {
  readonly calendar: Calendar;
  readonly month: number;
  readonly day: number;
}

function buildHolidays(): Map<string, Holiday> {
  const out = new Map<string, Holiday>();
  for (const h of holidaysData.holidays) {
    const holiday: Holiday = { calendar: h.calendar as Calendar, month: h.month, day: h.day };
    for (const name of h.names) out.set(foldKey(name), holiday);
  }
  return out;
}

export const lexicon = {
  months: phraseMap(buildMonths()),
  weekdays: buildWeekdays(),
  units: buildUnits(),
  sets: foldedMap(unitsData.sets),
  cardinals: foldedMap(numbersData.cardinals),
  teenMarkers: foldedSet(numbersData.teenMarkers),
  tens: foldedMap(numbersData.tens),
  hundreds: foldedMap(numbersData.hundreds),
  fractions: foldedMap(numbersData.fractions),
  /** A fraction joined after a counted unit: ساعة ونصف، ثلاث سنوات ونصف، ساعة وربع. */
  unitFractions: foldedMap(numbersData.unitFractions),
  vagueQuantifiers: foldedSet(numbersData.vagueQuantifiers),
  ordinalsMasculine: foldedMap(numbersData.ordinalsMasculine),
  ordinalsFeminine: foldedMap(numbersData.ordinalsFeminine),
  ordinalTens: foldedMap(numbersData.ordinalTens),
  relativeDays: foldedMap(words.relativeDays),
  relativeDayPhrases: phrases(words.relativeDayPhrases),
  tonight: foldedSet(words.tonight),
  partsOfDay: phraseMap(foldedMap(words.partsOfDay as Record<string, PartOfDay>)),
  partOfDayPhrases: phrases(words.partOfDayPhrases as { words: string[]; part: PartOfDay }[]),
  clockAdverbs: phraseMap(foldedMap(words.clockAdverbs as Record<string, PartOfDay>)),
  /** ص / م after a written clock time (10:52 م): a.m. and p.m. */
  clockMeridiems: foldedMap(words.clockMeridiems as Record<string, PartOfDay>),
  clockWords: foldedSet(words.clockWords),
  clockFractions: phraseMap(foldedMap(words.clockFractions)),
  periodNouns: foldedMap(words.periodNouns as Record<string, PeriodUnit>),
  periodDemonstratives: foldedMap(words.periodDemonstratives as Record<string, (PeriodUnit | Season)[]>),
  relativeModifiers: foldedMap(words.relativeModifiers),
  weekdayPastModifiers: foldedSet(words.weekdayPastModifiers),
  weekdayFutureModifiers: foldedSet(words.weekdayFutureModifiers),
  pluralPeriodModifiers: foldedMap(words.pluralPeriodModifiers),
  vagueAdjectives: foldedSet(words.vagueAdjectives),
  fewAdjectives: foldedSet(words.fewAdjectives),
  positionMods: foldedMap(words.positionMods as Record<string, TimexMod>),
  quantityMods: phrases(words.quantityMods as { words: string[]; mod: TimexMod }[]),
  dayWords: foldedSet(words.dayWord),
  monthWords: foldedSet(words.monthWord),
  yearWords: foldedSet(words.yearWords),
  yearSuffixes: foldedMap(words.yearSuffixes as Record<string, Calendar>),
  ofWords: foldedSet(words.ofWord),
  /** Words between two names of one day: `الأحد الموافق 3 أيلول`، `5 كانون الأول 2016 الموافق 6 ربيع الأول 1438`. */
  dateBridges: foldedSet(words.dateBridges),
  /** Words after which a bare four-digit number is a year (منذ 2011، حتى 2020). */
  yearPrepositions: foldedSet(words.yearPrepositions),
  seasons: foldedMap(words.seasons as Record<string, Season>),
  seasonsBare: foldedMap(words.seasonsBare as Record<string, Season>),
  decades: foldedMap(words.decades),
  /** Words after which a bare, unambiguous month name is a date (في أكتوبر، منذ نيسان). */
  monthPrepositions: foldedSet(words.monthPrepositions),
  agoWords: foldedSet(words.agoWords),
  laterWords: foldedSet(words.laterWords),
  anchoredFollowers: foldedSet(words.anchoredFollowers),
  /** What من names as an origin, not an event to count from: وصل قبل ثلاث سنوات من حي الفردوس. */
  originNouns: foldedSet(words.originNouns),
  /** What من may anchor a shift on that is the document date itself: بعد يومين من الآن. */
  nowWords: foldedSet(words.nowWords),
  durationSignals: foldedSet(words.durationSignals),
  setWords: foldedSet(words.setWords),
  vagueReferences: phraseMap(foldedMap(words.vagueReferences)),
  vagueReferencePhrases: phrases(words.vagueReferencePhrases),
  todayBlockers: foldedSet(words.todayBlockers),
  /** After اليوم or الليلة: the day of the date named last (نفسه)، the day after it (التالي) or before (السابق). */
  anaphoricDays: foldedMap(words.anaphoricDays),
  /** After الأسبوع، الشهر، العام: the period of the date named last (نفسه) or the next one (التالي). */
  anaphoricPeriods: foldedMap(words.anaphoricPeriods),
  /** After a day number: «of it», the month the text named last (السبت 22 منه). */
  anaphoricOf: foldedSet(words.anaphoricOf),
  /** ألف، مليون …: after a number they make it an amount (عام 500 ألف), never a year. */
  bigNumberWords: foldedSet(words.bigNumberWords),
  /** بتوقيت دمشق، بتوقيت غرينتش: after a clock time, the zone it is given in. */
  timeZoneWords: foldedSet(words.timeZoneWords),
  /** Words before a bare day number that make it a day (في 22 منه، يوم 25 الشهر الماضي), not a count. */
  dayContextWords: foldedSet(words.dayContextWords),
  /** After a singular unit, one whole unit: شهراً واحداً، يوماً كاملاً، ساعة كاملة. */
  singleUnitAdjectives: foldedSet(words.singleUnitAdjectives),
  /** After an accusative or signalled singular unit, one more unit: أسبوعاً آخر، يوماً إضافياً. */
  additionalUnitAdjectives: foldedSet(words.additionalUnitAdjectives),
  /** Holidays on a fixed day of their calendar: عيد الأضحى (10 ذو الحجة)، عيد الميلاد (25 December). */
  holidays: phraseMap(buildHolidays()),
  /** أول/ثاني … + أيام/يوم before a holiday or a month: its n-th day (0 the first). */
  holidayDayOrdinals: foldedMap(holidaysData.dayOfHoliday.words),
  holidayDayWords: foldedSet(holidaysData.dayOfHoliday.dayWords),
  /** Nouns that العام follows as the adjective "general" (الأمين العام السابق is not last year). */
  generalAdjectiveHeads: foldedSet(words.generalAdjectiveHeads),
  weekend: phraseMap(new Map(words.weekend.map((w) => [w.map(fold).join(' '), true] as const))),
  tense: {
    future: foldedSet(tenseData.futureWords),
    past: foldedSet(tenseData.pastWords),
    futurePrefix: fold(tenseData.futurePrefix),
    imperfectPrefixes: new Set(tenseData.imperfectPrefixes.map(fold)),
    futurePrefixMinLength: tenseData.futurePrefixMinLength,
    notFutureVerbs: foldedSet(tenseData.notFutureVerbs),
    /** Nouns and names that begin like a سـ-verb (سياسة، سيطرة، سيارة، ستيفن …). */
    notFuturePrefixes: tenseData.notFuturePrefixes.map(fold),
  },
} as const;

export type Lexicon = typeof lexicon;

/** Every folded word that can begin a temporal expression (used to decide whether to strip a proclitic). */
export const startWords: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  const addFirst = (key: string) => s.add(key.split(' ')[0]!);
  for (const phrases of [
    lexicon.months,
    lexicon.relativeDayPhrases,
    lexicon.partsOfDay,
    lexicon.partOfDayPhrases,
    lexicon.quantityMods,
    lexicon.vagueReferences,
    lexicon.vagueReferencePhrases,
    lexicon.weekend,
    lexicon.holidays,
  ] as PhraseMap<unknown>[]) {
    for (const k of phrases.firstWords.keys()) s.add(k);
  }
  for (const map of [
    lexicon.units,
    lexicon.sets,
    lexicon.cardinals,
    lexicon.tens,
    lexicon.hundreds,
    lexicon.fractions,
    lexicon.ordinalsMasculine,
    lexicon.ordinalsFeminine,
    lexicon.ordinalTens,
    lexicon.relativeDays,
    lexicon.periodNouns,
    lexicon.periodDemonstratives,
    lexicon.seasons,
    lexicon.seasonsBare,
    lexicon.decades,
    lexicon.positionMods,
    lexicon.weekdays.definite,
    lexicon.holidayDayOrdinals,
  ] as ReadonlyMap<string, unknown>[]) {
    for (const k of map.keys()) addFirst(k);
  }
  for (const set of [
    lexicon.vagueQuantifiers,
    lexicon.tonight,
    lexicon.clockWords,
    lexicon.dayWords,
    lexicon.monthWords,
    lexicon.yearWords,
    lexicon.agoWords,
    lexicon.laterWords,
    lexicon.setWords,
  ]) {
    for (const k of set) addFirst(k);
  }
  s.add('ال'); // الـ 24 ساعة الماضية
  return s;
})();
